#include "views/training/collective_table_model.h"

#include "views/common/format.h"
#include "views/explanation/collective_name.h"
#include "views/training/collective_purpose_name.h"

namespace rl {
namespace views {

CollectiveTableModel::CollectiveTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CollectiveTableModel::setRows(std::vector<rl::training::CollectiveRow> rows,
                                   std::vector<std::string> tierNames) {
    beginResetModel();
    rows_ = std::move(rows);
    tiers_ = std::move(tierNames);
    endResetModel();
}

int CollectiveTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CollectiveTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CollectiveTableModel::text(const rl::training::CollectiveRow& r, int column) const {
    const rl::training::CollectiveUse& u = r.use;
    switch (column) {
        case Group:
            return commGroupName(u.purpose.group);
        case Collective:
            return collectiveKindName(u.purpose.kind);
        case Ranks:
            return QString::number(u.ranks);
        case Tier:
            return u.tier >= 0 && u.tier < static_cast<int>(tiers_.size())
                       ? qstr(tiers_[static_cast<std::size_t>(u.tier)])
                       : QStringLiteral("–");
        case Algorithm:
            return r.algorithmKnown ? collectiveAlgorithmName(r.algorithm) : QStringLiteral("–");
        case Size:
            return fmtBytes(u.bytes);
        case TimeEach:
            return fmtTime(u.timeEach);
        case Calls:
            return fmtNumber(u.calls);
        case BusBandwidth:
            return r.busbw > 0 ? fmtBandwidth(r.busbw) : QStringLiteral("–");
        case Exposed:
            return fmtTime(u.exposed);
        default:
            return {};
    }
}

QVariant CollectiveTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const rl::training::CollectiveRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return text(r, index.column());
        case Qt::ToolTipRole:
            // What the collective is for ("DP reduce-scatter (gradients)"); on the tier,
            // which a narrow page elides ("InfiniB…"), its whole name first.
            if (index.column() == Tier)
                return QStringLiteral("%1\n%2").arg(text(r, Tier),
                                                    collectivePurposeName(r.use.purpose));
            return collectivePurposeName(r.use.purpose);
        case Qt::TextAlignmentRole:
            return index.column() >= Ranks && index.column() != Tier && index.column() != Algorithm
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant CollectiveTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Size:
                return tr(
                    "Bytes per call as NCCL-tests sizes them (the whole tensor for "
                    "all-reduce, all-gather and reduce-scatter)");
            case BusBandwidth:
                return tr("NCCL-tests bus bandwidth: size / time × the collective's bus factor");
            case Calls:
                return tr("Calls per GPU per iteration");
            case Exposed:
                return tr("Time per iteration not hidden under compute");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Group:
            return tr("Group");
        case Collective:
            return tr("Collective");
        case Ranks:
            return tr("Ranks");
        case Tier:
            return tr("Tier");
        case Algorithm:
            return tr("Algorithm");
        case Size:
            return tr("Size");
        case TimeEach:
            return tr("Time each");
        case Calls:
            return tr("Calls");
        case BusBandwidth:
            return tr("Bus bandwidth");
        case Exposed:
            return tr("Exposed");
        default:
            return {};
    }
}

}  // namespace views
}  // namespace rl
