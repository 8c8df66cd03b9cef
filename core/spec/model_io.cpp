// Reading and writing "ridgeline.model" documents, and raw HF config.json files.
#include <filesystem>

#include "core/spec/cnn_io.h"
#include "core/spec/graph_io.h"
#include "core/spec/hf_config.h"
#include "core/spec/spec_document.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_limits.h"

namespace rl {
namespace {

// A raw config.json has no name of its own: use the file's stem
// ("llama-2-7b/config.json" -> "llama-2-7b").
std::string nameFromFile(const std::string& file) {
    std::filesystem::path p(file);
    std::string stem = p.stem().string();
    if (stem == "config" && p.has_parent_path() && !p.parent_path().filename().empty())
        stem = p.parent_path().filename().string();
    return stem.empty() ? std::string("model") : stem;
}

void readModelBody(ObjectReader& r, ModelSpec& m) {
    Diagnostics& diag = r.diagnostics();
    if (auto v = readName(r, "name")) m.name = *v;
    if (auto v = r.string("source", Need::optional, 2000)) m.source = *v;
    if (auto v = r.number("published_params", Range::positive(limits::kMaxPublishedParams)))
        m.publishedParams = *v;

    const Json* transformer = r.child("transformer");
    const Json* cnn = r.child("cnn");
    const Json* graph = r.child("graph");
    int bodies = (transformer ? 1 : 0) + (cnn ? 1 : 0) + (graph ? 1 : 0);
    if (bodies == 0) {
        diag.error("", "",
                   RL_TR("SpecText",
                         "exactly one of \"transformer\" (an HF config.json object), \"cnn\" "
                         "or \"graph\""));
    } else if (bodies > 1) {
        diag.error(transformer && cnn ? "/cnn" : "/graph", "",
                   Phrase(RL_TR("SpecText",
                                "exactly one of \"transformer\", \"cnn\" or \"graph\" "
                                "(this model has %1)"),
                          {PhraseArg::integer(bodies)}));
    } else if (transformer) {
        m.kind = "transformer";
        if (auto c = parseTransformerConfig(*transformer, "/transformer", diag)) m.transformer = *c;
    } else if (cnn) {
        m.kind = "cnn";
        if (auto c = parseCnnSpec(*cnn, "/cnn", diag)) m.cnn = *c;
    } else {
        m.kind = "graph";
        if (auto g = parseGraphSpec(*graph, "/graph", diag)) m.graph = *g;
    }
}

}  // namespace

Loaded<ModelSpec> parseModel(const Json& doc, const std::string& file) {
    Loaded<ModelSpec> out{std::nullopt, Diagnostics(file)};
    Diagnostics& diag = out.diagnostics;
    ModelSpec m;

    // A Hugging Face config.json as downloaded: the whole document is the transformer.
    if (doc.is_object() && !doc.contains("format") && doc.contains("model_type")) {
        m.name = nameFromFile(file);
        m.kind = "transformer";
        if (auto c = parseTransformerConfig(doc, "", diag)) m.transformer = *c;
        if (!diag.hasErrors()) out.value = std::move(m);
        return out;
    }

    return readSpecDocument<ModelSpec>(doc, file, "ridgeline.model", readModelBody);
}

Json toJson(const ModelSpec& m) {
    Json doc = newDocument("ridgeline.model", m.name);
    if (!m.source.empty()) doc["source"] = m.source;
    if (m.publishedParams > 0) doc["published_params"] = m.publishedParams;
    if (m.kind == "transformer")
        doc["transformer"] = transformerConfigToJson(m.transformer);
    else if (m.kind == "cnn")
        doc["cnn"] = cnnSpecToJson(m.cnn);
    else if (m.kind == "graph")
        doc["graph"] = graphSpecToJson(m.graph);
    return doc;
}

}  // namespace rl
