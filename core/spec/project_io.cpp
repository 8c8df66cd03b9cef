// Reading and writing "ridgeline.project" documents: a hardware, a model and a
// scenario, each a path relative to the project file or an embedded object.
#include <filesystem>
#include <limits>
#include <system_error>

#include "core/spec/format_field.h"
#include "core/spec/parallelism.h"
#include "core/spec/project_reader.h"
#include "core/spec/reference_policy.h"
#include "core/spec/spec_document.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_phrases.h"

namespace rl {
namespace {

namespace fs = std::filesystem;
using A = PhraseArg;

// `what` names the kind of file by its key ("hardware", "accelerator").
Phrase pathOrEmbedded(const std::string& what) {
    return Phrase(RL_TR("SpecText",
                        "a path to a %1 file (relative to the project file) or an "
                        "embedded %1 object"),
                  {A::verbatim(what)});
}

Phrase invalidFile(const std::string& what, const std::string& resolved, const Diagnostics& inner) {
    return Phrase(
        RL_TR("SpecText", "a valid %1 file (\"%2\" has %3 error(s), listed with its name)"),
        {A::verbatim(what), A::verbatim(displayValue(resolved, 200)),
         A::integer(inner.errorCount())});
}

// Moves diagnostics of an embedded document under its key in the project.
void appendNested(Diagnostics& into, const Diagnostics& from, const std::string& prefix) {
    for (Diagnostic d : from.items()) {
        d.path = prefix + d.path;
        into.add(std::move(d));
    }
}

template <class T>
struct Part {
    std::optional<T> value;
    std::string ref;
    Json json;
    // Hands what was read to the project's fields for this part: the reference
    // and the JSON as written always, the spec when it was read without errors.
    void moveInto(T& spec, std::string& specRef, Json& specJson) {
        specRef = std::move(ref);
        specJson = std::move(json);
        if (value) spec = std::move(*value);
    }
};

// A file a project names: `node` is the string as written at `path`.
// Checks the string, that it stays inside the project's folder (or a trusted
// one) and that the file exists; returns the resolved path, or "" after
// reporting why not.
std::string resolveReference(const Json& node, const std::string& path, const std::string& what,
                             const fs::path& baseDir, Diagnostics& diag) {
    const std::string& ref = node.get_ref<const std::string&>();
    if (ref.empty() || ref.size() > 4096 || ref.find('\0') != std::string::npos) {
        diag.error(path, quotedValue(displayValue(ref)),
                   Phrase(RL_TR("SpecText",
                                "a path to a %1 file (non-empty, at most 4096 "
                                "characters, no NUL bytes)"),
                          {A::verbatim(what)}));
        return {};
    }
    fs::path resolved = fs::path(ref).is_absolute() ? fs::path(ref) : (baseDir / ref);
    resolved = resolved.lexically_normal();
    // Checked before the file is even looked at: a shared project must not
    // read (or have its errors quote) files outside its folder.
    if (Phrase why = referenceOutsideProject(resolved.string(), baseDir.string()); !why.empty()) {
        diag.error(path, quotedValue(displayValue(ref)), why);
        return {};
    }
    std::error_code ec;
    if (!fs::exists(resolved, ec) || ec) {
        diag.error(path, quotedValue(displayValue(ref)),
                   Phrase(RL_TR("SpecText",
                                "a path to an existing %1 file, relative to the "
                                "project file (resolved to \"%2\", which does not "
                                "exist)"),
                          {A::verbatim(what), A::verbatim(displayValue(resolved.string(), 200))}));
        return {};
    }
    if (!fs::is_regular_file(resolved, ec) || ec) {
        diag.error(path, quotedValue(displayValue(ref)),
                   Phrase(RL_TR("SpecText", "a path to a %1 file (\"%2\" is not a regular file)"),
                          {A::verbatim(what), A::verbatim(displayValue(resolved.string(), 200))}));
        return {};
    }
    return resolved.string();
}

// Reads one of "hardware"/"model"/"scenario": a relative path or an embedded object.
// Errors inside a spec document that was read go to `specDiag`, the others to
// the reader's diagnostics.
template <class T, class ParseFn>
Part<T> readPart(ObjectReader& r, std::string_view key, const std::string& file,
                 const fs::path& baseDir, std::string_view formatName, ParseFn parse,
                 Diagnostics& specDiag, Need need = Need::required) {
    Part<T> part;
    Diagnostics& diag = r.diagnostics();
    const Json* node = r.child(key, need);
    if (!node) return part;
    const std::string path = r.pathOf(key);
    const std::string what = std::string(formatName.substr(formatName.find('.') + 1));
    if (node->is_object()) {
        Json doc = *node;
        // Embedded specs may leave out the header; a raw HF config stays raw.
        if (!doc.contains("format") && !(key == "model" && doc.contains("model_type"))) {
            doc["format"] = std::string(formatName);
            if (!doc.contains("version")) doc["version"] = kFormatVersion;
        }
        auto loaded = parse(doc, file);
        appendNested(specDiag, loaded.diagnostics, path);
        part.json = doc;
        part.value = std::move(loaded.value);
        return part;
    }
    if (!node->is_string()) {
        diag.error(path, displayJson(*node), pathOrEmbedded(what));
        return part;
    }
    const std::string& ref = node->get_ref<const std::string&>();
    const std::string resolved = resolveReference(*node, path, what, baseDir, diag);
    if (resolved.empty()) {
        if (!ref.empty()) part.ref = ref;
        return part;
    }
    part.ref = ref;
    Diagnostics inner(resolved);
    auto doc = readJsonFile(resolved, inner);
    if (doc) {
        auto loaded = parse(*doc, resolved);
        inner.append(loaded.diagnostics);
        part.json = *doc;
        part.value = std::move(loaded.value);
    }
    Diagnostics& into = doc ? specDiag : diag;
    into.append(inner);
    if (inner.hasErrors()) {
        part.value.reset();
        into.error(path, quotedValue(displayValue(ref)), invalidFile(what, resolved, inner));
    }
    return part;
}

// One document of the dataflow study ("architecture", "problem", "mapping"):
// a path relative to the project file or an embedded object, parsed by
// `parse(doc, pointer, diagnostics)`. As for the specs, errors inside a
// document go to `specDiag`, the others to `diag`.
template <class Parse>
bool readStudyDocument(const Json& node, const std::string& path, const std::string& what,
                       const std::string& file, const fs::path& baseDir, std::string& ref,
                       Json& json, Diagnostics& diag, Diagnostics& specDiag, Parse parse) {
    if (node.is_object()) {
        json = node;
        Diagnostics inner(file);
        const bool ok = parse(node, path, inner);
        specDiag.append(inner);
        return ok && !inner.hasErrors();
    }
    if (!node.is_string()) {
        diag.error(path, displayJson(node), pathOrEmbedded(what));
        return false;
    }
    const std::string resolved = resolveReference(node, path, what, baseDir, diag);
    if (resolved.empty()) return false;
    ref = node.get<std::string>();
    Diagnostics inner(resolved);
    auto doc = readJsonFile(resolved, inner);
    bool ok = false;
    if (doc) {
        json = *doc;
        ok = parse(*doc, "", inner);
    }
    Diagnostics& into = doc ? specDiag : diag;
    into.append(inner);
    if (inner.hasErrors()) {
        into.error(path, quotedValue(displayValue(ref)), invalidFile(what, resolved, inner));
        return false;
    }
    return ok;
}

// An architecture document: a "ridgeline.accelerator" or a hardware file
// with an "accelerator" object.
std::shared_ptr<const AcceleratorArch> parseArchitectureDocument(const Json& doc,
                                                                 const std::string& path,
                                                                 Diagnostics& diag) {
    if (formatField(doc) == "ridgeline.hardware") {
        auto it = doc.find("accelerator");
        if (it == doc.end()) {
            diag.error(path, RL_TR("SpecText", "a hardware file without \"accelerator\""),
                       RL_TR("SpecText",
                             "a ridgeline.accelerator file, or a hardware file with an "
                             "\"accelerator\" object (a spatial accelerator)"));
            return nullptr;
        }
        return parseAcceleratorArch(*it, jsonPointerChild(path, "accelerator"), diag);
    }
    return parseAcceleratorArch(doc, path, diag);
}

// The "dataflow" object. `hardware` is the project's hardware when it was
// given and parsed; `haveModel`: a model and a scenario were given (a layer
// of the model can be the problem).
std::optional<DataflowStudy> readDataflowStudy(const Json& node, const std::string& file,
                                               const fs::path& baseDir, const Hardware* hardware,
                                               bool hardwareGiven, bool haveModel,
                                               Diagnostics& diag, Diagnostics& specDiag) {
    ObjectReader r(node, "/dataflow", diag);
    if (!r.valid()) return std::nullopt;
    DataflowStudy s;
    bool ok = true;
    if (const Json* arch = r.child("architecture")) {
        ok &= readStudyDocument(*arch, r.pathOf("architecture"), "accelerator", file, baseDir,
                                s.architectureRef, s.architectureJson, diag, specDiag,
                                [&s](const Json& d, const std::string& p, Diagnostics& dg) {
                                    s.architecture = parseArchitectureDocument(d, p, dg);
                                    return s.architecture != nullptr;
                                });
    } else if (!hardwareGiven) {
        diag.error(r.pathOf("architecture"), RL_TR("SpecText", "missing"),
                   RL_TR("SpecText",
                         "a path to an accelerator file (ridgeline.accelerator, or a "
                         "hardware file with an \"accelerator\"), an embedded "
                         "accelerator object, or a project \"hardware\" of kind "
                         "accelerator"));
        ok = false;
    } else if (hardware) {
        s.architectureFromHardware = true;
        s.architecture = hardware->accelerator;
        if (!s.architecture) {
            diag.error(r.pathOf("architecture"), RL_TR("SpecText", "missing"),
                       Phrase(RL_TR("SpecText",
                                    "an accelerator file, since the project's "
                                    "hardware \"%1\" (kind \"%2\") has no "
                                    "\"accelerator\" object to map onto"),
                              {A::verbatim(hardware->name), A::verbatim(hardware->kind)}));
            ok = false;
        }
    } else {
        s.architectureFromHardware = true;  // the hardware's own errors are reported
        ok = false;
    }
    const Json* problem = r.child("problem", Need::required);
    if (problem && problem->is_object() && problem->contains("model_layer")) {
        ObjectReader layer(*problem, r.pathOf("problem"), diag);
        // Written 1-based, as the rows of the Network view and the CLI's table.
        if (auto n = layer.integer("model_layer", 1, 1'000'000, Need::required))
            s.modelLayer = *n - 1;
        else
            ok = false;
        layer.finish();
        if (!haveModel) {
            diag.error(jsonPointerChild(r.pathOf("problem"), "model_layer"),
                       std::to_string(std::max<std::int64_t>(0, s.modelLayer) + 1),
                       RL_TR("SpecText",
                             "a project with a \"model\" and a \"scenario\" to "
                             "take the layer from, or a problem file"));
            ok = false;
        }
    } else if (problem) {
        ok &= readStudyDocument(*problem, r.pathOf("problem"), "problem", file, baseDir,
                                s.problemRef, s.problemJson, diag, specDiag,
                                [&s](const Json& d, const std::string& p, Diagnostics& dg) {
                                    s.problem = parseProblem(d, p, dg);
                                    return s.problem.has_value();
                                });
    } else {
        ok = false;
    }
    if (const Json* mapping = r.child("mapping")) {
        ok &= readStudyDocument(*mapping, r.pathOf("mapping"), "mapping", file, baseDir,
                                s.mappingRef, s.mappingJson, diag, specDiag,
                                [&s](const Json& d, const std::string& p, Diagnostics& dg) {
                                    s.mapping = parseMapping(d, p, dg);
                                    return s.mapping.has_value();
                                });
    }
    if (const Json* mapper = r.child("mapper")) {
        ObjectReader m(*mapper, r.pathOf("mapper"), diag);
        if (auto v = m.choice("objective", {"cycles", "energy", "edp"})) s.objective = *v;
        if (auto v = m.integer("seed", 0, std::numeric_limits<std::int64_t>::max()))
            s.seed = static_cast<std::uint64_t>(*v);
        // The CLI's cap (core/dataflow/mapper.h, kMaxMapperEvaluations).
        if (auto v = m.integer("evaluations", 1, 10'000'000'000)) s.evaluations = *v;
        m.finish();
    }
    r.finish();
    (void)ok;  // what failed was reported; the documents are kept for editing
    return s;
}

}  // namespace

namespace {

// The project reader behind parseProject() and readProjectForEditing(): fills
// `p` with what it can read, sorting errors into those of the project itself,
// those inside its spec documents and those of the combination (all three may
// be one Diagnostics). Returns whether every spec given parsed (a dataflow
// study may leave out hardware, model and scenario).
bool readProjectInto(const Json& doc, const std::string& file, const std::string& baseDir,
                     Project& p, Diagnostics& diag, Diagnostics& specDiag,
                     Diagnostics& combinationDiag) {
    ObjectReader r(doc, "", diag);
    if (!readFormatHeader(r, "ridgeline.project")) return false;
    if (auto v = readName(r, "name")) p.name = *v;
    if (auto v = r.string("description", Need::optional, 10000)) p.description = *v;
    const fs::path base = baseDir.empty() ? fs::path(".") : fs::path(baseDir);
    // A dataflow study needs no hardware, model or scenario of its own.
    const bool study = r.has("dataflow");
    const Need specNeed = study ? Need::optional : Need::required;
    auto hw = readPart<Hardware>(
        r, "hardware", file, base, "ridgeline.hardware",
        [](const Json& d, const std::string& f) { return parseHardware(d, f); }, specDiag,
        specNeed);
    auto model = readPart<ModelSpec>(
        r, "model", file, base, "ridgeline.model",
        [](const Json& d, const std::string& f) { return parseModel(d, f); }, specDiag, specNeed);
    auto sc = readPart<Scenario>(
        r, "scenario", file, base, "ridgeline.scenario",
        [](const Json& d, const std::string& f) { return parseScenario(d, f); }, specDiag,
        specNeed);
    const bool hwGiven = r.has("hardware"), modelGiven = r.has("model"),
               scenarioGiven = r.has("scenario");
    if (study && modelGiven != scenarioGiven)
        diag.error(r.pathOf(modelGiven ? "scenario" : "model"), RL_TR("SpecText", "missing"),
                   modelGiven ? RL_TR("SpecText",
                                      "a scenario beside the project's model (a "
                                      "model is lowered for a scenario)")
                              : RL_TR("SpecText",
                                      "a model beside the project's scenario (a "
                                      "model is lowered for a scenario)"));
    if (const Json* df = r.child("dataflow"))
        p.dataflow = readDataflowStudy(*df, file, base, hw.value ? &*hw.value : nullptr, hwGiven,
                                       modelGiven && scenarioGiven, diag, specDiag);
    if (const Json* views = r.child("views")) {
        if (!views->is_object())
            diag.error(r.pathOf("views"), displayJson(*views),
                       RL_TR("SpecText", "an object of view settings"));
        else
            p.viewSettings = *views;
    }
    r.finish();
    // The trace a serving scenario replays is read later, by the simulator: checked now.
    if (sc.value && !sc.value->serving.trace.resolved.empty())
        if (Phrase why = referenceOutsideProject(sc.value->serving.trace.resolved, base.string());
            !why.empty()) {
            diag.error(sc.ref.empty() ? "/scenario/serving/trace/file" : "/scenario",
                       quotedValue(displayValue(sc.value->serving.trace.file)), why);
            sc.value.reset();
        }
    hw.moveInto(p.hardware, p.hardwareRef, p.hardwareJson);
    model.moveInto(p.model, p.modelRef, p.modelJson);
    sc.moveInto(p.scenario, p.scenarioRef, p.scenarioJson);
    if ((hwGiven && !hw.value) || (modelGiven && !model.value) || (scenarioGiven && !sc.value))
        return false;
    if (!hwGiven || !modelGiven || !scenarioGiven) return true;  // nothing to combine
    // A referenced scenario is named by its key; an embedded one by its fields.
    ScenarioPaths paths;
    paths.parallelism = p.scenarioRef.empty() ? "/scenario/parallelism" : "/scenario";
    paths.kind = p.scenarioRef.empty() ? "/scenario/kind" : "/scenario";
    checkCombination(p.hardware, p.model, p.scenario, combinationDiag, paths);
    return true;
}

}  // namespace

void checkCombination(const Hardware& hw, const ModelSpec& m, const Scenario& scenario,
                      Diagnostics& diag, const ScenarioPaths& paths) {
    const Parallelism& par = scenario.parallelism;
    const TransformerConfig& t = m.transformer;
    const std::string& scen = paths.parallelism;
    const std::int64_t needed = devicesUsed(scenario);
    const int have = hw.deviceCount();
    if (needed > have)
        diag.error(scen, describeDevicesUsed(scenario),
                   Phrase(RL_TR("SpecText",
                                "at most the %1 device(s) of hardware \"%2\" (the "
                                "product of its interconnect \"devices\")"),
                          {A::integer(have), A::verbatim(hw.name)}));
    if (m.kind == "transformer") {
        if (par.pipeline > t.layers)
            diag.error(scen, Phrase(RL_TR("SpecText", "pipeline %1"), {A::integer(par.pipeline)}),
                       Phrase(RL_TR("SpecText", "at most the %1 layers of model \"%2\""),
                              {A::integer(t.layers), A::verbatim(m.name)}));
        if (t.heads > 0 && t.heads % par.tensor != 0)
            diag.error(scen, Phrase(RL_TR("SpecText", "tensor %1"), {A::integer(par.tensor)}),
                       Phrase(RL_TR("SpecText",
                                    "a divisor of the %1 attention heads of model "
                                    "\"%2\""),
                              {A::integer(t.heads), A::verbatim(m.name)}));
        if (par.expert > 1 && (t.experts == 0 || t.experts % par.expert != 0))
            diag.error(
                scen, Phrase(RL_TR("SpecText", "expert %1"), {A::integer(par.expert)}),
                t.experts == 0
                    ? Phrase(RL_TR("SpecText", "1 for a dense model (\"%1\" has no experts)"),
                             {A::verbatim(m.name)})
                    : Phrase(RL_TR("SpecText", "a divisor of the %1 experts of model \"%2\""),
                             {A::integer(t.experts), A::verbatim(m.name)}));
    } else if (par.expert > 1) {
        diag.error(scen, Phrase(RL_TR("SpecText", "expert %1"), {A::integer(par.expert)}),
                   RL_TR("SpecText", "1 for a model without experts"));
    }
    const std::string& kindPath = paths.kind;
    const std::string& kind = scenario.kind;
    bool generates =
        kind == "serving" || (kind == "inference" && scenario.inference.generatedTokens > 0);
    if (m.kind == "transformer" && t.encoderOnly && generates)
        diag.error(kindPath,
                   Phrase(RL_TR("SpecText", "a scenario of kind \"%1\" that generates tokens"),
                          {A::verbatim(kind)}),
                   Phrase(RL_TR("SpecText",
                                "a scenario without generation for the encoder-only "
                                "model \"%1\" (training, or inference with "
                                "generated_tokens 0)"),
                          {A::verbatim(m.name)}));
    if (m.kind != "transformer" && kind == "serving")
        diag.error(kindPath, RL_TR("SpecText", "a serving scenario"),
                   Phrase(RL_TR("SpecText",
                                "inference or training for the %1 model \"%2\" "
                                "(serving needs a decoder transformer)"),
                          {A::verbatim(m.kind), A::verbatim(m.name)}));
}

Loaded<Project> parseProject(const Json& doc, const std::string& file, const std::string& baseDir) {
    Loaded<Project> out{std::nullopt, Diagnostics(file)};
    Diagnostics& diag = out.diagnostics;
    Project p;
    readProjectInto(doc, file, baseDir, p, diag, diag, diag);
    if (!diag.hasErrors()) out.value = std::move(p);
    return out;
}

ProjectForEditing readProjectForEditing(const std::string& path) {
    ProjectForEditing out;
    out.projectErrors.setFile(path);
    out.specErrors.setFile(path);
    out.combinationErrors.setFile(path);
    auto doc = readJsonFile(path, out.projectErrors);
    if (!doc) return out;
    const fs::path parent = fs::path(path).parent_path();
    out.specsValid =
        readProjectInto(*doc, path, parent.empty() ? std::string(".") : parent.string(),
                        out.project, out.projectErrors, out.specErrors, out.combinationErrors);
    return out;
}

namespace {
Json studyToJson(const DataflowStudy& s) {
    Json doc = Json::object();
    // A reference as written, else the document (kept even with errors), else
    // the parsed form.
    auto part = [](const std::string& ref, const Json& document, const auto& parsed) {
        if (!ref.empty()) return Json(ref);
        if (document.is_object()) return document;
        return parsed ? toJson(*parsed) : Json();
    };
    if (!s.architectureFromHardware) {
        Json arch = part(s.architectureRef, s.architectureJson, s.architecture);
        if (!arch.is_null()) doc["architecture"] = arch;
    }
    if (s.modelLayer >= 0)
        doc["problem"] = Json{{"model_layer", s.modelLayer + 1}};
    else if (Json problem = part(s.problemRef, s.problemJson, s.problem); !problem.is_null())
        doc["problem"] = problem;
    if (Json mapping = part(s.mappingRef, s.mappingJson, s.mapping); !mapping.is_null())
        doc["mapping"] = mapping;
    const DataflowStudy defaults;
    if (s.objective != defaults.objective || s.seed != defaults.seed ||
        s.evaluations != defaults.evaluations)
        doc["mapper"] =
            Json{{"objective", s.objective}, {"seed", s.seed}, {"evaluations", s.evaluations}};
    return doc;
}
}  // namespace

Json toJson(const Project& p) {
    Json doc = newDocument("ridgeline.project", p.name);
    if (!p.description.empty()) doc["description"] = p.description;
    // A spec without a reference is embedded: its document as the user wrote it
    // when there is one (kept even with errors), else the parsed spec.
    auto embed = [](const std::string& ref, const Json& document, const auto& parsed) {
        if (!ref.empty()) return Json(ref);
        return document.is_object() ? document : toJson(parsed);
    };
    // A dataflow study may stand without hardware, model and scenario.
    auto given = [&p](const std::string& ref, const Json& document) {
        return !p.dataflow || !ref.empty() || !document.is_null();
    };
    if (given(p.hardwareRef, p.hardwareJson))
        doc["hardware"] = embed(p.hardwareRef, p.hardwareJson, p.hardware);
    if (given(p.modelRef, p.modelJson)) doc["model"] = embed(p.modelRef, p.modelJson, p.model);
    if (given(p.scenarioRef, p.scenarioJson))
        doc["scenario"] = embed(p.scenarioRef, p.scenarioJson, p.scenario);
    if (p.dataflow) doc["dataflow"] = studyToJson(*p.dataflow);
    doc["views"] = p.viewSettings.is_object() ? p.viewSettings : Json::object();
    return doc;
}

}  // namespace rl
