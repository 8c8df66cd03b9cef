#include "views/learned/dataset_table_model.h"

#include "core/spec/units.h"
#include "views/common/format.h"
#include "views/editors/field_schema.h"

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

// The operator's kind as the operator table shows it ("GEMM", German
// "Normalisierung").
QString kindText(const Sample& s) { return opKindDisplayName(s.op.kind); }

// The kind where the file's label is the kind's own name (a generic file);
// a label of the file's own (VIDUR's "mlp_up_proj", "add") as written, with
// the kind in its tooltip.
QString operatorText(const Sample& s) {
    if (s.op.name.empty() || s.op.name == toString(s.op.kind)) return kindText(s);
    return QString::fromStdString(s.op.name);
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
    if (role == Qt::ToolTipRole && index.column() == 1) return kindText(s);
    // A narrow page elides the device: its whole name.
    if (role == Qt::ToolTipRole && index.column() == 0) return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case 0:
            return QString::fromStdString(s.hardware.empty() ? s.device : s.hardware);
        case 1:
            return operatorText(s);
        case 2:
            return QString::fromStdString(std::string(toString(s.op.mathType)));
        case 3:
            return shape(s.op);
        case 4:
            return fmtTime(s.timeS);  // the one formatter: "14.9 µs", not the CLI's "us"
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
