// Replica schedulers: which sequences run in the next iteration and with how
// many tokens each. The papers each follows are in docs/serving.md.
#include <algorithm>
#include <limits>

#include "core/sim/serving/simulation.h"

namespace rl::serving {

void Simulation::releaseBlocks(ReplicaState& r, SeqState& q) {
    r.freeBlocks += q.blocks;
    q.blocks = 0;
}

bool Simulation::allocate(ReplicaState& r, std::int64_t i, std::int64_t tokensInCache,
                          std::int64_t keepFree) {
    SeqState& q = seqs_[static_cast<std::size_t>(i)];
    if (tokensInCache <= q.blocks * kv_.blockTokens) return true;  // the common decode step
    const std::int64_t need = blocksFor(tokensInCache, kv_.blockTokens) - q.blocks;
    if (need <= 0) return true;
    if (r.freeBlocks - need < keepFree) return false;
    r.freeBlocks -= need;
    q.blocks += need;
    return true;
}

double Simulation::preempt(ReplicaState& r, std::size_t k) {
    const std::int64_t i = r.running[k];
    SeqState& q = seqs_[static_cast<std::size_t>(i)];
    ++preemptions_;
    ++records_[static_cast<std::size_t>(i)].preemptions;
    r.freeBlocks += q.blocks;
    r.running.erase(r.running.begin() + static_cast<std::ptrdiff_t>(k));
    double time = 0;
    if (swap_) {
        // Blocks go to host memory and come back as they were.
        q.swappedBlocks = q.blocks;
        time = static_cast<double>(q.blocks) * kv_.blockBytes / hostLinkBandwidth_;
        r.swapped.push_back(i);
    } else {
        // Recompute: the prompt and the tokens so far are prefilled again.
        q.computed = 0;
        r.waiting.push_front(i);
    }
    q.blocks = 0;
    return time;
}

double Simulation::scheduleDecodes(ReplicaState& r, Batch& b, std::int64_t& tokens,
                                   bool& preempted) {
    double swapTime = 0;
    for (std::size_t k = 0; k < r.running.size();) {
        const std::int64_t i = r.running[k];
        const SeqState& q = seqs_[static_cast<std::size_t>(i)];
        if (q.inFlight || !q.decoding()) {
            ++k;
            continue;
        }
        bool self = false;
        while (!allocate(r, i, q.computed + 1, 0)) {
            // Out of blocks: preempt the lowest-priority (latest admitted)
            // sequence that is not running in a pipeline stage.
            std::size_t victim = r.running.size();
            while (victim > k && seqs_[static_cast<std::size_t>(r.running[victim - 1])].inFlight)
                --victim;
            if (victim == k) break;  // nothing left to take from but itself
            preempted = true;
            self = victim - 1 == k;
            swapTime += preempt(r, victim - 1);
            if (self) break;
        }
        if (self) continue;  // it was preempted itself; k now points at the next one
        if (q.computed + 1 > q.blocks * kv_.blockTokens) {
            ++k;  // waits for blocks held by in-flight batches
            continue;
        }
        // add(b, i, 1) for a decoding sequence, without its case analysis:
        // the hot path of a long run.
        b.seqs.push_back(i);
        b.tokens.push_back(1);
        seqs_[static_cast<std::size_t>(i)].inFlight = true;
        ++b.decodes;
        b.decodeKv += q.computed + 1;
        ++b.logitRows;
        ++tokens;
        ++k;
    }
    return swapTime;
}

double Simulation::formBatch(ReplicaState& r, Batch& b, double t) {
    (void)t;
    if (policy_ == Policy::orca) return formOrca(r, b);
    if (policy_ == Policy::fastertransformer) return formFasterTransformer(r, b);
    return formVllm(r, b, policy_ == Policy::sarathi);
}

// vLLM (SOSP'23) and, with `chunked`, Sarathi-Serve (OSDI'24) on one replica.
double Simulation::formVllm(ReplicaState& r, Batch& b, bool chunked) {
    const std::int64_t budget =
        tokenBudget_ > 0 ? tokenBudget_ : std::numeric_limits<std::int64_t>::max();
    const auto maxSeqs = static_cast<std::size_t>(s_.maxBatch);
    std::int64_t tokens = 0;
    double extra = 0;
    bool preempted = false;

    // Admits waiting sequences (FCFS) as prefills while budget, batch size and
    // blocks above the watermark allow. Sarathi takes chunks of what is left.
    auto admitWaiting = [&] {
        while (!r.waiting.empty() && r.running.size() < maxSeqs) {
            const std::int64_t i = r.waiting.front();
            const SeqState& q = seqs_[static_cast<std::size_t>(i)];
            std::int64_t n = q.pending();
            if (chunked) {
                n = std::min(n, budget - tokens);
                if (n <= 0) break;
            } else if (n > budget - tokens && !(b.seqs.empty() && tokens == 0)) {
                break;  // a recomputed prompt longer than the budget runs alone
            }
            if (!allocate(r, i, q.computed + n, watermarkBlocks_)) break;
            r.waiting.pop_front();
            r.running.push_back(i);
            add(b, i, n);
            tokens += n;
        }
    };
    // KV that arrived from a prefill replica, or comes back from host memory.
    auto admitResumed = [&](std::deque<std::int64_t>& from, bool swapIn) {
        while (!from.empty() && r.running.size() < maxSeqs) {
            const std::int64_t i = from.front();
            SeqState& q = seqs_[static_cast<std::size_t>(i)];
            const std::int64_t restore = swapIn ? q.swappedBlocks : 0;
            if (r.freeBlocks - restore < watermarkBlocks_) break;
            r.freeBlocks -= restore;
            q.blocks = restore;
            if (!allocate(r, i, q.computed + 1, watermarkBlocks_)) {
                releaseBlocks(r, q);
                break;
            }
            if (swapIn) {
                extra += static_cast<double>(restore) * kv_.blockBytes / hostLinkBandwidth_;
                q.swappedBlocks = 0;
            }
            from.pop_front();
            r.running.push_back(i);
            add(b, i, 1);
            ++tokens;
        }
    };

    if (!chunked) {
        // vLLM v0: prefills first, in an iteration of their own; decodes only
        // when no prompt was admitted.
        if (r.swapped.empty()) {
            admitWaiting();
            if (!b.seqs.empty()) return extra;
        }
        extra += scheduleDecodes(r, b, tokens, preempted);
        if (!preempted) {
            admitResumed(r.incoming, false);
            admitResumed(r.swapped, true);
        }
        return extra;
    }
    // Sarathi-Serve: every decode first (no generation stalls), then the
    // unfinished prefills, then new prompts, in chunks filling the budget.
    extra += scheduleDecodes(r, b, tokens, preempted);
    if (!preempted) {
        admitResumed(r.incoming, false);
        admitResumed(r.swapped, true);
    }
    for (const std::int64_t i : r.running) {
        const SeqState& q = seqs_[static_cast<std::size_t>(i)];
        if (q.inFlight || q.decoding()) continue;
        const std::int64_t n = std::min(q.pending(), budget - tokens);
        if (n <= 0) break;
        if (!allocate(r, i, q.computed + n, 0)) break;
        add(b, i, n);
        tokens += n;
    }
    if (r.swapped.empty()) admitWaiting();
    return extra;
}

// Orca (OSDI'22): iteration-level scheduling without a token budget; every
// running sequence advances each iteration (whole prompts for new ones), and
// a request is admitted only when its full length fits (Orca reserves the
// maximum length up front), so it never preempts.
double Simulation::formOrca(ReplicaState& r, Batch& b) {
    addRunning(r, b);
    admitFullLength(r, b);
    return 0;
}

// FasterTransformer: request-level batching. A batch of up to max_batch
// requests (full length reserved) is prefilled together, then decodes until
// its last request finishes; nothing joins it meanwhile.
double Simulation::formFasterTransformer(ReplicaState& r, Batch& b) {
    if (!r.running.empty())
        addRunning(r, b);
    else
        admitFullLength(r, b);
    return 0;
}

void Simulation::addRunning(ReplicaState& r, Batch& b) {
    for (const std::int64_t i : r.running) {
        const SeqState& q = seqs_[static_cast<std::size_t>(i)];
        if (!q.inFlight) add(b, i, q.pending());
    }
}

void Simulation::admitFullLength(ReplicaState& r, Batch& b) {
    while (!r.waiting.empty() && r.running.size() < static_cast<std::size_t>(s_.maxBatch)) {
        const std::int64_t i = r.waiting.front();
        const SeqState& q = seqs_[static_cast<std::size_t>(i)];
        if (!allocate(r, i, q.prompt + q.output, 0)) break;
        r.waiting.pop_front();
        r.running.push_back(i);
        add(b, i, q.pending());
    }
}

}  // namespace rl::serving
