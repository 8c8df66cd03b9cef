#pragma once
// A small, fully known Prediction for view tests: two memory levels, two
// compute ceilings (plus a duplicate value that must share a line), four ops.
#include <memory>
#include <string>

#include "core/result/prediction.h"

namespace rl::test {

// An operator record with its identity and time filled in (`count` runs of
// `timeEach` seconds) and `levels` memory levels of no traffic yet.
inline rl::OpRecord fakeOpRecord(const char* name, const char* phase, int layer, double count,
                                 double timeEach, std::size_t levels) {
    rl::OpRecord op;
    op.name = name;
    op.phase = phase;
    op.layer = layer;
    op.count = count;
    op.timeEach = timeEach;
    op.time = timeEach * count;
    op.traffic.resize(levels);
    return op;
}

inline rl::OpRecord fakeOp(const char* name, const char* phase, int layer, double flops,
                           double hbmBytes, double l2Bytes, double timeEach, const char* binding,
                           double count = 1) {
    rl::OpRecord op = fakeOpRecord(name, phase, layer, count, timeEach, 2);
    op.flops = flops;
    op.traffic[0].bytes[static_cast<int>(rl::TensorClass::weights)] = hbmBytes * 0.75;
    op.traffic[0].bytes[static_cast<int>(rl::TensorClass::activations)] = hbmBytes * 0.25;
    op.traffic[1].bytes[static_cast<int>(rl::TensorClass::activations)] = l2Bytes;
    op.binding = binding;
    op.bounds = {{"compute fp16", flops / 100e12}, {"HBM", hbmBytes / 2e12}};
    return op;
}

// An empty run of the test model on the test GPU: what every fake starts from.
inline std::shared_ptr<rl::Prediction> fakeRun() {
    auto p = std::make_shared<rl::Prediction>();
    p->predictor = "roofline";
    p->hardware = "Test GPU";
    p->model = "Test model";
    return p;
}

inline std::shared_ptr<rl::Prediction> fakePrediction(double hbmBandwidth = 2e12) {
    auto p = fakeRun();
    p->levels = {"HBM", "L2"};
    auto compute = [](rl::DType t, double value, double peak) {
        rl::Ceiling c;
        c.label = std::string(rl::toString(t));
        c.computeType = t;
        c.value = value;
        c.peak = peak;
        return c;
    };
    auto memory = [](const char* name, int level, double value) {
        rl::Ceiling c;
        c.label = name;
        c.compute = false;
        c.level = level;
        c.value = c.peak = value;
        return c;
    };
    p->ceilings = {compute(rl::DType::fp16, 100e12, 120e12),
                   compute(rl::DType::bf16, 100e12, 120e12),  // one line, label "fp16, bf16"
                   compute(rl::DType::fp32, 20e12, 25e12), memory("HBM", 0, hbmBandwidth),
                   memory("L2", 1, 8e12)};
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
    rl::WhatIf hbm;
    hbm.label = "2x HBM bandwidth";
    hbm.resource = "HBM";
    hbm.edit.target = rl::ResourceEdit::Target::memoryBandwidth;
    hbm.edit.level = 0;
    hbm.newTime = total * 0.7;
    hbm.speedup = 1.0 / 0.7;
    run.whatIfs = {hbm};
    rl::Explanation op;
    op.scope = "L0.mlp";
    op.kind = rl::ExplanationScope::op;
    op.opIndex = 2;
    op.phase = "decode";
    op.binding = "HBM";
    op.sentences = {"L0.mlp streams its weights from HBM."};
    p->explanations = {run, op};
    return p;
}

}  // namespace rl::test
