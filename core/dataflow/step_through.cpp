#include "core/dataflow/step_through.h"

#include <algorithm>

#include "core/dataflow/loop_list.h"

namespace rl::dataflow {
namespace {

constexpr int kInputs = static_cast<int>(DataSpace::inputs);
constexpr int kOutputs = static_cast<int>(DataSpace::outputs);

// Words a sliding-window step along loop dim `jd` adds to an input tile of
// extents `e` (the new columns or rows), or 0 when `jd` does not slide it.
std::int64_t slideDelta(const Projection& proj, int jd, const DimArray& e) {
    const auto at = [&](Dim d) { return e[static_cast<int>(d)]; };
    const Dim d = static_cast<Dim>(jd);
    const bool alongWidth = d == Dim::P || d == Dim::R;
    if (!alongWidth && d != Dim::Q && d != Dim::S) return 0;
    const std::int64_t width =
        alongWidth ? (at(Dim::P) - 1) * proj.strideP + (at(Dim::R) - 1) * proj.dilationR + 1
                   : (at(Dim::Q) - 1) * proj.strideQ + (at(Dim::S) - 1) * proj.dilationS + 1;
    std::int64_t shift = 0;
    switch (d) {
        case Dim::P:
            shift = at(Dim::P) * proj.strideP;
            break;
        case Dim::R:
            shift = at(Dim::R) * proj.dilationR;
            break;
        case Dim::Q:
            shift = at(Dim::Q) * proj.strideQ;
            break;
        default:
            shift = at(Dim::S) * proj.dilationS;
            break;
    }
    return proj.footprint(kInputs, e) / width * std::min(shift, width);
}

}  // namespace

StepThrough::StepThrough(const AcceleratorArch& arch, const DataflowProblem& problem,
                         const MappingNest& m)
    : n_(m.levelCount), problem_(problem), proj_(problem) {
    int levelsStarted = 0;
    // The flat temporal nest and the spatial loops, outer first, in the order
    // every presentation uses (loop_list.h).
    for (int i = 0; i < n_; ++i) {
        temporal_[i] = m.levels[i].temporal;
        keep_[i] = m.levels[i].keep;
    }
    const auto all = loopList(m);
    for (const auto& l : all) {
        if (l.spatial()) {
            spatial_.push_back(
                SpatialLoop{l.level, l.dim, l.factor, l.kind == LoopKind::spatialX, 1});
            continue;
        }
        while (levelsStarted < l.level + 1) levelStart_[levelsStarted++] = loopCount_;
        loops_[loopCount_++] = StepLoop{l.level, l.dim, l.factor, 1, 1};
    }
    while (levelsStarted <= n_) levelStart_[levelsStarted++] = loopCount_;
    for (int k = loopCount_ - 1; k >= 0; --k) {
        loops_[k].stepsPerIteration = steps_;
        steps_ *= loops_[k].factor;
    }
    // Coordinate strides, walking the whole nest from the inside out.
    DimArray inside = kOnes;
    std::size_t sp = spatial_.size();
    int k = loopCount_ - 1;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        const int d = static_cast<int>(it->dim);
        if (it->spatial())
            spatial_[--sp].coordinateStride = inside[d];
        else
            loops_[k--].coordinateStride = inside[d];
        inside[d] *= it->factor;
    }
    // Tiles per instance, spans over instances, utilised instances.
    std::array<DimArray, kMaxLevels + 1> spatialBelow{};
    tileExt_[n_] = kOnes;
    spatialBelow[n_] = kOnes;
    for (int i = n_ - 1; i >= 0; --i)
        for (int d = 0; d < kDimCount; ++d) {
            const auto s = m.levels[i].spatialX[d] * m.levels[i].spatialY[d];
            spatialBelow[i][d] = spatialBelow[i + 1][d] * s;
            tileExt_[i][d] = tileExt_[i + 1][d] * s * m.levels[i].temporal[d];
        }
    // Bounding box of a level's instances: the spatial loops above it spread
    // copies of its tile by their strides.
    util_[0] = 1;
    for (int i = 0; i <= n_; ++i) {
        span_[i] = tileExt_[i];
        for (const auto& l : spatial_)
            if (l.level < i)
                span_[i][static_cast<int>(l.dim)] += (l.factor - 1) * l.coordinateStride;
        if (i == n_) break;
        std::int64_t s = 1;
        for (int d = 0; d < kDimCount; ++d) s *= m.levels[i].spatialX[d] * m.levels[i].spatialY[d];
        util_[i + 1] = util_[i] * s;
    }
    for (int i = 0; i < n_; ++i)
        for (int t = 0; t < kDataSpaceCount; ++t) {
            int k = levelStart_[i] - 1;
            while (k >= 0 && !proj_.relevant[t][static_cast<int>(loops_[k].dim)]) --k;
            innermostRelevant_[i][t] = k;
        }
    // The deliveries between consecutive keepers, as the model pairs them.
    for (int t = 0; t < kDataSpaceCount; ++t) {
        int parent = -1;
        for (int c = 0; c < n_; ++c) {
            if (!keep_[c][t]) continue;
            if (parent >= 0) {
                Transfer tr;
                tr.tensor = t;
                tr.parent = parent;
                tr.child = c;
                const int k = innermostRelevant_[c][t];
                tr.innermostRelevant = k;
                tr.epochSteps = k >= 0 ? loops_[k].stepsPerIteration : steps_;
                // Timeloop's counting: each child with a different tile gets its
                // own copy, so the parent reads copies x the child's words.
                DimArray u = tileExt_[c];
                std::int64_t copies = 1;
                for (int j = parent; j < c; ++j)
                    for (int d = 0; d < kDimCount; ++d) {
                        const auto s = m.levels[j].spatialX[d] * m.levels[j].spatialY[d];
                        u[d] *= s;
                        if (proj_.relevant[t][d]) copies *= s;
                    }
                const bool perPe = arch.windowOverlap == WindowOverlap::timeloop;
                tr.parentWords = perPe ? proj_.footprint(t, tileExt_[c]) * copies * util_[parent]
                                       : proj_.footprint(t, u) * util_[parent];
                tr.childWords = proj_.footprint(t, tileExt_[c]) * util_[c];
                // Timeloop saves a window's overlap only when its loop is the
                // innermost one above the level.
                const bool slides = !perPe || k == levelStart_[c] - 1;
                if (t == kInputs && k >= 0 && slides) {
                    const int jd = static_cast<int>(loops_[k].dim);
                    const auto pd = slideDelta(proj_, jd, perPe ? tileExt_[c] : u);
                    if (pd > 0) {
                        tr.slideFactor = loops_[k].factor;
                        tr.parentDelta = pd * (perPe ? copies : 1) * util_[parent];
                        tr.childDelta = slideDelta(proj_, jd, tileExt_[c]) * util_[c];
                    }
                }
                transfers_.push_back(tr);
            }
            parent = c;
        }
        macSide_[t].tensor = t;
        macSide_[t].keeper = parent;
        if (parent >= 0) {
            std::int64_t copies = 1;
            for (int j = parent; j < n_; ++j)
                for (int d = 0; d < kDimCount; ++d)
                    if (proj_.relevant[t][d])
                        copies *= m.levels[j].spatialX[d] * m.levels[j].spatialY[d];
            macSide_[t].wordsPerStep =
                arch.windowOverlap == WindowOverlap::timeloop
                    ? proj_.footprint(t, kOnes) * copies * util_[parent]
                    : proj_.footprint(t, spatialBelow[parent]) * util_[parent];
        }
    }
    // The MAC grid and how its columns and rows decompose into fanouts.
    macCols_ = std::max(1, arch.mac.meshX);
    macRows_ = std::max(1, arch.mac.meshY());
    for (int i = 0; i < n_; ++i) {
        fanX_[i] = fanoutX(arch, i);
        fanY_[i] = fanoutY(arch, i);
        usedX_[i] = 1;
        usedY_[i] = 1;
        for (int d = 0; d < kDimCount; ++d) {
            usedX_[i] *= m.levels[i].spatialX[d];
            usedY_[i] *= m.levels[i].spatialY[d];
        }
    }
}

bool StepThrough::spanContiguous(int level, Dim d) const {
    const int di = static_cast<int>(d);
    int outermost = -1;
    for (const auto& l : spatial_)
        if (l.level < level && l.dim == d) {
            outermost = l.level;
            break;
        }
    if (outermost < 0) return true;
    for (int j = outermost + 1; j < level; ++j)
        if (temporal_[j][di] > 1) return false;
    return true;
}

std::int64_t StepThrough::digit(std::int64_t s, int k) const {
    return (s / loops_[k].stepsPerIteration) % loops_[k].factor;
}

std::int64_t StepThrough::distinctSeen(std::int64_t s, int last, int t) const {
    // Over epochs 0..e (mixed radix, outer digit first) the indices of t take
    // every value up to e's own relevant digits until the outermost loop that
    // does not index t moves off 0; from there every later relevant value has
    // been seen for each earlier prefix.
    const auto& rel = proj_.relevant[t];
    std::int64_t before = 0;
    int moved = -1;
    for (int k = 0; k <= last; ++k) {
        const auto a = digit(s, k);
        if (!rel[static_cast<int>(loops_[k].dim)]) {
            if (a > 0) {
                moved = k;
                break;
            }
            continue;
        }
        before = before * loops_[k].factor + a;
    }
    std::int64_t after = 1;
    if (moved >= 0)
        for (int k = moved + 1; k <= last; ++k)
            if (rel[static_cast<int>(loops_[k].dim)]) after *= loops_[k].factor;
    return (before + 1) * after;
}

std::int64_t StepThrough::delivered(const Transfer& tr, std::int64_t s, bool parentSide) const {
    const std::int64_t e = s / tr.epochSteps;  // epochs started before this one
    const std::int64_t words = parentSide ? tr.parentWords : tr.childWords;
    if (tr.slideFactor <= 0) return (e + 1) * words;
    const std::int64_t delta = parentSide ? tr.parentDelta : tr.childDelta;
    const std::int64_t f = tr.slideFactor;
    return (e / f) * (words + (f - 1) * delta) + words + (e % f) * delta;
}

void StepThrough::countsAt(std::int64_t s, StepCounts& out) const {
    out = StepCounts{};
    s = std::clamp<std::int64_t>(s, 0, steps_ - 1);
    for (const auto& tr : transfers_) {
        auto& P = out.level[tr.parent][tr.tensor];
        auto& C = out.level[tr.child][tr.tensor];
        if (tr.tensor != kOutputs) {
            P.reads += delivered(tr, s, true);
            C.fills += delivered(tr, s, false);
            continue;
        }
        // Partial sums drain when their epoch ends; refills skip first visits.
        const std::int64_t done = (s + 1) / tr.epochSteps;
        P.updates += done * tr.parentWords;
        if (done > 0)
            P.reads += done * tr.parentWords -
                       distinctSeen((done - 1) * tr.epochSteps, tr.innermostRelevant, tr.tensor) *
                           tr.parentWords;
        C.fills += delivered(tr, s, false) -
                   distinctSeen(s, tr.innermostRelevant, tr.tensor) * tr.childWords;
    }
    for (const auto& side : macSide_) {
        if (side.keeper < 0) continue;
        auto& K = out.level[side.keeper][side.tensor];
        const std::int64_t words = (s + 1) * side.wordsPerStep;
        if (side.tensor != kOutputs) {
            K.reads += words;
            continue;
        }
        K.updates += words;
        K.reads += words - distinctSeen(s, loopCount_ - 1, side.tensor) * side.wordsPerStep;
    }
    out.macs = (s + 1) * util_[n_];
}

void StepThrough::indicesAt(std::int64_t s, StepState& out) const {
    s = std::clamp<std::int64_t>(s, 0, steps_ - 1);
    out.step = s;
    out.firstChangedLoop = 0;
    if (s > 0)
        while (out.firstChangedLoop < loopCount_ &&
               s % loops_[out.firstChangedLoop].stepsPerIteration != 0)
            ++out.firstChangedLoop;
    DimArray origin{};
    for (int i = 0; i <= n_; ++i) {
        if (i > 0)
            for (int k = levelStart_[i - 1]; k < levelStart_[i]; ++k) {
                out.index[k] = digit(s, k);
                origin[static_cast<int>(loops_[k].dim)] +=
                    out.index[k] * loops_[k].coordinateStride;
            }
        out.origin[i] = origin;
    }
    for (int i = 0; i < n_; ++i)
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const int k = innermostRelevant_[i][t];
            out.tileChanged[i][t] =
                keep_[i][t] && (s == 0 || (k >= 0 && k >= out.firstChangedLoop));
        }
}

void StepThrough::stateAt(std::int64_t s, StepState& out) const {
    indicesAt(s, out);
    countsAt(out.step, out.counts);
    if (out.step == 0) {
        out.moved = out.counts;
        return;
    }
    StepCounts before;
    countsAt(out.step - 1, before);
    for (int i = 0; i < n_; ++i)
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const auto& a = out.counts.level[i][t];
            const auto& b = before.level[i][t];
            out.moved.level[i][t] = {a.reads - b.reads, a.fills - b.fills, a.updates - b.updates};
        }
    out.moved.macs = out.counts.macs - before.macs;
}

bool StepThrough::macCoordinate(const StepState& state, int x, int y, DimArray& out) const {
    if (x < 0 || y < 0 || x >= macCols_ || y >= macRows_) return false;
    out = state.origin[n_];
    std::int64_t rx = x, ry = y;
    std::size_t sp = spatial_.size();
    for (int i = n_ - 1; i >= 0; --i) {
        std::int64_t sx = rx % fanX_[i], sy = ry % fanY_[i];
        rx /= fanX_[i];
        ry /= fanY_[i];
        if (sx >= usedX_[i] || sy >= usedY_[i]) return false;
        // This level's spatial loops, innermost (X, last dim) first.
        while (sp > 0 && spatial_[sp - 1].level == i) {
            const auto& l = spatial_[--sp];
            auto& r = l.alongX ? sx : sy;
            out[static_cast<int>(l.dim)] += (r % l.factor) * l.coordinateStride;
            r /= l.factor;
        }
    }
    return rx == 0 && ry == 0;
}

}  // namespace rl::dataflow
