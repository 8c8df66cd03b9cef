#include "core/sim/serving/iteration_cost.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/workload/lower.h"
#include "core/workload/op_family.h"

namespace rl::serving {

namespace {

// The predictor behind a refine hook (ServingOptions::refine), so that its
// records are memoized per operator shape by ShapeCostCache.
class HookCostModel final : public OperatorCostModel {
  public:
    explicit HookCostModel(RefineFn refine) : refine_(std::move(refine)) {}
    std::string name() const override { return "refine hook"; }
    bool refines() const override { return true; }
    void refine(const Operator& op, const Hardware& hw, OpRecord& rec) const override {
        refine_(op, hw, rec);
    }

  private:
    RefineFn refine_;
};

constexpr std::size_t kDecodeSlots = 1 << 14;
constexpr std::int64_t kDecodeGrid = 16;  // tokens
}  // namespace

IterationCostModel::IterationCostModel(const Hardware& hw, const ModelSpec& model,
                                       const Scenario& scenario, RefineFn refine)
    : hw_(hw), model_(model), scenario_(scenario), device_(hw) {
    if (refine)
        shapes_ = std::make_unique<ShapeCostCache>(
            std::make_shared<const HookCostModel>(std::move(refine)), hw);
    const int tp = std::max(1, scenario.parallelism.tensor),
              pp = std::max(1, scenario.parallelism.pipeline);
    // The same placement as the analytical engine (lowerForAnalysis).
    moveSendRecv_ = hw.interconnect.size() > 1 && tp * pp > hw.interconnect[0].devices;
    std::vector<Operator> attn;
    for (Operator& op : lower(1, 1, 0, false, false))
        if (isAttentionCore(op.kind)) attn.push_back(std::move(op));
    patchable_ = attn.size() == 1 && attn[0].kind == OpKind::attention;
    if (patchable_) attentionTemplate_ = attn[0];
    decodeCache_.resize(kDecodeSlots);
}

std::vector<Operator> IterationCostModel::lower(std::int64_t batch, std::int64_t tokens,
                                                std::int64_t prior, bool embedding,
                                                bool lmHead) const {
    TransformerStep step;
    step.phase = prior == 0 && tokens > 1 ? "prefill" : "decode";
    step.batch = batch;
    step.queryTokens = tokens;
    step.priorTokens = prior;
    step.embedding = embedding;
    step.lmHead = lmHead;
    std::vector<Operator> ops = lowerTransformerStep(model_, scenario_, step);
    if (moveSendRecv_)
        for (Operator& op : ops)
            if (op.kind == OpKind::send_recv) op.collective.dimension = 1;
    return ops;
}

CostPart IterationCostModel::evaluateOne(const Operator& op) {
    CostPart part;
    double time = 0;
    if (shapes_) {
        const OpRecord rec = shapes_->cost(op);
        time = rec.timeEach * rec.count;
        part.flops = rec.flops * rec.count;
        part.energy = rec.energy;
    } else {
        RooflineResult r;
        evaluateRoofline(op, device_, r);
        time = r.timeEach * op.count;
        part.flops = r.flops * op.count;
        part.energy = r.energy * op.count;
    }
    (isCommunication(op.kind) ? part.communication : part.compute) = time;
    ++evaluated_;
    return part;
}

CostPart IterationCostModel::evaluate(const std::vector<Operator>& ops) {
    CostPart sum;
    for (const Operator& op : ops) sum += evaluateOne(op);
    return sum;
}

const CostPart& IterationCostModel::body(std::int64_t tokens) {
    const auto t = static_cast<std::size_t>(std::max<std::int64_t>(1, tokens));
    if (t >= body_.size()) {
        body_.resize(t + 1);
        bodyKnown_.resize(t + 1, false);
    }
    if (!bodyKnown_[t]) {
        std::vector<Operator> ops = lower(1, static_cast<std::int64_t>(t), 0, true, false);
        std::erase_if(ops, [](const Operator& op) { return isAttentionCore(op.kind); });
        body_[t] = evaluate(ops);
        bodyKnown_[t] = true;
    }
    return body_[t];
}

const CostPart& IterationCostModel::head(std::int64_t rows) {
    static const CostPart kNone;
    if (rows <= 0) return kNone;
    const auto r = static_cast<std::size_t>(rows);
    if (r >= head_.size()) {
        head_.resize(r + 1);
        headKnown_.resize(r + 1, false);
    }
    if (!headKnown_[r]) {
        // Without the embedding, the ops outside the layer stack are the LM
        // head's (final norm, LM head, its all-gather) and the PP send/recv.
        std::vector<Operator> ops = lower(rows, 1, 0, false, true);
        std::erase_if(
            ops, [](const Operator& op) { return op.layer >= 0 || op.kind == OpKind::send_recv; });
        head_[r] = evaluate(ops);
        headKnown_[r] = true;
    }
    return head_[r];
}

CostPart IterationCostModel::prefillAttention(std::int64_t tokens, std::int64_t prior) {
    // Token counts stay far below 2^32.
    const std::uint64_t key =
        (static_cast<std::uint64_t>(tokens) << 32) | static_cast<std::uint64_t>(prior);
    auto it = prefillAttention_.find(key);
    if (it != prefillAttention_.end()) return it->second;
    CostPart part;
    if (patchable_) {
        Operator& op = attentionTemplate_;
        op.attention.batch = 1;
        op.attention.queryLen = tokens;
        op.attention.kvLen = prior + tokens;
        part = evaluateOne(op);
    } else {
        std::vector<Operator> ops = lower(1, tokens, prior, false, false);
        std::erase_if(ops, [](const Operator& op) { return !isAttentionCore(op.kind); });
        part = evaluate(ops);
    }
    // A cache of prefill shapes: bounded by distinct (chunk, prior) pairs, which
    // whole prompts and fixed chunk sizes keep small; cleared if it grows huge.
    if (prefillAttention_.size() > (1u << 20)) prefillAttention_.clear();
    prefillAttention_.emplace(key, part);
    return part;
}

CostPart IterationCostModel::decodeAttention(std::int64_t sequences, std::int64_t kvLength) {
    if (sequences <= 0) return {};
    const std::uint64_t h = (static_cast<std::uint64_t>(sequences) * 0x9e3779b97f4a7c15ULL) ^
                            (static_cast<std::uint64_t>(kvLength) * 0xc2b2ae3d27d4eb4fULL);
    DecodeSlot& slot = decodeCache_[(h >> 17) & (kDecodeSlots - 1)];
    if (slot.sequences == sequences && slot.kv == kvLength) return slot.part;
    CostPart part;
    if (patchable_) {
        Operator& op = attentionTemplate_;
        op.attention.batch = sequences;
        op.attention.queryLen = 1;
        op.attention.kvLen = kvLength;
        part = evaluateOne(op);
    } else {
        std::vector<Operator> ops = lower(sequences, 1, kvLength - 1, false, false);
        std::erase_if(ops, [](const Operator& op) { return !isAttentionCore(op.kind); });
        part = evaluate(ops);
    }
    slot = {sequences, kvLength, part};
    return part;
}

IterationCost IterationCostModel::step(const std::vector<PrefillPiece>& prefills,
                                       std::int64_t decodes, std::int64_t decodeKvSum,
                                       std::int64_t logitRows) {
    std::int64_t tokens = decodes;
    for (const PrefillPiece& p : prefills) tokens += p.tokens;
    IterationCost c;
    if (tokens <= 0) return c;
    const CostPart& b = body(tokens);
    const CostPart& h = head(logitRows);
    CostPart attention;
    for (const PrefillPiece& p : prefills) attention += prefillAttention(p.tokens, p.prior);
    if (decodes == 1) {
        attention += decodeAttention(1, std::max<std::int64_t>(1, decodeKvSum));
    } else if (decodes > 1) {
        // One batched kernel at the mean KV length. Its roofline is piecewise
        // linear in the length, so it is interpolated between lengths on a
        // grid of kDecodeGrid tokens: far fewer shapes to cost, and exact
        // wherever both grid points have the same binding resource.
        const double mean = static_cast<double>(decodeKvSum) / static_cast<double>(decodes);
        const auto k0 =
            std::max<std::int64_t>(1, static_cast<std::int64_t>(mean) / kDecodeGrid * kDecodeGrid);
        const std::int64_t k1 = k0 + kDecodeGrid;
        const double f = std::clamp((mean - static_cast<double>(k0)) / kDecodeGrid, 0.0, 1.0);
        const CostPart a = decodeAttention(decodes, k0), b1 = decodeAttention(decodes, k1);
        CostPart mix;
        mix.compute = a.compute + f * (b1.compute - a.compute);
        mix.communication = a.communication + f * (b1.communication - a.communication);
        mix.flops = a.flops + f * (b1.flops - a.flops);
        mix.energy = a.energy + f * (b1.energy - a.energy);
        attention += mix;
    }
    c.linear = b.compute + h.compute;
    c.attention = attention.compute;
    c.communication = b.communication + h.communication + attention.communication;
    c.flops = b.flops + h.flops + attention.flops;
    c.energy = b.energy + h.energy + attention.energy;
    return c;
}

}  // namespace rl::serving
