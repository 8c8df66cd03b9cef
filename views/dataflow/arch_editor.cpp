#include "views/dataflow/arch_editor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

#include "views/common/column_fitter.h"
#include "views/common/flow_layout.h"
#include "views/dataflow/arch_levels_model.h"
#include "views/dataflow/doc_fields.h"

namespace rl::views {
namespace {

// The level kind as a drop-down inside the table.
class KindDelegate : public QStyledItemDelegate {
  public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* combo = new QComboBox(parent);
        for (const QString& kind : ArchLevelsModel::kinds())
            combo->addItem(ArchLevelsModel::kindLabel(kind), kind);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        model->setData(index, combo->currentData(), Qt::EditRole);
    }
};

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    return b;
}

// Mapspace constraints name levels too: a renamed level keeps its constraints,
// a removed one loses them (empty `to`), in the same document edit.
void retargetConstraints(Json& doc, const std::string& from, const std::string& to) {
    if (!doc.contains("constraints") || !doc["constraints"].is_object()) return;
    Json& levels = doc["constraints"]["levels"];
    if (!levels.is_array()) return;
    for (auto it = levels.begin(); it != levels.end();) {
        if (it->is_object() && it->value("target", Json()) == from) {
            if (to.empty()) {
                it = levels.erase(it);
                continue;
            }
            (*it)["target"] = to;
        }
        ++it;
    }
}

// The column groups beside the names, as the column choice lists them (then all
// columns). Each fits the dock at 1280x720 in every language (kind and capacity
// with word and block size did not, nor four energies or six mesh columns).
const std::vector<std::vector<int>>& columnGroups() {
    using M = ArchLevelsModel;
    static const std::vector<std::vector<int>> groups = {
        {M::Kind, M::Capacity},
        {M::WordBits, M::BlockSize},
        {M::ReadBandwidth, M::WriteBandwidth},
        {M::Instances, M::MeshX, M::MeshY},
        {M::KeepsWeights, M::KeepsInputs, M::KeepsOutputs},
        {M::ReadEnergy, M::WriteEnergy},
        {M::UpdateEnergy, M::LeakEnergy}};
    return groups;
}

}  // namespace

ArchEditor::ArchEditor(QUndoStack* undo, QWidget* parent) : DataflowDocEditor(undo, parent) {
    setObjectName(QStringLiteral("archEditor"));
    QVBoxLayout* v = formLayout();

    auto* general = addNameRow(v, tr("architecture name"), tr("Display name of the architecture."));
    general->addRow(tr("Technology"),
                    fields()->addText("/technology", {}, tr("technology"),
                                      tr("Process node the energy table is for, e.g. \"40 nm\".")));
    general->addRow(tr("Clock"),
                    fields()->addText("/clock", {}, tr("clock"),
                                      tr("Clock frequency with unit, e.g. \"1 GHz\".")));
    QComboBox* overlap = fields()->addChoice(
        "/window_overlap", "shared",
        {{"shared", tr("Shared (read once for all PEs)")},
         {"timeloop", tr("Timeloop (a copy per PE)")}},
        tr("window overlap"),
        tr("How input words needed by several PEs with overlapping windows are counted: read "
           "once and multicast, or delivered to each PE as Timeloop counts them. Mapspace "
           "constraints are edited in the JSON tab."));
    // Shown whole: where the dock has no room for it beside its label, it goes
    // under it (the name row's form wraps long rows).
    general->addRow(tr("Window overlap"), overlap);

    auto* levelsBox = new QGroupBox(tr("Storage levels (outermost first)"), formPage());
    auto* lv = new QVBoxLayout(levelsBox);
    // The buttons go on in a second row where a narrow dock has no room for them
    // in one ("Hinzufügen Entfernen" and the arrows were wider than the German dock).
    auto* buttons = new FlowLayout;
    auto* add =
        toolButton(tr("Add"), tr("Add a level below the selected one (a copy of it)"), levelsBox);
    auto* remove = toolButton(tr("Remove"), tr("Remove the selected level"), levelsBox);
    auto* up = toolButton({}, tr("Move the selected level outwards"), levelsBox);
    up->setArrowType(Qt::UpArrow);
    auto* down = toolButton({}, tr("Move the selected level inwards"), levelsBox);
    down->setArrowType(Qt::DownArrow);
    auto* arrows = new QWidget(levelsBox);  // the two arrows stay together
    auto* arrowsRow = new QHBoxLayout(arrows);
    arrowsRow->setContentsMargins(0, 0, 0, 0);
    arrowsRow->addWidget(up);
    arrowsRow->addWidget(down);
    for (QWidget* w : {static_cast<QWidget*>(add), static_cast<QWidget*>(remove), arrows})
        buttons->addWidget(w);
    // Seventeen columns do not fit a dock: one group of them at a time.
    columnGroup_ = new QComboBox(levelsBox);
    columnGroup_->setToolTip(tr("Which columns of the levels table to show"));
    // The row's width (under its label where the label leaves too little for the
    // longest choice, which reads whole).
    columnGroup_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    columnGroup_->addItem(tr("Memory"));
    columnGroup_->addItem(tr("Word and block size"));
    columnGroup_->addItem(tr("Bandwidth"));
    columnGroup_->addItem(tr("Mesh"));
    columnGroup_->addItem(tr("Kept tensors"));
    columnGroup_->addItem(tr("Read and write energy"));
    columnGroup_->addItem(tr("Update energy and leakage"));
    columnGroup_->addItem(tr("All columns"));
    auto* columns = new QFormLayout;
    columns->setRowWrapPolicy(QFormLayout::WrapLongRows);  // the choice under its label if need be
    columns->addRow(tr("Columns:"), columnGroup_);
    lv->addLayout(buttons);
    lv->addLayout(columns);
    model_ = new ArchLevelsModel(this);
    table_ = new QTableView(levelsBox);
    table_->setModel(model_);
    table_->setItemDelegateForColumn(ArchLevelsModel::Kind, new KindDelegate(table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectItems);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->hide();  // the names say which level; the room goes to columns
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    // Every level shown without scrolling inside the scrolling form: as tall as the
    // header (its titles wrap as the columns change) and the rows.
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The dock is narrow (German titles set numeric columns that hold "16"): numbers
    // give way first, their titles wrapping, so the table does not scroll sideways.
    using M = ArchLevelsModel;
    ColumnFitter::Options levelsFit;
    levelsFit.wrapping = {M::WordBits,       M::BlockSize,   M::Capacity,     M::ReadBandwidth,
                          M::WriteBandwidth, M::Instances,   M::MeshX,        M::MeshY,
                          M::ReadEnergy,     M::WriteEnergy, M::UpdateEnergy, M::LeakEnergy};
    fitter_ = new ColumnFitter(table_, std::move(levelsFit));
    lv->addWidget(table_);
    v->addWidget(levelsBox);
    connect(model_, &ArchLevelsModel::edited, this,
            [this](const Json& doc, const QString& text, const QString& key) {
                editLevels(doc, text, key, table_->currentIndex().row());
            });
    connect(columnGroup_, &QComboBox::currentIndexChanged, this, &ArchEditor::showColumnGroup);
    showColumnGroup(0);
    connect(add, &QToolButton::clicked, this, [this] { addLevel(currentRow()); });
    connect(remove, &QToolButton::clicked, this, [this] { removeLevel(currentRow()); });
    connect(up, &QToolButton::clicked, this, [this] { moveLevel(currentRow(), -1); });
    connect(down, &QToolButton::clicked, this, [this] { moveLevel(currentRow(), +1); });

    auto* macBox = new QGroupBox(tr("MAC array"), formPage());
    auto* mac = new QFormLayout(macBox);
    mac->setRowWrapPolicy(QFormLayout::WrapLongRows);
    mac->addRow(tr("Name"), fields()->addText("/mac/name", "MAC", tr("MAC name"),
                                              tr("Display name of the arithmetic units.")));
    mac->addRow(tr("Instances"),
                fields()->addInt("/mac/instances", 1, 1, 1 << 24, tr("MAC instances"),
                                 tr("Multiply-accumulate units in all (the PE array).")));
    mac->addRow(tr("Mesh X"),
                fields()->addInt("/mac/mesh_x", 1, 1, 1 << 24, tr("MAC mesh X"),
                                 tr("MACs along X; a divisor of instances. Y = instances / X.")));
    macMesh_ = new QLabel(macBox);
    mac->addRow(tr("Mesh Y"), macMesh_);
    mac->addRow(tr("Word bits"),
                fields()->addInt("/mac/word_bits", 16, 1, 1024, tr("MAC word bits"),
                                 tr("Operand width in bits.")));
    mac->addRow(tr("Energy per MAC"),
                fields()->addText("/mac/energy", {}, tr("MAC energy"),
                                  tr("Energy of one multiply-accumulate, e.g. \"0.845 pJ\".")));
    mac->addRow(tr("Leakage"), fields()->addText("/mac/leak", {}, tr("MAC leakage"),
                                                 tr("Leakage per cycle per MAC, e.g. \"0 pJ\".")));
    v->addWidget(macBox);
    v->addStretch(1);
}

int ArchEditor::columnGroupCount() { return static_cast<int>(columnGroups().size()) + 1; }

void ArchEditor::showColumnGroup(int group) {
    using M = ArchLevelsModel;
    const auto& groups = columnGroups();
    const bool all = group < 0 || group >= static_cast<int>(groups.size());
    for (int c = 0; c < M::ColumnCount; ++c) {
        const bool shown =
            all || c == M::Name ||
            std::find(groups[group].begin(), groups[group].end(), c) != groups[group].end();
        table_->setColumnHidden(c, !shown);
    }
    if (columnGroup_->currentIndex() != group) columnGroup_->setCurrentIndex(group);
    fitter_->fit();
}

int ArchEditor::currentRow() const {
    const int row = table_->currentIndex().row();
    return row >= 0 ? row : model_->rowCount() - 1;
}

QString ArchEditor::levelName(int row) const {
    const Json& d = document();
    if (d.contains("levels") && d["levels"].is_array() && row >= 0 &&
        row < static_cast<int>(d["levels"].size()) && d["levels"][row].is_object() &&
        d["levels"][row].contains("name") && d["levels"][row]["name"].is_string())
        return QString::fromStdString(d["levels"][row]["name"].get<std::string>());
    return {};
}

void ArchEditor::editLevels(const Json& doc, const QString& description, const QString& mergeKey,
                            int selectRow) {
    // A renamed level: the mapping follows within the same undo step.
    const Json& before = document();
    QString oldName, newName;
    if (before.contains("levels") && doc.contains("levels") && before["levels"].is_array() &&
        doc["levels"].is_array() && before["levels"].size() == doc["levels"].size())
        for (std::size_t i = 0; i < doc["levels"].size(); ++i) {
            const Json& a = before["levels"][i];
            const Json& b = doc["levels"][i];
            if (a.is_object() && b.is_object() &&
                a.value("name", Json()) != b.value("name", Json()) &&
                a.value("name", Json()).is_string() && b.value("name", Json()).is_string()) {
                oldName = QString::fromStdString(a["name"].get<std::string>());
                newName = QString::fromStdString(b["name"].get<std::string>());
            }
        }
    if (!oldName.isEmpty()) {
        Json renamed = doc;
        retargetConstraints(renamed, oldName.toStdString(), newName.toStdString());
        Q_EMIT structureEditStarted(description);
        editDocument(renamed, description);
        Q_EMIT levelNameChanged(oldName, newName);
        Q_EMIT structureEditFinished();
    } else {
        editDocument(doc, description, mergeKey);
    }
    if (selectRow >= 0 && selectRow < model_->rowCount())
        table_->setCurrentIndex(
            model_->index(selectRow, std::max(0, table_->currentIndex().column())));
}

void ArchEditor::addLevel(int row) {
    Json doc = document();
    if (!doc.contains("levels") || !doc["levels"].is_array() || doc["levels"].empty()) return;
    Json& levels = doc["levels"];
    row = std::clamp(row, 0, static_cast<int>(levels.size()) - 1);
    Json copy = levels[row];
    std::set<std::string> names;
    for (const auto& l : levels)
        if (l.is_object() && l.contains("name") && l["name"].is_string())
            names.insert(l["name"].get<std::string>());
    const std::string base = copy.is_object() && copy.contains("name") && copy["name"].is_string()
                                 ? copy["name"].get<std::string>()
                                 : tr("Level").toStdString();
    std::string name = base;
    for (int i = 2; names.count(name); ++i) name = base + " " + std::to_string(i);
    if (!copy.is_object()) copy = Json::object();
    copy["name"] = name;
    if (copy.value("kind", Json()) == "dram") {
        // Only the backing store is unbounded: the copy is an on-chip buffer.
        copy["kind"] = "sram";
        if (!copy.contains("capacity_words")) copy["capacity_words"] = 1024;
    }
    levels.insert(levels.begin() + row + 1, copy);
    editLevels(doc, tr("Add level %1").arg(QString::fromStdString(name)), {}, row + 1);
}

void ArchEditor::removeLevel(int row) {
    Json doc = document();
    if (!doc.contains("levels") || !doc["levels"].is_array()) return;
    Json& levels = doc["levels"];
    if (row < 0 || row >= static_cast<int>(levels.size()) || levels.size() <= 1) return;
    const QString name = levelName(row);
    levels.erase(levels.begin() + row);
    retargetConstraints(doc, name.toStdString(), {});
    const QString text =
        tr("Remove level %1").arg(name.isEmpty() ? QString::number(row + 1) : name);
    Q_EMIT structureEditStarted(text);
    editDocument(doc, text);
    if (!name.isEmpty()) Q_EMIT levelNameChanged(name, {});
    Q_EMIT structureEditFinished();
    const int select = std::min(row, model_->rowCount() - 1);
    if (select >= 0) table_->setCurrentIndex(model_->index(select, 0));
}

void ArchEditor::moveLevel(int row, int delta) {
    Json doc = document();
    if (!doc.contains("levels") || !doc["levels"].is_array()) return;
    Json& levels = doc["levels"];
    const int to = row + delta;
    if (row < 0 || to < 0 || row >= static_cast<int>(levels.size()) ||
        to >= static_cast<int>(levels.size()))
        return;
    std::swap(levels[row], levels[to]);
    const QString name = levelName(row);
    editLevels(
        doc,
        delta < 0 ? tr("Move level %1 outwards").arg(name) : tr("Move level %1 inwards").arg(name),
        {}, to);
}

void ArchEditor::refreshForm() {
    fields()->refresh(document());
    model_->setDocument(document());
    const Json& doc = document();
    const Json mac = doc.is_object() && doc.contains("mac") ? doc["mac"] : Json::object();
    const Json inst = mac.is_object() ? mac.value("instances", Json(1)) : Json(1);
    const Json mx = mac.is_object() ? mac.value("mesh_x", inst) : inst;
    macMesh_->setText(inst.is_number_integer() && mx.is_number_integer() &&
                              mx.get<std::int64_t>() > 0
                          ? QString::number(inst.get<std::int64_t>() / mx.get<std::int64_t>())
                          : QStringLiteral("–"));
    fitter_->fit();
}

QString ArchEditor::markProblems() {
    std::vector<bool> placed;
    fields()->mark(problems(), placed);
    std::vector<bool> inTable;
    model_->setProblems(problems(), inTable);
    for (std::size_t i = 0; i < placed.size(); ++i) placed[i] = placed[i] || inTable[i];
    return unplacedLines(placed);
}

}  // namespace rl::views
