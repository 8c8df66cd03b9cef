#include "views/dataflow/mapper_compare.h"

#include <cmath>

#include "views/common/format.h"

namespace rl::views {
namespace {

QString tensorName(int t) {
    switch (t) {
        case 0:
            return MapperCompareModel::tr("Weights");
        case 1:
            return MapperCompareModel::tr("Inputs");
        default:
            return MapperCompareModel::tr("Outputs");
    }
}

}  // namespace

double MapperCompareRow::relative() const { return a != 0 ? (b - a) / a : std::nan(""); }

std::vector<MapperCompareRow> compareEvaluations(const dataflow::Evaluation& a,
                                                 const dataflow::Evaluation& b,
                                                 const AcceleratorArch& arch) {
    using Kind = MapperCompareRow::Kind;
    std::vector<MapperCompareRow> rows;
    const QString all = MapperCompareModel::tr("all");
    auto add = [&](QString level, QString tensor, QString quantity, Kind kind, double va, double vb,
                   bool keepZero) {
        if (keepZero || va != 0 || vb != 0)
            rows.push_back(
                {std::move(level), std::move(tensor), std::move(quantity), kind, va, vb});
    };
    add(all, QString(), MapperCompareModel::tr("cycles"), Kind::cycles,
        static_cast<double>(a.cycles), static_cast<double>(b.cycles), true);
    add(all, QString(), MapperCompareModel::tr("energy"), Kind::energy, a.energyJ, b.energyJ, true);
    add(all, QString(), MapperCompareModel::tr("energy per MAC"), Kind::energy, a.energyPerMacJ(),
        b.energyPerMacJ(), true);
    add(all, QString(), MapperCompareModel::tr("utilisation"), Kind::fraction, a.utilization,
        b.utilization, true);
    add(all, QString(), MapperCompareModel::tr("MAC energy"), Kind::energy, a.macEnergyJ,
        b.macEnergyJ, false);
    const int levels = std::min({a.levelCount, b.levelCount, static_cast<int>(arch.levels.size())});
    for (int i = 0; i < levels; ++i) {  // outermost (DRAM, level 0) first, as the loop nest
        const QString level = QString::fromStdString(arch.levels[i].name);
        const auto& la = a.level[i];
        const auto& lb = b.level[i];
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const auto& ta = la.tensor[t];
            const auto& tb = lb.tensor[t];
            const QString tensor = tensorName(t);
            add(level, tensor, MapperCompareModel::tr("reads"), Kind::count,
                static_cast<double>(ta.reads), static_cast<double>(tb.reads), false);
            add(level, tensor, MapperCompareModel::tr("fills"), Kind::count,
                static_cast<double>(ta.fills), static_cast<double>(tb.fills), false);
            add(level, tensor, MapperCompareModel::tr("updates"), Kind::count,
                static_cast<double>(ta.updates), static_cast<double>(tb.updates), false);
            add(level, tensor, MapperCompareModel::tr("energy"), Kind::energy, ta.energyJ,
                tb.energyJ, false);
        }
        add(level, all, MapperCompareModel::tr("energy"), Kind::energy, la.energyJ, lb.energyJ,
            false);
        add(level, all, MapperCompareModel::tr("instances used"), Kind::count,
            static_cast<double>(la.utilizedInstances), static_cast<double>(lb.utilizedInstances),
            false);
    }
    return rows;
}

void MapperCompareModel::setRows(std::vector<MapperCompareRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int MapperCompareModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int MapperCompareModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnCount_;
}

QString MapperCompareModel::text(const MapperCompareRow& r, double v, bool signedValue) const {
    using Kind = MapperCompareRow::Kind;
    QString s;
    switch (r.kind) {
        case Kind::count:
        case Kind::cycles:
            s = fmtExact(std::abs(v));
            break;
        case Kind::energy:
            s = fmtEnergy(std::abs(v));
            break;
        case Kind::fraction:
            s = fmtPercent(std::abs(v));
            break;
    }
    if (v < 0) return QStringLiteral("\u2212") + s;  // a real minus sign
    return signedValue && v > 0 ? QStringLiteral("+") + s : s;
}

QVariant MapperCompareModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount_) return {};
    const MapperCompareRow& r = rows_[static_cast<std::size_t>(index.row())];
    const int c = index.column();
    if (role == ValueRole) {
        switch (c) {
            case valueA:
                return r.a;
            case valueB:
                return r.b;
            case delta:
                return r.delta();
            case relative:
                return r.relative();
            default:
                return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return c >= valueA ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (c) {
        case level:
            return r.level;
        case tensor:
            return r.tensor;
        case quantity:
            return r.quantity;
        case valueA:
            return text(r, r.a, false);
        case valueB:
            return text(r, r.b, false);
        case delta:
            return r.delta() == 0 ? QStringLiteral("0") : text(r, r.delta(), true);
        case relative: {
            const double rel = r.relative();
            if (r.delta() == 0) return QStringLiteral("0 %");
            if (!std::isfinite(rel)) return tr("new");
            const QString s = fmtPercent(std::abs(rel));
            return (rel < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + s;
        }
        default:
            return {};
    }
}

QVariant MapperCompareModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case level:
            return tr("Level");
        case tensor:
            return tr("Tensor");
        case quantity:
            return tr("Quantity");
        case valueA:
            return tr("A");
        case valueB:
            return tr("B");
        case delta:
            return tr("B \u2212 A");
        case relative:
            return tr("change");
        default:
            return {};
    }
}

}  // namespace rl::views
