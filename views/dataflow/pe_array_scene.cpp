#include "views/dataflow/pe_array_scene.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

#include "core/dataflow/loop_list.h"
#include "views/common/format.h"

namespace rl::views {

namespace {

QString letter(Dim d) { return QString(QChar::fromLatin1(dimLetter(d))); }
QString axisName(bool alongX) { return alongX ? QStringLiteral("X") : QStringLiteral("Y"); }

int meshAlong(const AcceleratorArch& arch, int level, bool alongX) {
    if (level >= static_cast<int>(arch.levels.size()))
        return alongX ? arch.mac.meshX : arch.mac.meshY();
    return alongX ? arch.levels[level].meshX : arch.levels[level].meshY();
}

int fanoutAlong(const AcceleratorArch& arch, int level, bool alongX) {
    return alongX ? dataflow::fanoutX(arch, level) : dataflow::fanoutY(arch, level);
}

}  // namespace

QString PeArrayScene::dimensionName(Dim d) {
    switch (d) {
        case Dim::N:
            return tr("batch");
        case Dim::K:
            return tr("output channels");
        case Dim::C:
            return tr("input channels");
        case Dim::P:
            return tr("output width");
        case Dim::Q:
            return tr("output height");
        case Dim::R:
            return tr("filter width");
        case Dim::S:
            return tr("filter height");
    }
    return {};
}

void PeArrayScene::build(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    spreads_.clear();
    x_ = {};
    y_ = {};
    cells_.clear();
    rulers_.clear();
    dividers_.clear();
    legend_.clear();
    grid_ = {};
    cols_ = rows_ = 0;
    if (design_ && (!design_->arch || design_->mapping.levelCount <= 0 ||
                    design_->mapping.levelCount > static_cast<int>(design_->arch->levels.size())))
        design_.reset();
    if (!design_) return;
    const auto& arch = *design_->arch;
    cols_ = std::max(1, arch.mac.meshX);
    rows_ = std::max(1, arch.mac.meshY());
    for (const auto& loop : dataflow::loopList(design_->mapping)) {
        if (!loop.spatial()) continue;
        PeSpread s;
        s.level = loop.level;
        s.dim = loop.dim;
        s.factor = loop.factor;
        s.alongX = loop.kind == dataflow::LoopKind::spatialX;
        spreads_.push_back(s);
    }
    buildAxis(true);
    buildAxis(false);
}

void PeArrayScene::buildAxis(bool alongX) {
    Axis& a = alongX ? x_ : y_;
    const auto& arch = *design_->arch;
    const int n = design_->mapping.levelCount;
    const std::int64_t len = alongX ? cols_ : rows_;
    for (int id = 0; id < static_cast<int>(spreads_.size()); ++id)
        if (spreads_[id].alongX == alongX) a.spreadIds.push_back(id);
    // Per level: PEs under one child along the axis, the fanout, and the
    // level's spreads with the product of the factors inside each.
    struct LevelAxis {
        std::int64_t child = 1;
        int fanout = 1;
        std::int64_t used = 1;  // product of the level's factors on this axis
        std::vector<std::pair<int, std::int64_t>> spreads;  // spread id, product of inner factors
    };
    std::vector<LevelAxis> levels(n);
    for (int i = 0; i < n; ++i) {
        auto& L = levels[i];
        L.child = std::max<std::int64_t>(1, len / std::max(1, meshAlong(arch, i + 1, alongX)));
        L.fanout = fanoutAlong(arch, i, alongX);
        for (auto it = a.spreadIds.rbegin(); it != a.spreadIds.rend(); ++it) {
            auto& s = spreads_[*it];
            if (s.level != i) continue;
            s.stride = L.used * L.child;
            s.fanout = L.fanout;
            L.spreads.insert(L.spreads.begin(), {*it, L.used});
            L.used *= s.factor;
        }
        if (L.fanout > 1 && L.child > 1) a.childBlocks.push_back(L.child);
    }
    if (tooLarge()) return;
    a.used.assign(len, 1);
    a.index.assign(a.spreadIds.size(), std::vector<int>(len, -1));
    std::vector<int> slot(spreads_.size(), -1);
    for (std::size_t k = 0; k < a.spreadIds.size(); ++k) slot[a.spreadIds[k]] = static_cast<int>(k);
    std::vector<int> idx(a.spreadIds.size(), -1);
    for (std::int64_t p = 0; p < len; ++p) {
        bool used = true;
        for (const auto& L : levels) {
            const std::int64_t fi = (p / L.child) % std::max(1, L.fanout);
            if (fi >= L.used) used = false;
            for (const auto& [id, inner] : L.spreads)
                idx[slot[id]] = static_cast<int>((fi / inner) % spreads_[id].factor);
        }
        a.used[p] = used;
        if (used)
            for (std::size_t k = 0; k < idx.size(); ++k) a.index[k][p] = idx[k];
    }
    a.usedPrefix.assign(len + 1, 0);
    for (std::int64_t p = 0; p < len; ++p) a.usedPrefix[p + 1] = a.usedPrefix[p] + a.used[p];
}

std::int64_t PeArrayScene::busy() const {
    if (!design_) return 0;
    if (tooLarge()) {
        std::int64_t b = 1;
        for (const auto& s : spreads_) b *= s.factor;
        return b;
    }
    return x_.usedPrefix.back() * y_.usedPrefix.back();
}

bool PeArrayScene::busyAt(std::int64_t x, std::int64_t y) const {
    if (!design_ || tooLarge() || x < 0 || y < 0 || x >= cols_ || y >= rows_) return false;
    return x_.used[x] && y_.used[y];
}

QString PeArrayScene::sentence() const {
    if (!design_) return {};
    const auto& arch = *design_->arch;
    const int n = design_->mapping.levelCount;
    int fanningLevels = 0;
    for (int i = 0; i < n; ++i)
        if (dataflow::fanoutX(arch, i) * dataflow::fanoutY(arch, i) > 1) ++fanningLevels;
    QStringList clauses;
    for (int i = 0; i < n; ++i) {
        for (bool alongX : {true, false}) {
            const int fanout = fanoutAlong(arch, i, alongX);
            if (fanout <= 1) continue;
            QStringList parts;
            std::int64_t used = 1;
            for (const auto& s : spreads_)
                if (s.level == i && s.alongX == alongX) {
                    parts << QStringLiteral("%1=%2").arg(letter(s.dim)).arg(s.factor);
                    used *= s.factor;
                }
            QString clause;
            if (parts.isEmpty()) {
                clause = tr("nothing across %1").arg(axisName(alongX));
            } else {
                QString body = parts.join(QStringLiteral(" × "));
                if (used < fanout)
                    body = parts.size() == 1
                               ? tr("%1 of %2").arg(body, fmtExact(fanout))
                               : tr("%1 = %2 of %3").arg(body, fmtExact(used), fmtExact(fanout));
                clause = tr("%1 across %2").arg(body, axisName(alongX));
            }
            if (fanningLevels > 1)
                clause = tr("%1 below %2").arg(clause, QString::fromStdString(arch.levels[i].name));
            clauses << clause;
        }
    }
    const QString head = fmtExact(busy());
    const QString total = fmtExact(cols_ * rows_);
    if (cols_ * rows_ == 1)
        return tr(
            "1 of 1 PE busy: the architecture has a single MAC, so nothing is spread "
            "across PEs");
    if (clauses.isEmpty()) return tr("%1 of %2 PEs busy").arg(head, total);
    return tr("%1 of %2 PEs busy: %3").arg(head, total, clauses.join(QStringLiteral(", ")));
}

QString PeArrayScene::describePe(std::int64_t x, std::int64_t y) const {
    if (!design_ || x < 0 || y < 0 || x >= cols_ || y >= rows_) return {};
    const QString where = tr("PE (%1, %2)").arg(x).arg(y);
    if (!busyAt(x, y)) return tr("%1: idle").arg(where);
    QStringList parts;
    for (bool alongX : {true, false}) {
        const Axis& a = alongX ? x_ : y_;
        for (std::size_t k = 0; k < a.spreadIds.size(); ++k)
            parts << QStringLiteral("%1 %2")
                         .arg(letter(spreads_[a.spreadIds[k]].dim))
                         .arg(a.index[k][alongX ? x : y]);
    }
    return parts.isEmpty() ? tr("%1: busy").arg(where)
                           : tr("%1: busy with %2").arg(where, parts.join(QStringLiteral(", ")));
}

QString PeArrayScene::blockNote() const {
    if (!design_) return {};
    if (tooLarge())
        return tr("%1 × %2 PEs: too many to draw").arg(fmtExact(cols_), fmtExact(rows_));
    if (block_ <= 1) return {};
    const auto blocks = [&](std::int64_t len) { return (len + block_ - 1) / block_; };
    return tr("%1 × %2 PEs, drawn as %3 × %4 blocks of %5 × %5 PEs")
        .arg(fmtExact(cols_), fmtExact(rows_), fmtExact(blocks(cols_)), fmtExact(blocks(rows_)),
             fmtExact(block_));
}

double PeArrayScene::px(std::int64_t pe, bool alongX) const {
    return alongX ? grid_.left() + pe * pePx_ : grid_.top() + pe * pePx_;
}

void PeArrayScene::layout(const QRectF& area, const Measure& measure) {
    cells_.clear();
    rulers_.clear();
    dividers_.clear();
    legend_.clear();
    grid_ = {};
    block_ = 1;
    if (!design_) return;
    const double lineH = measure(QStringLiteral("Ag")).height();
    const double bandH = lineH + 6;
    double bandW = 0, nameW = 0;
    for (const auto& s : spreads_) {
        const QString name = QStringLiteral("%1 ×%2").arg(letter(s.dim)).arg(s.factor);
        if (s.alongX)
            nameW = std::max(nameW, measure(name).width() + 10);
        else
            bandW = std::max({bandW, measure(name).width() + 8,
                              measure(QString::number(s.factor - 1)).width() + 10, 24.0});
    }
    const int nX = static_cast<int>(x_.spreadIds.size()),
              nY = static_cast<int>(y_.spreadIds.size());
    // The legend goes right of everything; its width follows its text.
    std::vector<PeLegendEntry> entries;
    const auto& arch = *design_->arch;
    for (const auto& s : spreads_)
        entries.push_back(
            {static_cast<int>(s.dim),
             tr("%1 = %2 across %3").arg(letter(s.dim)).arg(s.factor).arg(axisName(s.alongX)),
             tr("%1 · fanout of %2")
                 .arg(dimensionName(s.dim), QString::fromStdString(arch.levels[s.level].name)),
             {}});
    // block_ is not known yet; compute the grid first, then the notes.
    double legendW = 160;
    for (const auto& e : entries)
        legendW = std::max({legendW, measure(e.text).width() + 30, measure(e.detail).width() + 30});
    legendW = std::min(legendW, area.width() * 0.38);
    const double left = area.left() + nY * bandW + (nY ? 6 : 0);
    const double top = area.top() + nX * bandH + (nX ? 6 : 0);
    const double right = area.right() - legendW - 20 - nameW;
    const double bottom = area.bottom() - (nY ? bandH + 6 : 0);
    if (!tooLarge() && right > left && bottom > top) {
        pePx_ = std::min({(right - left) / cols_, (bottom - top) / rows_, 56.0});
        if (pePx_ < kMinCell) {
            // Squares of a power of two PEs, so blocks line up with the usual
            // power-of-two arrays and fanouts.
            const auto want = static_cast<std::int64_t>(std::ceil(kMinCell / pePx_));
            while (block_ < want) block_ *= 2;
        }
        grid_ = QRectF(left, top, cols_ * pePx_, rows_ * pePx_);
        const Axis& ax = x_;
        const Axis& ay = y_;
        for (std::int64_t by = 0; by < rows_; by += block_) {
            const std::int64_t y1 = std::min(rows_, by + block_);
            for (std::int64_t bx = 0; bx < cols_; bx += block_) {
                const std::int64_t x1 = std::min(cols_, bx + block_);
                PeCell c;
                c.rect = QRectF(QPointF(px(bx, true), px(by, false)),
                                QPointF(px(x1, true), px(y1, false)));
                c.pes = (x1 - bx) * (y1 - by);
                c.busy = (ax.usedPrefix[x1] - ax.usedPrefix[bx]) *
                         (ay.usedPrefix[y1] - ay.usedPrefix[by]);
                auto firstUsed = [](const Axis& a, std::int64_t from, std::int64_t to) {
                    for (std::int64_t p = from; p < to; ++p)
                        if (a.used[p]) return p;
                    return std::int64_t{-1};
                };
                const std::int64_t fx = firstUsed(ax, bx, x1), fy = firstUsed(ay, by, y1);
                if (!ax.spreadIds.empty() && fx >= 0) {
                    c.xSpread = ax.spreadIds.back();
                    c.xIndex = ax.index.back()[fx];
                }
                if (!ay.spreadIds.empty() && fy >= 0) {
                    c.ySpread = ay.spreadIds.back();
                    c.yIndex = ay.index.back()[fy];
                }
                cells_.push_back(c);
            }
        }
        layoutRulers(measure, bandH, bandW);
        layoutDividers();
    }
    if (spreads_.empty()) entries.push_back({-3, tr("busy PE"), {}, {}});
    if (busy() < cols_ * rows_) entries.push_back({-1, tr("idle PE"), {}, {}});
    if (!x_.spreadIds.empty() && !y_.spreadIds.empty())
        entries.push_back({-2,
                           tr("Each PE: its X dimension in the upper-left half, its Y dimension "
                              "in the lower-right half; lines between blocks of outer loops."),
                           {},
                           {}});
    entries.push_back(
        {-2,
         tr("%1 × %2 %3 instances (PEs)")
             .arg(fmtExact(cols_), fmtExact(rows_), QString::fromStdString(arch.mac.name)),
         {},
         {}});
    if (!blockNote().isEmpty()) entries.push_back({-2, blockNote(), {}, {}});
    legend_ = std::move(entries);
    layoutLegend(QRectF(area.right() - legendW, area.top(), legendW, area.height()), measure,
                 lineH);
}

void PeArrayScene::layoutRulers(const Measure& measure, double bandH, double bandW) {
    for (bool alongX : {true, false}) {
        const Axis& a = alongX ? x_ : y_;
        const int n = static_cast<int>(a.spreadIds.size());
        const std::int64_t len = alongX ? cols_ : rows_;
        for (int k = 0; k < n; ++k) {
            const auto& s = spreads_[a.spreadIds[k]];
            PeRuler r;
            r.spread = a.spreadIds[k];
            r.name = QStringLiteral("%1 ×%2").arg(letter(s.dim)).arg(s.factor);
            if (alongX) {
                const double y = grid_.top() - 6 - (n - k) * bandH;
                r.rect = QRectF(grid_.left(), y, grid_.width(), bandH - 2);
                r.nameRect = QRectF(grid_.right() + 6, y, measure(r.name).width() + 4, bandH - 2);
            } else {
                const double x = grid_.left() - 6 - (n - k) * bandW;
                r.rect = QRectF(x, grid_.top(), bandW - 2, grid_.height());
                r.nameRect = QRectF(x, grid_.bottom() + 6, bandW - 2, bandH - 2);
            }
            // Runs of PEs with the same index make the segments.
            std::int64_t start = 0;
            for (std::int64_t p = 1; p <= len; ++p) {
                if (p < len && a.index[k][p] == a.index[k][start]) continue;
                if (a.index[k][start] >= 0) {
                    PeRulerSegment seg;
                    seg.index = a.index[k][start];
                    seg.rect = alongX ? QRectF(px(start, true), r.rect.top(), (p - start) * pePx_,
                                               r.rect.height())
                                      : QRectF(r.rect.left(), px(start, false), r.rect.width(),
                                               (p - start) * pePx_);
                    r.segments.push_back(seg);
                }
                start = p;
            }
            // Segments under 3 px become one band in the dimension's colour.
            for (const auto& seg : r.segments)
                if ((alongX ? seg.rect.width() : seg.rect.height()) < 3) r.solid = true;
            rulers_.push_back(std::move(r));
        }
    }
}

void PeArrayScene::layoutDividers() {
    for (bool alongX : {true, false}) {
        const Axis& a = alongX ? x_ : y_;
        const std::int64_t len = alongX ? cols_ : rows_;
        double last = -1e9;
        for (std::int64_t p = 1; p < len; ++p) {
            // Between blocks of the outer spreads (all but the innermost).
            int weight = 0;
            if (a.used[p] && a.used[p - 1])
                for (std::size_t k = 0; k + 1 < a.spreadIds.size(); ++k)
                    if (a.index[k][p] != a.index[k][p - 1]) ++weight;
            bool child = false;
            for (auto c : a.childBlocks) child |= p % c == 0;
            if (weight == 0 && !child) continue;
            const double at = px(p, alongX);
            if (at - last < 4) continue;  // too dense to help
            last = at;
            PeDivider d;
            d.weight = std::max(1, weight);
            d.dashed = weight == 0;
            d.line = alongX ? QLineF(at, grid_.top(), at, grid_.bottom())
                            : QLineF(grid_.left(), at, grid_.right(), at);
            dividers_.push_back(d);
        }
    }
}

void PeArrayScene::layoutLegend(const QRectF& box, const Measure& measure, double lineH) {
    double y = box.top();
    for (auto& e : legend_) {
        // Notes wrap: as many lines as their width asks for.
        const double lines =
            e.dim == -2 ? std::ceil(measure(e.text).width() * 1.15 / std::max(1.0, box.width() - 8))
                        : 1;
        const double h = lineH * (e.detail.isEmpty() ? lines : 2) + 4;
        e.rect = QRectF(box.left(), y, box.width(), h);
        y += h + 6;
    }
}

QPoint PeArrayScene::peAt(const QPointF& p) const {
    if (!design_ || tooLarge() || !grid_.contains(p) || pePx_ <= 0) return {-1, -1};
    const auto x = static_cast<int>((p.x() - grid_.left()) / pePx_);
    const auto y = static_cast<int>((p.y() - grid_.top()) / pePx_);
    if (x >= cols_ || y >= rows_) return {-1, -1};
    return {x, y};
}

std::vector<std::vector<std::string>> PeArrayScene::csvRows() const {
    if (!design_) return {};
    const auto& arch = *design_->arch;
    std::vector<std::vector<std::string>> out;
    out.push_back({"level", "axis", "dimension", "factor", "level_fanout", "pe_stride"});
    for (int i = 0; i < design_->mapping.levelCount; ++i)
        for (bool alongX : {true, false}) {
            const int fanout = fanoutAlong(arch, i, alongX);
            bool any = false;
            for (const auto& s : spreads_)
                if (s.level == i && s.alongX == alongX) {
                    any = true;
                    out.push_back({arch.levels[i].name, alongX ? "X" : "Y",
                                   std::string(1, dimLetter(s.dim)), std::to_string(s.factor),
                                   std::to_string(fanout), std::to_string(s.stride)});
                }
            if (!any && fanout > 1)
                out.push_back(
                    {arch.levels[i].name, alongX ? "X" : "Y", "", "1", std::to_string(fanout), ""});
        }
    return out;
}

}  // namespace rl::views
