#include "views/dataflow/arch_levels_model.h"

#include <QCoreApplication>

#include "views/common/format.h"
#include "views/dataflow/doc_fields.h"
#include "views/editors/field_marks.h"

namespace rl::views {
namespace {

const char* const kKeys[ArchLevelsModel::ColumnCount] = {"name",
                                                         "kind",
                                                         "capacity_words",
                                                         "word_bits",
                                                         "block_size",
                                                         "read_bandwidth",
                                                         "write_bandwidth",
                                                         "instances",
                                                         "mesh_x",
                                                         "",
                                                         "holds",
                                                         "holds",
                                                         "holds",
                                                         "energy/read",
                                                         "energy/write",
                                                         "energy/update",
                                                         "energy/leak"};

const char* const kTensors[3] = {"weights", "inputs", "outputs"};

int tensorOf(int column) { return column - ArchLevelsModel::KeepsWeights; }

bool isTensorColumn(int column) {
    return column >= ArchLevelsModel::KeepsWeights && column <= ArchLevelsModel::KeepsOutputs;
}

bool isEnergyColumn(int column) {
    return column >= ArchLevelsModel::ReadEnergy && column <= ArchLevelsModel::LeakEnergy;
}

// A typed number becomes a JSON number; anything else stays text, and the
// validator explains what is wrong with it.
Json numberOrText(const QString& text) {
    const QString t = text.trimmed();
    bool ok = false;
    const qlonglong i = t.toLongLong(&ok);
    if (ok) return static_cast<std::int64_t>(i);
    const double d = t.toDouble(&ok);
    if (ok) return d;
    return text.toStdString();
}

QString jsonText(const Json& v) {
    if (v.is_string()) return QString::fromStdString(v.get<std::string>());
    return QString::fromStdString(v.dump());
}

}  // namespace

QString ArchLevelsModel::kindLabel(const QString& kind) {
    if (kind == QLatin1String("dram")) return tr("DRAM");
    if (kind == QLatin1String("sram")) return tr("SRAM");
    if (kind == QLatin1String("regfile")) return tr("Register file");
    return kind;  // not a kind: the validator marks it
}

const QStringList& ArchLevelsModel::kinds() {
    static const QStringList k = {QStringLiteral("dram"), QStringLiteral("sram"),
                                  QStringLiteral("regfile")};
    return k;
}

ArchLevelsModel::ArchLevelsModel(QObject* parent) : ProblemCellsModel(ColumnCount, parent) {}

QString ArchLevelsModel::columnKey(int column) {
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kKeys[column]) : QString();
}

QString ArchLevelsModel::columnNoun(int column) {
    switch (column) {
        case Name:
            return tr("name");
        case Kind:
            return tr("kind");
        case Capacity:
            return tr("capacity");
        case WordBits:
            return tr("word bits");
        case BlockSize:
            return tr("block size");
        case ReadBandwidth:
            return tr("read bandwidth");
        case WriteBandwidth:
            return tr("write bandwidth");
        case Instances:
            return tr("instances");
        case MeshX:
            return tr("mesh X");
        case KeepsWeights:
            return tr("kept weights");
        case KeepsInputs:
            return tr("kept inputs");
        case KeepsOutputs:
            return tr("kept outputs");
        case ReadEnergy:
            return tr("read energy");
        case WriteEnergy:
            return tr("write energy");
        case UpdateEnergy:
            return tr("update energy");
        case LeakEnergy:
            return tr("leakage");
        default:
            return {};
    }
}

void ArchLevelsModel::setDocument(const Json& doc) {
    const int before = rowCount();
    doc_ = doc;
    if (rowCount() != before) {
        beginResetModel();
        endResetModel();
    } else if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const Json* ArchLevelsModel::level(int row) const {
    if (!doc_.is_object() || !doc_.contains("levels") || !doc_["levels"].is_array()) return nullptr;
    const Json& levels = doc_["levels"];
    if (row < 0 || row >= static_cast<int>(levels.size()) || !levels[row].is_object())
        return nullptr;
    return &levels[row];
}

const Json* ArchLevelsModel::cell(int row, int column) const {
    const Json* l = level(row);
    if (!l || column == MeshY) return nullptr;
    const std::string key = "/" + std::string(kKeys[column]);
    const Json::json_pointer ptr(key);
    return l->contains(ptr) ? &l->at(ptr) : nullptr;
}

int ArchLevelsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    if (!doc_.is_object() || !doc_.contains("levels") || !doc_["levels"].is_array()) return 0;
    return static_cast<int>(doc_["levels"].size());
}

QVariant ArchLevelsModel::cellData(const QModelIndex& index, int role) const {
    const int row = index.row(), col = index.column();
    const Json* v = cell(row, col);
    if (role == Qt::CheckStateRole && isTensorColumn(col)) {
        bool held = true;  // no "holds": the level holds every tensor
        if (v && v->is_array()) {
            held = false;
            for (const auto& e : *v) held = held || (e.is_string() && e == kTensors[tensorOf(col)]);
        }
        return held ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (isTensorColumn(col)) return {};
        if (col == MeshY) {
            const Json* inst = cell(row, Instances);
            const Json* mx = cell(row, MeshX);
            if (!inst || !inst->is_number_integer())
                return role == Qt::DisplayRole ? "1" : QVariant();
            const auto n = inst->get<std::int64_t>();
            const auto x = mx && mx->is_number_integer() ? mx->get<std::int64_t>() : n;
            return x > 0 ? QString::number(n / x) : QStringLiteral("–");
        }
        if (!v) {
            if (role == Qt::EditRole) return QString();
            if (col == Capacity) return tr("unbounded");
            if (col == ReadBandwidth || col == WriteBandwidth) return tr("unlimited");
            if (col == UpdateEnergy) return tr("= write");
            return QString();
        }
        if (role == Qt::DisplayRole && (col == ReadBandwidth || col == WriteBandwidth) &&
            v->is_number() && v->get<double>() == 0)
            return tr("unlimited");
        if (role == Qt::DisplayRole && col == Kind && v->is_string())
            return kindLabel(QString::fromStdString(v->get<std::string>()));
        if (role == Qt::DisplayRole && v->is_number_integer())
            return fmtExact(static_cast<double>(v->get<std::int64_t>()));
        return jsonText(*v);
    }
    if (role == Qt::ToolTipRole) {
        QString tip;
        switch (col) {
            case Capacity:
                tip = tr("Words per instance; empty for DRAM (unbounded).");
                break;
            case ReadBandwidth:
            case WriteBandwidth:
                tip = tr("Words per cycle per instance; empty or 0 = unlimited.");
                break;
            case MeshY:
                tip = tr("Instances along Y: instances / mesh X (derived).");
                break;
            case KeepsWeights:
            case KeepsInputs:
            case KeepsOutputs:
                tip = tr("Whether this level may keep the tensor; unchecked tensors bypass it.");
                break;
            case ReadEnergy:
            case WriteEnergy:
            case UpdateEnergy:
                tip = tr("Energy per block access, with unit, e.g. \"43.35 pJ\".");
                break;
            case LeakEnergy:
                tip = tr("Leakage per cycle per instance, with unit, e.g. \"0.008 pJ\".");
                break;
            default:
                break;
        }
        return tip.trimmed().isEmpty() ? QVariant() : QVariant(tip.trimmed());
    }
    if (role == Qt::TextAlignmentRole && col != Name && col != Kind)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ArchLevelsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (o == Qt::Vertical) return section + 1;
    switch (section) {
        case Name:
            return tr("Level");
        case Kind:
            return tr("Kind");
        case Capacity:
            return tr("Capacity\n(words)");
        case WordBits:
            return tr("Word\nbits");
        case BlockSize:
            return tr("Block\n(words)");
        case ReadBandwidth:
            return tr("Read BW\n(words/cycle)");
        case WriteBandwidth:
            return tr("Write BW\n(words/cycle)");
        case Instances:
            return tr("Instances");
        case MeshX:
            return tr("Mesh X");
        case MeshY:
            return tr("Mesh Y");
        case KeepsWeights:
            return tr("W");
        case KeepsInputs:
            return tr("I");
        case KeepsOutputs:
            return tr("O");
        case ReadEnergy:
            return tr("Read\nenergy");
        case WriteEnergy:
            return tr("Write\nenergy");
        case UpdateEnergy:
            return tr("Update\nenergy");
        case LeakEnergy:
            return tr("Leak\n(per cycle)");
        default:
            return {};
    }
}

Qt::ItemFlags ArchLevelsModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == MeshY) return f;
    if (isTensorColumn(index.column())) return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool ArchLevelsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || !level(index.row()) || !(flags(index) & Qt::ItemIsEnabled))
        return false;
    const int row = index.row(), col = index.column();
    Json doc = doc_;
    Json& l = doc["levels"][row];
    if (isTensorColumn(col)) {
        if (role != Qt::CheckStateRole) return false;
        const bool on = value.toInt() == Qt::Checked;
        std::array<bool, 3> held = {true, true, true};
        if (l.contains("holds") && l["holds"].is_array())
            for (int t = 0; t < 3; ++t) {
                held[t] = false;
                for (const auto& e : l["holds"])
                    held[t] = held[t] || (e.is_string() && e == kTensors[t]);
            }
        held[tensorOf(col)] = on;
        Json list = Json::array();
        for (int t = 0; t < 3; ++t)
            if (held[t]) list.push_back(kTensors[t]);
        l["holds"] = list;
    } else {
        if (role != Qt::EditRole || col == MeshY) return false;
        const QString text = value.toString();
        const Json::json_pointer ptr("/" + std::string(kKeys[col]));
        if (text.trimmed().isEmpty() && (col == Capacity || col == ReadBandwidth ||
                                         col == WriteBandwidth || col == UpdateEnergy)) {
            // Empty means the default: unbounded, unlimited, update costs a write.
            if (!l.contains(ptr)) return false;
            if (col == UpdateEnergy)
                l["energy"].erase("update");
            else
                l.erase(std::string(kKeys[col]));
        } else if (col == Name || col == Kind || isEnergyColumn(col)) {
            l[ptr] = text.trimmed().toStdString();
        } else {
            l[ptr] = numberOrText(text);
        }
    }
    if (doc == doc_) return false;
    const Json& was = doc_["levels"][row];
    const QString levelName = was.contains("name") && was["name"].is_string()
                                  ? QString::fromStdString(was["name"].get<std::string>())
                                  : tr("level %1").arg(row + 1);
    Q_EMIT edited(doc, tr("Edit %1 %2").arg(levelName, columnNoun(col)),
                  QStringLiteral("/levels/%1/%2").arg(row).arg(columnKey(col)));
    return true;
}

void ArchLevelsModel::setProblems(const Diagnostics& diag, std::vector<bool>& placed) {
    CellProblems problems;
    placed.resize(diag.items().size(), false);
    for (std::size_t i = 0; i < diag.items().size(); ++i) {
        const std::string& path = diag.items()[i].path;
        for (int row = 0; row < rowCount(); ++row) {
            const std::string levelPath = "/levels/" + std::to_string(row);
            if (!pathAtOrBelow(path, levelPath)) continue;
            int col = Name;  // the level as a whole (not an object, fanout of the mesh)
            const std::string rest = path.substr(levelPath.size());
            for (int c = 0; c < ColumnCount; ++c)
                if (kKeys[c][0] && pathAtOrBelow(rest, "/" + std::string(kKeys[c]))) {
                    col = c;
                    break;
                }
            if (rest == "/energy") col = ReadEnergy;
            if (rest.rfind("/", 0) == 0 && col == Name && rest != "/name" && !rest.empty())
                break;  // an unknown key: the message line names it
            problems[{row, col}] += problemLine(diag.items()[i]);
            placed[i] = true;
            break;
        }
    }
    setCellProblems(std::move(problems));
}

}  // namespace rl::views
