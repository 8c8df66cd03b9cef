#include "core/dataflow/mapper.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <mutex>

#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include "core/dataflow/mapspace.h"
#include "core/spec/enum_names.h"

namespace rl::dataflow {
namespace {

using Clock = std::chrono::steady_clock;

// splitmix64: a small, portable generator so results do not depend on the
// standard library's distributions.
struct Rng {
    std::uint64_t s;
    explicit Rng(std::uint64_t seed) : s(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) {
        return n <= 1 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n));
    }
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
};

struct Spatial {
    std::array<DimArray, kMaxLevels> x, y;
    std::int64_t product = 1;
    Spatial() {
        x.fill(kOnes);
        y.fill(kOnes);
    }
};

struct PrimeFactor {
    int dim = 0;
    std::int64_t p = 1;
    int slot = 0;                 // temporal level
    std::uint32_t allowed = ~0u;  // levels the constraints let it go to (bit per level)
};

constexpr std::uint32_t kAnyLevel = ~0u;

// A level the prime may go to, at random; unconstrained primes draw exactly
// as before constraints existed, so unconstrained searches are unchanged.
int randomSlot(const PrimeFactor& f, int n, Rng& rng) {
    if (f.allowed == kAnyLevel) return rng.below(n);
    int k = rng.below(std::popcount(f.allowed & ((1u << n) - 1)));
    for (int i = 0; i < n; ++i)
        if ((f.allowed >> i & 1u) && k-- == 0) return i;
    return f.slot;
}

constexpr int kMaxPrimes = 128;

struct Genome {
    int count = 0;
    std::array<PrimeFactor, kMaxPrimes> primes{};
    MappingNest nest;
    void rebuild() {
        for (int i = 0; i < nest.levelCount; ++i) nest.levels[i].temporal = kOnes;
        for (int k = 0; k < count; ++k)
            nest.levels[primes[k].slot].temporal[primes[k].dim] *= primes[k].p;
    }
};

bool better(Objective o, const Evaluation& a, const Evaluation& b) {
    switch (o) {
        case Objective::cycles:
            return a.cycles < b.cycles || (a.cycles == b.cycles && a.energyJ < b.energyJ);
        case Objective::energy:
            return a.energyJ < b.energyJ || (a.energyJ == b.energyJ && a.cycles < b.cycles);
        case Objective::edp:
            return a.edp() < b.edp() || (a.edp() == b.edp() && a.cycles < b.cycles);
    }
    return false;
}

// True when the point joined the front.
bool addPareto(std::vector<MapperPoint>& front, const MappingNest& m, const Evaluation& e) {
    for (const auto& p : front)
        if (p.cycles <= e.cycles && p.energyJ <= e.energyJ) return false;  // dominated (or equal)
    front.erase(std::remove_if(front.begin(), front.end(),
                               [&](const MapperPoint& p) {
                                   return e.cycles <= p.cycles && e.energyJ <= p.energyJ;
                               }),
                front.end());
    front.push_back({m, e.cycles, e.energyJ});
    return true;
}

void factorize(std::int64_t v, int dim, std::vector<PrimeFactor>& out) {
    for (std::int64_t p = 2; p * p <= v; ++p)
        while (v % p == 0) {
            out.push_back({dim, p, 0});
            v /= p;
        }
    if (v > 1) out.push_back({dim, v, 0});
}

// All vectors of divisors of `rem` whose product is at most `limit`.
void divisorVectors(const DimArray& rem, std::int64_t limit, int d, DimArray& cur,
                    std::int64_t prod, std::vector<DimArray>& out) {
    if (d == kDimCount) {
        out.push_back(cur);
        return;
    }
    for (std::int64_t f = 1; f <= rem[d] && prod * f <= limit; ++f) {
        if (rem[d] % f) continue;
        cur[d] = f;
        divisorVectors(rem, limit, d + 1, cur, prod * f, out);
    }
    cur[d] = 1;
}

// True if the spatial split (x, y) below a level obeys its constraints.
bool spatialAllowed(const LevelRules& r, const DimArray& x, const DimArray& y) {
    for (int d = 0; d < kDimCount; ++d) {
        if ((x[d] > 1 && !r.allowX[d]) || (y[d] > 1 && !r.allowY[d])) return false;
        if (r.spatial[d] > 0 && x[d] * y[d] != r.spatial[d]) return false;
    }
    return true;
}

std::vector<Spatial> enumerateSpatial(const AcceleratorArch& arch, const DataflowProblem& p,
                                      const BoundConstraints& rules, int cap) {
    std::vector<Spatial> current(1);
    const int n = static_cast<int>(arch.levels.size());
    const std::size_t keep = static_cast<std::size_t>(cap) * 4;
    for (int i = 0; i < n; ++i) {
        int fx = fanoutX(arch, i), fy = fanoutY(arch, i);
        if (fx * fy <= 1) continue;
        // Visits every (X, Y) factorisation of this fanout for every choice so
        // far, without storing them all (the space can have millions).
        auto forEach = [&](auto&& fn) {
            for (const auto& s : current) {
                DimArray rem = p.bounds;
                for (int j = 0; j < i; ++j)
                    for (int d = 0; d < kDimCount; ++d) rem[d] /= s.x[j][d] * s.y[j][d];
                std::vector<DimArray> xs;
                DimArray cur = kOnes;
                divisorVectors(rem, fx, 0, cur, 1, xs);
                for (const auto& x : xs) {
                    DimArray rem2 = rem;
                    std::int64_t px = 1;
                    for (int d = 0; d < kDimCount; ++d) rem2[d] /= x[d], px *= x[d];
                    std::vector<DimArray> ys;
                    cur = kOnes;
                    divisorVectors(rem2, fy, 0, cur, 1, ys);
                    for (const auto& y : ys) {
                        if (rules.any && !spatialAllowed(rules.level[i], x, y)) continue;
                        std::int64_t py = 1;
                        for (int d = 0; d < kDimCount; ++d) py *= y[d];
                        fn(s, x, y, s.product * px * py);
                    }
                }
            }
        };
        // Keep the choices that use the most of the array (the others are
        // dominated in cycles), evenly thinned; visiting order is fixed, so
        // the choice is deterministic.
        std::int64_t best = 0, count = 0;
        forEach([&](const Spatial&, const DimArray&, const DimArray&, std::int64_t prod) {
            best = std::max(best, prod);
        });
        forEach([&](const Spatial&, const DimArray&, const DimArray&, std::int64_t prod) {
            count += prod == best;
        });
        double step = count > static_cast<std::int64_t>(keep)
                          ? static_cast<double>(count) / static_cast<double>(keep)
                          : 1.0;
        std::vector<Spatial> next;
        std::int64_t index = 0;
        double nextPick = 0;
        forEach([&](const Spatial& s, const DimArray& x, const DimArray& y, std::int64_t prod) {
            if (prod != best) return;
            if (static_cast<double>(index++) + 1e-9 < nextPick || next.size() >= keep) return;
            nextPick += step;
            Spatial t = s;
            t.x[i] = x;
            t.y[i] = y;
            t.product = prod;
            next.push_back(t);
        });
        current.swap(next);
    }
    if (static_cast<int>(current.size()) > cap) {
        std::vector<Spatial> thinned;
        double step = static_cast<double>(current.size()) / cap;
        for (int k = 0; k < cap; ++k)
            thinned.push_back(current[static_cast<std::size_t>(k * step)]);
        current.swap(thinned);
    }
    return current;
}

struct TaskResult {
    bool found = false;
    MappingNest best;
    Evaluation eval;
    std::vector<MapperPoint> pareto;
    std::int64_t evaluations = 0, valid = 0;
    double foundAt = 0;
    bool stopped = false;  // cancelled with keepBestOnCancel: `best` is the best so far
};

class Searcher {
  public:
    Searcher(const AcceleratorArch& arch, const DataflowProblem& p, const MapperOptions& o,
             const Progress& progress, std::atomic<std::int64_t>& done, std::int64_t total,
             Clock::time_point t0)
        : arch_(arch),
          problem_(p),
          opt_(o),
          model_(arch, p),
          proj_(p),
          rules_(bindConstraints(arch)),
          progress_(progress),
          done_(done),
          total_(total),
          t0_(t0) {}

    // `samples`: how many evenly spaced mappings this task gives the sink.
    void run(const Spatial& sp, std::uint64_t seed, std::int64_t budget, std::int64_t samples,
             TaskResult& res) {
        sampleQuota_ = opt_.sink ? samples : 0;
        sampleStride_ = std::max<std::int64_t>(1, budget / std::max<std::int64_t>(1, samples));
        search(sp, seed, budget, res);
        flushSamples();
    }

  private:
    void search(const Spatial& sp, std::uint64_t seed, std::int64_t budget, TaskResult& res) {
        Rng rng(seed);
        const int n = static_cast<int>(arch_.levels.size());
        std::vector<PrimeFactor> primes;
        for (int d = 0; d < kDimCount; ++d) {
            std::int64_t rem = problem_.bounds[d];
            for (int i = 0; i < n; ++i) rem /= sp.x[i][d] * sp.y[i][d];
            if (!constrainPrimes(d, rem, primes)) return;  // no mapping obeys the constraints
        }
        if (static_cast<int>(primes.size()) > kMaxPrimes) return;
        Genome g;
        g.nest.levelCount = n;
        for (int i = 0; i < n; ++i) {
            g.nest.levels[i].spatialX = sp.x[i];
            g.nest.levels[i].spatialY = sp.y[i];
        }
        g.count = static_cast<int>(primes.size());
        std::copy(primes.begin(), primes.end(), g.primes.begin());
        Evaluation cur, cand;
        std::int64_t perRestart =
            std::max<std::int64_t>(1, budget / std::max(1, opt_.restartsPerTask));
        for (int r = 0; r < opt_.restartsPerTask; ++r) {
            if (!randomStart(g, rng, res)) continue;
            model_.evaluate(g.nest, cur);
            sample(g.nest, cur, res.evaluations, consider(g.nest, cur, res));
            Genome trial = g;
            std::int64_t stale = 0;
            for (std::int64_t it = 0; it < perRestart; ++it) {
                trial = g;
                mutate(trial, rng);
                ++res.evaluations;
                if ((res.evaluations & 1023) == 0 && !tick(1024)) {
                    res.stopped = true;
                    return;
                }
                if (!fitsArchitecture(trial.nest, arch_, proj_)) continue;
                ++res.valid;
                model_.evaluate(trial.nest, cand);
                bool sentAsFront = false;
                if (better(opt_.objective, cand, cur) ||
                    (stale > 200 && !better(opt_.objective, cur, cand))) {
                    g = trial;
                    cur = cand;
                    stale = 0;
                    sentAsFront = consider(g.nest, cur, res);
                } else {
                    ++stale;
                }
                sample(trial.nest, cand, res.evaluations, sentAsFront);
            }
        }
        tick(res.evaluations & 1023);
    }

    // Counts `n` evaluations; false when the search should stop and keep its
    // best (a cancel with keepBestOnCancel, or the time limit), else a cancel
    // throws.
    bool tick(std::int64_t n) {
        if (progress_.cancelled()) {
            if (!opt_.keepBestOnCancel) throw Cancelled();
            return false;
        }
        if (opt_.timeLimitSeconds > 0 &&
            std::chrono::duration<double>(Clock::now() - t0_).count() > opt_.timeLimitSeconds)
            return false;
        std::int64_t d = done_.fetch_add(n, std::memory_order_relaxed) + n;
        if (progress_.report && total_ > 0 && (d / 1024) % 256 == 0)
            progress_(std::min(1.0, static_cast<double>(d) / static_cast<double>(total_)),
                      "searching mappings");
        return true;
    }

    // Returns true when the mapping went to the sink as a front improvement.
    bool consider(const MappingNest& m, const Evaluation& e, TaskResult& res) {
        if (!res.found || better(opt_.objective, e, res.eval)) {
            res.found = true;
            res.best = m;
            res.eval = e;
            res.foundAt = std::chrono::duration<double>(Clock::now() - t0_).count();
        }
        if (res.pareto.size() < 256 && addPareto(res.pareto, m, e) && opt_.sink) {
            sendToSink(m, e, true);
            return true;
        }
        return false;
    }

    // The sink's even sample: the first valid mapping at or after every
    // sampleStride_-th evaluation, until the quota is spent. Reads no random
    // numbers, so the search does not depend on it.
    void sample(const MappingNest& m, const Evaluation& e, std::int64_t at, bool alreadySent) {
        // A mapping already sent as a front improvement is not counted: the
        // sink may drop it (another task found better), so the next one is taken.
        if (alreadySent || sampleTaken_ >= sampleQuota_ || at < nextSampleAt_) return;
        ++sampleTaken_;
        nextSampleAt_ = at + sampleStride_;
        sendToSink(m, e, false);
    }

    void sendToSink(const MappingNest& m, const Evaluation& e, bool front) {
        batch_.push_back({m, e.cycles, e.energyJ, front});
        if (batch_.size() >= 32) flushSamples();  // small batches keep the view live
    }

    void flushSamples() {
        if (opt_.sink && !batch_.empty()) opt_.sink->deliver(batch_);
    }

    // The primes of dimension d's remaining bound `rem`: a level's exact
    // temporal factor takes its primes there; the rest may go to the levels
    // that leave d free. False when no mapping can obey the constraints.
    bool constrainPrimes(int d, std::int64_t rem, std::vector<PrimeFactor>& primes) const {
        const int n = static_cast<int>(arch_.levels.size());
        std::uint32_t freeLevels = kAnyLevel;
        for (int i = 0; i < n && rules_.any; ++i) {
            const std::int64_t f = rules_.level[i].temporal[d];
            if (f == 0) continue;
            freeLevels &= ~(1u << i);
            if (rem % f != 0) return false;
            rem /= f;
            std::size_t first = primes.size();
            factorize(f, d, primes);
            for (std::size_t k = first; k < primes.size(); ++k) {
                primes[k].allowed = 1u << i;
                primes[k].slot = i;
            }
        }
        std::size_t first = primes.size();
        factorize(rem, d, primes);
        if (primes.size() > first && (freeLevels & ((1u << n) - 1)) == 0) return false;
        for (std::size_t k = first; k < primes.size(); ++k) {
            primes[k].allowed = freeLevels;
            primes[k].slot = std::countr_zero(freeLevels);
        }
        return true;
    }

    // Forced keeps and bypasses, and the order constraint, of level i.
    void obey(LevelNest& l, int i) const {
        if (!rules_.any) return;
        const auto& r = rules_.level[i];
        for (int t = 0; t < kDataSpaceCount; ++t) {
            if (r.keep[t]) l.keep[t] = true;
            if (r.bypass[t]) l.keep[t] = false;
        }
        applyOrder(l, r);
    }

    bool randomStart(Genome& g, Rng& rng, TaskResult& res) {
        const int n = g.nest.levelCount;
        for (int attempt = 0; attempt < 64; ++attempt) {
            for (int k = 0; k < g.count; ++k) g.primes[k].slot = randomSlot(g.primes[k], n, rng);
            for (int i = 0; i < n; ++i) {
                auto& o = g.nest.levels[i].order;
                o = kAllDims;
                for (int k = kDimCount - 1; k > 0; --k) std::swap(o[k], o[rng.below(k + 1)]);
                for (int t = 0; t < kDataSpaceCount; ++t) {
                    bool holds = arch_.levels[i].holds[t];
                    g.nest.levels[i].keep[t] =
                        holds && (i == 0 || !opt_.searchBypass || rng.chance(0.8));
                }
                obey(g.nest.levels[i], i);
            }
            g.rebuild();
            // Repair: move factors out of overflowing levels (to the next
            // level out that the constraints allow).
            for (int fix = 0; fix < 4 * g.count && !fitsArchitecture(g.nest, arch_, proj_); ++fix) {
                auto& f = g.primes[rng.below(g.count)];
                for (int j = f.slot - 1; j >= 0; --j)
                    if (f.allowed >> j & 1u) {
                        f.slot = j;
                        break;
                    }
                g.rebuild();
            }
            ++res.evaluations;
            if (fitsArchitecture(g.nest, arch_, proj_)) {
                ++res.valid;
                return true;
            }
        }
        return false;
    }

    void mutate(Genome& g, Rng& rng) {
        const int n = g.nest.levelCount;
        int kind = rng.below(10);
        if (kind < 6 && g.count > 0) {
            int k = rng.below(g.count);
            g.primes[k].slot = randomSlot(g.primes[k], n, rng);
            g.rebuild();
        } else if (kind < 9) {
            const int i = rng.below(n);
            auto& o = g.nest.levels[i].order;
            std::swap(o[rng.below(kDimCount)], o[rng.below(kDimCount)]);
            obey(g.nest.levels[i], i);
        } else if (opt_.searchBypass && n > 1) {
            int i = 1 + rng.below(n - 1);
            int t = rng.below(kDataSpaceCount);
            if (arch_.levels[i].holds[t]) g.nest.levels[i].keep[t] = !g.nest.levels[i].keep[t];
            obey(g.nest.levels[i], i);
        }
    }

    const AcceleratorArch& arch_;
    const DataflowProblem& problem_;
    const MapperOptions& opt_;
    LoopNestModel model_;
    Projection proj_;
    BoundConstraints rules_;
    const Progress& progress_;
    std::atomic<std::int64_t>& done_;
    std::int64_t total_;
    Clock::time_point t0_;
    std::vector<MapperSample> batch_;
    std::int64_t sampleQuota_ = 0, sampleStride_ = 1, sampleTaken_ = 0, nextSampleAt_ = 0;
};

}  // namespace

namespace {
constexpr std::array<EnumName<Objective>, 3> kObjectiveNames{{
    {Objective::cycles, "cycles"},
    {Objective::energy, "energy"},
    {Objective::edp, "edp"},
}};
}  // namespace

std::string_view toString(Objective o) { return nameOf(kObjectiveNames, o, "?"); }

std::optional<Objective> parseObjective(std::string_view s) {
    if (s == "delay") return Objective::cycles;  // Timeloop's word for it
    return valueOf(kObjectiveNames, s);
}

MapperSink::MapperSink(std::int64_t sampleCapacity, std::int64_t frontCapacity)
    : sampleCapacity_(std::max<std::int64_t>(0, sampleCapacity)),
      frontCapacity_(std::max<std::int64_t>(0, frontCapacity)) {}

std::vector<MapperSample> MapperSink::drain() {
    std::vector<MapperSample> out;
    std::lock_guard lock(mutex_);
    out.swap(pending_);
    return out;
}

std::int64_t MapperSink::received() const {
    std::lock_guard lock(mutex_);
    return samples_ + fronts_;
}

std::int64_t MapperSink::dropped() const {
    std::lock_guard lock(mutex_);
    return dropped_;
}

void MapperSink::deliver(std::vector<MapperSample>& batch) {
    std::lock_guard lock(mutex_);
    for (auto& s : batch) {
        if (!s.improvedFront) {
            if (samples_ >= sampleCapacity_) {
                ++dropped_;
                continue;
            }
            ++samples_;
            pending_.push_back(std::move(s));
            continue;
        }
        // Another task may have found better: keep only what improves the
        // front of all the tasks so far.
        const bool dominated = std::any_of(front_.begin(), front_.end(), [&](const auto& f) {
            return f.first <= s.cycles && f.second <= s.energyJ;
        });
        if (dominated || fronts_ >= frontCapacity_) {
            ++dropped_;
            continue;
        }
        std::erase_if(front_,
                      [&](const auto& f) { return s.cycles <= f.first && s.energyJ <= f.second; });
        front_.emplace_back(s.cycles, s.energyJ);
        ++fronts_;
        pending_.push_back(std::move(s));
    }
    batch.clear();
}

bool fitsArchitecture(const MappingNest& m, const AcceleratorArch& arch, const Projection& proj) {
    const int n = m.levelCount;
    DimArray e = kOnes;
    for (int i = n - 1; i >= 0; --i) {
        const auto& l = m.levels[i];
        std::int64_t sx = 1, sy = 1;
        for (int d = 0; d < kDimCount; ++d) {
            e[d] *= l.temporal[d] * l.spatialX[d] * l.spatialY[d];
            sx *= l.spatialX[d];
            sy *= l.spatialY[d];
        }
        if (sx > fanoutX(arch, i) || sy > fanoutY(arch, i)) return false;
        const auto& a = arch.levels[i];
        if (a.capacityWords > 0) {
            std::int64_t words = 0;
            for (int t = 0; t < kDataSpaceCount; ++t)
                if (l.keep[t]) words += proj.footprint(t, e);
            if (words > a.capacityWords) return false;
        }
    }
    return true;
}

MapperResult searchMappings(const AcceleratorArch& arch, const DataflowProblem& problem,
                            const MapperOptions& options, const Progress& progress) {
    auto t0 = Clock::now();
    MapperResult out;
    if (arch.levels.empty() || static_cast<int>(arch.levels.size()) > kMaxLevels) return out;
    const BoundConstraints rules = bindConstraints(arch);
    auto spatial = enumerateSpatial(arch, problem, rules, std::max(1, options.maxSpatialChoices));
    out.spatialChoices = static_cast<std::int64_t>(spatial.size());
    if (spatial.empty()) return out;

    std::unique_ptr<tbb::global_control> limit;
    if (options.threads > 0)
        limit = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism,
                                                      static_cast<std::size_t>(options.threads));
    std::atomic<std::int64_t> done{0};
    const std::int64_t total = options.evaluations;

    // Phase 1 (40% of the budget): every spatial choice. Phase 2: the best
    // eight choices get the rest.
    // `samples`: the phase's share of the sink's sample capacity, split
    // evenly over its tasks.
    auto runPhase = [&](const std::vector<int>& choices, std::int64_t budget, std::uint64_t salt,
                        std::int64_t samples) {
        const int perChoice = std::max(1, options.tasksPerSpatial);
        const std::size_t tasks = choices.size() * static_cast<std::size_t>(perChoice);
        std::vector<TaskResult> results(tasks);
        std::int64_t perTask =
            std::max<std::int64_t>(16, budget / static_cast<std::int64_t>(tasks));
        const auto taskCount = static_cast<std::int64_t>(tasks);
        tbb::parallel_for(std::size_t{0}, tasks, [&](std::size_t t) {
            Searcher s(arch, problem, options, progress, done, total, t0);
            std::uint64_t seed =
                options.seed * 0x9E3779B97F4A7C15ull ^ (salt + t * 0xD1B54A32D192ED03ull);
            const auto i = static_cast<std::int64_t>(t);
            const std::int64_t share = (i + 1) * samples / taskCount - i * samples / taskCount;
            s.run(spatial[static_cast<std::size_t>(choices[t / perChoice])], seed, perTask, share,
                  results[t]);
        });
        return results;
    };
    const std::int64_t sinkSamples = options.sink ? options.sink->sampleCapacity() : 0;
    std::vector<int> all(spatial.size());
    for (std::size_t i = 0; i < spatial.size(); ++i) all[i] = static_cast<int>(i);
    auto r1 = runPhase(all, options.evaluations * 2 / 5, 1, sinkSamples * 2 / 5);
    // Rank choices by their best result (ties by index: deterministic).
    const int perChoice = std::max(1, options.tasksPerSpatial);
    std::vector<int> rank;
    for (std::size_t c = 0; c < spatial.size(); ++c) {
        bool any = false;
        for (int k = 0; k < perChoice; ++k) any = any || r1[c * perChoice + k].found;
        if (any) rank.push_back(static_cast<int>(c));
    }
    auto bestOf = [&](int c) -> const TaskResult* {
        const TaskResult* b = nullptr;
        for (int k = 0; k < perChoice; ++k) {
            const auto& r = r1[static_cast<std::size_t>(c) * perChoice + k];
            if (r.found && (!b || better(options.objective, r.eval, b->eval))) b = &r;
        }
        return b;
    };
    std::stable_sort(rank.begin(), rank.end(), [&](int a, int b) {
        return better(options.objective, bestOf(a)->eval, bestOf(b)->eval);
    });
    if (rank.size() > 8) rank.resize(8);
    auto anyStopped = [](const std::vector<TaskResult>& rs) {
        return std::any_of(rs.begin(), rs.end(), [](const TaskResult& r) { return r.stopped; });
    };
    out.partial = anyStopped(r1);
    std::vector<TaskResult> r2;
    if (!rank.empty() && !out.partial)
        r2 = runPhase(rank, options.evaluations - options.evaluations * 2 / 5, 2,
                      sinkSamples - sinkSamples * 2 / 5);
    out.partial = out.partial || anyStopped(r2);

    std::vector<MapperPoint> front;
    for (const auto* rs : {&r1, &r2})
        for (const auto& r : *rs) {
            out.evaluations += r.evaluations;
            out.valid += r.valid;
            if (r.found && (!out.found || better(options.objective, r.eval, out.bestEval))) {
                out.found = true;
                out.best = r.best;
                out.bestEval = r.eval;
                out.secondsToBest = r.foundAt;
            }
            for (const auto& p : r.pareto) {
                Evaluation e;
                e.cycles = p.cycles;
                e.energyJ = p.energyJ;
                addPareto(front, p.mapping, e);
            }
        }
    std::sort(front.begin(), front.end(), [](const MapperPoint& a, const MapperPoint& b) {
        return a.cycles < b.cycles || (a.cycles == b.cycles && a.energyJ < b.energyJ);
    });
    out.pareto = std::move(front);
    out.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    if (progress.report) progress(1.0, "done");
    return out;
}

}  // namespace rl::dataflow
