#pragma once
// The time of one serving iteration (a batch of prefill chunks and decode
// tokens) on one replica, composed from the analytical engine's operator
// predictions and memoized per shape so an iteration costs a small constant:
//   body(T)        every op but attention and the LM head over the T tokens of
//                  the batch (linear layers, norms, TP collectives, PP send/recv)
//   attention(q,p) one prefill chunk of q tokens after p cached tokens
//   decode(n, k)   one batched attention op for n decoding sequences at a mean
//                  KV length of k tokens (cost is linear in k)
//   head(R)        final norm and LM head for the R sequences that sample a token
// For a single request this is exactly the analytical prefill and decode step
// (same lowering, same roofline), which tests/sim checks to 1e-9. A learned or
// hybrid predictor's records go through core/predict's ShapeCostCache, so the
// same operator shape (every transformer layer's linear layers) is refined once.
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/analytical/roofline.h"
#include "core/predict/shape_cost_cache.h"
#include "core/result/prediction.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"
#include "core/workload/operator.h"

namespace rl::serving {

// The cost of some ops: time split by what it is spent on, plus work done.
struct CostPart {
    double compute = 0;        // s, everything but communication
    double communication = 0;  // s, TP collectives and PP send/recv
    double flops = 0;
    double energy = 0;  // J from the roofline's energy figures (0 when the spec has none)
    double time() const { return compute + communication; }
    CostPart& operator+=(const CostPart& o) {
        compute += o.compute;
        communication += o.communication;
        flops += o.flops;
        energy += o.energy;
        return *this;
    }
};

// One prefill piece of a batch: q new tokens of a sequence holding p in its KV cache.
struct PrefillPiece {
    std::int64_t tokens = 0, prior = 0;
};

struct IterationCost {
    double linear = 0, attention = 0, communication = 0, overhead = 0;
    double flops = 0, energy = 0;
    double total() const { return linear + attention + communication + overhead; }
};

class IterationCostModel {
  public:
    // `scenario` supplies the precision, TP/PP and flash-attention choice.
    // Throws std::invalid_argument when the model is not a transformer.
    IterationCostModel(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                       RefineFn refine);

    // The whole step (all pipeline stages in turn) of a batch.
    // `decodeKvSum`: sum over decoding sequences of their KV length including
    // the new token; `logitRows`: sequences sampling a token this iteration.
    IterationCost step(const std::vector<PrefillPiece>& prefills, std::int64_t decodes,
                       std::int64_t decodeKvSum, std::int64_t logitRows);

    const CostPart& body(std::int64_t tokens);
    const CostPart& head(std::int64_t rows);
    CostPart prefillAttention(std::int64_t tokens, std::int64_t prior);
    CostPart decodeAttention(std::int64_t sequences, std::int64_t kvLength);

    std::size_t shapesEvaluated() const { return evaluated_; }

  private:
    CostPart evaluate(const std::vector<Operator>& ops);
    CostPart evaluateOne(const Operator& op);
    std::vector<Operator> lower(std::int64_t batch, std::int64_t tokens, std::int64_t prior,
                                bool embedding, bool lmHead) const;

    const Hardware& hw_;
    const ModelSpec& model_;
    Scenario scenario_;
    RooflineDevice device_;                   // the roofline's fast path (no predictor hook)
    std::unique_ptr<ShapeCostCache> shapes_;  // the predictor's records per shape (with a hook)
    bool moveSendRecv_ = false;               // PP send/recv on the outer interconnect dimension
    // Flash attention is one op whose shape we can set directly; eager
    // attention is lowered per shape (memoized).
    bool patchable_ = false;
    Operator attentionTemplate_;
    std::vector<CostPart> body_, head_;
    std::vector<bool> bodyKnown_, headKnown_;
    std::unordered_map<std::uint64_t, CostPart> prefillAttention_;
    struct DecodeSlot {
        std::int64_t sequences = -1, kv = -1;
        CostPart part;
    };
    std::vector<DecodeSlot> decodeCache_;  // direct-mapped: bounded memory
    std::size_t evaluated_ = 0;
};

}  // namespace rl::serving
