#include "views/dataflow/level_nest_model.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include "views/dataflow/pe_array_scene.h"

namespace rl::views {

QString dimMeaning(Dim d) {
    // "K: output channels": the letter and the PE-array view's name for it (one table).
    return QStringLiteral("%1: %2").arg(QChar(dimLetter(d)), PeArrayScene::dimensionName(d));
}

LevelNestModel::LevelNestModel(QObject* parent) : ProblemCellsModel(ColumnCount, parent) {}

void LevelNestModel::setLoops(const LevelLoops& loops, const DimArray* bounds) {
    loops_ = loops;
    boundsKnown_ = bounds != nullptr;
    bounds_ = bounds ? *bounds : kOnes;
    Q_EMIT dataChanged(index(0, 0), index(kDimCount - 1, ColumnCount - 1));
}

int LevelNestModel::rowOf(Dim d) const {
    for (int r = 0; r < kDimCount; ++r)
        if (loops_.order[r] == d) return r;
    return -1;
}

std::int64_t LevelNestModel::factor(Dim d, int column) const {
    const int i = static_cast<int>(d);
    switch (column) {
        case Temporal:
            return loops_.temporal[i];
        case SpatialX:
            return loops_.spatialX[i];
        case SpatialY:
            return loops_.spatialY[i];
        default:
            return 1;
    }
}

int LevelNestModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kDimCount;
}

QVariant LevelNestModel::cellData(const QModelIndex& index, int role) const {
    const Dim d = loops_.order[index.row()];
    const int di = static_cast<int>(d);
    const int col = index.column();
    const bool trivial = boundsKnown_ && bounds_[di] == 1;
    switch (role) {
        case Qt::DisplayRole:
            if (col == Loop)
                return boundsKnown_
                           ? tr("%1 of %2").arg(QChar::fromLatin1(dimLetter(d))).arg(bounds_[di])
                           : QString(QChar::fromLatin1(dimLetter(d)));
            return factor(d, col) > 0 ? QString::number(factor(d, col)) : QStringLiteral("?");
        case Qt::EditRole:
            if (col == Loop) return QString(QChar::fromLatin1(dimLetter(d)));
            return static_cast<int>(std::max<std::int64_t>(1, factor(d, col)));
        case Qt::ToolTipRole: {
            QString tip = dimMeaning(d);
            if (boundsKnown_) tip += tr("; problem bound %1").arg(bounds_[di]);
            if (col == Temporal) tip += "\n" + tr("Temporal factor: iterations of this loop here.");
            if (col == SpatialX || col == SpatialY)
                tip += "\n" + tr("Spatial factor: children of this level the loop is spread over.");
            return tip;
        }
        case Qt::ForegroundRole:
            if (trivial || (col != Loop && factor(d, col) == 1))
                return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
            return {};
        case Qt::TextAlignmentRole:
            return col == Loop ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant LevelNestModel::headerData(int section, Qt::Orientation o, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (o == Qt::Vertical) return section + 1;
    switch (section) {
        case Loop:
            return tr("Loop");
        case Temporal:
            return tr("Temporal");
        case SpatialX:
            return tr("Spatial X");
        case SpatialY:
            return tr("Spatial Y");
        default:
            return {};
    }
}

Qt::ItemFlags LevelNestModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Loop ? f : f | Qt::ItemIsEditable;
}

bool LevelNestModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.column() == Loop ||
        index.row() >= kDimCount)
        return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok) return false;
    const Dim d = loops_.order[index.row()];
    if (factor(d, index.column()) == v) return false;
    Q_EMIT factorEdited(d, index.column(), v);
    return true;
}

}  // namespace rl::views
