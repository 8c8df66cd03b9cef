// Reading and writing "ridgeline.project" documents: a hardware, a model and a
// scenario, each a path relative to the project file or an embedded object.
#include <filesystem>
#include <system_error>

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
template <class T, class ParseFn>
Part<T> readPart(ObjectReader& r, std::string_view key, const std::string& file,
                 const fs::path& baseDir, std::string_view formatName, ParseFn parse) {
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
        appendNested(diag, loaded.diagnostics, path);
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
    diag.append(inner);
    if (inner.hasErrors()) {
        part.value.reset();
        diag.error(path, "\"" + displayValue(ref) + "\"",
                   "a valid " + what + " file (\"" + displayValue(resolved.string(), 200) +
                       "\" has " + std::to_string(inner.errorCount()) +
                       " error(s), listed with its name)");
    }
    return part;
}

// Checks that need all three specs: does the scenario fit this model on this hardware?
void checkCombination(const Project& p, Diagnostics& diag) {
    const Parallelism& par = p.scenario.parallelism;
    const ModelSpec& m = p.model;
    const TransformerConfig& t = m.transformer;
    const std::string scen = p.scenarioRef.empty() ? "/scenario/parallelism" : "/scenario";
    long long needed = static_cast<long long>(par.tensor) * par.pipeline * par.data;
    int have = p.hardware.deviceCount();
    if (needed > have)
        diag.error(scen,
                   "tensor " + std::to_string(par.tensor) + " x pipeline " +
                       std::to_string(par.pipeline) + " x data " + std::to_string(par.data) +
                       " = " + std::to_string(needed) + " devices",
                   "at most the " + std::to_string(have) + " device(s) of hardware \"" +
                       p.hardware.name + "\" (the product of its interconnect \"devices\")");
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
    const std::string kindPath = p.scenarioRef.empty() ? "/scenario/kind" : "/scenario";
    const std::string& kind = p.scenario.kind;
    bool generates =
        kind == "serving" || (kind == "inference" && p.scenario.inference.generatedTokens > 0);
    if (m.kind == "transformer" && t.encoderOnly && generates)
        diag.error(kindPath, "a scenario of kind \"" + kind + "\" that generates tokens",
                   "a scenario without generation for the encoder-only model \"" + m.name +
                       "\" (training, or inference with generated_tokens 0)");
    if (m.kind != "transformer" && kind == "serving")
        diag.error(kindPath, "a serving scenario",
                   "inference or training for the " + m.kind + " model \"" + m.name +
                       "\" (serving needs a decoder transformer)");
}

}  // namespace

Loaded<Project> parseProject(const Json& doc, const std::string& file, const std::string& baseDir) {
    Loaded<Project> out{std::nullopt, Diagnostics(file)};
    Diagnostics& diag = out.diagnostics;
    ObjectReader r(doc, "", diag);
    if (!readFormatHeader(r, "ridgeline.project")) return out;
    Project p;
    if (auto v = readName(r, "name")) p.name = *v;
    if (auto v = r.string("description", Need::optional, 10000)) p.description = *v;
    const fs::path base = baseDir.empty() ? fs::path(".") : fs::path(baseDir);
    auto hw =
        readPart<Hardware>(r, "hardware", file, base, "ridgeline.hardware",
                           [](const Json& d, const std::string& f) { return parseHardware(d, f); });
    auto model =
        readPart<ModelSpec>(r, "model", file, base, "ridgeline.model",
                            [](const Json& d, const std::string& f) { return parseModel(d, f); });
    auto sc =
        readPart<Scenario>(r, "scenario", file, base, "ridgeline.scenario",
                           [](const Json& d, const std::string& f) { return parseScenario(d, f); });
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
    if (hw.value && model.value && sc.value) {
        p.hardware = std::move(*hw.value);
        p.model = std::move(*model.value);
        p.scenario = std::move(*sc.value);
        checkCombination(p, diag);
    }
    if (!diag.hasErrors()) out.value = std::move(p);
    return out;
}

Json toJson(const Project& p) {
    Json doc = Json::object();
    doc["format"] = "ridgeline.project";
    doc["version"] = kFormatVersion;
    doc["name"] = p.name;
    if (!p.description.empty()) doc["description"] = p.description;
    doc["hardware"] = p.hardwareRef.empty() ? toJson(p.hardware) : Json(p.hardwareRef);
    doc["model"] = p.modelRef.empty() ? toJson(p.model) : Json(p.modelRef);
    doc["scenario"] = p.scenarioRef.empty() ? toJson(p.scenario) : Json(p.scenarioRef);
    doc["views"] = p.viewSettings.is_object() ? p.viewSettings : Json::object();
    return doc;
}

}  // namespace rl
