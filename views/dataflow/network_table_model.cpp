#include "views/dataflow/network_table_model.h"

#include <cstdio>

#include "views/common/format.h"
#include "views/common/phrase_text.h"
#include "views/editors/field_schema.h"

namespace rl::views {

namespace {
double share(double part, double whole) { return whole > 0 ? part / whole : 0.0; }

std::string plain(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}
}  // namespace

NetworkTableModel::NetworkTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void NetworkTableModel::setLayers(std::vector<dataflow::LayerMapping> layers, double totalCycles,
                                  double totalEnergyJ) {
    beginResetModel();
    layers_ = std::move(layers);
    totalCycles_ = totalCycles;
    totalEnergyJ_ = totalEnergyJ;
    endResetModel();
}

int NetworkTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(layers_.size());
}

int NetworkTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString NetworkTableModel::dimsText(const DataflowProblem& p) {
    QStringList parts;
    for (Dim d : kAllDims)
        if (p.bound(d) > 1)
            parts << QStringLiteral("%1=%2").arg(QChar(dimLetter(d))).arg(p.bound(d));
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1Char(' '));
}

double NetworkTableModel::number(const dataflow::LayerMapping& l, int column) const {
    const auto& e = l.evaluation;
    switch (column) {
        case Count:
            return l.count;
        case CyclesEach:
            return l.found ? static_cast<double>(e.cycles) : 0.0;
        case CyclesTotal:
            return l.cyclesTimesCount();
        case EnergyTotal:
            return l.energyTimesCount();
        case EnergyPerMac:
            return l.found ? e.energyPerMacJ() : 0.0;
        case Utilisation:
            return l.found ? e.utilization : 0.0;
        case CycleShare:
            return share(l.cyclesTimesCount(), totalCycles_);
        case EnergyShare:
            return share(l.energyTimesCount(), totalEnergyJ_);
        default:
            return 0.0;
    }
}

QString NetworkTableModel::text(const dataflow::LayerMapping& l, int column) const {
    switch (column) {
        case Layer:
            return qstr(l.problem.name);
        case Operator:
            return l.operatorName.empty() ? QStringLiteral("–") : opKindDisplayName(l.operatorKind);
        case Problem:
            return dimsText(l.problem);
        case Count:
            return fmtNumber(l.count);
        default:
            break;
    }
    if (!l.found) return column == CyclesEach ? tr("not mapped") : QStringLiteral("–");
    const double v = number(l, column);
    switch (column) {
        case CyclesEach:
        case CyclesTotal:
            return fmtNumber(v);
        case EnergyTotal:
        case EnergyPerMac:
            return fmtEnergy(v);
        case Utilisation:
        case CycleShare:
        case EnergyShare:
            return fmtPercent(v);
        default:
            return {};
    }
}

QVariant NetworkTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const auto& l = layers_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return text(l, column);
        case Qt::UserRole:
            if (column <= Problem) return text(l, column);
            return number(l, column);
        case Qt::ToolTipRole:
            if (!l.found)
                return tr("No mapping: %1").arg(phraseText(l.whyUnmappedText, "EngineText"));
            return tr("%1 (operator %2): %3 MACs per run, %4 MAC units busy, stride %5×%6")
                .arg(qstr(l.problem.name), qstr(l.operatorName), fmtNumber(l.evaluation.macs))
                .arg(l.evaluation.utilizedMacs)
                .arg(l.problem.strideP)
                .arg(l.problem.strideQ);
        case Qt::TextAlignmentRole:
            return column >= Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant NetworkTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (o == Qt::Vertical) return section + 1;  // the chart's layer numbers
    switch (section) {
        case Layer:
            return tr("Layer");
        case Operator:
            return tr("Operator");
        case Problem:
            return tr("Problem");
        case Count:
            return tr("Count");
        case CyclesEach:
            return tr("Cycles\n(one run)");
        case CyclesTotal:
            return tr("Cycles\n× count");
        case EnergyTotal:
            return tr("Energy\n× count");
        case EnergyPerMac:
            return tr("Energy\nper MAC");
        case Utilisation:
            return tr("Utilisation");
        case CycleShare:
            return tr("Share of\ncycles");
        case EnergyShare:
            return tr("Share of\nenergy");
        default:
            return {};
    }
}

std::vector<std::vector<std::string>> NetworkTableModel::csvRows() const {
    std::vector<std::vector<std::string>> rows{
        {"layer", "operator", "operator_kind", "problem", "count", "cycles_one_run",
         "cycles_x_count", "energy_x_count_J", "energy_per_mac_J", "utilisation", "share_of_cycles",
         "share_of_energy", "not_mapped_because"}};
    for (const auto& l : layers_) {
        std::vector<std::string> r{l.problem.name, l.operatorName,
                                   std::string(toString(l.operatorKind)),
                                   dimsText(l.problem).toStdString(), plain(l.count)};
        for (int c : {CyclesEach, CyclesTotal, EnergyTotal, EnergyPerMac, Utilisation, CycleShare,
                      EnergyShare})
            r.push_back(l.found ? plain(number(l, c)) : std::string());
        r.push_back(l.whyUnmapped);
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace rl::views
