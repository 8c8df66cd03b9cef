// Fuzz target: the JSON spec readers (hardware, model, scenario, project) and
// what a valid spec feeds next (the combination checks, the lowering to
// operators). Every reader runs on every input, whatever its "format" says,
// as the hostile-corpus test does. Rejection must come as diagnostics or as
// the documented std::invalid_argument of the lowering.
#include <stdexcept>

#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"
#include "tests/fuzz/fuzz_target.h"

namespace {

// Lowering is where the parsed numbers meet arithmetic (products of
// dimensions, token counts): overflow there is a finding.
void lower(const rl::ModelSpec& model, const rl::Scenario& scenario) {
    try {
        (void)rl::lowerModel(model, scenario);
    } catch (const std::invalid_argument&) {
        // documented: an unusable combination
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rl::Diagnostics diag("fuzz.json");
    const auto doc = rl::parseJsonDocument(rl::fuzz::asText(data, size), diag);
    if (!doc) return 0;
    (void)rl::detectSpecKind(*doc);
    (void)rl::parseHardware(*doc, "fuzz.json");
    const auto scenario = rl::parseScenario(*doc, "fuzz.json");
    const auto model = rl::parseModel(*doc, "fuzz.json");
    if (model.ok()) lower(*model.value, scenario.ok() ? *scenario.value : rl::Scenario{});
    // Projects resolve references against the sample projects' folder, so the
    // samples' references load and mutations of them reach the checks below.
    const std::string base = std::string(RIDGELINE_SAMPLES) + "/projects";
    const auto project = rl::parseProject(*doc, base + "/fuzz.json", base);
    if (project.ok()) {
        const rl::Project& p = *project.value;
        rl::Diagnostics combination;
        rl::checkCombination(p.hardware, p.model, p.scenario, combination);
        if (!combination.hasErrors()) lower(p.model, p.scenario);
    }
    return 0;
}
