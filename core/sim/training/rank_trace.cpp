// A report's per-stage trace, unfolded into the per-rank picture.
#include "core/sim/training/rank_trace.h"

#include <algorithm>
#include <stdexcept>

#include "core/result/engine_text.h"

namespace rl::training {
namespace {

// Names of RankCategory, in its order. The report's trace names its own
// categories the same way, so its events land on these indices.
constexpr const char* kCategoryNames[] = {"forward",   "backward",  "weight gradients", "recompute",
                                          "optimizer", "TP comm",   "CP comm",          "EP comm",
                                          "PP send",   "DP reduce", "DP all-gather"};
static_assert(std::size(kCategoryNames) == static_cast<std::size_t>(RankCategory::count));

std::string passLabel(char kind, const PipelineOp& op, const TrainingPlan& p) {
    std::string s = kind + std::to_string(op.micro);
    if (p.chunks > 1) s += "." + std::to_string(op.chunk);
    return s;
}

// Draws the passes of one stage: the compute events and, per layer, the TP
// and EP collectives the simulator folds into each pass.
class PassPainter {
  public:
    PassPainter(Trace& t, const TrainingReport& r) : t_(t), p_(r.plan), pc_(r.costs) {}

    // `tp`, `cp`, `ep`: the rank's track of that stream, -1 when the plan has none.
    void pass(int stage, const TimedOp& o, std::int64_t task, int compute, int tp, int cp, int ep) {
        task_ = task, tp_ = tp, cp_ = cp, ep_ = ep;
        const int V = p_.virtualStages();
        const int k = o.op.chunk * p_.pp + stage;
        const auto n = static_cast<double>(p_.layersIn(k));
        const bool first = k == 0, last = k == V - 1;
        if (o.op.pass == Pass::forward) {
            add(compute, RankCategory::forward, o.start, o.end, passLabel('F', o.op, p_));
            const double before = first ? pc_.embeddingForward.time : 0;
            const double after = last ? pc_.headForward.time : 0;
            layers(o.start + before, o.end - after, n, pc_.tpForward, pc_.cpForward, pc_.epForward);
            return;
        }
        if (o.op.pass == Pass::weight) {  // weight gradients need no communication
            add(compute, RankCategory::weightGrad, o.start, o.end, passLabel('W', o.op, p_));
            return;
        }
        // Backward: the recompute of the chunk's activations first, then the
        // gradients (the loss and LM head first on the last stage, the
        // embedding last on the first).
        const bool full = p_.recompute == Recompute::full;
        const double perLayer =
            pc_.layerRecompute.time + exposedTp(pc_.tpRecompute) + (full ? pc_.epForward.time : 0);
        const double rec = std::min(n * perLayer, o.end - o.start);
        if (rec > 0) {
            add(compute, RankCategory::recompute, o.start, o.start + rec, passLabel('R', o.op, p_));
            layers(o.start, o.start + rec, n, pc_.tpRecompute, full ? pc_.cpForward : CommCost{},
                   full ? pc_.epForward : CommCost{});
        }
        add(compute, RankCategory::backward, o.start + rec, o.end, passLabel('B', o.op, p_));
        // Zero bubble: the head's weight gradients left for its W pass.
        const double headW = p_.schedule == Schedule::zeroBubble ? pc_.headWeightGrad.time : 0;
        const double before = last ? pc_.headBackward.time - headW : 0;
        const double after = first ? pc_.embeddingBackward.time : 0;
        layers(o.start + rec + before, o.end - after, n, pc_.tpBackward, pc_.cpBackward,
               pc_.epBackward);
    }

  private:
    double exposedTp(const CommCost& c) const {
        return p_.overlapTensorComm ? std::max(0.0, c.time - pc_.tpOverlapWindow) : c.time;
    }

    void add(int track, RankCategory c, double start, double end, const std::string& label) {
        t_.events.push_back({start, std::max(0.0, end - start), track, static_cast<int>(c),
                             t_.label(label), TraceRef::task, task_});
    }

    // n layers evenly over [begin, end), each an attention and an MLP block.
    // TP: an all-reduce ending each block, or with sequence parallelism an
    // all-gather opening it and a reduce-scatter closing it. CP: the ring
    // exchange beside the attention block. EP: the dispatch opening the MLP
    // block and the combine closing it.
    void layers(double begin, double end, double n, const CommCost& tp, const CommCost& cp,
                const CommCost& ep) {
        if (n <= 0 || end <= begin) return;
        const double block = (end - begin) / (2 * n);
        const double tpBlock = tp.time / 2, epHalf = ep.time / 2;
        for (int b = 0; b < static_cast<int>(2 * n); ++b) {
            const double b0 = begin + b * block, b1 = b0 + block;
            if (tp_ >= 0 && tpBlock > 0) {
                if (p_.sequenceParallel) {
                    add(tp_, RankCategory::tpComm, b0, b0 + tpBlock / 2, "AG");
                    add(tp_, RankCategory::tpComm, b1 - tpBlock / 2, b1, "RS");
                } else {
                    add(tp_, RankCategory::tpComm, std::max(b0, b1 - tpBlock), b1, "AR");
                }
            }
            if (cp_ >= 0 && cp.time > 0 && b % 2 == 0)
                add(cp_, RankCategory::cpComm, b0, b0 + cp.time, "ring");
            if (ep_ >= 0 && epHalf > 0 && b % 2 == 1) {
                add(ep_, RankCategory::epComm, b0, b0 + epHalf, "A2A");
                add(ep_, RankCategory::epComm, b1 - epHalf, b1, "A2A");
            }
        }
    }

    Trace& t_;
    const TrainingPlan& p_;
    const PassCosts& pc_;
    std::int64_t task_ = -1;
    int tp_ = -1, cp_ = -1, ep_ = -1;
};

// Drops the categories no event uses, keeping the order of the rest.
void dropUnusedCategories(Trace& t) {
    std::vector<int> remap(t.categories.size(), -1);
    for (const TraceEvent& e : t.events) remap[static_cast<std::size_t>(e.category)] = 0;
    std::vector<std::string> kept;
    for (std::size_t c = 0; c < remap.size(); ++c)
        if (remap[c] == 0) {
            remap[c] = static_cast<int>(kept.size());
            kept.push_back(t.categories[c]);
        }
    for (TraceEvent& e : t.events) e.category = remap[static_cast<std::size_t>(e.category)];
    t.categories = std::move(kept);
    t.categoryIndex_.clear();
}

void checkIndex(const char* what, int index, int size) {
    if (index < 0 || index >= size)
        throwEngineError(
            {RL_TR("EngineText", "%1 index %2 is outside 0..%3"),
             {PhraseArg::verbatim(what), PhraseArg::integer(index), PhraseArg::integer(size - 1)}});
}

}  // namespace

std::string_view toString(RankCategory c) {
    const auto i = static_cast<std::size_t>(c);
    return i < std::size(kCategoryNames) ? kCategoryNames[i] : "?";
}

int rankCategoryIndex(const Trace& trace, RankCategory c) {
    const std::string_view name = toString(c);
    for (std::size_t i = 0; i < trace.categories.size(); ++i)
        if (trace.categories[i] == name) return static_cast<int>(i);
    return -1;
}

std::vector<std::string> rankStreams(const TrainingPlan& plan) {
    std::vector<std::string> s{"compute"};
    if (plan.tp > 1) s.emplace_back("TP comm");
    if (plan.cp > 1) s.emplace_back("CP comm");
    if (plan.ep > 1) s.emplace_back("EP comm");
    if (plan.pp > 1) s.emplace_back("PP comm");
    if (plan.dp * plan.cp > 1) s.emplace_back("DP comm");
    return s;
}

int globalRank(const TrainingPlan& plan, int stage, int dpIndex, int tpIndex, int cpIndex) {
    return ((stage * plan.dp + dpIndex) * plan.cp + cpIndex) * plan.tp + tpIndex;
}

Trace rankTrace(const TrainingReport& r, int dpIndex, int tpIndex, int cpIndex) {
    const TrainingPlan& p = r.plan;
    checkIndex("DP", dpIndex, p.dp);
    checkIndex("TP", tpIndex, p.tp);
    checkIndex("CP", cpIndex, p.cp);
    const Trace& src = r.trace;
    if (src.events.empty() || src.groups.size() != static_cast<std::size_t>(p.pp) ||
        r.pipeline.stages.size() != static_cast<std::size_t>(p.pp))
        throwEngineError(RL_TR(
            "EngineText",
            "the training report has no per-stage trace (simulate with TrainingOptions::trace)"));

    Trace t;
    for (const char* name : kCategoryNames) t.category(name);
    const std::vector<std::string> streams = rankStreams(p);
    for (int s = 0; s < p.pp; ++s) {
        const TraceRankPlace place{
            .stage = s, .dp = dpIndex, .cp = p.cp > 1 ? cpIndex : -1, .tp = tpIndex};
        const int g = t.group(TraceGroup::rank(globalRank(p, s, dpIndex, tpIndex, cpIndex), place));
        for (const std::string& name : streams) t.track(name, g);
    }
    // The report's task ids count the passes stage by stage, in execution order.
    std::vector<std::pair<int, const TimedOp*>> tasks;
    for (int s = 0; s < p.pp; ++s)
        for (const TimedOp& o : r.pipeline.stages[static_cast<std::size_t>(s)])
            tasks.emplace_back(s, &o);

    PassPainter painter(t, r);
    std::vector<std::int64_t> moved(src.events.size(), -1);  // source event -> new index
    for (std::size_t e = 0; e < src.events.size(); ++e) {
        const TraceEvent& ev = src.events[e];
        const TraceTrack& track = src.tracks.at(static_cast<std::size_t>(ev.track));
        // The report's groups are the stages, in order.
        const int mine = t.track(track);
        moved[e] = static_cast<std::int64_t>(t.events.size());
        if (ev.ref == TraceRef::task && ev.id >= 0 &&
            ev.id < static_cast<std::int64_t>(tasks.size())) {
            const auto [stage, op] = tasks[static_cast<std::size_t>(ev.id)];
            const int tp = p.tp > 1 ? t.track("TP comm", track.group) : -1;
            const int cp = p.cp > 1 ? t.track("CP comm", track.group) : -1;
            const int ep = p.ep > 1 ? t.track("EP comm", track.group) : -1;
            painter.pass(stage, *op, ev.id, mine, tp, cp, ep);
            continue;
        }
        TraceEvent out = ev;
        out.track = mine;
        out.category = t.category(src.categories.at(static_cast<std::size_t>(ev.category)));
        out.label = ev.label >= 0 ? t.label(src.labels.at(static_cast<std::size_t>(ev.label))) : -1;
        t.events.push_back(out);
    }
    for (const TraceFlow& f : src.flows)
        t.flows.push_back(
            {moved.at(static_cast<std::size_t>(f.from)), moved.at(static_cast<std::size_t>(f.to))});
    dropUnusedCategories(t);
    t.finish();
    return t;
}

}  // namespace rl::training
