// Reading and writing "ridgeline.project" documents: a hardware, a model and a
// scenario, each a path relative to the project file or an embedded object.
#include <filesystem>
#include <system_error>

#include "core/spec/parallelism.h"
#include "core/spec/project_reader.h"
#include "core/spec/reference_policy.h"
#include "core/spec/spec_document.h"
#include "core/spec/spec_io.h"

namespace rl {
namespace {

namespace fs = std::filesystem;

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
};

// Reads one of "hardware"/"model"/"scenario": a relative path or an embedded object.
// Errors inside a spec document that was read go to `specDiag`, the others to
// the reader's diagnostics.
template <class T, class ParseFn>
Part<T> readPart(ObjectReader& r, std::string_view key, const std::string& file,
                 const fs::path& baseDir, std::string_view formatName, ParseFn parse,
                 Diagnostics& specDiag) {
    Part<T> part;
    Diagnostics& diag = r.diagnostics();
    const Json* node = r.child(key, Need::required);
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
        diag.error(path, displayJson(*node),
                   "a path to a " + what + " file (relative to the project file) or an embedded " +
                       what + " object");
        return part;
    }
    const std::string& ref = node->get_ref<const std::string&>();
    if (ref.empty() || ref.size() > 4096 || ref.find('\0') != std::string::npos) {
        diag.error(
            path, "\"" + displayValue(ref) + "\"",
            "a path to a " + what + " file (non-empty, at most 4096 characters, no NUL bytes)");
        return part;
    }
    part.ref = ref;
    fs::path resolved = fs::path(ref).is_absolute() ? fs::path(ref) : (baseDir / ref);
    resolved = resolved.lexically_normal();
    // Checked before the file is even looked at: a shared project must not
    // read (or have its errors quote) files outside its folder.
    if (std::string why = checkReferenceInside(resolved.string(), baseDir.string()); !why.empty()) {
        diag.error(path, "\"" + displayValue(ref) + "\"", why);
        return part;
    }
    std::error_code ec;
    if (!fs::exists(resolved, ec) || ec) {
        diag.error(path, "\"" + displayValue(ref) + "\"",
                   "a path to an existing " + what +
                       " file, relative to the project file (resolved to \"" +
                       displayValue(resolved.string(), 200) + "\", which does not exist)");
        return part;
    }
    if (!fs::is_regular_file(resolved, ec) || ec) {
        diag.error(path, "\"" + displayValue(ref) + "\"",
                   "a path to a " + what + " file (\"" + displayValue(resolved.string(), 200) +
                       "\" is not a regular file)");
        return part;
    }
    Diagnostics inner(resolved.string());
    auto doc = readJsonFile(resolved.string(), inner);
    if (doc) {
        auto loaded = parse(*doc, resolved.string());
        inner.append(loaded.diagnostics);
        part.json = *doc;
        part.value = std::move(loaded.value);
    }
    Diagnostics& into = doc ? specDiag : diag;
    into.append(inner);
    if (inner.hasErrors()) {
        part.value.reset();
        into.error(path, "\"" + displayValue(ref) + "\"",
                   "a valid " + what + " file (\"" + displayValue(resolved.string(), 200) +
                       "\" has " + std::to_string(inner.errorCount()) +
                       " error(s), listed with its name)");
    }
    return part;
}

}  // namespace

namespace {

// The project reader behind parseProject() and readProjectForEditing(): fills
// `p` with what it can read, sorting errors into those of the project itself,
// those inside its spec documents and those of the combination (all three may
// be one Diagnostics). Returns whether all three specs parsed.
bool readProjectInto(const Json& doc, const std::string& file, const std::string& baseDir,
                     Project& p, Diagnostics& diag, Diagnostics& specDiag,
                     Diagnostics& combinationDiag) {
    ObjectReader r(doc, "", diag);
    if (!readFormatHeader(r, "ridgeline.project")) return false;
    if (auto v = readName(r, "name")) p.name = *v;
    if (auto v = r.string("description", Need::optional, 10000)) p.description = *v;
    const fs::path base = baseDir.empty() ? fs::path(".") : fs::path(baseDir);
    auto hw = readPart<Hardware>(
        r, "hardware", file, base, "ridgeline.hardware",
        [](const Json& d, const std::string& f) { return parseHardware(d, f); }, specDiag);
    auto model = readPart<ModelSpec>(
        r, "model", file, base, "ridgeline.model",
        [](const Json& d, const std::string& f) { return parseModel(d, f); }, specDiag);
    auto sc = readPart<Scenario>(
        r, "scenario", file, base, "ridgeline.scenario",
        [](const Json& d, const std::string& f) { return parseScenario(d, f); }, specDiag);
    if (const Json* views = r.child("views")) {
        if (!views->is_object())
            diag.error(r.pathOf("views"), displayJson(*views), "an object of view settings");
        else
            p.viewSettings = *views;
    }
    r.finish();
    p.hardwareRef = hw.ref;
    p.modelRef = model.ref;
    p.scenarioRef = sc.ref;
    p.hardwareJson = hw.json;
    p.modelJson = model.json;
    p.scenarioJson = sc.json;
    // The trace a serving scenario replays is read later, by the simulator: checked now.
    if (sc.value && !sc.value->serving.trace.resolved.empty())
        if (std::string why = checkReferenceInside(sc.value->serving.trace.resolved, base.string());
            !why.empty()) {
            diag.error(sc.ref.empty() ? "/scenario/serving/trace/file" : "/scenario",
                       "\"" + displayValue(sc.value->serving.trace.file) + "\"", why);
            sc.value.reset();
        }
    if (!hw.value || !model.value || !sc.value) return false;
    p.hardware = std::move(*hw.value);
    p.model = std::move(*model.value);
    p.scenario = std::move(*sc.value);
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
                   "at most the " + std::to_string(have) + " device(s) of hardware \"" + hw.name +
                       "\" (the product of its interconnect \"devices\")");
    if (m.kind == "transformer") {
        if (par.pipeline > t.layers)
            diag.error(
                scen, "pipeline " + std::to_string(par.pipeline),
                "at most the " + std::to_string(t.layers) + " layers of model \"" + m.name + "\"");
        if (t.heads > 0 && t.heads % par.tensor != 0)
            diag.error(scen, "tensor " + std::to_string(par.tensor),
                       "a divisor of the " + std::to_string(t.heads) +
                           " attention heads of model \"" + m.name + "\"");
        if (par.expert > 1 && (t.experts == 0 || t.experts % par.expert != 0))
            diag.error(scen, "expert " + std::to_string(par.expert),
                       t.experts == 0 ? "1 for a dense model (\"" + m.name + "\" has no experts)"
                                      : "a divisor of the " + std::to_string(t.experts) +
                                            " experts of model \"" + m.name + "\"");
    } else if (par.expert > 1) {
        diag.error(scen, "expert " + std::to_string(par.expert), "1 for a model without experts");
    }
    const std::string& kindPath = paths.kind;
    const std::string& kind = scenario.kind;
    bool generates =
        kind == "serving" || (kind == "inference" && scenario.inference.generatedTokens > 0);
    if (m.kind == "transformer" && t.encoderOnly && generates)
        diag.error(kindPath, "a scenario of kind \"" + kind + "\" that generates tokens",
                   "a scenario without generation for the encoder-only model \"" + m.name +
                       "\" (training, or inference with generated_tokens 0)");
    if (m.kind != "transformer" && kind == "serving")
        diag.error(kindPath, "a serving scenario",
                   "inference or training for the " + m.kind + " model \"" + m.name +
                       "\" (serving needs a decoder transformer)");
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

Json toJson(const Project& p) {
    Json doc = Json::object();
    doc["format"] = "ridgeline.project";
    doc["version"] = kFormatVersion;
    doc["name"] = p.name;
    if (!p.description.empty()) doc["description"] = p.description;
    // A spec without a reference is embedded: its document as the user wrote it
    // when there is one (kept even with errors), else the parsed spec.
    auto embed = [](const std::string& ref, const Json& document, const auto& parsed) {
        if (!ref.empty()) return Json(ref);
        return document.is_object() ? document : toJson(parsed);
    };
    doc["hardware"] = embed(p.hardwareRef, p.hardwareJson, p.hardware);
    doc["model"] = embed(p.modelRef, p.modelJson, p.model);
    doc["scenario"] = embed(p.scenarioRef, p.scenarioJson, p.scenario);
    doc["views"] = p.viewSettings.is_object() ? p.viewSettings : Json::object();
    return doc;
}

}  // namespace rl
