// Reading a sweep's base project and checking every axis against it: the
// field must exist and hold a value of the kind the axis writes.
#include <filesystem>

#include "core/explore/field_values.h"
#include "core/explore/sweep_spec.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_phrases.h"

namespace rl::explore {
namespace {

void checkAxis(SweepAxis& axis, const Json& design, Diagnostics& diag) {
    const Json::json_pointer ptr(axis.pointer);
    if (!design.contains(ptr)) {
        diag.error(jsonPointerChild(axis.path, "pointer"), quotedValue(displayValue(axis.pointer)),
                   RL_TR("SpecText",
                         "a field that exists in the base project's documents "
                         "(\"/hardware/...\" is the hardware document, "
                         "\"/model/...\" the model, \"/scenario/...\" the scenario)"));
        return;
    }
    const Json& field = design.at(ptr);
    const FieldKind fieldKind = fieldKindOf(field);
    // What the base holds, after the expectation in parentheses (as a
    // suggestion renders): "... (the base's /scenario/batch holds 8)".
    const Phrase holds(
        RL_TR("SpecText", "the base's %1 holds %2"),
        {PhraseArg::verbatim(axis.pointer), PhraseArg::verbatim(displayJson(field))});
    AxisValues& v = axis.values;
    switch (v.kind) {
        case AxisValues::Kind::library:
            if (!field.is_object())
                diag.error(jsonPointerChild(axis.path, "pointer"), quotedValue(axis.pointer),
                           RL_TR("SpecText",
                                 "the pointer of a whole hardware document "
                                 "(normally \"/hardware\") for a library axis"),
                           holds);
            break;
        case AxisValues::Kind::linear:
        case AxisValues::Kind::log: {
            FieldKind range;
            range.kind = v.dimension ? FieldKind::Kind::quantity : FieldKind::Kind::number;
            if (v.dimension) range.dimension = *v.dimension;
            if (!writable(fieldKind, range) &&
                !(fieldKind.kind == FieldKind::Kind::integer && !v.dimension))
                diag.error(jsonPointerChild(axis.path, "range"), displayJson(field),
                           fieldKind.describe(true), holds);
            v.integer = fieldKind.kind == FieldKind::Kind::integer;
            break;
        }
        case AxisValues::Kind::list:
            for (std::size_t i = 0; i < v.list.size(); ++i) {
                const FieldKind k = fieldKindOf(v.list[i]);
                if (!writable(fieldKind, k))
                    diag.error(jsonPointerChild(jsonPointerChild(axis.path, "values"), i),
                               displayJson(v.list[i]), fieldKind.describe(), holds);
            }
            if (fieldKind.kind == FieldKind::Kind::quantity) v.dimension = fieldKind.dimension;
            break;
    }
}

}  // namespace

std::optional<SweepBase> loadSweepBase(SweepSpec& spec, Diagnostics& diag) {
    Loaded<Project> loaded = loadProject(spec.projectPath);
    if (!loaded.ok()) {
        diag.error("/project", quotedValue(displayValue(spec.projectRef, 200)),
                   Phrase(RL_TR("SpecText",
                                "a valid project file (\"%1\" has %2 error(s), "
                                "listed with its name)"),
                          {PhraseArg::verbatim(displayValue(spec.projectPath, 200)),
                           PhraseArg::integer(std::max(1, loaded.diagnostics.errorCount()))}));
        diag.append(loaded.diagnostics);
        return std::nullopt;
    }
    if (!loaded.value->analysable()) {
        diag.error("/project", quotedValue(displayValue(spec.projectRef, 200)),
                   RL_TR("SpecText",
                         "a project with a hardware, a model and a scenario to vary "
                         "(this one is a dataflow study alone)"));
        return std::nullopt;
    }
    SweepBase base;
    base.project = std::move(*loaded.value);
    base.design = Json::object();
    base.design["hardware"] = base.project.hardwareJson;
    base.design["model"] = base.project.modelJson;
    base.design["scenario"] = base.project.scenarioJson;
    const int before = diag.errorCount();
    for (SweepAxis& axis : spec.axes) checkAxis(axis, base.design, diag);
    if (diag.errorCount() > before) return std::nullopt;
    return base;
}

LoadedSweep loadSweep(const std::string& path) {
    LoadedSweep out;
    out.diagnostics.setFile(path);
    auto doc = readJsonFile(path, out.diagnostics);
    if (!doc) return out;
    return loadSweep(*doc, path);
}

LoadedSweep loadSweep(const Json& doc, const std::string& file) {
    LoadedSweep out = parseSweep(doc, file);
    if (!out.spec) return out;
    out.base = loadSweepBase(*out.spec, out.diagnostics);
    if (!out.base) out.spec.reset();
    return out;
}

}  // namespace rl::explore
