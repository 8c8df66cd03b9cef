#include "core/spec/cnn_io.h"

#include "core/spec/cnn_walk.h"
#include "core/spec/spec_document.h"
#include "core/spec/spec_limits.h"

namespace rl {
namespace {

bool isBlock(const std::string& t) {
    return t == "bottleneck" || t == "basic_block" || t == "inverted_residual";
}
bool isPool(const std::string& t) {
    return t == "maxpool" || t == "avgpool" || t == "global_avgpool";
}

std::optional<CnnLayer> parseLayer(const Json& node, const std::string& path, Diagnostics& diag) {
    ObjectReader r(node, path, diag);
    if (!r.valid()) return std::nullopt;
    int before = diag.errorCount();
    CnnLayer L;
    auto type = r.choice("type",
                         {"conv", "depthwise_conv", "maxpool", "avgpool", "global_avgpool", "fc",
                          "bottleneck", "basic_block", "inverted_residual"},
                         Need::required);
    if (type) L.type = *type;
    const std::string t = L.type;
    // Defaults that depend on the type: blocks use 3x3 spatial convolutions,
    // pools default to 2x2/2, fully connected layers have a bias and no norm.
    if (isBlock(t)) L.kernel = 3;
    if (t == "maxpool" || t == "avgpool") L.kernel = 2;
    if (t == "fc") L.bias = true, L.batchNorm = false;
    if (isPool(t)) L.batchNorm = false;
    if (t == "inverted_residual") L.activation = "relu6";
    bool needsOut = !isPool(t) && t != "depthwise_conv";
    using namespace limits;
    if (auto v = r.integer("out_channels", 1, kMaxChannels,
                           needsOut && type ? Need::required : Need::optional))
        L.outChannels = *v;
    if (auto v = r.integer("kernel", 1, kMaxKernel)) L.kernel = static_cast<int>(*v);
    bool strideGiven = r.has("stride");
    if (auto v = r.integer("stride", 1, kMaxKernel)) L.stride = static_cast<int>(*v);
    if ((t == "maxpool" || t == "avgpool") && !strideGiven) L.stride = L.kernel;
    if (auto v = r.integer("padding", 0, kMaxKernel)) L.padding = static_cast<int>(*v);
    if (auto v = r.integer("groups", 1, kMaxChannels)) L.groups = static_cast<int>(*v);
    if (auto v = r.integer("expansion", 1, 64)) L.expansion = static_cast<int>(*v);
    if (auto v = r.integer("mid_channels", 1, kMaxChannels)) L.midChannels = *v;
    if (auto v = r.integer("repeat", 1, kMaxRepeat)) L.repeat = static_cast<int>(*v);
    if (auto v = r.boolean("bias")) L.bias = *v;
    if (auto v = r.boolean("batch_norm")) L.batchNorm = *v;
    if (auto v =
            r.choice("activation", {"relu", "relu6", "gelu", "silu", "sigmoid", "tanh", "none"}))
        L.activation = *v;
    r.finish();
    if (diag.errorCount() > before) return std::nullopt;
    return L;
}

}  // namespace

const std::vector<std::string>& cnnLayerTypes() {
    static const std::vector<std::string> kTypes = {
        "conv", "depthwise_conv", "maxpool",     "avgpool",          "global_avgpool",
        "fc",   "bottleneck",     "basic_block", "inverted_residual"};
    return kTypes;
}

std::optional<CnnSpec> parseCnnSpec(const Json& node, const std::string& path, Diagnostics& diag) {
    ObjectReader r(node, path, diag);
    if (!r.valid()) return std::nullopt;
    int before = diag.errorCount();
    CnnSpec spec;
    if (const Json* input = r.child("input", Need::required)) {
        ObjectReader in(*input, r.pathOf("input"), diag);
        using namespace limits;
        if (auto v = in.integer("height", 1, kMaxImageSide, Need::required)) spec.inputHeight = *v;
        if (auto v = in.integer("width", 1, kMaxImageSide, Need::required)) spec.inputWidth = *v;
        if (auto v = in.integer("channels", 1, kMaxChannels, Need::required))
            spec.inputChannels = *v;
        in.finish();
    }
    const std::string layersPath = r.pathOf("layers");
    if (const Json* layers = r.child("layers", Need::required)) {
        if (!layers->is_array() || layers->empty()) {
            diag.error(layersPath, displayJson(*layers),
                       RL_TR("SpecText", "a non-empty array of layers"));
        } else if (layers->size() > static_cast<std::size_t>(limits::kMaxCnnBlocks)) {
            diag.error(
                layersPath,
                Phrase(RL_TR("SpecText", "%1 layers"), {PhraseArg::integer(std::ssize(*layers))}),
                Phrase(RL_TR("SpecText", "at most %1 layers"),
                       {PhraseArg::integer(limits::kMaxCnnBlocks)}));
        } else {
            std::int64_t blocks = 0;
            for (std::size_t i = 0; i < layers->size(); ++i) {
                auto L = parseLayer((*layers)[i], jsonPointerChild(layersPath, i), diag);
                if (!L) continue;
                blocks += L->repeat;
                spec.layers.push_back(*L);
            }
            if (blocks > limits::kMaxCnnBlocks)
                diag.error(layersPath,
                           Phrase(RL_TR("SpecText", "%1 layers and blocks after \"repeat\""),
                                  {PhraseArg::integer(blocks)}),
                           Phrase(RL_TR("SpecText", "at most %1"),
                                  {PhraseArg::integer(limits::kMaxCnnBlocks)}));
        }
    }
    r.finish();
    if (diag.errorCount() > before) return std::nullopt;

    // Walk the shapes: a kernel larger than its input or groups that do not
    // divide the channels only show up layer by layer.
    if (auto err = walkCnn(spec, [](const CnnPrimitive&) {})) {
        diag.error(jsonPointerChild(jsonPointerChild(layersPath, err->layerIndex), err->key),
                   err->value, err->messageText);
        return std::nullopt;
    }
    return spec;
}

Json cnnSpecToJson(const CnnSpec& c) {
    Json j = Json::object();
    j["input"] = {
        {"height", c.inputHeight}, {"width", c.inputWidth}, {"channels", c.inputChannels}};
    Json layers = Json::array();
    for (const auto& L : c.layers) {
        // Written in full so that type-dependent defaults never matter.
        Json l = Json::object();
        l["type"] = L.type;
        if (L.outChannels > 0) l["out_channels"] = L.outChannels;
        l["kernel"] = L.kernel;
        l["stride"] = L.stride;
        l["padding"] = L.padding;
        if (L.groups != 1) l["groups"] = L.groups;
        if (L.expansion != 1) l["expansion"] = L.expansion;
        if (L.midChannels > 0) l["mid_channels"] = L.midChannels;
        if (L.repeat != 1) l["repeat"] = L.repeat;
        l["bias"] = L.bias;
        l["batch_norm"] = L.batchNorm;
        l["activation"] = L.activation;
        layers.push_back(l);
    }
    j["layers"] = layers;
    return j;
}

}  // namespace rl
