// CNN lowering: the primitives of core/spec/cnn_walk.h (the same walk that
// model_facts counts MACs with) become convs, pools, fc and elementwise ops.
// Repetitions of a block after the first have identical shapes and are folded
// into one operator with count = repeat - 1.
#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/result/engine_text.h"
#include "core/spec/cnn_walk.h"
#include "core/workload/lower.h"

namespace rl {

namespace {

// "layers.5.2.conv2" (repetition 2 of layer 5) -> "layers.5.1+.conv2".
std::string foldedName(const CnnPrimitive& p) {
    const std::string head =
        "layers." + std::to_string(p.layerIndex) + "." + std::to_string(p.repeatIndex);
    std::string tail = p.name.size() > head.size() ? p.name.substr(head.size()) : std::string();
    return "layers." + std::to_string(p.layerIndex) + ".1+" + tail;
}

}  // namespace

std::vector<Operator> lowerCnn(const ModelSpec& model, const Scenario& scenario) {
    if (model.kind != "cnn")
        throwEngineError({RL_TR("EngineText", "model '%1' is a %2, not a CNN"),
                          {PhraseArg::verbatim(model.name), PhraseArg::verbatim(model.kind)}});
    const CnnSpec& spec = model.cnn;
    const std::int64_t batch = std::max<std::int64_t>(1, scenario.inference.batch);
    std::vector<Operator> out;
    std::map<std::string, std::size_t> folded;  // folded name -> first op index

    auto base = [&](const CnnPrimitive& p, OpKind kind, const std::string& suffix) {
        Operator op;
        op.name = (p.repeatIndex >= 1 ? foldedName(p) : p.name) + suffix;
        op.kind = kind;
        op.phase = "forward";
        op.layer = static_cast<int>(p.layerIndex);
        op.weightType = scenario.precision.weights;
        op.activationType = scenario.precision.activations;
        op.kvType = scenario.precision.kvCache;
        op.mathType = kind == OpKind::conv2d || kind == OpKind::gemm
                          ? mathTypeFor(op.weightType, op.activationType)
                          : op.activationType;
        return op;
    };
    auto emit = [&](const CnnPrimitive& p, Operator op) {
        if (p.repeatIndex >= 1) {
            auto [it, fresh] = folded.try_emplace(op.name, out.size());
            if (!fresh) {
                out[it->second].count += 1;
                return;
            }
        }
        out.push_back(std::move(op));
    };
    // Batch norm (2 FLOPs per element) and the activation (1) after a conv or fc.
    auto bnAct = [&](const CnnPrimitive& p, int inputs, bool bn, const std::string& act) {
        const bool hasAct = !act.empty() && act != "none";
        if (!bn && !hasAct && inputs == 1) return;
        Operator op = base(p, inputs > 1 ? OpKind::elementwise : OpKind::activation,
                           inputs > 1 ? "" : ".bn_act");
        op.elementwise.elements = batch * p.outChannels * p.outHeight * p.outWidth;
        op.elementwise.inputs = inputs;
        op.elementwise.flopsPerElement = (bn ? 2.0 : 0.0) + (hasAct ? 1.0 : 0.0) + (inputs - 1);
        op.elementwise.weightElements = bn ? 2 * p.outChannels : 0;
        op.detail = std::string(inputs > 1 ? "add" : "") + (bn ? (inputs > 1 ? "+bn" : "bn") : "") +
                    (hasAct ? ((inputs > 1 || bn) ? "+" : "") + act : "");
        emit(p, std::move(op));
    };

    auto error = walkCnn(spec, [&](const CnnPrimitive& p) {
        switch (p.kind) {
            case CnnPrimitive::Kind::conv: {
                Operator op = base(p, OpKind::conv2d, "");
                op.conv.batch = batch;
                op.conv.inChannels = p.inChannels;
                op.conv.outChannels = p.outChannels;
                op.conv.inHeight = p.inHeight;
                op.conv.inWidth = p.inWidth;
                op.conv.kernelH = op.conv.kernelW = p.kernel;
                op.conv.strideH = op.conv.strideW = p.stride;
                op.conv.padH = op.conv.padW = p.padding;
                op.conv.groups = p.groups;
                op.conv.bias = p.bias;
                op.detail = p.groups > 1 && p.groups == p.inChannels ? "depthwise"
                            : p.groups > 1                           ? "grouped"
                                                                     : "";
                emit(p, std::move(op));
                bnAct(p, 1, p.batchNorm, p.activation);
                break;
            }
            case CnnPrimitive::Kind::fc: {
                Operator op = base(p, OpKind::gemm, "");
                op.gemm = {1,
                           batch,
                           p.outChannels,
                           p.inChannels * p.inHeight * p.inWidth,
                           p.bias,
                           TensorClass::weights};
                emit(p, std::move(op));
                bnAct(p, 1, p.batchNorm, p.activation);
                break;
            }
            case CnnPrimitive::Kind::pool: {
                Operator op = base(p, OpKind::pool, "");
                op.pool = {batch,
                           p.inChannels,
                           p.inHeight,
                           p.inWidth,
                           p.kernel,
                           p.outHeight == 1 && p.outWidth == 1 && p.kernel >= p.inHeight
                               ? std::max(1, p.kernel)
                               : p.stride,
                           p.padding,
                           p.average};
                op.detail = p.average ? "avg" : "max";
                emit(p, std::move(op));
                break;
            }
            case CnnPrimitive::Kind::add: {
                // ResNet blocks apply their activation after the residual add.
                const CnnLayer& l = spec.layers[p.layerIndex];
                bnAct(p, 2, false, l.type == "inverted_residual" ? "none" : l.activation);
                break;
            }
        }
    });
    // The shape walker's expectation as it types it (SpecText, as the CNN
    // reader shows it); its English is error->message (walkCnn sets both).
    if (error) {
        throw MessageError(
            engineMessage({RL_TR("EngineText", "model '%1': CNN layer %2 %3 = %4: expected %5"),
                           {PhraseArg::verbatim(model.name),
                            PhraseArg::integer(static_cast<std::int64_t>(error->layerIndex)),
                            PhraseArg::verbatim(error->key), PhraseArg::verbatim(error->value)}},
                          {Message::fromPhrase(kSpecTextContext, error->messageText)}));
    }
    return out;
}

}  // namespace rl
