#include "views/dataflow/step_through_scene.h"

#include <algorithm>

#include "views/dataflow/loop_nest_scene.h"

namespace rl::views {
namespace {

constexpr int kWeights = static_cast<int>(DataSpace::weights);
constexpr int kInputs = static_cast<int>(DataSpace::inputs);

int dimOf(TensorAxis a) {
    switch (a) {
        case TensorAxis::N:
            return static_cast<int>(Dim::N);
        case TensorAxis::K:
            return static_cast<int>(Dim::K);
        case TensorAxis::C:
            return static_cast<int>(Dim::C);
        case TensorAxis::P:
            return static_cast<int>(Dim::P);
        case TensorAxis::Q:
            return static_cast<int>(Dim::Q);
        case TensorAxis::R:
            return static_cast<int>(Dim::R);
        case TensorAxis::S:
            return static_cast<int>(Dim::S);
        default:
            return -1;
    }
}

// The axes a student recognises for each tensor, channels first.
std::vector<TensorAxis> candidates(int t, const dataflow::Projection& p) {
    using A = TensorAxis;
    if (t == kWeights) {
        std::vector<A> a =
            p.depthwise ? std::vector<A>{A::C, A::R, A::S} : std::vector<A>{A::K, A::C, A::R, A::S};
        if (p.weightsPerBatch) a.push_back(A::N);
        return a;
    }
    if (t == kInputs) return {A::C, A::W, A::H, A::N};
    return p.depthwise ? std::vector<A>{A::C, A::P, A::Q, A::N}
                       : std::vector<A>{A::K, A::P, A::Q, A::N};
}

}  // namespace

void StepThroughScene::build(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    steps_.reset();
    rows_.clear();
    if (!design_ || !design_->arch) return;
    steps_ =
        std::make_unique<dataflow::StepThrough>(*design_->arch, design_->problem, design_->mapping);
    const auto& st = *steps_;
    for (int t = 0; t < kDataSpaceCount; ++t) {
        auto c = candidates(t, st.projection());
        // The two largest axes are drawn (ties: the recognisable order).
        auto sorted = c;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](TensorAxis a, TensorAxis b) { return axisSize(a) > axisSize(b); });
        auto pos = [&](TensorAxis a) { return std::find(c.begin(), c.end(), a) - c.begin(); };
        if (pos(sorted[0]) > pos(sorted[1])) std::swap(sorted[0], sorted[1]);
        axes_[t] = {sorted[0], sorted[1]};
        others_[t].assign(sorted.begin() + 2, sorted.end());
    }
    for (int i = 0; i < st.levelCount(); ++i)
        for (int t = 0; t < kDataSpaceCount; ++t)
            if (st.keeps(i, t)) rows_.push_back({i, t});
    cols_ = st.macColumns();
    rows2_ = st.macRows();
    used_.assign(static_cast<std::size_t>(cols_ * rows2_), false);
    dataflow::StepState s;
    st.indicesAt(0, s);
    DimArray at;
    for (int y = 0; y < rows2_; ++y)
        for (int x = 0; x < cols_; ++x)
            used_[static_cast<std::size_t>(y * cols_ + x)] = st.macCoordinate(s, x, y, at);
}

std::int64_t StepThroughScene::axisSize(TensorAxis a) const {
    const auto& p = steps_->problem();
    const auto& b = p.bounds;
    using D = Dim;
    auto B = [&](D d) { return b[static_cast<int>(d)]; };
    if (a == TensorAxis::W) return (B(D::P) - 1) * p.strideP + (B(D::R) - 1) * p.dilationR + 1;
    if (a == TensorAxis::H) return (B(D::Q) - 1) * p.strideQ + (B(D::S) - 1) * p.dilationS + 1;
    return b[dimOf(a)];
}

QString StepThroughScene::axisName(TensorAxis a) {
    static const char* names[] = {"N", "K", "C", "P", "Q", "R", "S", "W", "H"};
    return QString::fromLatin1(names[static_cast<int>(a)]);
}

AxisRange StepThroughScene::range(const dataflow::StepState& state, int level, TensorAxis a) const {
    const DimArray& o = state.origin[static_cast<std::size_t>(level)];
    const DimArray& e = steps_->levelSpan(level);
    const auto& p = steps_->problem();
    auto window = [&](Dim out, Dim filt, int stride, int dilation) {
        const int di = static_cast<int>(out), fi = static_cast<int>(filt);
        const std::int64_t b = o[di] * stride + o[fi] * dilation;
        return AxisRange{b, (o[di] + e[di] - 1) * stride + (o[fi] + e[fi] - 1) * dilation + 1};
    };
    if (a == TensorAxis::W) return window(Dim::P, Dim::R, p.strideP, p.dilationR);
    if (a == TensorAxis::H) return window(Dim::Q, Dim::S, p.strideQ, p.dilationS);
    const int d = dimOf(a);
    return {o[d], o[d] + e[d]};
}

AxisRange StepThroughScene::pointRange(const DimArray& point, TensorAxis a) const {
    const auto& p = steps_->problem();
    auto at = [&](Dim d) { return point[static_cast<int>(d)]; };
    std::int64_t v = 0;
    if (a == TensorAxis::W)
        v = at(Dim::P) * p.strideP + at(Dim::R) * p.dilationR;
    else if (a == TensorAxis::H)
        v = at(Dim::Q) * p.strideQ + at(Dim::S) * p.dilationS;
    else
        v = point[dimOf(a)];
    return {v, v + 1};
}

namespace {
constexpr double kMargin = 8;
}

// Rows of each column: the nest (title, levels, loops, MAC legend, note) over
// the PE area (title, one line per spatial loop) where it fits, else the PE
// area under the three tensors; the counters (header, rows, MACs, note, this
// step's list).
double StepThroughScene::requiredHeight(double minRow, double nestExtraRows) const {
    if (!steps_) return 0;
    // Two rows for the sentence saying there are none.
    const double spatial = std::max<double>(2, static_cast<double>(steps_->spatialLoops().size()));
    const double nest = (2.7 + nestExtraRows + steps_->levelCount() + steps_->loopCount()) * minRow;
    const double gridH = steps_->macRows() * 5.0;
    const double right = (5.6 + 2.0 * static_cast<double>(rows_.size())) * minRow;
    const double middle = 3 * (3 * minRow + 30);
    const double peBeside = minRow + 2 + std::max(gridH, spatial * minRow) + kMargin;
    const double peUnderNest = std::max({nest + (1.7 + spatial) * minRow + gridH, right, middle});
    const double peUnderTensors = std::max({nest, right, middle + peBeside});
    return std::min(peUnderNest, peUnderTensors) + 3 * kMargin;
}

double StepThroughScene::nestWidth(double width) {
    return std::clamp(width * 0.24, 220.0, 320.0) - kMargin;
}

void StepThroughScene::layout(QSizeF size, double minRow, double nestExtraRows) {
    const double m = kMargin, w = size.width(), h = size.height();
    // Left: the loop nest (over the PE grid where it fits); right: the
    // counters; middle: the three tensors stacked (over the PE grid when it
    // does not fit on the left). Rows as tall as the left column allows.
    const double leftW = nestWidth(w) + m;
    const double rightW = std::clamp(w * 0.38, 370.0, 460.0);
    const double midL = leftW + 2 * m, midR = w - rightW - m;
    const double midW = std::max(40.0, midR - midL);
    const double spatialRows =
        steps_ ? std::max(2.0, static_cast<double>(steps_->spatialLoops().size())) : 2;
    const double gridRows = steps_ ? steps_->macRows() : 1;
    const double gridCols = steps_ ? steps_->macColumns() : 1;
    const double nestRows =
        (steps_ ? 2.7 + steps_->levelCount() + steps_->loopCount() : 4) + nestExtraRows;
    const double peRows = 1.7 + spatialRows;
    const double underNest = nestRows * minRow + peRows * minRow + gridRows * 5 + 3 * m;
    double tensorsBottom = h - m;
    if (!steps_ || h >= underNest) {
        const double gridH =
            std::clamp(h - 3 * m - (nestRows + peRows) * minRow, gridRows * 5, gridRows * 12);
        row_ =
            std::clamp((h - 3 * m - gridH) / (nestRows + peRows), minRow, std::max(minRow, 19.0));
        const double peH = row_ * peRows + gridH + m;
        nest_ = QRectF(m, m, leftW - m, h - 2 * m - peH);
        pe_ = QRectF(m, nest_.bottom() + m, leftW - m, peH - m);
        const double availH = pe_.height() - row_ - 2 - (spatialRows + 0.2) * row_;
        peCell_ = std::clamp(std::min(pe_.width() / gridCols, availH / gridRows), 2.0, 14.0);
        peText_ = QRectF(pe_.left(), pe_.top() + row_ + 2 + gridRows * peCell_ + 6, pe_.width(),
                         spatialRows * row_);
    } else {
        // The PE grid beside its spatial loops, under the tensors.
        row_ = std::clamp((h - 2 * m) / nestRows, minRow, std::max(minRow, 19.0));
        nest_ = QRectF(m, m, leftW - m, h - 2 * m);
        peCell_ =
            std::clamp(std::min(midW * 0.4 / gridCols, spatialRows * row_ / gridRows), 5.0, 12.0);
        const double gridW = gridCols * peCell_;
        const double peH = row_ + 2 + std::max(gridRows * peCell_, spatialRows * row_);
        pe_ = QRectF(midL, h - m - peH, midW, peH);
        peText_ = QRectF(midL + gridW + 10, pe_.top() + row_ + 2, std::max(0.0, midW - gridW - 10),
                         spatialRows * row_);
        tensorsBottom = pe_.top() - m;
    }
    // Rows no taller than lets the counters, this step's list and the note
    // (about three rows) fit too.
    const double counterRows = 5.6 + 2.0 * static_cast<double>(rows_.size()) + 3.4;
    row_ = std::min(row_, std::max(minRow, (h - 2 * m) / counterRows));
    counters_ = QRectF(w - rightW, m, rightW - m, h - 2 * m);
    const double panelH = (tensorsBottom - m) / 3.0;
    for (int t = 0; t < kDataSpaceCount; ++t) {
        tensor_[t] = QRectF(midL, m + t * panelH, midW, panelH - 4);
        QRectF g = tensor_[t].adjusted(44, row_ + 4, -6, -2 * row_ - 2);
        if (!steps_) {
            grid_[t] = g;
            continue;
        }
        // Cells no more elongated than needed, so a 1 x 18 input strip does
        // not fill the panel's height.
        const double rowsN = static_cast<double>(axisSize(axes_[t][0]));
        const double colsN = static_cast<double>(axisSize(axes_[t][1]));
        double cw = g.width() / colsN, ch = g.height() / rowsN;
        ch = std::min(ch, std::max(cw, 28.0));
        cw = std::min(cw, std::max(ch, 28.0));
        grid_[t] = QRectF(g.left(), g.top(), cw * colsN, ch * rowsN);
    }
}

QRectF StepThroughScene::cellRect(int t, AxisRange rows, AxisRange columns) const {
    const QRectF& g = grid_[t];
    const double rowsN = static_cast<double>(axisSize(axes_[t][0]));
    const double colsN = static_cast<double>(axisSize(axes_[t][1]));
    QRectF r(g.left() + g.width() * static_cast<double>(columns.begin) / colsN,
             g.top() + g.height() * static_cast<double>(rows.begin) / rowsN,
             g.width() * static_cast<double>(columns.end - columns.begin) / colsN,
             g.height() * static_cast<double>(rows.end - rows.begin) / rowsN);
    // Never thinner than two pixels, or a single row of 256 vanishes.
    if (r.width() < 2) r.adjust(-(2 - r.width()) / 2, 0, (2 - r.width()) / 2, 0);
    if (r.height() < 2) r.adjust(0, -(2 - r.height()) / 2, 0, (2 - r.height()) / 2);
    return r;
}

QRectF StepThroughScene::tileRect(const dataflow::StepState& state, int level, int t) const {
    return cellRect(t, range(state, level, axes_[t][0]), range(state, level, axes_[t][1]));
}

void StepThroughScene::macPoints(const dataflow::StepState& state,
                                 std::vector<DimArray>& out) const {
    out.clear();
    DimArray at;
    for (int y = 0; y < rows2_; ++y)
        for (int x = 0; x < cols_; ++x)
            if (peUsed(x, y) && steps_->macCoordinate(state, x, y, at)) out.push_back(at);
}

QRectF StepThroughScene::peCell(int x, int y) const {
    const double gap = peCell_ > 5 ? 1 : 0;
    return QRectF(pe_.left() + x * peCell_, pe_.top() + row_ + 2 + y * peCell_, peCell_ - gap,
                  peCell_ - gap);
}

QString StepThroughScene::tensorName(int t) {
    // The loop-nest view's names (one table), capitalised as a panel title.
    QString name = LoopNestScene::tensorName(t);
    if (!name.isEmpty()) name[0] = name[0].toUpper();
    return name;
}

QString StepThroughScene::levelName(int level) const {
    if (level >= steps_->levelCount()) return tr("MACs");
    return QString::fromStdString(design_->arch->levels[static_cast<std::size_t>(level)].name);
}

QString StepThroughScene::loopText(int k) const {
    const auto& l = steps_->loop(k);
    return tr("for %1 in [0, %2)").arg(QChar::fromLatin1(dimLetter(l.dim))).arg(l.factor);
}

QString StepThroughScene::otherAxesText(const dataflow::StepState& state, int level, int t) const {
    QStringList parts;
    for (TensorAxis a : others_[t]) {
        const auto n = axisSize(a);
        if (n <= 1) continue;
        const AxisRange r = range(state, level, a);
        parts << (r.end - r.begin == 1
                      ? tr("%1 = %2 of %3").arg(axisName(a)).arg(r.begin).arg(n)
                      : tr("%1 %2–%3 of %4").arg(axisName(a)).arg(r.begin).arg(r.end - 1).arg(n));
    }
    return parts.join(QStringLiteral(" · "));
}

}  // namespace rl::views
