#pragma once
// The figures a sweep reads from the analytical predictor, composed exactly as
// analyze() composes them (core/analytical/analyze.cpp) but without the
// Prediction's per-operator records, timeline or explanations: what makes a
// full analysis (every operator, both phases) cheap enough to run per design
// point. tests/explore/tst_evaluators.cpp checks them against analyze().
#include "core/result/prediction.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

namespace rl::explore {

struct AnalyticalFigures {
    bool llm = false;                 // a decoder transformer: TTFT, TPOT and tokens apply
    double time = 0;                  // s, every operator of every phase
    double prefill = 0, decode = 0;   // s, per phase (LLMs)
    double ttft = 0, tpot = 0;        // s (LLMs)
    double throughput = 0;            // generated tokens/s (LLMs), batch items/s otherwise
    double energy = 0;                // J
    double flops = 0;                 // FLOP
    double costPerMillionTokens = 0;  // USD per million generated tokens; 0: unknown
    double mfu = 0;                   // model FLOP utilisation against the dense peak
    double memoryRequired = 0;        // B per device (weights, KV cache, activations)
    double memoryCapacity = 0;        // B per device (main memory)
    bool fits = true;                 // memoryRequired <= memoryCapacity
    double memoryHeadroom() const { return memoryCapacity - memoryRequired; }
};

// The same figures without building a Prediction: lowering, the roofline of
// every operator on one precomputed device, the memory footprint. Throws
// std::invalid_argument for specs that cannot be lowered (analyze() turns
// that into a warning; a sweep into a per-point error).
AnalyticalFigures analyseFigures(const Hardware& hw, const ModelSpec& model,
                                 const Scenario& scenario);

// The same figures read from an analyze() result (what the learned and
// hybrid operator predictors need: only analyze() applies their refine hook).
AnalyticalFigures figuresOf(const Prediction& prediction, const Hardware& hw,
                            const ModelSpec& model, const Scenario& scenario);

// The figures that follow from the phase sums (time, prefill, decode, flops,
// energy, memoryRequired set): TTFT, TPOT, throughput, MFU, cost, fit.
// Shared by analyseFigures() and the hardware fast path.
void composeFigures(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                    AnalyticalFigures& f);

bool isDecoderTransformer(const ModelSpec& model);

}  // namespace rl::explore
