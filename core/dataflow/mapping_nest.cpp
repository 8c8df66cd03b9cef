#include "core/dataflow/mapping_nest.h"
#include "core/spec/spec_phrases.h"

#include <algorithm>

namespace rl::dataflow {

Projection::Projection(const DataflowProblem& p)
    : strideP(p.strideP),
      strideQ(p.strideQ),
      dilationR(p.dilationR),
      dilationS(p.dilationS),
      depthwise(p.kind == "depthwise"),
      weightsPerBatch(p.weightsPerBatch) {
    auto set = [&](DataSpace t, std::initializer_list<Dim> dims) {
        for (Dim d : dims) relevant[static_cast<int>(t)][static_cast<int>(d)] = true;
    };
    if (depthwise) {
        set(DataSpace::weights, {Dim::C, Dim::R, Dim::S});
        set(DataSpace::outputs, {Dim::N, Dim::C, Dim::P, Dim::Q});
    } else {
        set(DataSpace::weights, {Dim::K, Dim::C, Dim::R, Dim::S});
        set(DataSpace::outputs, {Dim::N, Dim::K, Dim::P, Dim::Q});
    }
    if (weightsPerBatch) set(DataSpace::weights, {Dim::N});
    set(DataSpace::inputs, {Dim::N, Dim::C, Dim::P, Dim::Q, Dim::R, Dim::S});
}

std::int64_t Projection::footprint(int t, const DimArray& e) const {
    auto E = [&](Dim d) { return e[static_cast<int>(d)]; };
    switch (t) {
        case 0:
            return (depthwise ? 1 : E(Dim::K)) * E(Dim::C) * E(Dim::R) * E(Dim::S) *
                   (weightsPerBatch ? E(Dim::N) : 1);
        case 1: {
            std::int64_t w = (E(Dim::P) - 1) * strideP + (E(Dim::R) - 1) * dilationR + 1;
            std::int64_t h = (E(Dim::Q) - 1) * strideQ + (E(Dim::S) - 1) * dilationS + 1;
            return E(Dim::N) * E(Dim::C) * w * h;
        }
        default:
            return E(Dim::N) * (depthwise ? E(Dim::C) : E(Dim::K)) * E(Dim::P) * E(Dim::Q);
    }
}

int fanoutX(const AcceleratorArch& arch, int level) {
    int n = static_cast<int>(arch.levels.size());
    int here = arch.levels[level].meshX;
    int below = level + 1 < n ? arch.levels[level + 1].meshX : arch.mac.meshX;
    return std::max(1, below / std::max(1, here));
}

int fanoutY(const AcceleratorArch& arch, int level) {
    int n = static_cast<int>(arch.levels.size());
    int here = arch.levels[level].meshY();
    int below = level + 1 < n ? arch.levels[level + 1].meshY() : arch.mac.meshY();
    return std::max(1, below / std::max(1, here));
}

bool bindMapping(const Mapping& mapping, const AcceleratorArch& arch, MappingNest& out,
                 Diagnostics& diag, const std::string& path) {
    int before = diag.errorCount();
    int n = static_cast<int>(arch.levels.size());
    if (n > kMaxLevels) {
        diag.error(path, Phrase(RL_TR("SpecText", "%1 storage levels"), {PhraseArg::integer(n)}),
                   Phrase(RL_TR("SpecText", "at most %1 storage levels"),
                          {PhraseArg::integer(kMaxLevels)}));
        return false;
    }
    out = MappingNest{};
    out.levelCount = n;
    for (int i = 0; i < n; ++i) out.levels[i].keep = arch.levels[i].holds;
    for (std::size_t j = 0; j < mapping.levels.size(); ++j) {
        const auto& lm = mapping.levels[j];
        int i = arch.levelIndex(lm.target);
        std::string lp = jsonPointerChild(jsonPointerChild(path, "levels"), j);
        if (i < 0) {
            std::string names;
            for (const auto& l : arch.levels) names += (names.empty() ? "" : ", ") + l.name;
            diag.error(jsonPointerChild(lp, "target"), quotedValue(displayValue(lm.target)),
                       Phrase(RL_TR("SpecText", "a level of architecture \"%1\" (%2)"),
                              {PhraseArg::verbatim(arch.name), PhraseArg::verbatim(names)}));
            continue;
        }
        auto& l = out.levels[i];
        l.temporal = lm.temporal;
        l.order = lm.order;
        l.spatialX = lm.spatialX;
        l.spatialY = lm.spatialY;
        if (lm.keepGiven) l.keep = lm.keep;
    }
    return diag.errorCount() == before;
}

bool validateMapping(const MappingNest& m, const AcceleratorArch& arch, const DataflowProblem& p,
                     Diagnostics& diag, const std::string& path) {
    int before = diag.errorCount();
    Projection proj(p);
    int n = m.levelCount;
    auto levelPath = [&](int i) { return path + "/levels[" + arch.levels[i].name + "]"; };
    // Factors multiply to the problem.
    for (Dim d : kAllDims) {
        int di = static_cast<int>(d);
        std::int64_t prod = 1;
        std::string parts;
        bool overflow = false;
        for (int i = 0; i < n; ++i) {
            std::int64_t f = 1;
            overflow |=
                __builtin_mul_overflow(m.levels[i].temporal[di], m.levels[i].spatialX[di], &f);
            overflow |= __builtin_mul_overflow(f, m.levels[i].spatialY[di], &f);
            overflow |= __builtin_mul_overflow(prod, f, &prod);
            if (overflow) break;
            if (f != 1) parts += (parts.empty() ? "" : " x ") + std::to_string(f);
        }
        const Phrase multiplying(
            RL_TR("SpecText", "factors of %1 multiplying to the problem bound %2"),
            {PhraseArg::verbatim(std::string(1, dimLetter(d))), PhraseArg::integer(p.bounds[di])});
        if (overflow) {
            diag.error(path + "/factors/" + std::string(1, dimLetter(d)),
                       RL_TR("SpecText", "factors too large"), multiplying);
            continue;
        }
        if (prod != p.bounds[di])
            diag.error(path + "/factors/" + std::string(1, dimLetter(d)),
                       (parts.empty() ? std::string("1") : parts) + " = " + std::to_string(prod),
                       multiplying);
    }
    const bool factorsOk =
        diag.errorCount() == before;  // tiles are bounded by the problem only then
    for (int i = 0; i < n; ++i) {
        const auto& l = m.levels[i];
        const auto& a = arch.levels[i];
        std::int64_t sx = 1, sy = 1;
        for (int d = 0; d < kDimCount; ++d) {
            sx = std::min<std::int64_t>(sx * l.spatialX[d], std::int64_t{1} << 40);
            sy = std::min<std::int64_t>(sy * l.spatialY[d], std::int64_t{1} << 40);
        }
        int fx = fanoutX(arch, i), fy = fanoutY(arch, i);
        if (sx > fx)
            diag.error(levelPath(i) + "/spatial/X", std::to_string(sx),
                       Phrase(RL_TR("SpecText",
                                    "spatial X factors whose product is at most the fanout %1"),
                              {PhraseArg::integer(fx)}));
        if (sy > fy)
            diag.error(levelPath(i) + "/spatial/Y", std::to_string(sy),
                       Phrase(RL_TR("SpecText",
                                    "spatial Y factors whose product is at most the fanout %1"),
                              {PhraseArg::integer(fy)}));
        for (int t = 0; t < kDataSpaceCount; ++t) {
            if (l.keep[t] && !a.holds[t])
                diag.error(levelPath(i) + "/keep", std::string(toString(static_cast<DataSpace>(t))),
                           Phrase(RL_TR("SpecText", "only tensors level \"%1\" may hold"),
                                  {PhraseArg::verbatim(a.name)}));
            if (i == 0 && !l.keep[t])
                diag.error(
                    levelPath(i) + "/keep",
                    Phrase(RL_TR("SpecText", "%1 bypassed"),
                           {PhraseArg::verbatim(std::string(toString(static_cast<DataSpace>(t))))}),
                    RL_TR("SpecText",
                          "the outermost level to keep every tensor (it is "
                          "the backing store)"));
        }
        if (factorsOk && a.capacityWords > 0) {
            DimArray e = kOnes;
            for (int j = i; j < n; ++j)
                for (int d = 0; d < kDimCount; ++d)
                    e[d] *=
                        m.levels[j].temporal[d] * m.levels[j].spatialX[d] * m.levels[j].spatialY[d];
            // Spatial factors of level i split its tile among children, but the
            // instance still holds the union.
            std::int64_t words = 0;
            std::string parts;
            for (int t = 0; t < kDataSpaceCount; ++t)
                if (l.keep[t]) {
                    auto w = proj.footprint(t, e);
                    words += w;
                    parts += std::string(parts.empty() ? "" : " + ") +
                             std::string(toString(static_cast<DataSpace>(t))) + " " +
                             std::to_string(w);
                }
            if (words > a.capacityWords)
                diag.error(
                    levelPath(i) + "/tile",
                    Phrase(RL_TR("SpecText", "%1 = %2 words"),
                           {PhraseArg::verbatim(parts), PhraseArg::integer(words)}),
                    Phrase(RL_TR("SpecText", "a tile of at most %1 words (capacity of %2)"),
                           {PhraseArg::integer(a.capacityWords), PhraseArg::verbatim(a.name)}));
        }
    }
    return diag.errorCount() == before;
}

Mapping toMapping(const MappingNest& m, const AcceleratorArch& arch, const std::string& name) {
    Mapping out;
    out.name = name;
    for (int i = 0; i < m.levelCount; ++i) {
        LevelMapping l;
        l.target = arch.levels[i].name;
        l.temporal = m.levels[i].temporal;
        l.order = m.levels[i].order;
        l.spatialX = m.levels[i].spatialX;
        l.spatialY = m.levels[i].spatialY;
        l.keep = m.levels[i].keep;
        l.keepGiven = true;
        out.levels.push_back(l);
    }
    return out;
}

}  // namespace rl::dataflow
