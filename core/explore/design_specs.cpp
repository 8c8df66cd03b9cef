#include "core/explore/design_specs.h"

#include "core/explore/point_failure.h"
#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"

namespace rl::explore {

PointError parseDesign(const Json& design, DesignSpecs& out) {
    if (!design.is_object() || !design.contains("hardware") || !design.contains("model") ||
        !design.contains("scenario"))
        return engineFailure(
            RL_TR("EngineText", "the design has no hardware, model and scenario documents"));
    auto hw = parseHardware(design["hardware"], "hardware");
    if (!hw.ok()) return readerFailure(hw.diagnostics);
    auto model = parseModel(design["model"], "model");
    if (!model.ok()) return readerFailure(model.diagnostics);
    auto scenario = parseScenario(design["scenario"], "scenario");
    if (!scenario.ok()) return readerFailure(scenario.diagnostics);
    Diagnostics combination("scenario");
    ScenarioPaths paths;
    checkCombination(*hw.value, *model.value, *scenario.value, combination, paths);
    if (combination.hasErrors()) return readerFailure(combination);
    out.hardware = std::move(*hw.value);
    out.model = std::move(*model.value);
    out.scenario = std::move(*scenario.value);
    return {};
}

std::vector<DesignEdit> differencesFromBase(const PointSpace& space, const SweepBase& base,
                                            std::span<const AxisSetting> settings) {
    std::vector<DesignEdit> out;
    for (std::size_t i = 0; i < space.axisCount(); ++i) {
        if (settings[i].position == kBaseValue) continue;
        const SweepAxis& axis = space.axisSpec(i);
        const Json::json_pointer ptr(axis.pointer);
        Json before = base.design.contains(ptr) ? base.design.at(ptr) : Json();
        Json after = space.jsonValue(i, settings[i]);
        if (before != after)
            out.push_back({axis.name, axis.pointer, std::move(before), std::move(after)});
    }
    return out;
}

std::optional<Project> projectForPoint(const SweepSpec& spec, const SweepBase& base,
                                       const PointSpace& space, std::uint64_t index,
                                       Diagnostics& diag, std::optional<Message>* typed) {
    if (index >= space.size()) {
        diag.error("", Phrase("%1", {PhraseArg::integer(static_cast<std::int64_t>(index))}),
                   Phrase(RL_TR("SpecText", "a point index below %1"),
                          {PhraseArg::integer(static_cast<std::int64_t>(space.size()))}));
        return std::nullopt;
    }
    std::vector<AxisSetting> settings(space.axisCount());
    space.settings(index, settings);
    Json design = base.design;
    const Phrase pointText(RL_TR("SpecText", "point %1"),
                           {PhraseArg::integer(static_cast<std::int64_t>(index))});
    if (Phrase e = space.apply(design, settings); !e.empty()) {
        diag.error("", pointText, std::move(e));
        return std::nullopt;
    }
    DesignSpecs specs;
    if (PointError e = parseDesign(design, specs); e.failed()) {
        const char* validDesign = RL_TR("SpecText", "a valid design (%1)");
        diag.error("", pointText, Phrase(validDesign, {PhraseArg::verbatim(e.english)}));
        if (typed) {
            Message why = e.typed
                              ? std::move(*e.typed)
                              : Message::fromPhrase(kSpecTextContext,
                                                    Phrase("%1", {PhraseArg::verbatim(e.english)}));
            Message expected = Message::fromPhrase(kSpecTextContext, validDesign);
            expected.english = diag.items().back().expected;
            expected.clauses.push_back(std::move(why));
            *typed = diagnosticMessage(diag.items().back(), std::move(expected));
        }
        return std::nullopt;
    }
    Project p = base.project;
    p.name = base.project.name + " (" + spec.name + ", point " + std::to_string(index) + ")";
    // Every document embedded: references are relative to the base
    // project's folder and would break where the user saves this one.
    auto take = [&](const char* key, std::string& ref, Json& doc) {
        ref.clear();
        doc = design[key];
    };
    take("hardware", p.hardwareRef, p.hardwareJson);
    take("model", p.modelRef, p.modelJson);
    take("scenario", p.scenarioRef, p.scenarioJson);
    p.hardware = std::move(specs.hardware);
    p.model = std::move(specs.model);
    p.scenario = std::move(specs.scenario);
    return p;
}

}  // namespace rl::explore
