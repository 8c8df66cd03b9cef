#include "views/training/search_table_model.h"

#include <QFont>

#include "views/common/format.h"
#include "views/training/training_charts.h"

namespace rl {
namespace views {
namespace {

// The knobs a search chooses: equal knobs, the same row.
bool sameKnobs(const rl::training::TrainingPlan& a, const rl::training::TrainingPlan& b) {
    return a.tp == b.tp && a.pp == b.pp && a.dp == b.dp && a.ep == b.ep && a.cp == b.cp &&
           a.chunks == b.chunks && a.microBatch == b.microBatch && a.zeroStage == b.zeroStage &&
           a.recompute == b.recompute && a.schedule == b.schedule;
}

}  // namespace

SearchTableModel::SearchTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchTableModel::setResult(std::shared_ptr<const rl::training::SearchResult> result) {
    beginResetModel();
    result_ = std::move(result);
    findCurrent();
    endResetModel();
}

const rl::training::SearchCandidate* SearchTableModel::candidate(int row) const {
    if (!result_ || row < 0 || row >= static_cast<int>(result_->fits.size())) return nullptr;
    return &result_->fits[static_cast<std::size_t>(row)];
}

void SearchTableModel::setCurrentPlan(const rl::training::TrainingPlan& plan) {
    const int before = current_;
    plan_ = plan;
    havePlan_ = true;
    findCurrent();
    for (int row : {before, current_})
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole});
}

void SearchTableModel::findCurrent() {
    current_ = -1;
    if (!result_ || !havePlan_) return;
    for (std::size_t i = 0; i < result_->fits.size(); ++i)
        if (sameKnobs(result_->fits[i].plan, plan_)) {
            current_ = static_cast<int>(i);
            return;
        }
}

int SearchTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !result_ ? 0 : static_cast<int>(result_->fits.size());
}

int SearchTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchTableModel::text(const rl::training::SearchCandidate& c, int row, int column) const {
    const rl::training::TrainingPlan& p = c.plan;
    switch (column) {
        case Rank:
            return QString::number(row + 1);
        case Tp:
            return QString::number(p.tp);
        case Pp:
            return QString::number(p.pp);
        case Interleave:
            return QString::number(p.chunks);
        case Schedule:
            switch (p.schedule) {
                case rl::training::Schedule::gpipe:
                    return tr("GPipe");
                case rl::training::Schedule::oneFOneB:
                    return tr("1F1B");
                case rl::training::Schedule::interleaved:
                    return tr("interleaved 1F1B");
                case rl::training::Schedule::zeroBubble:
                    return tr("zero bubble");
            }
            return {};
        case Cp:
            return QString::number(p.cp);
        case Dp:
            return QString::number(p.dp);
        case Ep:
            return QString::number(p.ep);
        case MicroBatch:
            return QString::number(p.microBatch);
        case Zero:
            return QString::number(p.zeroStage);
        case Recompute:
            switch (p.recompute) {
                case rl::training::Recompute::none:
                    return tr("none");
                case rl::training::Recompute::selective:
                    return tr("selective");
                case rl::training::Recompute::full:
                    return tr("full");
            }
            return {};
        case Iteration:
            return fmtTime(c.iterationTime);
        case Mfu:
            return fmtPercent(c.mfu);
        case TokensPerS:
            return fmtNumber(c.tokensPerS);
        case Memory:
            return tr("%1 GiB").arg(c.peakMemory / kGiB, 0, 'f', 1);
        default:
            return {};
    }
}

QVariant SearchTableModel::data(const QModelIndex& index, int role) const {
    const rl::training::SearchCandidate* c = index.isValid() ? candidate(index.row()) : nullptr;
    if (!c || index.column() >= ColumnCount) return {};
    switch (role) {
        case Qt::DisplayRole:
            return text(*c, index.row(), index.column());
        case Qt::TextAlignmentRole:
            return index.column() == Recompute || index.column() == Schedule
                       ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (index.row() == current_) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole:
            return index.row() == current_ ? tr("The scenario's configuration")
                                           : tr("Click to load this configuration");
        default:
            return {};
    }
}

QVariant SearchTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Interleave:
                return tr("Virtual pipeline chunks per rank (interleaved 1F1B)");
            case Memory:
                return tr("Memory per GPU on the fullest pipeline stage");
            case Mfu:
                return tr("Model FLOP utilisation");
            case Cp:
                return tr("Context parallelism (ring attention)");
            case Ep:
                return tr("Expert parallelism (MoE models; inside DP)");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Rank:
            return tr("#");
        case Tp:
            return tr("TP");
        case Pp:
            return tr("PP");
        case Interleave:
            return tr("v");
        case Schedule:
            return tr("Schedule");
        case Cp:
            return tr("CP");
        case Dp:
            return tr("DP");
        case Ep:
            return tr("EP");
        case MicroBatch:
            return tr("Micro-batch");
        case Zero:
            return tr("ZeRO");
        case Recompute:
            return tr("Recompute");
        case Iteration:
            return tr("Iteration");
        case Mfu:
            return tr("MFU");
        case TokensPerS:
            return tr("Tokens/s");
        case Memory:
            return tr("Memory");
        default:
            return {};
    }
}

}  // namespace views
}  // namespace rl
