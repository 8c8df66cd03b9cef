#include "views/optable/operator_table_model.h"

#include <optional>

#include <QBrush>
#include <QColor>

#include "core/result/csv_writer.h"
#include "views/common/format.h"
#include "views/editors/field_schema.h"
#include "views/explanation/message_text.h"
#include "views/optable/op_name.h"

namespace rl {
namespace views {

namespace {

// The text columns sort by what they show; nullopt for the other columns.
std::optional<QString> textCell(const OpRecord& op, int column) {
    switch (column) {
        case OperatorTableModel::Name:
            return opName(op);  // a training run's worded names translated
        case OperatorTableModel::Kind:
            return qstr(std::string(toString(op.kind)));
        case OperatorTableModel::Phase:
            return MessageText::phase(op.phase);  // an engine word, in the user's language
        case OperatorTableModel::Binding:
            return qstr(op.binding);
    }
    return std::nullopt;
}

// What bounds an operator, in the user's language: the engine writes
// "compute fp16", "vector fp32", "launch" or a memory level's or link's name.
QString bindingText(const std::string& binding) {
    if (binding == "launch") return OperatorTableModel::tr("kernel launch");
    if (binding.rfind("compute ", 0) == 0)
        return OperatorTableModel::tr("compute %1").arg(qstr(binding.substr(8)));
    if (binding.rfind("vector ", 0) == 0)
        return OperatorTableModel::tr("vector %1").arg(qstr(binding.substr(7)));
    return qstr(binding);
}

// "7", "0–31" for a row folding identical layers, `none` outside the stack.
QString layerText(const OpRecord& op, const QString& dash, const QString& none) {
    if (op.layer < 0) return none;
    if (op.layerSpan <= 1) return QString::number(op.layer);
    return QString::number(op.layer) + dash + QString::number(op.layer + op.layerSpan - 1);
}

}  // namespace

OperatorTableModel::OperatorTableModel(ResultStore* store, QObject* parent)
    : QAbstractTableModel(parent), store_(store) {
    connect(store_, &ResultStore::resultChanged, this, &OperatorTableModel::reset);
    connect(store_, &ResultStore::baselineChanged, this, &OperatorTableModel::reset);
    reset();
}

void OperatorTableModel::reset() {
    beginResetModel();
    result_ = store_->result();
    baseline_ = store_->baseline();
    if (baseline_ == result_) baseline_.reset();
    baselineMatch_.clear();
    if (result_ && baseline_)
        for (const auto& op : result_->ops) baselineMatch_.push_back(matchingOp(*baseline_, op));
    if (result_ && level_ >= static_cast<int>(result_->levels.size())) level_ = 0;
    endResetModel();
}

void OperatorTableModel::setLevel(int level) {
    if (level == level_ || level < 0) return;
    level_ = level;
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, Bytes), index(rowCount() - 1, Intensity));
    Q_EMIT headerDataChanged(Qt::Horizontal, Bytes, Intensity);
}

bool OperatorTableModel::hasBaseline() const { return baseline_ != nullptr; }

int OperatorTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !result_) return 0;
    return static_cast<int>(result_->ops.size());
}

int OperatorTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !result_ || index.row() >= rowCount()) return {};
    const auto& op = result_->ops[index.row()];
    const double bytes =
        level_ < static_cast<int>(op.traffic.size()) ? op.traffic[level_].total() : 0.0;
    double delta = 0;
    bool hasDelta = false;
    if (baseline_ && index.row() < static_cast<int>(baselineMatch_.size()) &&
        baselineMatch_[index.row()] >= 0) {
        const double bt = baseline_->ops[baselineMatch_[index.row()]].time;
        if (bt > 0) {
            delta = op.time / bt - 1.0;
            hasDelta = true;
        }
    }
    if (role == kOpIndexRole) return index.row();
    // Shown translated; sorted (and written to CSV) by the engine's words.
    if (role == Qt::DisplayRole && index.column() == Kind) return opKindDisplayName(op.kind);
    if (role == Qt::DisplayRole && index.column() == Binding) return bindingText(op.binding);
    if (role == kSortRole || role == Qt::DisplayRole)
        if (auto text = textCell(op, index.column())) return *text;
    if (role == kSortRole) {
        switch (index.column()) {
            case Layer:
                return op.layer;
            case Count:
                return op.count;
            case Time:
                return op.time;
            case Share:
                return op.share;
            case Flops:
                return op.flops;
            case Bytes:
                return bytes;
            case Intensity:
                return op.intensity(level_);
            case Attained:
                return op.attainedFlops();
            case DeltaTime:
                return hasDelta ? delta : 0.0;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Layer:
                return layerText(op, QStringLiteral("–"), QStringLiteral("–"));
            case Count:
                return QString::number(op.count, 'g', 6);
            case Time:
                return fmtTime(op.time);
            case Share:
                return fmtPercent(op.share);
            case Flops:
                return fmtFlops(op.flops);
            case Bytes:
                return fmtBytes(bytes);
            case Intensity:
                return fmtIntensity(op.intensity(level_));
            case Attained:
                return fmtFlopRate(op.attainedFlops());
            case DeltaTime:
                return hasDelta ? QString::asprintf("%+.1f %%", delta * 100) : QStringLiteral("–");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Layer && index.column() != Binding)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == DeltaTime && hasDelta &&
        std::abs(delta) > 0.001)
        return QBrush(delta < 0 ? QColor(0x2e, 0x9d, 0x3e) : QColor(0xd3, 0x2f, 0x2f));
    if (role == Qt::ToolTipRole && index.column() == Layer)
        return op.layer < 0 ? tr("Not in the layer stack (embedding, final norm, LM head, …)")
               : op.layerSpan > 1 ? tr("One row for %1 identical layers (%2 to %3)")
                                        .arg(op.layerSpan)
                                        .arg(op.layer)
                                        .arg(op.layer + op.layerSpan - 1)
                                  : tr("Layer %1").arg(op.layer);
    if (role == Qt::ToolTipRole && !op.note.empty()) return MessageText::note(op);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return opName(op);  // the whole name where the column elides it
    return {};
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    const QString level = result_ && level_ < static_cast<int>(result_->levels.size())
                              ? qstr(result_->levels[level_])
                              : tr("memory");
    switch (section) {
        case Name:
            return tr("Operator");
        case Kind:
            return tr("Kind");
        case Phase:
            return tr("Phase");
        case Layer:
            return tr("Layer");
        case Count:
            return tr("Count");
        case Time:
            return tr("Time");
        case Share:
            return tr("Share");
        case Flops:
            return tr("FLOPs each");
        case Bytes:
            return tr("%1 bytes each").arg(level);
        case Intensity:
            return tr("Intensity (%1)").arg(level);
        case Attained:
            return tr("Attained");
        case Binding:
            return tr("Bound by");
        case DeltaTime:
            return tr("Δ time vs baseline");
    }
    return {};
}

QString OperatorTableModel::toCsv() const {
    // The one CSV writer's quoting and line end (core/result/csv_writer.h).
    auto quote = [](const QString& s) {
        return QString::fromStdString(rl::csv::field(s.toStdString()));
    };
    const QString lineEnd =
        QString::fromLatin1(rl::csv::kLineEnd.data(), qsizetype(rl::csv::kLineEnd.size()));
    QString out =
        "name,kind,phase,layer,count,time_s,share,flops_each,bytes_each_level,intensity,attained_"
        "flops,binding";
    if (baseline_) out += ",delta_time";
    out += lineEnd;
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == DeltaTime && !baseline_) continue;
            if (c == Layer) {  // "0-31" for folded layers, empty outside the stack
                cells << layerText(result_->ops[r], QStringLiteral("-"), QString());
                continue;
            }
            const QVariant v = data(index(r, c), kSortRole);
            cells << (v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 10)
                                                      : quote(v.toString()));
        }
        out += cells.join(',') + lineEnd;
    }
    return out;
}

}  // namespace views
}  // namespace rl
