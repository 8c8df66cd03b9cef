#include "core/dataflow/mapspace.h"
#include "core/spec/spec_phrases.h"

namespace rl::dataflow {
namespace {

std::string letter(int d) { return std::string(1, dimLetter(static_cast<Dim>(d))); }

// Position of each dimension in a level's loop order (outer first).
std::array<int, kDimCount> positions(const LevelNest& l) {
    std::array<int, kDimCount> pos{};
    for (int k = 0; k < kDimCount; ++k) pos[static_cast<int>(l.order[k])] = k;
    return pos;
}

// Visits every broken rule of level i as (field, got, expected).
template <class Report>
void visitViolations(const MappingNest& m, const LevelRules& r, int i, Report&& report) {
    const auto& l = m.levels[i];
    for (int d = 0; d < kDimCount; ++d) {
        if (r.temporal[d] > 0 && l.temporal[d] != r.temporal[d])
            report("temporal/" + letter(d), std::to_string(l.temporal[d]),
                   Phrase(RL_TR("SpecText", "a temporal factor of exactly %1"),
                          {PhraseArg::integer(r.temporal[d])}));
        const std::int64_t s = l.spatialX[d] * l.spatialY[d];
        if (r.spatial[d] > 0 && s != r.spatial[d])
            report("spatial/" + letter(d), std::to_string(s),
                   Phrase(RL_TR("SpecText", "a spatial factor of exactly %1"),
                          {PhraseArg::integer(r.spatial[d])}));
        if (!r.allowX[d] && l.spatialX[d] > 1)
            report("spatial/X/" + letter(d), std::to_string(l.spatialX[d]),
                   Phrase(RL_TR("SpecText", "no %1 across X (the constraints do not allow it)"),
                          {PhraseArg::verbatim(letter(d))}));
        if (!r.allowY[d] && l.spatialY[d] > 1)
            report("spatial/Y/" + letter(d), std::to_string(l.spatialY[d]),
                   Phrase(RL_TR("SpecText", "no %1 across Y (the constraints do not allow it)"),
                          {PhraseArg::verbatim(letter(d))}));
    }
    // Order: the listed dimensions with loops (factor > 1) keep their relative order.
    const auto pos = positions(l);
    int last = -1;
    std::string listed;
    for (int k = 0; k < r.orderCount; ++k) listed += dimLetter(r.order[k]);
    for (int k = 0; k < r.orderCount; ++k) {
        int d = static_cast<int>(r.order[k]);
        if (l.temporal[d] <= 1) continue;
        if (pos[d] < last) {
            std::string got;
            for (Dim o : l.order)
                if (l.temporal[static_cast<int>(o)] > 1) got += dimLetter(o);
            report("order", quotedValue(got),
                   Phrase(RL_TR("SpecText", "loops in the order \"%1\" (outer first)"),
                          {PhraseArg::verbatim(listed)}));
            break;
        }
        last = pos[d];
    }
    for (int t = 0; t < kDataSpaceCount; ++t) {
        const std::string tensor(toString(static_cast<DataSpace>(t)));
        const std::vector<PhraseArg> name = {PhraseArg::verbatim(tensor)};
        if (r.keep[t] && !l.keep[t])
            report("keep", Phrase(RL_TR("SpecText", "%1 bypassed"), name),
                   Phrase(RL_TR("SpecText", "%1 kept (the constraints keep it)"), name));
        if (r.bypass[t] && l.keep[t])
            report("keep", Phrase(RL_TR("SpecText", "%1 kept"), name),
                   Phrase(RL_TR("SpecText", "%1 bypassed (the constraints bypass it)"), name));
    }
}

}  // namespace

BoundConstraints bindConstraints(const AcceleratorArch& arch) {
    BoundConstraints out;
    out.levelCount = std::min<int>(kMaxLevels, static_cast<int>(arch.levels.size()));
    for (auto& r : out.level) {
        r.allowX.fill(true);
        r.allowY.fill(true);
    }
    for (const auto& c : arch.constraints.levels) {
        int i = arch.levelIndex(c.target);
        if (i < 0 || i >= out.levelCount) continue;
        auto& r = out.level[i];
        r.temporal = c.temporal;
        r.spatial = c.spatial;
        if (c.spatialXGiven) r.allowX = c.spatialX;
        if (c.spatialYGiven) r.allowY = c.spatialY;
        r.orderCount = 0;
        for (Dim d : c.order)
            if (r.orderCount < kDimCount) r.order[r.orderCount++] = d;
        r.keep = c.keep;
        r.bypass = c.bypass;
        out.any = true;
    }
    return out;
}

void applyOrder(LevelNest& level, const LevelRules& rules) {
    if (rules.orderCount < 2) return;
    std::array<bool, kDimCount> listed{};
    for (int k = 0; k < rules.orderCount; ++k) listed[static_cast<int>(rules.order[k])] = true;
    int next = 0;
    for (auto& slot : level.order)
        if (listed[static_cast<int>(slot)]) slot = rules.order[next++];
}

bool satisfiesConstraints(const MappingNest& m, const BoundConstraints& c) {
    if (!c.any) return true;
    bool ok = true;
    for (int i = 0; i < m.levelCount && i < c.levelCount && ok; ++i)
        visitViolations(m, c.level[i], i, [&](auto&&...) { ok = false; });
    return ok;
}

bool checkConstraints(const MappingNest& m, const AcceleratorArch& arch, Diagnostics& diag,
                      const std::string& path) {
    const BoundConstraints c = bindConstraints(arch);
    const int before = diag.errorCount();
    for (int i = 0; i < m.levelCount && i < c.levelCount; ++i)
        visitViolations(m, c.level[i], i,
                        [&](const std::string& field, Phrase got, Phrase expected) {
                            diag.error(path + "/levels[" + arch.levels[i].name + "]/" + field,
                                       std::move(got), std::move(expected));
                        });
    return diag.errorCount() == before;
}

}  // namespace rl::dataflow
