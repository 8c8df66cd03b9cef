#pragma once
// The quick overrides users of LLM-Viewer and llm-analysis expect, applied on
// top of the scenario of a project or a scenario file, so that a question
// needs no new file:
//   --batch N  --prompt N  --generate N  --tp N  --pp N  --weights DTYPE  --kv DTYPE
// The overridden scenario goes through the scenario reader and the project's
// combination checks (core/spec) like a file; errors name the option, the
// value and what was expected ("--tp 3: expected a divisor of the 32
// attention heads of model ...").
//
// What the shape options mean depends on the command (docs/cli.md):
//   analyze   batch, prompt tokens and generated tokens of the inference pass;
//   simulate  batch is the most sequences a replica batches (--max-batch),
//             prompt and generate fix every request's prompt and output lengths.
#include <string>

#include "app/cli/options.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

namespace rl::cli {

// Which scenario section the shape options (--batch, --prompt, --generate) set.
enum class OverrideTarget { inference, serving };

void addScenarioOverrideOptions(OptionSet& parser, OverrideTarget target);
bool anyScenarioOverride(const OptionSet& parser);

// Applies the options to `scenario`, re-reads it as the scenario reader reads
// a file and runs the combination checks with `hardware` and `model`.
// Returns false after printing each error (naming its option) to stderr.
bool applyScenarioOverrides(const OptionSet& parser, OverrideTarget target,
                            const Hardware& hardware, const ModelSpec& model, Scenario& scenario);

}  // namespace rl::cli

#ifdef QT_CORE_LIB
// The commands built with Qt hand their QCommandLineParser.
#include "app/cli/qt_option_set.h"

namespace rl::cli {
inline void addScenarioOverrideOptions(QCommandLineParser& parser, OverrideTarget target) {
    QtOptionSet options(parser);
    addScenarioOverrideOptions(static_cast<OptionSet&>(options), target);
}
inline bool anyScenarioOverride(const QCommandLineParser& parser) {
    return anyScenarioOverride(static_cast<const OptionSet&>(QtOptionSet(parser)));
}
inline bool applyScenarioOverrides(const QCommandLineParser& parser, OverrideTarget target,
                                   const Hardware& hardware, const ModelSpec& model,
                                   Scenario& scenario) {
    return applyScenarioOverrides(static_cast<const OptionSet&>(QtOptionSet(parser)), target,
                                  hardware, model, scenario);
}
}  // namespace rl::cli
#endif
