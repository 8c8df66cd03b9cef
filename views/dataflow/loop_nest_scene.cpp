#include "views/dataflow/loop_nest_scene.h"

#include "views/common/format.h"

namespace rl::views {

using dataflow::LoopEntry;
using dataflow::LoopKind;

namespace {

QString letter(Dim d) { return QString(QChar::fromLatin1(dimLetter(d))); }

QString axisName(LoopKind k) {
    return k == LoopKind::spatialX ? QStringLiteral("X") : QStringLiteral("Y");
}

QString joinNames(const QStringList& names) {
    return names.join(QCoreApplication::translate("rl::views::LoopNestScene", ", "));
}

}  // namespace

QString LoopNestScene::loopText(const LoopEntry& loop) {
    if (loop.spatial())
        return tr("spatial_for %1 in [0:%2) across %3")
            .arg(letter(loop.dim))
            .arg(loop.factor)
            .arg(axisName(loop.kind));
    return QStringLiteral("for %1 in [0:%2)").arg(letter(loop.dim)).arg(loop.factor);
}

QString LoopNestScene::tensorName(int t) {
    switch (t) {
        case 0:
            return tr("weights");
        case 1:
            return tr("inputs");
        default:
            return tr("outputs");
    }
}

QString LoopNestScene::extentsText(int t, const DimArray& e) const {
    if (!design_) return {};
    const dataflow::Projection proj(design_->problem);
    QStringList parts;
    auto add = [&](const QString& name, std::int64_t v) {
        if (v > 1) parts << QStringLiteral("%1 %2").arg(name).arg(v);
    };
    if (t == static_cast<int>(DataSpace::inputs)) {
        // Inputs are a window: P and R (Q and S) together set its width (height).
        auto E = [&](Dim d) { return e[static_cast<int>(d)]; };
        add(QStringLiteral("N"), E(Dim::N));
        add(QStringLiteral("C"), E(Dim::C));
        add(tr("W"), (E(Dim::P) - 1) * proj.strideP + (E(Dim::R) - 1) * proj.dilationR + 1);
        add(tr("H"), (E(Dim::Q) - 1) * proj.strideQ + (E(Dim::S) - 1) * proj.dilationS + 1);
    } else {
        for (Dim d : kAllDims)
            if (proj.relevant[t][static_cast<int>(d)]) add(letter(d), e[static_cast<int>(d)]);
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" × "));
}

void LoopNestScene::build(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    loops_.clear();
    rows_.clear();
    content_ = {};
    if (!design_ || !design_->arch) return;
    const auto& arch = *design_->arch;
    const auto& m = design_->mapping;
    if (m.levelCount <= 0 || m.levelCount > static_cast<int>(arch.levels.size())) return;
    loops_ = dataflow::loopList(m);
    std::size_t k = 0;
    for (int i = 0; i < m.levelCount; ++i) {
        const auto& a = arch.levels[i];
        QStringList kept, bypassed;
        for (int t = 0; t < kDataSpaceCount; ++t)
            (m.levels[i].keep[t] ? kept : bypassed) << tensorName(t);
        QStringList detail;
        detail << (a.capacityWords > 0
                       ? tr("%1 words").arg(fmtExact(static_cast<double>(a.capacityWords)))
                       : tr("unbounded"));
        if (a.instances > 1) detail << tr("%1 instances").arg(a.instances);
        QStringList tensors;
        if (kept.isEmpty())
            tensors << tr("bypasses all");
        else
            tensors << tr("keeps %1").arg(joinNames(kept));
        if (!kept.isEmpty() && !bypassed.isEmpty())
            tensors << tr("bypasses %1").arg(joinNames(bypassed));
        LoopNestRow header;
        header.kind = LoopNestRow::Kind::level;
        header.level = i;
        header.depth = static_cast<int>(k);
        header.text = qstr(a.name);
        header.detail = detail.join(QStringLiteral(" · "));
        header.tensors = tensors.join(QStringLiteral(" · "));
        rows_.push_back(header);
        for (; k < loops_.size() && loops_[k].level == i; ++k) {
            LoopNestRow row;
            row.kind = LoopNestRow::Kind::loop;
            row.level = i;
            row.loop = static_cast<int>(k);
            row.depth = static_cast<int>(k);
            row.text = loopText(loops_[k]);
            rows_.push_back(row);
        }
    }
    LoopNestRow mac;
    mac.kind = LoopNestRow::Kind::compute;
    mac.level = m.levelCount - 1;
    mac.depth = static_cast<int>(loops_.size());
    mac.text = qstr(arch.mac.name);
    if (arch.mac.instances > 1) mac.detail = tr("%1 instances").arg(arch.mac.instances);
    rows_.push_back(mac);
}

void LoopNestScene::layout(double left, double top, double right, double rowHeight,
                           double headerHeight, double indentStep) {
    double y = top;
    double deepest = left;
    for (auto& row : rows_) {
        const double x = left + row.depth * indentStep;
        const double h = row.kind == LoopNestRow::Kind::level ? headerHeight : rowHeight;
        row.rect = QRectF(x, y, std::max(0.0, right - x), h);
        deepest = std::max(deepest, x);
        y += h;
    }
    content_ = QSizeF(std::max(right, deepest), y);
}

int LoopNestScene::rowAt(const QPointF& p) const {
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (rows_[r].rect.contains(p)) return static_cast<int>(r);
    return -1;
}

int LoopNestScene::rowOfLoop(int loop) const {
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (rows_[r].kind == LoopNestRow::Kind::loop && rows_[r].loop == loop)
            return static_cast<int>(r);
    return -1;
}

int LoopNestScene::rowOfLevel(int level) const {
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (rows_[r].kind == LoopNestRow::Kind::level && rows_[r].level == level)
            return static_cast<int>(r);
    return -1;
}

LoopSweep LoopNestScene::sweep(int r) const {
    if (!design_ || r < 0 || r >= static_cast<int>(rows_.size())) return {};
    const auto& row = rows_[r];
    const QString levelName = qstr(design_->arch->levels[row.level].name);
    switch (row.kind) {
        case LoopNestRow::Kind::loop:
            return sweepFrom(static_cast<std::size_t>(row.loop), row.level,
                             tr("%1 at %2").arg(row.text, levelName), &loops_[row.loop]);
        case LoopNestRow::Kind::level:
            return sweepFrom(dataflow::firstLoopAtOrBelow(loops_, row.level), row.level,
                             tr("Tile resident at %1").arg(levelName), nullptr);
        case LoopNestRow::Kind::compute:
            break;
    }
    return {};
}

LoopSweep LoopNestScene::sweepFrom(std::size_t first, int level, const QString& title,
                                   const LoopEntry* loop) const {
    LoopSweep s;
    s.title = title;
    s.level = qstr(design_->arch->levels[level].name);
    s.loop = loop != nullptr;
    const dataflow::Projection proj(design_->problem);
    const DimArray whole = dataflow::sweptExtents(loops_, first);
    const DimArray step = dataflow::sweptExtents(loops_, loop ? first + 1 : first);
    const auto& evalLevel = design_->evaluation.level[level];
    QStringList reused, multicast, reduced;
    for (int t = 0; t < kDataSpaceCount; ++t) {
        auto& ts = s.tensors[t];
        ts.name = tensorName(t);
        ts.extents = extentsText(t, whole);
        ts.words = proj.footprint(t, whole);
        ts.stepWords = proj.footprint(t, step);
        ts.indexed = !loop || proj.relevant[t][static_cast<int>(loop->dim)];
        ts.kept = design_->mapping.levels[level].keep[t];
        ts.levelWords = ts.kept ? evalLevel.tensor[t].tileWords : 0;
        if (!ts.indexed) {
            if (!loop->spatial())
                reused << ts.name;
            else if (t == static_cast<int>(DataSpace::outputs))
                reduced << ts.name;
            else
                multicast << ts.name;
        }
    }
    if (loop) {
        const QString d = letter(loop->dim);
        if (!reused.isEmpty())
            s.notes << tr("%1 does not index %2: the same tile is reused in place for all %3 "
                          "steps.")
                           .arg(d, joinNames(reused))
                           .arg(loop->factor);
        if (!multicast.isEmpty())
            s.notes << tr("%1 does not index %2: the same words go to all %3 instances "
                          "(multicast).")
                           .arg(d, joinNames(multicast))
                           .arg(loop->factor);
        if (!reduced.isEmpty())
            s.notes << tr("%1 does not index %2: the partial sums of %3 instances are added up "
                          "(spatial reduction).")
                           .arg(d, joinNames(reduced))
                           .arg(loop->factor);
    }
    return s;
}

std::vector<std::vector<std::string>> LoopNestScene::csvRows() const {
    if (!design_ || rows_.empty()) return {};
    std::vector<std::vector<std::string>> out;
    out.push_back({"level", "kind", "dimension", "factor", "weights_words_swept",
                   "inputs_words_swept", "outputs_words_swept"});
    const dataflow::Projection proj(design_->problem);
    for (std::size_t k = 0; k < loops_.size(); ++k) {
        const auto& l = loops_[k];
        const DimArray e = dataflow::sweptExtents(loops_, k);
        const char* kind = l.kind == LoopKind::temporal   ? "temporal"
                           : l.kind == LoopKind::spatialX ? "spatial X"
                                                          : "spatial Y";
        out.push_back({design_->arch->levels[l.level].name, kind, std::string(1, dimLetter(l.dim)),
                       std::to_string(l.factor), std::to_string(proj.footprint(0, e)),
                       std::to_string(proj.footprint(1, e)), std::to_string(proj.footprint(2, e))});
    }
    return out;
}

}  // namespace rl::views
