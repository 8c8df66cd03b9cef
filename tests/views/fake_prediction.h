#pragma once
// A small, fully known Prediction for view tests: two memory levels, two
// compute ceilings (plus a duplicate value that must share a line), four ops.
#include <memory>

#include "core/result/prediction.h"

namespace rl::test {

inline rl::OpRecord fakeOp(const char* name, const char* phase, int layer, double flops,
                           double hbmBytes, double l2Bytes, double timeEach, const char* binding,
                           double count = 1) {
    rl::OpRecord op;
    op.name = name;
    op.phase = phase;
    op.layer = layer;
    op.count = count;
    op.flops = flops;
    op.traffic.resize(2);
    op.traffic[0].bytes[static_cast<int>(rl::TensorClass::weights)] = hbmBytes * 0.75;
    op.traffic[0].bytes[static_cast<int>(rl::TensorClass::activations)] = hbmBytes * 0.25;
    op.traffic[1].bytes[static_cast<int>(rl::TensorClass::activations)] = l2Bytes;
    op.timeEach = timeEach;
    op.time = timeEach * count;
    op.binding = binding;
    op.bounds = {{"compute fp16", flops / 100e12}, {"HBM", hbmBytes / 2e12}};
    return op;
}

inline std::shared_ptr<rl::Prediction> fakePrediction(double hbmBandwidth = 2e12) {
    auto p = std::make_shared<rl::Prediction>();
    p->predictor = "roofline";
    p->hardware = "Test GPU";
    p->model = "Test model";
    p->levels = {"HBM", "L2"};
    p->ceilings = {{"fp16", true, 100e12, 120e12},
                   {"bf16", true, 100e12, 120e12},  // same value: one line, label "fp16, bf16"
                   {"fp32", true, 20e12, 25e12},
                   {"HBM", false, hbmBandwidth, hbmBandwidth},
                   {"L2", false, 8e12, 8e12}};
    p->ops = {fakeOp("L0.qkv", "prefill", 0, 1e12, 1e9, 4e9, 0.010, "compute fp16"),
              fakeOp("L0.attention", "prefill", 0, 2e11, 4e8, 1e9, 0.004, "compute fp16"),
              fakeOp("L0.mlp", "decode", 0, 1e9, 1e9, 2e9, 5e-4, "HBM", 100),
              fakeOp("L0.norm", "decode", 0, 0.0, 1e6, 1e6, 2e-6, "launch", 100)};
    double total = 0;
    for (const auto& op : p->ops) total += op.time;
    for (auto& op : p->ops) op.share = op.time / total;
    p->totalTime = total;
    rl::Explanation run;
    run.scope = "run";
    run.binding = "HBM";
    run.sentences = {"The run is bound by HBM bandwidth."};
    run.whatIfs = {{"2x HBM bandwidth", "HBM", 2.0, total * 0.7, 1.0 / 0.7}};
    rl::Explanation op;
    op.scope = "L0.mlp";
    op.binding = "HBM";
    op.sentences = {"L0.mlp streams its weights from HBM."};
    p->explanations = {run, op};
    return p;
}

}  // namespace rl::test
