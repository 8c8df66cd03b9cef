#include "views/dataflow/storage_stats_model.h"

#include <QFont>

#include "views/common/format.h"
#include "views/dataflow/loop_nest_scene.h"

namespace rl::views {

namespace {

// Internal ids: 0 for a top-level row, level + 1 for a row under a level.
constexpr quintptr kTopLevel = 0;

std::string csvNumber(double v) { return QString::number(v, 'g', 12).toStdString(); }

}  // namespace

StorageStatsModel::StorageStatsModel(QObject* parent) : QAbstractItemModel(parent) {}

void StorageStatsModel::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    beginResetModel();
    design_ = std::move(design);
    energy_ = design_ ? storageEnergy(*design_) : StorageEnergy{};
    endResetModel();
}

int StorageStatsModel::levelRowCount() const {
    return design_ ? static_cast<int>(energy_.levels.size()) : 0;
}

int StorageStatsModel::childCount(int level) const {
    if (level < 0 || level >= levelRowCount()) return 0;
    return energy_.levels[static_cast<std::size_t>(level)].leak > 0 ? kDataSpaceCount + 1
                                                                    : kDataSpaceCount;
}

QModelIndex StorageStatsModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0 || row >= rowCount(parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, kTopLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex StorageStatsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel) return {};
    return createIndex(static_cast<int>(child.internalId()) - 1, 0, kTopLevel);
}

int StorageStatsModel::rowCount(const QModelIndex& parent) const {
    if (!design_) return 0;
    if (!parent.isValid()) return levelRowCount() + 2;  // levels, MAC, total
    if (parent.internalId() != kTopLevel || parent.column() != 0) return 0;
    return childCount(parent.row());
}

int StorageStatsModel::columnCount(const QModelIndex& parent) const {
    (void)parent;
    return ColumnCount;
}

QString StorageStatsModel::levelName(int level) const {
    return qstr(design_->arch->levels[static_cast<std::size_t>(level)].name);
}

QVariant StorageStatsModel::value(int level, int child, int column) const {
    const auto& e = design_->evaluation;
    const double macs = e.macs > 0 ? static_cast<double>(e.macs) : 1.0;
    auto energyCell = [&](double joules) -> QVariant {
        if (column == Energy) return joules;
        if (column == EnergyPerMac) return joules / macs * 1e15;
        return {};
    };
    if (level == macRow()) {
        if (column == Instances) return static_cast<qlonglong>(e.utilizedMacs);
        return energyCell(e.macEnergyJ);
    }
    if (level == totalRow()) return energyCell(e.energyJ);
    const auto& L = e.level[static_cast<std::size_t>(level)];
    if (child == kLeakRow) return energyCell(L.leakJ);
    if (child >= 0) {
        const auto& t = L.tensor[static_cast<std::size_t>(child)];
        if (!t.kept) return {};
        switch (column) {
            case TileWords:
                return static_cast<qlonglong>(t.tileWords);
            case Reads:
                return static_cast<qlonglong>(t.reads);
            case Fills:
                return static_cast<qlonglong>(t.fills);
            case Updates:
                return static_cast<qlonglong>(t.updates);
            default:
                return energyCell(t.energyJ);
        }
    }
    qlonglong sum = 0;
    for (const auto& t : L.tensor) {
        if (!t.kept) continue;
        switch (column) {
            case Reads:
                sum += t.reads;
                break;
            case Fills:
                sum += t.fills;
                break;
            case Updates:
                sum += t.updates;
                break;
            default:
                break;
        }
    }
    switch (column) {
        case TileWords:
            return static_cast<qlonglong>(L.tileWords);
        case Reads:
        case Fills:
        case Updates:
            return sum;
        case Instances:
            return static_cast<qlonglong>(L.utilizedInstances);
        default:
            return energyCell(L.energyJ);
    }
}

QString StorageStatsModel::text(int level, int child, int column) const {
    const auto& arch = *design_->arch;
    if (column == Name) {
        if (level == macRow()) return qstr(arch.mac.name);
        if (level == totalRow()) return tr("Total");
        if (child < 0) return levelName(level);
        return child == kLeakRow ? tr("leakage") : LoopNestScene::tensorName(child);
    }
    if (column == Kept && level < macRow()) {
        const auto& L = design_->evaluation.level[static_cast<std::size_t>(level)];
        if (child >= 0 && child < kDataSpaceCount)
            return L.tensor[static_cast<std::size_t>(child)].kept ? tr("kept") : tr("bypassed");
        if (child < 0) {
            QStringList kept;
            for (int t = 0; t < kDataSpaceCount; ++t)
                if (L.tensor[static_cast<std::size_t>(t)].kept)
                    kept << LoopNestScene::tensorName(t);
            return kept.isEmpty() ? tr("none") : kept.join(QStringLiteral(", "));
        }
        return {};
    }
    const QVariant v = value(level, child, column);
    if (!v.isValid()) return {};
    switch (column) {
        case Energy:
            return fmtEnergy(v.toDouble());
        case EnergyPerMac:
            return fmtExact(v.toDouble(), 2);
        case Instances: {
            const int total = level == macRow()
                                  ? arch.mac.instances
                                  : arch.levels[static_cast<std::size_t>(level)].instances;
            return tr("%1 of %2").arg(fmtExact(v.toDouble()), fmtExact(total));
        }
        default:
            return fmtExact(v.toDouble());
    }
}

QVariant StorageStatsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !design_ || index.column() >= ColumnCount) return {};
    const bool top = index.internalId() == kTopLevel;
    const int level = top ? index.row() : static_cast<int>(index.internalId()) - 1;
    const int child = top ? -1 : index.row();
    if (level < 0 || level > totalRow() || (!top && child >= childCount(level))) return {};
    switch (role) {
        case Qt::DisplayRole:
            return text(level, child, index.column());
        case ValueRole:
            return index.column() == Name || index.column() == Kept
                       ? QVariant()
                       : value(level, child, index.column());
        case Qt::TextAlignmentRole:
            return index.column() >= TileWords ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::FontRole:
            if (top) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ToolTipRole:
            if (top && level < macRow() && index.column() == TileWords) {
                const TileUse use = tileUse(*design_)[static_cast<std::size_t>(level)];
                return use.unbounded()
                           ? tr("All kept tiles: %1 words per instance; capacity unbounded")
                                 .arg(fmtExact(static_cast<double>(use.total)))
                           : tr("All kept tiles: %1 of %2 words per instance (%3)")
                                 .arg(fmtExact(static_cast<double>(use.total)),
                                      fmtExact(static_cast<double>(use.capacity)),
                                      fmtPercent(use.fraction()));
            }
            return {};
        default:
            return {};
    }
}

QVariant StorageStatsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case TileWords:
                return tr("Words of the tile one instance holds");
            case Reads:
            case Fills:
            case Updates:
                return tr(
                    "Scalar words over all utilised instances (Timeloop's counts): reads by the "
                    "level below or the MACs, fills from the level above, partial-sum updates "
                    "from below");
            case Energy:
                return tr("Accesses rounded up to whole blocks x energy per action, plus leakage");
            case Instances:
                return tr("Instances doing work, of those built");
            default:
                return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section >= TileWords ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Level / tensor");
        case Kept:
            return tr("Kept");
        case TileWords:
            return tr("Tile words");
        case Reads:
            return tr("Reads");
        case Fills:
            return tr("Fills");
        case Updates:
            return tr("Updates");
        case Energy:
            return tr("Energy");
        case EnergyPerMac:
            return tr("fJ/MAC");
        case Instances:
            return tr("Instances used");
        default:
            return {};
    }
}

std::vector<std::vector<std::string>> StorageStatsModel::csvRows() const {
    if (!design_) return {};
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"level", "tensor", "kept", "tile_words", "capacity_words", "reads", "fills",
                    "updates", "energy_J", "energy_fJ_per_MAC", "instances_used", "instances"});
    const auto& arch = *design_->arch;
    auto cell = [&](int level, int child, int column) {
        const QVariant v = value(level, child, column);
        if (!v.isValid()) return std::string();
        if (v.typeId() == QMetaType::LongLong) return std::to_string(v.toLongLong());
        return csvNumber(v.toDouble());
    };
    auto row = [&](int level, int child, const std::string& name, const std::string& tensor,
                   const std::string& kept, const std::string& capacity,
                   const std::string& instances) {
        rows.push_back(
            {name, tensor, kept, cell(level, child, TileWords), capacity, cell(level, child, Reads),
             cell(level, child, Fills), cell(level, child, Updates), cell(level, child, Energy),
             cell(level, child, EnergyPerMac), cell(level, child, Instances), instances});
    };
    static const char* tensors[] = {"weights", "inputs", "outputs"};
    for (int l = 0; l < levelRowCount(); ++l) {
        const auto& spec = arch.levels[static_cast<std::size_t>(l)];
        const auto& L = design_->evaluation.level[static_cast<std::size_t>(l)];
        const std::string capacity =
            spec.capacityWords > 0 ? std::to_string(spec.capacityWords) : std::string();
        for (int t = 0; t < kDataSpaceCount; ++t)
            row(l, t, spec.name, tensors[t],
                L.tensor[static_cast<std::size_t>(t)].kept ? "kept" : "bypassed", capacity, "");
        if (childCount(l) > kLeakRow) row(l, kLeakRow, spec.name, "leakage", "", "", "");
        row(l, -1, spec.name, "total", "", capacity, std::to_string(spec.instances));
    }
    row(macRow(), -1, arch.mac.name, "", "", "", std::to_string(arch.mac.instances));
    row(totalRow(), -1, "total", "", "", "", "");
    return rows;
}

}  // namespace rl::views
