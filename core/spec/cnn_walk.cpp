#include "core/spec/cnn_walk.h"

#include <algorithm>
#include <utility>

namespace rl {

std::int64_t CnnPrimitive::params() const {
    switch (kind) {
        case Kind::conv: {
            std::int64_t p = outChannels * (inChannels / std::max(1, groups)) * kernel * kernel;
            if (bias) p += outChannels;
            if (batchNorm) p += 2 * outChannels;
            return p;
        }
        case Kind::fc: {
            std::int64_t in = inChannels * inHeight * inWidth;
            std::int64_t p = in * outChannels;
            if (bias) p += outChannels;
            if (batchNorm) p += 2 * outChannels;
            return p;
        }
        case Kind::pool:
        case Kind::add:
            return 0;
    }
    return 0;
}

std::int64_t CnnPrimitive::macs() const {
    switch (kind) {
        case Kind::conv:
            return outHeight * outWidth * outChannels * (inChannels / std::max(1, groups)) *
                   kernel * kernel;
        case Kind::fc:
            return inChannels * inHeight * inWidth * outChannels;
        case Kind::pool:
        case Kind::add:
            return 0;
    }
    return 0;
}

namespace {

constexpr double kMaxMacs = 1e18;

struct Walker {
    const std::function<void(const CnnPrimitive&)>& visit;
    std::int64_t c = 0, h = 0, w = 0;
    std::optional<CnnShapeError> error;

    bool fail(std::size_t layer, std::string key, std::string value, Phrase message) {
        if (!error) {
            error = CnnShapeError{layer, std::move(key), std::move(value), message.english(),
                                  std::move(message)};
        }
        return false;
    }

    // A primitive of `kind` that reads the current shape; its output is that
    // same shape until the caller sets another.
    CnnPrimitive primitive(CnnPrimitive::Kind kind, std::size_t layer, int rep,
                           std::string name) const {
        CnnPrimitive prim{
            .kind = kind, .layerIndex = layer, .repeatIndex = rep, .name = std::move(name)};
        prim.inChannels = prim.outChannels = c;
        prim.inHeight = prim.outHeight = h;
        prim.inWidth = prim.outWidth = w;
        return prim;
    }

    // What a convolution or fully connected layer ends with.
    static void setEpilogue(CnnPrimitive& prim, bool bias, bool bn, std::string act) {
        prim.bias = bias;
        prim.batchNorm = bn;
        prim.activation = std::move(act);
    }

    // Hands `prim` on; its output is the shape the next primitive reads.
    void emit(const CnnPrimitive& prim) {
        visit(prim);
        c = prim.outChannels;
        h = prim.outHeight;
        w = prim.outWidth;
    }

    // A convolution from the current shape; updates it.
    bool conv(std::size_t layer, int rep, std::string name, std::int64_t out, int k, int s, int p,
              int groups, bool bias, bool bn, std::string act) {
        if (k < 1 || s < 1 || p < 0 || out < 1)
            return fail(layer,
                        k < 1   ? "kernel"
                        : s < 1 ? "stride"
                        : p < 0 ? "padding"
                                : "out_channels",
                        std::to_string(k < 1   ? k
                                       : s < 1 ? s
                                       : p < 0 ? p
                                               : out),
                        RL_TR("SpecText", "a positive value"));
        if (groups < 1 || c % groups != 0 || out % groups != 0)
            return fail(layer, "groups", std::to_string(groups),
                        Phrase(RL_TR("SpecText",
                                     "a divisor of both the input channels (%1) and "
                                     "the output channels (%2)"),
                               {PhraseArg::integer(c), PhraseArg::integer(out)}));
        std::int64_t oh = (h + 2 * p - k) / s + 1, ow = (w + 2 * p - k) / s + 1;
        if (h + 2 * p < k || w + 2 * p < k || oh < 1 || ow < 1)
            return fail(
                layer, "kernel", std::to_string(k),
                Phrase(RL_TR("SpecText",
                             "a kernel no larger than the padded input (%1x%2 "
                             "plus padding %3)"),
                       {PhraseArg::integer(h), PhraseArg::integer(w), PhraseArg::integer(p)}));
        // Keep every count well inside 64-bit integers.
        if (static_cast<double>(oh) * ow * out * (c / groups) * k * k > kMaxMacs)
            return fail(layer, "out_channels", std::to_string(out),
                        RL_TR("SpecText",
                              "a layer of at most 1e18 multiply-accumulates (this one "
                              "is far larger)"));
        CnnPrimitive prim = primitive(CnnPrimitive::Kind::conv, layer, rep, std::move(name));
        prim.outChannels = out;
        prim.outHeight = oh;
        prim.outWidth = ow;
        prim.kernel = k;
        prim.stride = s;
        prim.padding = p;
        prim.groups = groups;
        setEpilogue(prim, bias, bn, std::move(act));
        emit(prim);
        return true;
    }

    // A residual add: the shape passes through unchanged.
    void add(std::size_t layer, int rep, std::string name) {
        visit(primitive(CnnPrimitive::Kind::add, layer, rep, std::move(name)));
    }

    bool layer(std::size_t li, int rep, const CnnLayer& L) {
        const std::string base =
            "layers." + std::to_string(li) + (L.repeat > 1 ? "." + std::to_string(rep) : "");
        const int stride = rep == 0 ? L.stride : 1;
        const std::string& t = L.type;
        if (t == "conv")
            return conv(li, rep, base, L.outChannels, L.kernel, stride, L.padding, L.groups, L.bias,
                        L.batchNorm, L.activation);
        if (t == "depthwise_conv") {
            std::int64_t out = L.outChannels > 0 ? L.outChannels : c;
            return conv(li, rep, base, out, L.kernel, stride, L.padding,
                        static_cast<int>(std::min<std::int64_t>(c, 1 << 30)), L.bias, L.batchNorm,
                        L.activation);
        }
        if (t == "maxpool" || t == "avgpool" || t == "global_avgpool") {
            CnnPrimitive prim = primitive(CnnPrimitive::Kind::pool, li, rep, base);
            prim.average = t != "maxpool";
            if (t == "global_avgpool") {
                prim.kernel = static_cast<int>(std::min<std::int64_t>(h, 1 << 30));
                prim.stride = 1;
                prim.outHeight = prim.outWidth = 1;
            } else {
                if (L.kernel < 1 || stride < 1 || L.padding < 0)
                    return fail(li, "kernel", std::to_string(L.kernel),
                                RL_TR("SpecText", "a positive kernel and stride"));
                prim.kernel = L.kernel;
                prim.stride = stride;
                prim.padding = L.padding;
                if (h + 2 * L.padding < L.kernel || w + 2 * L.padding < L.kernel)
                    return fail(li, "kernel", std::to_string(L.kernel),
                                Phrase(RL_TR("SpecText",
                                             "a pooling window no larger than the "
                                             "padded input (%1x%2)"),
                                       {PhraseArg::integer(h), PhraseArg::integer(w)}));
                prim.outHeight = (h + 2 * L.padding - L.kernel) / stride + 1;
                prim.outWidth = (w + 2 * L.padding - L.kernel) / stride + 1;
            }
            emit(prim);
            return true;
        }
        if (t == "fc") {
            if (L.outChannels < 1 || static_cast<double>(c) * h * w * L.outChannels > kMaxMacs)
                return fail(
                    li, "out_channels", std::to_string(L.outChannels),
                    RL_TR("SpecText", "a positive width giving at most 1e18 multiply-accumulates"));
            CnnPrimitive prim = primitive(CnnPrimitive::Kind::fc, li, rep, base);
            prim.outChannels = L.outChannels;
            prim.outHeight = prim.outWidth = 1;
            setEpilogue(prim, L.bias, L.batchNorm, L.activation);
            emit(prim);
            return true;
        }
        const int k = L.kernel, pad = L.kernel / 2;
        if (t == "bottleneck" || t == "basic_block") {
            const std::int64_t in = c, ih = h, iw = w;
            const std::int64_t out = L.outChannels;
            bool ok;
            if (t == "bottleneck") {
                const std::int64_t mid =
                    L.midChannels > 0 ? L.midChannels : std::max<std::int64_t>(1, out / 4);
                ok = conv(li, rep, base + ".conv1", mid, 1, 1, 0, 1, false, true, L.activation) &&
                     conv(li, rep, base + ".conv2", mid, k, stride, pad, L.groups, false, true,
                          L.activation) &&
                     conv(li, rep, base + ".conv3", out, 1, 1, 0, 1, false, true, "none");
            } else {
                ok = conv(li, rep, base + ".conv1", out, k, stride, pad, L.groups, false, true,
                          L.activation) &&
                     conv(li, rep, base + ".conv2", out, k, 1, pad, L.groups, false, true, "none");
            }
            if (!ok) return false;
            if (stride != 1 || in != out) {
                // Projection shortcut: a strided 1x1 convolution of the block's input.
                const std::int64_t oc = c, oh = h, ow = w;
                c = in;
                h = ih;
                w = iw;
                if (!conv(li, rep, base + ".downsample", out, 1, stride, 0, 1, false, true, "none"))
                    return false;
                c = oc;
                h = oh;
                w = ow;
            }
            add(li, rep, base + ".add");
            return true;
        }
        if (t == "inverted_residual") {
            const std::int64_t in = c;
            const std::int64_t hidden = in * L.expansion;
            if (L.expansion != 1 &&
                !conv(li, rep, base + ".expand", hidden, 1, 1, 0, 1, false, true, L.activation))
                return false;
            if (!conv(li, rep, base + ".depthwise", hidden, k, stride, pad,
                      static_cast<int>(std::min<std::int64_t>(hidden, 1 << 30)), false, true,
                      L.activation))
                return false;
            if (!conv(li, rep, base + ".project", L.outChannels, 1, 1, 0, 1, false, true, "none"))
                return false;
            if (stride == 1 && in == L.outChannels) add(li, rep, base + ".add");
            return true;
        }
        return fail(li, "type", "\"" + t + "\"", RL_TR("SpecText", "a known layer type"));
    }
};

}  // namespace

std::optional<CnnShapeError> walkCnn(const CnnSpec& spec,
                                     const std::function<void(const CnnPrimitive&)>& visit) {
    Walker wk{visit, 0, 0, 0, std::nullopt};
    wk.c = spec.inputChannels;
    wk.h = spec.inputHeight;
    wk.w = spec.inputWidth;
    for (std::size_t i = 0; i < spec.layers.size(); ++i)
        for (int rep = 0; rep < std::max(1, spec.layers[i].repeat); ++rep)
            if (!wk.layer(i, rep, spec.layers[i])) return wk.error;
    return std::nullopt;
}

}  // namespace rl
