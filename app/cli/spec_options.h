#pragma once
// --hardware/--model/--scenario or --project, as `analyze`, `simulate` and
// `train` take them: the options and the loading, with each file's
// diagnostics printed to stderr.
#include <cstdio>
#include <optional>
#include <string>

#include "app/cli/options.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"
#include "core/spec/spec_io.h"

namespace rl::cli {

struct SpecsFromOptions {
    Hardware hardware;
    ModelSpec model;
    Scenario scenario;
};

// The value of a load, after printing its diagnostics (warnings too) to stderr.
template <class T>
std::optional<T> loadOrReport(const Loaded<T>& l) {
    if (!l.diagnostics.items().empty())
        std::fprintf(stderr, "%s\n", l.diagnostics.format().c_str());
    if (!l.ok()) return std::nullopt;
    return l.value;
}

// The help lines of --hardware and --scenario differ by command; --model and
// --project do not.
void addSpecOptions(OptionSet& parser, const char* hardwareHelp, const char* scenarioHelp);

// Whether specs given one by one get the combination checks a project gets.
enum class CombinationCheck { skip, run };

struct SpecErrorWords {
    std::string command;  // names the command in the usage error: "analyze"
    std::string failure;  // starts the error after bad files: "cannot analyse"
};

// The specs from --project or from all three of --hardware, --model and
// --scenario; nullopt after printing why, with the exit code in `code` (2 for
// a wrong combination of options, 1 for files that cannot be used). With a
// `defaultScenario`, --scenario may be left out and that one is used.
std::optional<SpecsFromOptions> loadSpecsFromOptions(const OptionSet& parser,
                                                     const SpecErrorWords& words,
                                                     CombinationCheck check, int& code,
                                                     const Scenario* defaultScenario = nullptr);

}  // namespace rl::cli

#ifdef QT_CORE_LIB
// The commands built with Qt hand their QCommandLineParser.
#include "app/cli/qt_option_set.h"

namespace rl::cli {
inline void addSpecOptions(QCommandLineParser& parser, const char* hardwareHelp,
                           const char* scenarioHelp) {
    QtOptionSet options(parser);
    addSpecOptions(static_cast<OptionSet&>(options), hardwareHelp, scenarioHelp);
}
inline std::optional<SpecsFromOptions> loadSpecsFromOptions(
    const QCommandLineParser& parser, const SpecErrorWords& words, CombinationCheck check,
    int& code, const Scenario* defaultScenario = nullptr) {
    return loadSpecsFromOptions(static_cast<const OptionSet&>(QtOptionSet(parser)), words, check,
                                code, defaultScenario);
}
}  // namespace rl::cli
#endif
