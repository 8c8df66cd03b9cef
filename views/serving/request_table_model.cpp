#include "views/serving/request_table_model.h"

#include <cmath>
#include <limits>

#include "views/common/format.h"
#include "views/explanation/message_text.h"

namespace rl {
namespace views {

RequestTableModel::RequestTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RequestTableModel::setReport(std::shared_ptr<const rl::ServingReport> report) {
    beginResetModel();
    report_ = std::move(report);
    endResetModel();
}

int RequestTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !report_) return 0;
    return static_cast<int>(report_->requests.size());
}

int RequestTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !report_ || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& r = report_->requests[index.row()];
    if (role == kRequestIndexRole) return index.row();
    const bool served = r.served();
    // A time that never happened is NaN: shown as "–", sorted after every real time.
    const double never = std::numeric_limits<double>::quiet_NaN();
    auto time = [&](double t, bool happened) { return happened ? t : never; };
    double value = 0;
    bool isTime = false;
    switch (index.column()) {
        case Id:
            value = double(r.id);
            break;
        case Replica:
            value = r.replica;
            break;
        case Arrival:
            value = r.arrival;
            isTime = true;
            break;
        case SchedulingDelay:
            value = time(r.schedulingDelay(), r.scheduled >= 0);
            isTime = true;
            break;
        case Ttft:
            value = time(r.ttft(), r.firstToken >= 0);
            isTime = true;
            break;
        case Tpot:
            value = time(r.tpot(), served && r.outputTokens > 1);
            isTime = true;
            break;
        case MaxGap:
            value = time(r.maxTokenGap, served && r.outputTokens > 1);
            isTime = true;
            break;
        case EndToEnd:
            value = time(r.e2e(), served);
            isTime = true;
            break;
        case PromptTokens:
            value = double(r.promptTokens);
            break;
        case OutputTokens:
            value = double(r.outputTokens);
            break;
        case Preemptions:
            value = r.preemptions;
            break;
        case Status:
            break;
    }
    if (index.column() == Status) {
        const QString text = served ? tr("served")
                             : r.rejected.empty()
                                 ? tr("unfinished")
                                 : tr("rejected: %1").arg(MessageText::rejection(*report_, r));
        if (role == Qt::DisplayRole || role == kSortRole || role == Qt::ToolTipRole) return text;
        return {};
    }
    if (role == kSortRole) {
        if (std::isnan(value)) return std::numeric_limits<double>::infinity();
        return value;
    }
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        if (index.column() == Replica && r.replica < 0) return QStringLiteral("–");
        if (index.column() == Id || index.column() == Replica)  // identities, not quantities
            return QString::number(static_cast<qlonglong>(value));
        return isTime ? fmtTime(value) : fmtNumber(value);
    }
    return {};
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Id:
            return tr("Request");
        case Replica:
            return tr("Replica");
        case Arrival:
            return tr("Arrival");
        case SchedulingDelay:
            return tr("Scheduling delay");
        case Ttft:
            return tr("TTFT");
        case Tpot:
            return tr("TPOT");
        case MaxGap:
            return tr("Largest gap");
        case EndToEnd:
            return tr("End-to-end");
        case PromptTokens:
            return tr("Prompt tokens");
        case OutputTokens:
            return tr("Output tokens");
        case Preemptions:
            return tr("Preemptions");
        case Status:
            return tr("Status");
    }
    return {};
}

}  // namespace views
}  // namespace rl
