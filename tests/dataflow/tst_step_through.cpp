// The step-through: after the last step its access counts equal the
// loop-nest model's Evaluation for every sample mapping and for mappings the
// mapper finds; at every step they equal an independent step-by-step
// simulation (tiles tracked by their loop indices, first visits by sets);
// counts never decrease; random access agrees with counting loop indices up
// like an odometer; the MACs cover every point of the problem exactly once.
#include <QtTest>

#include <map>
#include <set>
#include <vector>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/mapper.h"
#include "core/dataflow/step_through.h"
#include "tests/dataflow/sample_designs.h"

using namespace rl;
using namespace rl::dataflow;

namespace {

struct Case {
    std::string label;
    std::shared_ptr<const AcceleratorArch> arch;
    DataflowProblem problem;
    MappingNest nest;
};

Case sampleCase(const char* arch, const char* problem, const char* mapping) {
    testing::SampleSpecs s = testing::loadSampleSpecs(arch, problem, mapping);
    return {mapping, std::move(s.arch), std::move(s.problem), std::move(s.nest)};
}

// The sample mappings with their problems and architectures (as in
// tst_timeloop_reference.cpp).
std::vector<Case> sampleCases() {
    return {
        sampleCase("tutorial-1level.json", "problem-conv1d-r3-p16.json", "mapping-1level.json"),
        sampleCase("tutorial-2level.json", "problem-conv1d-r3-p16.json", "mapping-2level-os.json"),
        sampleCase("tutorial-2level.json", "problem-conv1d-r3-p16.json", "mapping-2level-ws.json"),
        sampleCase("tutorial-2level.json", "problem-conv1d-k32-r3-p16.json",
                   "mapping-2level-k32-untiled.json"),
        sampleCase("tutorial-2level.json", "problem-conv1d-k32-r3-p16.json",
                   "mapping-2level-k32-tiled.json"),
        sampleCase("tutorial-3level.json", "problem-conv1d-k32-r3-p16.json", "mapping-3level.json"),
        sampleCase("tutorial-3level.json", "problem-conv1d-k32-r3-p16.json",
                   "mapping-3level-rf-outputs-only.json"),
    };
}

// Mappings the mapper finds (its best and its Pareto set) for `problem`.
std::vector<Case> mapperCases(const char* archFile, const DataflowProblem& problem,
                              std::int64_t evaluations, std::uint64_t seed, Objective objective) {
    Diagnostics diag;
    auto arch = loadAcceleratorArch(testing::acceleratorSample(archFile), diag);
    if (!arch) qFatal("%s", diag.format().c_str());
    MapperOptions o;
    o.seed = seed;
    o.evaluations = evaluations;
    o.objective = objective;
    auto r = searchMappings(*arch, problem, o);
    if (!r.found) qFatal("the mapper found nothing on %s", archFile);
    std::vector<Case> out;
    out.push_back(
        {std::string(archFile) + " best seed " + std::to_string(seed), arch, problem, r.best});
    for (std::size_t i = 0; i < r.pareto.size() && i < 4; ++i)
        out.push_back({std::string(archFile) + " pareto " + std::to_string(i), arch, problem,
                       r.pareto[i].mapping});
    return out;
}

DataflowProblem smallConv(int stride, const char* kind = "conv") {
    DataflowProblem p;
    p.name = "small";
    p.kind = kind;
    p.bounds = {1, 8, 4, 6, 6, 3, 3};  // N K C P Q R S
    if (std::string(kind) == "depthwise") p.bounds[1] = 1;
    p.strideP = p.strideQ = stride;
    return p;
}

DataflowProblem vggProblem() {
    Diagnostics diag;
    auto p = loadProblem(testing::acceleratorSample("problem-vgg-conv3-2.json"), diag);
    if (!p) qFatal("%s", diag.format().c_str());
    return *p;
}

void compareWithEngine(const Case& c) {
    const Evaluation e = LoopNestModel(*c.arch, c.problem).evaluate(c.nest);
    const StepThrough st(*c.arch, c.problem, c.nest);
    QCOMPARE(st.stepCount(), e.computeCycles);
    StepCounts last;
    st.countsAt(st.stepCount() - 1, last);
    QCOMPARE(last.macs, e.macs);
    for (int i = 0; i < e.levelCount; ++i)
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const auto& want = e.level[i].tensor[t];
            const auto& got = last.level[i][t];
            const QByteArray where = QByteArray::fromStdString(
                c.label + " level " + std::to_string(i) + " tensor " + std::to_string(t));
            QVERIFY2(got.reads == want.reads, where + " reads " + QByteArray::number(got.reads) +
                                                  " != " + QByteArray::number(want.reads));
            QVERIFY2(got.fills == want.fills, where + " fills " + QByteArray::number(got.fills) +
                                                  " != " + QByteArray::number(want.fills));
            QVERIFY2(got.updates == want.updates, where + " updates " +
                                                      QByteArray::number(got.updates) +
                                                      " != " + QByteArray::number(want.updates));
        }
}

// An independent step-by-step simulation: digits counted up one step at a
// time; a level's tile is identified by the digits of the loops above it
// that index the tensor; a delivery happens when that identity changes.
class Simulation {
  public:
    explicit Simulation(const Case& c) : c_(c), proj_(c.problem) {
        const auto& m = c.nest;
        n_ = m.levelCount;
        for (int i = 0; i < n_; ++i)
            for (Dim d : m.levels[i].order) {
                auto f = m.levels[i].temporal[static_cast<int>(d)];
                if (f > 1) loops_.push_back({i, static_cast<int>(d), f});
            }
        digits_.assign(loops_.size(), 0);
        ext_.assign(static_cast<std::size_t>(n_ + 1), kOnes);
        util_.assign(static_cast<std::size_t>(n_ + 1), 1);
        for (int i = n_ - 1; i >= 0; --i)
            for (int d = 0; d < kDimCount; ++d)
                ext_[i][d] = ext_[i + 1][d] * m.levels[i].temporal[d] * spatial(i, d);
        for (int i = 0; i < n_; ++i) {
            util_[i + 1] = util_[i];
            for (int d = 0; d < kDimCount; ++d) util_[i + 1] *= spatial(i, d);
        }
        for (int t = 0; t < kDataSpaceCount; ++t) {
            int parent = -1;
            for (int ch = 0; ch < n_; ++ch) {
                if (!m.levels[ch].keep[t]) continue;
                if (parent >= 0) {
                    Edge e{t, parent, ch, ext_[ch], ext_[ch], {}, {}};
                    for (int j = parent; j < ch; ++j)
                        for (int d = 0; d < kDimCount; ++d) e.unionExt[d] *= spatial(j, d);
                    edges_.push_back(e);
                }
                parent = ch;
            }
            keeper_[t] = parent;
        }
        prevIds_.resize(edges_.size());
    }

    std::int64_t spatial(int i, int d) const {
        return c_.nest.levels[i].spatialX[d] * c_.nest.levels[i].spatialY[d];
    }

    // Runs every step, calling check(step, counts) after each.
    template <typename Check>
    void run(Check check) {
        std::int64_t steps = 1;
        for (const auto& l : loops_) steps *= l.factor;
        for (std::int64_t s = 0; s < steps; ++s) {
            // Step: fills at the start of a new tile.
            for (std::size_t k = 0; k < edges_.size(); ++k) {
                auto& e = edges_[k];
                auto id = identity(e.tensor, e.child);
                if (s > 0 && id == prevIds_[k]) continue;
                const bool slid = s > 0 && slidOnly(e, id, prevIds_[k]);
                auto& P = counts_.level[e.parent][e.tensor];
                auto& C = counts_.level[e.child][e.tensor];
                const auto parentWords =
                    (slid ? newWords(e.unionExt, e) : proj_.footprint(e.tensor, e.unionExt)) *
                    util_[e.parent];
                const auto childWords =
                    (slid ? newWords(e.childExt, e) : proj_.footprint(e.tensor, e.childExt)) *
                    util_[e.child];
                if (e.tensor == 2) {
                    if (!e.seenByChild.insert(id).second) C.fills += childWords;
                } else {
                    P.reads += parentWords;
                    C.fills += childWords;
                }
                prevIds_[k] = id;
            }
            // The MACs.
            counts_.macs += util_[n_];
            for (int t = 0; t < kDataSpaceCount; ++t) {
                const int kp = keeper_[t];
                if (kp < 0) continue;
                DimArray below = kOnes;
                for (int j = kp; j < n_; ++j)
                    for (int d = 0; d < kDimCount; ++d) below[d] *= spatial(j, d);
                const auto words = proj_.footprint(t, below) * util_[kp];
                auto& K = counts_.level[kp][t];
                if (t != 2) {
                    K.reads += words;
                    continue;
                }
                K.updates += words;
                if (!macSeen_.insert(identity(t, n_)).second) K.reads += words;
            }
            // Advance the odometer; drain partial sums whose tile is left.
            const bool lastStep = s + 1 == steps;
            auto before = digits_;
            increment();
            for (std::size_t k = 0; k < edges_.size(); ++k) {
                auto& e = edges_[k];
                if (e.tensor != 2) continue;
                auto id = identity(e.tensor, e.child, &before);
                if (!lastStep && id == identity(e.tensor, e.child)) continue;
                auto& P = counts_.level[e.parent][e.tensor];
                const auto words = proj_.footprint(2, e.unionExt) * util_[e.parent];
                P.updates += words;
                if (!e.seenByParent.insert(id).second) P.reads += words;
            }
            check(s, counts_);
        }
    }

  private:
    struct Loop {
        int level, dim;
        std::int64_t factor;
    };
    struct Edge {
        int tensor, parent, child;
        DimArray childExt, unionExt;
        std::set<std::vector<std::int64_t>> seenByChild, seenByParent;
    };
    // Digits of the loops above `level` that index t (index k kept, so a
    // change of position shows even if digits repeat).
    std::vector<std::int64_t> identity(int t, int level,
                                       const std::vector<std::int64_t>* d = nullptr) const {
        const auto& dig = d ? *d : digits_;
        std::vector<std::int64_t> id(loops_.size(), -1);
        for (std::size_t k = 0; k < loops_.size(); ++k)
            if (loops_[k].level < level && proj_.relevant[t][loops_[k].dim]) id[k] = dig[k];
        return id;
    }
    // The tile moved only by one step of its innermost indexing loop along a
    // sliding dimension (inputs only).
    bool slidOnly(const Edge& e, const std::vector<std::int64_t>& now,
                  const std::vector<std::int64_t>& before) const {
        if (e.tensor != 1) return false;
        int changed = -1;
        for (std::size_t k = 0; k < now.size(); ++k)
            if (now[k] != before[k]) {
                if (changed >= 0) return false;
                changed = static_cast<int>(k);
            }
        if (changed < 0 || now[changed] != before[changed] + 1) return false;
        const int d = loops_[changed].dim;
        return d == static_cast<int>(Dim::P) || d == static_cast<int>(Dim::Q) ||
               d == static_cast<int>(Dim::R) || d == static_cast<int>(Dim::S);
    }
    // Input words of a window of extents `x` not shared with the window one
    // step of the moved loop before: the new columns (rows).
    std::int64_t newWords(const DimArray& x, const Edge& e) const {
        int changed = -1;
        auto id = identity(e.tensor, e.child);
        for (std::size_t k = 0; k < id.size(); ++k)
            if (id[k] != prevIds_[&e - edges_.data()][k]) changed = static_cast<int>(k);
        const Dim d = static_cast<Dim>(loops_[changed].dim);
        const bool wide = d == Dim::P || d == Dim::R;
        const auto X = [&](Dim q) { return x[static_cast<int>(q)]; };
        const std::int64_t w =
            (X(Dim::P) - 1) * proj_.strideP + (X(Dim::R) - 1) * proj_.dilationR + 1;
        const std::int64_t h =
            (X(Dim::Q) - 1) * proj_.strideQ + (X(Dim::S) - 1) * proj_.dilationS + 1;
        const std::int64_t shift = d == Dim::P   ? X(Dim::P) * proj_.strideP
                                   : d == Dim::R ? X(Dim::R) * proj_.dilationR
                                   : d == Dim::Q ? X(Dim::Q) * proj_.strideQ
                                                 : X(Dim::S) * proj_.dilationS;
        const std::int64_t len = wide ? w : h;
        const std::int64_t overlap = std::max<std::int64_t>(0, len - shift);
        return X(Dim::N) * X(Dim::C) * (wide ? h : w) * (len - overlap);
    }
    void increment() {
        for (std::size_t k = loops_.size(); k-- > 0;) {
            if (++digits_[k] < loops_[k].factor) return;
            digits_[k] = 0;
        }
    }

    const Case& c_;
    Projection proj_;
    int n_ = 0;
    std::vector<Loop> loops_;
    std::vector<std::int64_t> digits_;
    std::vector<DimArray> ext_;
    std::vector<std::int64_t> util_;
    std::vector<Edge> edges_;
    std::vector<std::vector<std::int64_t>> prevIds_;
    std::array<int, kDataSpaceCount> keeper_{-1, -1, -1};
    std::set<std::vector<std::int64_t>> macSeen_;
    StepCounts counts_;
};

bool lessOrEqual(const StepCounts& a, const StepCounts& b) {
    if (a.macs > b.macs) return false;
    for (int i = 0; i < kMaxLevels; ++i)
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const auto &x = a.level[i][t], &y = b.level[i][t];
            if (x.reads > y.reads || x.fills > y.fills || x.updates > y.updates) return false;
        }
    return true;
}

std::vector<Case> smallCases() {
    auto cases = sampleCases();
    for (auto& c : mapperCases("eyeriss-like.json", smallConv(1), 20000, 3, Objective::edp))
        cases.push_back(c);
    for (auto& c : mapperCases("eyeriss-like.json", smallConv(2), 20000, 5, Objective::energy))
        cases.push_back(c);
    for (auto& c : mapperCases("simba-like.json", smallConv(1), 20000, 2, Objective::energy))
        cases.push_back(c);
    for (auto& c :
         mapperCases("eyeriss-like.json", smallConv(1, "depthwise"), 20000, 4, Objective::edp))
        cases.push_back(c);
    return cases;
}

}  // namespace

class TstStepThrough : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void finalCountsEqualEngineOnSamples() {
        for (const auto& c : sampleCases()) compareWithEngine(c);
    }

    void finalCountsEqualEngineOnMapperMappings() {
        for (const auto& c : smallCases()) compareWithEngine(c);
        const auto vgg = testing::eyerissVggDesign();
        compareWithEngine({"eyeriss VGG", vgg->arch, vgg->problem, vgg->mapping});
        QCOMPARE(StepThrough(*vgg->arch, vgg->problem, vgg->mapping).stepCount(), 5505024);
        for (auto& c : mapperCases("eyeriss-like.json", vggProblem(), 30000, 11, Objective::energy))
            compareWithEngine(c);
        for (auto& c : mapperCases("simba-like.json", vggProblem(), 30000, 2, Objective::edp))
            compareWithEngine(c);
        for (auto& c : mapperCases("os-16x16.json", vggProblem(), 20000, 3, Objective::cycles))
            compareWithEngine(c);
    }

    // Every step's counts equal the event-by-event simulation.
    void everyStepEqualsSimulation() {
        int checked = 0;
        for (const auto& c : smallCases()) {
            const StepThrough st(*c.arch, c.problem, c.nest);
            if (st.stepCount() > 200000) continue;
            Simulation sim(c);
            StepState state;
            StepCounts previous;
            bool ok = true;
            std::int64_t bad = -1;
            sim.run([&](std::int64_t s, const StepCounts& want) {
                if (!ok) return;
                st.stateAt(s, state);
                if (!(state.counts == want)) {
                    ok = false;
                    bad = s;
                    for (int i = 0; i < kMaxLevels; ++i)
                        for (int t = 0; t < kDataSpaceCount; ++t) {
                            const auto &g = state.counts.level[i][t], &w = want.level[i][t];
                            if (!(g == w))
                                qWarning(
                                    "level %d tensor %d: got r%lld f%lld u%lld, simulated "
                                    "r%lld f%lld u%lld",
                                    i, t, (long long)g.reads, (long long)g.fills,
                                    (long long)g.updates, (long long)w.reads, (long long)w.fills,
                                    (long long)w.updates);
                        }
                }
                if (s > 0 && !lessOrEqual(previous, state.counts)) ok = false;
                previous = state.counts;
            });
            QVERIFY2(ok, (c.label + " differs at step " + std::to_string(bad)).c_str());
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    // Counts never decrease and each step's "moved" is their difference.
    void countsAreMonotone() {
        const auto vgg = testing::eyerissVggDesign();
        const StepThrough st(*vgg->arch, vgg->problem, vgg->mapping);
        StepState a, b;
        std::int64_t prev = 0;
        st.stateAt(0, a);
        QCOMPARE(a.counts, a.moved);
        std::vector<std::int64_t> samples;
        for (std::int64_t s = 1; s < st.stepCount(); s += 1 + s / 7) samples.push_back(s);
        samples.push_back(st.stepCount() - 1);
        for (std::int64_t s : samples) {
            st.stateAt(s, b);
            QVERIFY(lessOrEqual(a.counts, b.counts));
            if (s == prev + 1) {
                StepCounts sum = a.counts;
                for (int i = 0; i < kMaxLevels; ++i)
                    for (int t = 0; t < kDataSpaceCount; ++t) {
                        sum.level[i][t].reads += b.moved.level[i][t].reads;
                        sum.level[i][t].fills += b.moved.level[i][t].fills;
                        sum.level[i][t].updates += b.moved.level[i][t].updates;
                    }
                sum.macs += b.moved.macs;
                QCOMPARE(sum, b.counts);
            }
            prev = s;
            a = b;
        }
        QCOMPARE(b.counts.macs, vgg->evaluation.macs);
    }

    // Random access agrees with counting the loop indices up one step at a time.
    void steppingEqualsRandomAccess() {
        const auto vgg = testing::eyerissVggDesign();
        const StepThrough st(*vgg->arch, vgg->problem, vgg->mapping);
        QVERIFY(st.loopCount() > 3);
        StepState state;
        for (std::int64_t start :
             {std::int64_t{0}, std::int64_t{12345}, st.stepCount() / 2, st.stepCount() - 600}) {
            st.indicesAt(start, state);
            std::vector<std::int64_t> digits(state.index.begin(),
                                             state.index.begin() + st.loopCount());
            for (std::int64_t s = start + 1; s < start + 500; ++s) {
                int changed = st.loopCount();
                for (int k = st.loopCount() - 1; k >= 0; --k) {
                    changed = k;
                    if (++digits[static_cast<std::size_t>(k)] < st.loop(k).factor) break;
                    digits[static_cast<std::size_t>(k)] = 0;
                }
                st.indicesAt(s, state);
                QCOMPARE(state.firstChangedLoop, changed);
                for (int k = 0; k < st.loopCount(); ++k)
                    QCOMPARE(state.index[static_cast<std::size_t>(k)],
                             digits[static_cast<std::size_t>(k)]);
                // The MAC's origin is the sum of the loops' moves.
                DimArray origin{};
                for (int k = 0; k < st.loopCount(); ++k)
                    origin[static_cast<int>(st.loop(k).dim)] +=
                        digits[static_cast<std::size_t>(k)] * st.loop(k).coordinateStride;
                QCOMPARE(state.origin[static_cast<std::size_t>(st.levelCount())], origin);
            }
        }
        st.indicesAt(st.stepCount() + 5, state);
        QCOMPARE(state.step, st.stepCount() - 1);
    }

    // Over all steps the used MACs visit every point of the iteration space
    // exactly once; tiles contain their MAC operands.
    void macsCoverTheProblemOnce() {
        for (const auto& c : smallCases()) {
            const StepThrough st(*c.arch, c.problem, c.nest);
            std::map<DimArray, int> seen;
            StepState state;
            DimArray at;
            std::int64_t used = 0;
            for (std::int64_t s = 0; s < st.stepCount(); ++s) {
                st.indicesAt(s, state);
                for (int y = 0; y < st.macRows(); ++y)
                    for (int x = 0; x < st.macColumns(); ++x) {
                        if (!st.macCoordinate(state, x, y, at)) continue;
                        if (s == 0) ++used;
                        ++seen[at];
                        for (int d = 0; d < kDimCount; ++d) {
                            QVERIFY(at[d] >= 0 && at[d] < c.problem.bounds[d]);
                            // Inside the span of every level.
                            for (int i = 0; i <= st.levelCount(); ++i) {
                                QVERIFY(at[d] >= state.origin[i][d]);
                                QVERIFY(at[d] < state.origin[i][d] + st.levelSpan(i)[d]);
                            }
                        }
                    }
            }
            QCOMPARE(used, st.utilizedInstances(st.levelCount()));
            QCOMPARE(static_cast<std::int64_t>(seen.size()), c.problem.macs());
            for (const auto& [point, times] : seen) QCOMPARE(times, 1);
        }
    }

    void tileChangesFollowTheLoops() {
        // Tutorial 3-level: GlobalBuffer loops K16 P16, register file K2 R3.
        auto c = sampleCase("tutorial-3level.json", "problem-conv1d-k32-r3-p16.json",
                            "mapping-3level.json");
        const StepThrough st(*c.arch, c.problem, c.nest);
        QCOMPARE(st.loopCount(), 4);
        QCOMPARE(st.stepCount(), 1536);
        StepState s;
        st.stateAt(6, s);  // P moved from 0 to 1 at the GlobalBuffer
        QCOMPARE(s.firstChangedLoop, 1);
        QVERIFY(s.tileChanged[2][1]);   // the register file's inputs slide
        QVERIFY(s.tileChanged[2][2]);   // and its outputs move
        QVERIFY(!s.tileChanged[2][0]);  // its weights stay (P does not index them)
        QCOMPARE(s.origin[2][static_cast<int>(Dim::P)], 1);
        QCOMPARE(s.moved.level[2][1].fills, 1);  // one new input column
        QCOMPARE(s.moved.level[1][1].reads, 1);
        QCOMPARE(st.tileExtent(2)[static_cast<int>(Dim::K)], 2);
    }
};

QTEST_GUILESS_MAIN(TstStepThrough)
#include "tst_step_through.moc"
