#include "views/learned/dataset_table_model.h"

#include "core/spec/units.h"

namespace rl::views {

namespace {
QString shape(const Operator& op) {
    switch (op.kind) {
        case OpKind::gemm:
        case OpKind::batched_matmul:
            return QStringLiteral("%1 x %2x%3x%4")
                .arg(op.gemm.batch)
                .arg(op.gemm.m)
                .arg(op.gemm.n)
                .arg(op.gemm.k);
        case OpKind::conv2d:
            return QStringLiteral("%1 x %2->%3, %4x%5, k%6 s%7")
                .arg(op.conv.batch)
                .arg(op.conv.inChannels)
                .arg(op.conv.outChannels)
                .arg(op.conv.inHeight)
                .arg(op.conv.inWidth)
                .arg(op.conv.kernelH)
                .arg(op.conv.strideH);
        case OpKind::collective:
        case OpKind::send_recv:
            return DatasetTableModel::tr("%1 B, %2 ranks")
                .arg(op.collective.bytes)
                .arg(op.collective.ranks);
        default:
            return DatasetTableModel::tr("%1 elements").arg(op.elementwise.elements);
    }
}
}  // namespace

void DatasetTableModel::setDataset(const Dataset* data) {
    beginResetModel();
    data_ = data;
    endResetModel();
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !data_ ? 0 : static_cast<int>(data_->samples.size());
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 5;
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const {
    if (!data_ || !index.isValid() || index.row() >= rowCount()) return {};
    const Sample& s = data_->samples[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == 4)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case 0:
            return QString::fromStdString(s.hardware.empty() ? s.device : s.hardware);
        case 1:
            return QString::fromStdString(opLabel(s));
        case 2:
            return QString::fromStdString(std::string(toString(s.op.mathType)));
        case 3:
            return shape(s.op);
        case 4:
            return QString::fromStdString(formatQuantity(s.timeS, Dimension::time, 4));
    }
    return {};
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    static const char* names[] = {QT_TR_NOOP("Hardware"), QT_TR_NOOP("Operator"),
                                  QT_TR_NOOP("Type"), QT_TR_NOOP("Shape"), QT_TR_NOOP("Measured")};
    return section >= 0 && section < 5 ? tr(names[section]) : QVariant();
}

}  // namespace rl::views
