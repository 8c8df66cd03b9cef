#include "app/cli/spec_options.h"

#include "app/cli/output.h"
#include "core/spec/project_reader.h"

namespace rl::cli {

void addSpecOptions(OptionSet& parser, const char* hardwareHelp, const char* scenarioHelp) {
    parser.addOption(Option("hardware", hardwareHelp, "file"));
    parser.addOption(Option("model", "Model spec file (or a Hugging Face config.json).", "file"));
    parser.addOption(Option("scenario", scenarioHelp, "file"));
    parser.addOption(
        Option("project", "Project file (instead of --hardware/--model/--scenario).", "file"));
}

std::optional<SpecsFromOptions> loadSpecsFromOptions(const OptionSet& parser,
                                                     const SpecErrorWords& words,
                                                     CombinationCheck check, int& code,
                                                     const Scenario* defaultScenario) {
    const bool anySpec =
        parser.isSet("hardware") || parser.isSet("model") || parser.isSet("scenario");
    if (parser.isSet("project")) {
        if (anySpec) {
            code = fail("give either --project or --hardware/--model/--scenario, not both", 2);
            return std::nullopt;
        }
        const std::string path = parser.value("project");
        auto p = loadOrReport(loadProject(path));
        if (!p) {
            code = fail("cannot load project '" + path + "'");
            return std::nullopt;
        }
        if (!p->analysable()) {
            code = fail("project '" + path +
                        "' is a dataflow study without hardware, model and scenario: see it with "
                        "'ridgeline-cli render --view dataflow-<view> --project' or run "
                        "'ridgeline-cli dataflow'");
            return std::nullopt;
        }
        return SpecsFromOptions{p->hardware, p->model, p->scenario};
    }
    const bool scenarioGiven = parser.isSet("scenario") || defaultScenario;
    if (!parser.isSet("hardware") || !parser.isSet("model") || !scenarioGiven) {
        code = fail(words.command + " needs --hardware, --model" +
                        (defaultScenario ? std::string(" (and --scenario to set more than its "
                                                       "defaults)")
                                         : std::string(" and --scenario")) +
                        " (or --project); see --help",
                    2);
        return std::nullopt;
    }
    auto h = loadOrReport(loadHardware(parser.value("hardware")));
    auto m = loadOrReport(loadModel(parser.value("model")));
    auto s = parser.isSet("scenario") ? loadOrReport(loadScenario(parser.value("scenario")))
                                      : std::optional<Scenario>(*defaultScenario);
    if (!h || !m || !s) {
        code = fail(words.failure + ": fix the errors above");
        return std::nullopt;
    }
    if (check == CombinationCheck::run) {
        // The checks a project gets: do these three specs fit together?
        Diagnostics combination(parser.isSet("scenario") ? parser.value("scenario")
                                                         : defaultScenario->name);
        checkCombination(*h, *m, *s, combination);
        if (combination.hasErrors()) {
            std::fprintf(stderr, "%s\n", combination.format().c_str());
            code = fail(words.failure + ": the scenario does not fit this model and hardware");
            return std::nullopt;
        }
    }
    return SpecsFromOptions{*h, *m, *s};
}

}  // namespace rl::cli
