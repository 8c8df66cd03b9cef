// Loading spec files by kind, and validating any of them.
#include <filesystem>

#include "core/spec/accelerator_spec.h"
#include "core/spec/spec_document.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_phrases.h"

namespace rl {
namespace {

struct KindName {
    SpecKind kind;
    const char* format;
    const char* name;
};
constexpr KindName kKinds[] = {
    {SpecKind::hardware, "ridgeline.hardware", "hardware"},
    {SpecKind::model, "ridgeline.model", "model"},
    {SpecKind::scenario, "ridgeline.scenario", "scenario"},
    {SpecKind::project, "ridgeline.project", "project"},
    {SpecKind::accelerator, "ridgeline.accelerator", "accelerator"},
    {SpecKind::mapping, "ridgeline.mapping", "mapping"},
    {SpecKind::problem, "ridgeline.problem", "problem"},
};

template <class T, class ParseFn>
Loaded<T> loadWith(const std::string& path, ParseFn parse) {
    Loaded<T> out{std::nullopt, Diagnostics(path)};
    auto doc = readJsonFile(path, out.diagnostics);
    if (!doc) return out;
    Loaded<T> parsed = parse(*doc);
    out.diagnostics.append(parsed.diagnostics);
    if (!out.diagnostics.hasErrors()) out.value = std::move(parsed.value);
    return out;
}

std::string parentDir(const std::string& path) {
    std::filesystem::path p(path);
    return p.has_parent_path() ? p.parent_path().string() : std::string(".");
}

// Standalone dataflow documents: the header is checked here, the body by the dataflow readers.
void validateDataflowDocument(const Json& doc, SpecKind kind, Diagnostics& diag) {
    {
        Diagnostics header(diag.file());
        ObjectReader r(doc, "", header);
        bool ok = readFormatHeader(r, kind == SpecKind::accelerator ? "ridgeline.accelerator"
                                      : kind == SpecKind::problem   ? "ridgeline.problem"
                                                                    : "ridgeline.mapping");
        diag.append(header);
        if (!ok) return;
    }
    if (kind == SpecKind::accelerator)
        parseAcceleratorArch(doc, "", diag);
    else if (kind == SpecKind::problem)
        parseProblem(doc, "", diag);
    else
        parseMapping(doc, "", diag);
}

}  // namespace

SpecKind detectSpecKind(const Json& doc) {
    if (!doc.is_object()) return SpecKind::unknown;
    auto it = doc.find("format");
    if (it == doc.end()) return doc.contains("model_type") ? SpecKind::model : SpecKind::unknown;
    if (!it->is_string()) return SpecKind::unknown;
    for (const auto& k : kKinds)
        if (*it == k.format) return k.kind;
    return SpecKind::unknown;
}

std::string toString(SpecKind k) {
    for (const auto& e : kKinds)
        if (e.kind == k) return e.name;
    return "unknown";
}

Loaded<Hardware> loadHardware(const std::string& path) {
    return loadWith<Hardware>(path, [&](const Json& d) { return parseHardware(d, path); });
}
Loaded<ModelSpec> loadModel(const std::string& path) {
    return loadWith<ModelSpec>(path, [&](const Json& d) { return parseModel(d, path); });
}
Loaded<Scenario> loadScenario(const std::string& path) {
    return loadWith<Scenario>(path, [&](const Json& d) { return parseScenario(d, path); });
}
Loaded<Project> loadProject(const std::string& path) {
    return loadWith<Project>(path,
                             [&](const Json& d) { return parseProject(d, path, parentDir(path)); });
}

Diagnostics validateFile(const std::string& path) {
    Diagnostics diag(path);
    auto doc = readJsonFile(path, diag);
    if (!doc) return diag;
    SpecKind kind = detectSpecKind(*doc);
    switch (kind) {
        case SpecKind::hardware:
            diag.append(parseHardware(*doc, path).diagnostics);
            break;
        case SpecKind::model:
            diag.append(parseModel(*doc, path).diagnostics);
            break;
        case SpecKind::scenario:
            diag.append(parseScenario(*doc, path).diagnostics);
            break;
        case SpecKind::project:
            diag.append(parseProject(*doc, path, parentDir(path)).diagnostics);
            break;
        case SpecKind::accelerator:
        case SpecKind::mapping:
        case SpecKind::problem:
            validateDataflowDocument(*doc, kind, diag);
            break;
        case SpecKind::unknown: {
            std::string list;
            for (const auto& k : kKinds)
                list += (list.empty() ? "\"" : ", \"") + std::string(k.format) + "\"";
            if (!doc->is_object()) {
                diag.error("", displayJson(*doc),
                           RL_TR("SpecText", "a JSON object (a Ridgeline spec document)"));
            } else if (auto it = doc->find("format"); it == doc->end()) {
                diag.error("/format", "",
                           Phrase(RL_TR("SpecText",
                                        "the key \"format\" naming the kind of file: "
                                        "one of %1 (or a Hugging Face config.json "
                                        "with \"model_type\")"),
                                  {PhraseArg::verbatim(list)}));
            } else {
                std::string best, got = it->is_string() ? it->get<std::string>() : "";
                int bestDist = 1 << 30;
                for (const auto& k : kKinds)
                    if (int d = editDistance(got, k.format); d < bestDist)
                        bestDist = d, best = k.format;
                diag.error("/format", displayJson(*it),
                           Phrase(RL_TR("SpecText", "one of %1"), {PhraseArg::verbatim(list)}),
                           it->is_string() && bestDist <= 3 ? didYouMean(best) : Phrase());
            }
            break;
        }
    }
    return diag;
}

}  // namespace rl
