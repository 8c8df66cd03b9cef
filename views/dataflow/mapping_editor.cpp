#include "views/dataflow/mapping_editor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/dataflow/mapping_nest.h"
#include "views/common/column_fitter.h"
#include "views/common/flow_layout.h"
#include "views/common/format.h"
#include "views/dataflow/doc_fields.h"
#include "views/dataflow/loop_nest_scene.h"
#include "views/editors/field_marks.h"

namespace rl::views {
namespace {

const char* const kTensorKeys[kDataSpaceCount] = {"weights", "inputs", "outputs"};

// Factors as the document writes them; 0 where a factor is not a positive
// integer (the parser reports it).
DimArray factorsOf(const Json* obj) {
    DimArray out = kOnes;
    if (!obj || !obj->is_object()) return out;
    for (const auto& [key, value] : obj->items()) {
        auto d = key.size() == 1 ? parseDim(key[0]) : std::nullopt;
        if (!d) continue;
        out[static_cast<int>(*d)] = value.is_number_integer() && value.get<std::int64_t>() >= 1
                                        ? value.get<std::int64_t>()
                                        : 0;
    }
    return out;
}

const Json* childOf(const Json* obj, const char* key) {
    return obj && obj->is_object() && obj->contains(key) ? &(*obj)[key] : nullptr;
}

const char* columnKey(int column) {
    switch (column) {
        case LevelNestModel::SpatialX:
            return "X";
        case LevelNestModel::SpatialY:
            return "Y";
        default:
            return "temporal";
    }
}

// The dimension letter a path ends with ("/factors/K" -> K).
std::optional<Dim> dimAtEnd(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos || path.size() != slash + 2) return std::nullopt;
    return parseDim(path[slash + 1]);
}

}  // namespace

MappingEditor::MappingEditor(QUndoStack* undo, QWidget* parent) : DataflowDocEditor(undo, parent) {
    setObjectName(QStringLiteral("mappingEditor"));
    QVBoxLayout* v = formLayout();
    addNameRow(v, tr("mapping name"), tr("Display name of the mapping."));
    contextNote_ = new QLabel(
        tr("Each level's loops run outer (top) to inner. Temporal factors of a dimension over "
           "all levels, times its spatial factors, must multiply to the problem's bound."),
        formPage());
    contextNote_->setWordWrap(true);
    v->addWidget(contextNote_);
    showTrivial_ = new QCheckBox(tr("Show loops of bound 1"), formPage());
    showTrivial_->setToolTip(
        tr("Dimensions the problem does not use (bound 1) have nothing to map; they are hidden "
           "unless a factor there needs fixing."));
    connect(showTrivial_, &QCheckBox::toggled, this, [this] { refreshForm(); });
    v->addWidget(showTrivial_);
    levelsLayout_ = new QVBoxLayout;
    v->addLayout(levelsLayout_);
    v->addStretch(1);
}

void MappingEditor::setContext(std::shared_ptr<const AcceleratorArch> arch,
                               std::optional<DataflowProblem> problem) {
    arch_ = std::move(arch);
    problem_ = std::move(problem);
    refreshForm();
}

QStringList MappingEditor::wantedLevels() const {
    QStringList names;
    if (arch_) {
        for (const auto& l : arch_->levels) names << QString::fromStdString(l.name);
        return names;
    }
    // Without a valid architecture: the levels the mapping names.
    const Json& doc = document();
    if (doc.is_object() && doc.contains("levels") && doc["levels"].is_array())
        for (const auto& l : doc["levels"])
            if (l.is_object() && l.contains("target") && l["target"].is_string())
                names << QString::fromStdString(l["target"].get<std::string>());
    return names;
}

void MappingEditor::rebuildLevels() {
    for (auto& l : levels_) delete l.box;
    levels_.clear();
    const QStringList names = wantedLevels();
    for (int i = 0; i < names.size(); ++i) {
        levels_.push_back(Level{});
        levels_.back().name = names[i];
        buildLevel(i);
    }
}

void MappingEditor::buildLevel(int index) {
    Level& L = levels_[index];
    L.box = new QGroupBox(L.name);
    auto* v = new QVBoxLayout(L.box);
    // The fanout under the title, not in it: a group box is as wide as its title
    // ("GlobalBuffer · Fanout darunter 14 × 12" widened the German dock's form).
    L.fanout = new QLabel(L.box);
    L.fanout->setWordWrap(true);
    // The arrows move the selected loop; beside the fanout, the table gets the box's width.
    auto* top = new QHBoxLayout;
    top->addWidget(L.fanout, 1);
    auto* up = new QToolButton(L.box);
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Move the selected loop outwards"));
    auto* down = new QToolButton(L.box);
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Move the selected loop inwards"));
    top->addWidget(up);
    top->addWidget(down);
    v->addLayout(top);
    // The tensors go on in a second row where the dock has no room for them in one.
    auto* keeps = new FlowLayout;
    keeps->addWidget(new QLabel(tr("Keeps:"), L.box));
    for (int t = 0; t < kDataSpaceCount; ++t) {
        auto* check = new QCheckBox(LoopNestScene::tensorName(t), L.box);
        check->setToolTip(tr("Unchecked: the tensor bypasses this level."));
        connect(check, &QCheckBox::clicked, this,
                [this, index, t](bool on) { setKeep(index, static_cast<DataSpace>(t), on); });
        L.keep[t] = check;
        keeps->addWidget(check);
    }
    v->addLayout(keeps);

    L.model = new LevelNestModel(L.box);
    L.table = new QTableView(L.box);
    L.table->setModel(L.model);
    L.table->setSelectionMode(QAbstractItemView::SingleSelection);
    L.table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    L.table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    L.table->verticalHeader()->setVisible(false);
    L.table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    L.table->verticalHeader()->setDefaultSectionSize(L.table->fontMetrics().height() + 8);
    // As tall as its header and the loops shown (both change: titles wrap, rows hide),
    // with room for the scroll bar a dock narrower than the loops brings.
    L.table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    L.table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Factors need two digits: their columns give way first, titles wrapping
    // ("Räumlich X" was cut in columns of equal width); the loop takes the rest.
    ColumnFitter::Options fit;
    fit.wrapping = {LevelNestModel::SpatialY, LevelNestModel::SpatialX, LevelNestModel::Temporal};
    fit.stretch = LevelNestModel::Loop;
    new ColumnFitter(L.table, std::move(fit));
    connect(L.model, &LevelNestModel::factorEdited, this,
            [this, index](Dim d, int column, int value) { setFactor(index, d, column, value); });
    v->addWidget(L.table);
    auto move = [this, index](int delta) {
        Level& l = levels_[index];
        const int r = l.table->currentIndex().row();
        if (r < 0) return;
        const Dim d = l.model->dimAt(r);
        const int column = std::max(0, l.table->currentIndex().column());
        moveLoop(index, d, delta);
        const int now = levels_[index].model->rowOf(d);
        levels_[index].table->setCurrentIndex(levels_[index].model->index(now, column));
    };
    connect(up, &QToolButton::clicked, this, [move] { move(-1); });
    connect(down, &QToolButton::clicked, this, [move] { move(+1); });

    L.tile = new QLabel(L.box);
    L.tile->setWordWrap(true);
    v->addWidget(L.tile);
    L.message = new QLabel(L.box);
    L.message->setWordWrap(true);
    L.message->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    L.message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    L.message->hide();
    v->addWidget(L.message);
    levelsLayout_->addWidget(L.box);
}

QString MappingEditor::levelName(int level) const {
    return level >= 0 && level < levelCount() ? levels_[level].name : QString();
}
LevelNestModel* MappingEditor::levelModel(int level) const {
    return level >= 0 && level < levelCount() ? levels_[level].model : nullptr;
}
QTableView* MappingEditor::levelTable(int level) const {
    return level >= 0 && level < levelCount() ? levels_[level].table : nullptr;
}
QLabel* MappingEditor::tileLabel(int level) const {
    return level >= 0 && level < levelCount() ? levels_[level].tile : nullptr;
}
QLabel* MappingEditor::levelMessage(int level) const {
    return level >= 0 && level < levelCount() ? levels_[level].message : nullptr;
}
QCheckBox* MappingEditor::keepBox(int level, DataSpace tensor) const {
    return level >= 0 && level < levelCount() ? levels_[level].keep[static_cast<int>(tensor)]
                                              : nullptr;
}

int MappingEditor::documentIndexOf(const QString& target) const {
    const Json& doc = document();
    if (!doc.is_object() || !doc.contains("levels") || !doc["levels"].is_array()) return -1;
    const std::string t = target.toStdString();
    for (std::size_t j = 0; j < doc["levels"].size(); ++j) {
        const Json& l = doc["levels"][j];
        if (l.is_object() && l.contains("target") && l["target"] == t) return static_cast<int>(j);
    }
    return -1;
}

const Json* MappingEditor::entryOf(const QString& target) const {
    const int j = documentIndexOf(target);
    return j < 0 ? nullptr : &document()["levels"][j];
}

Json& MappingEditor::entryFor(Json& doc, const QString& target) const {
    if (!doc.is_object()) doc = Json::object();
    if (!doc.contains("levels") || !doc["levels"].is_array()) doc["levels"] = Json::array();
    Json& levels = doc["levels"];
    const std::string t = target.toStdString();
    for (auto& l : levels)
        if (l.is_object() && l.contains("target") && l["target"] == t) return l;
    // A level the mapping did not name yet goes where the architecture has it.
    Json entry = Json::object();
    entry["target"] = t;
    std::size_t at = levels.size();
    if (arch_) {
        const int want = arch_->levelIndex(t);
        for (std::size_t j = 0; j < levels.size(); ++j) {
            const Json& l = levels[j];
            if (l.is_object() && l.contains("target") && l["target"].is_string() &&
                arch_->levelIndex(l["target"].get<std::string>()) > want) {
                at = j;
                break;
            }
        }
    }
    levels.insert(levels.begin() + static_cast<std::ptrdiff_t>(at), entry);
    return levels[at];
}

LevelLoops MappingEditor::loopsOf(int level) const {
    LevelLoops out;
    const Json* e = entryOf(levels_[level].name);
    out.temporal = factorsOf(childOf(e, "temporal"));
    const Json* spatial = childOf(e, "spatial");
    out.spatialX = factorsOf(childOf(spatial, "X"));
    out.spatialY = factorsOf(childOf(spatial, "Y"));
    if (const Json* o = childOf(e, "order"); o && o->is_string()) {
        std::array<bool, kDimCount> seen{};
        int n = 0;
        for (char c : o->get<std::string>()) {
            auto d = parseDim(c);
            if (!d || seen[static_cast<int>(*d)]) continue;
            seen[static_cast<int>(*d)] = true;
            out.order[n++] = *d;
        }
        for (Dim d : kAllDims)
            if (!seen[static_cast<int>(d)]) out.order[n++] = d;
    }
    return out;
}

std::array<bool, kDataSpaceCount> MappingEditor::keepsOf(int level) const {
    std::array<bool, kDataSpaceCount> keep = {true, true, true};
    if (arch_ && level < static_cast<int>(arch_->levels.size())) keep = arch_->levels[level].holds;
    const Json* e = entryOf(levels_[level].name);
    auto listed = [](const Json* list, int t) {
        if (!list || !list->is_array()) return false;
        for (const auto& x : *list)
            if (x.is_string() && x == kTensorKeys[t]) return true;
        return false;
    };
    if (const Json* k = childOf(e, "keep"))
        for (int t = 0; t < kDataSpaceCount; ++t) keep[t] = listed(k, t);
    else if (const Json* b = childOf(e, "bypass"))
        for (int t = 0; t < kDataSpaceCount; ++t) keep[t] = !listed(b, t);
    return keep;
}

QString MappingEditor::tileText(int level) const {
    if (!arch_ || !problem_ || level >= static_cast<int>(arch_->levels.size())) return {};
    const dataflow::Projection projection(*problem_);
    DimArray extent = kOnes;
    for (int j = level; j < levelCount(); ++j) {
        const LevelLoops l = loopsOf(j);
        for (int d = 0; d < kDimCount; ++d)
            extent[d] *= std::max<std::int64_t>(1, l.temporal[d]) *
                         std::max<std::int64_t>(1, l.spatialX[d]) *
                         std::max<std::int64_t>(1, l.spatialY[d]);
    }
    const auto keep = keepsOf(level);
    const QString names[kDataSpaceCount] = {tr("W"), tr("I"), tr("O")};
    QStringList parts;
    std::int64_t words = 0;
    for (int t = 0; t < kDataSpaceCount; ++t)
        if (keep[t]) {
            const auto w = projection.footprint(t, extent);
            words += w;
            parts << QStringLiteral("%1 %2").arg(names[t], fmtExact(static_cast<double>(w)));
        }
    const auto capacity = arch_->levels[level].capacityWords;
    const QString sum = parts.isEmpty() ? tr("nothing kept")
                                        : parts.join(QStringLiteral(" + ")) + " = " +
                                              fmtExact(static_cast<double>(words));
    if (capacity <= 0) return tr("Tile: %1 words (unbounded)").arg(sum);
    return tr("Tile: %1 of %2 words (%3)")
        .arg(sum, fmtExact(static_cast<double>(capacity)),
             fmtPercent(static_cast<double>(words) / static_cast<double>(capacity)));
}

void MappingEditor::refreshForm() {
    fields()->refresh(document());
    QStringList names;
    for (const auto& l : levels_) names << l.name;
    if (names != wantedLevels()) rebuildLevels();
    const DimArray* bounds = problem_ ? &problem_->bounds : nullptr;
    for (int i = 0; i < levelCount(); ++i) {
        Level& L = levels_[i];
        L.model->setLoops(loopsOf(i), bounds);
        const auto keep = keepsOf(i);
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const QSignalBlocker block(L.keep[t]);
            L.keep[t]->setChecked(keep[t]);
        }
        const bool known = arch_ && i < static_cast<int>(arch_->levels.size());
        if (known)
            L.fanout->setText(tr("Fanout below: %1 × %2")
                                  .arg(dataflow::fanoutX(*arch_, i))
                                  .arg(dataflow::fanoutY(*arch_, i)));
        L.fanout->setVisible(known);
        if (!L.tile->property("hasProblem").toBool()) L.tile->setText(tileText(i));
        // Loops of bound 1 carry nothing, unless the document gives them a factor.
        for (int r = 0; r < kDimCount; ++r) {
            const Dim d = L.model->dimAt(r);
            const bool trivial = bounds && (*bounds)[static_cast<int>(d)] == 1 &&
                                 L.model->factor(d, LevelNestModel::Temporal) == 1 &&
                                 L.model->factor(d, LevelNestModel::SpatialX) == 1 &&
                                 L.model->factor(d, LevelNestModel::SpatialY) == 1;
            const bool hide = trivial && !showTrivial_->isChecked();
            L.table->setRowHidden(r, hide);
        }
    }
}

QString MappingEditor::markProblems() {
    std::vector<bool> placed;
    fields()->mark(problems(), placed);
    const int n = levelCount();
    std::vector<std::map<std::pair<int, int>, QString>> cells(n);
    std::vector<QString> messages(n), keepProblems(n), tileProblems(n);
    auto levelIndex = [&](const std::string& name) {
        for (int i = 0; i < n; ++i)
            if (levels_[i].name.toStdString() == name) return i;
        return -1;
    };
    // Marks the cells of `d` in `columns` whose factor is not 1 (the ones that
    // make the product); the cell just edited is marked in any case.
    auto markFactors = [&](Dim d, std::initializer_list<int> columns, int onlyLevel,
                           const QString& line) {
        std::vector<bool> touched(n, false);
        for (int i = 0; i < n; ++i) {
            if (onlyLevel >= 0 && i != onlyLevel) continue;
            for (int c : columns)
                if (levels_[i].model->factor(d, c) != 1) {
                    cells[i][{static_cast<int>(d), c}] += line;
                    touched[i] = true;
                }
        }
        if (lastEdit_.level >= 0 && lastEdit_.level < n && lastEdit_.dim == d &&
            (onlyLevel < 0 || onlyLevel == lastEdit_.level)) {
            auto& cell = cells[lastEdit_.level][{static_cast<int>(d), lastEdit_.column}];
            if (!cell.contains(line)) cell += line;
            touched[lastEdit_.level] = true;
        }
        return touched;
    };
    for (std::size_t k = 0; k < problems().items().size(); ++k) {
        const Diagnostic& diag = problems().items()[k];
        const std::string& path = diag.path;
        const QString line = problemLine(diag);
        const QString reason = problemReason(diag);
        if (path.rfind("/factors/", 0) == 0) {
            const auto d = dimAtEnd(path);
            if (!d) continue;
            auto touched = markFactors(
                *d, {LevelNestModel::Temporal, LevelNestModel::SpatialX, LevelNestModel::SpatialY},
                -1, line);
            bool any = false;
            for (int i = 0; i < n; ++i) any = any || touched[i];
            for (int i = 0; i < n; ++i)
                if (touched[i] || !any) {
                    if (!any) cells[i][{static_cast<int>(*d), LevelNestModel::Temporal}] += line;
                    messages[i] +=
                        "⚠ " + QString(QChar::fromLatin1(dimLetter(*d))) + ": " + reason + "\n";
                }
            placed[k] = true;
        } else if (path.rfind("/levels[", 0) == 0) {
            const auto close = path.find(']');
            if (close == std::string::npos) continue;
            const int i = levelIndex(path.substr(8, close - 8));
            if (i < 0) continue;
            const std::string rest = path.substr(close + 1);
            if (rest == "/spatial/X" || rest == "/spatial/Y") {
                const int column =
                    rest == "/spatial/X" ? LevelNestModel::SpatialX : LevelNestModel::SpatialY;
                for (Dim d : kAllDims) markFactors(d, {column}, i, line);
            } else if (rest == "/keep") {
                keepProblems[i] += line;
            } else if (rest == "/tile") {
                tileProblems[i] += reason + "\n";
                placed[k] = true;
                continue;  // the tile line shows it
            }
            messages[i] += "⚠ " + reason + "\n";
            placed[k] = true;
        } else if (path.rfind("/levels/", 0) == 0) {
            // A parse problem of one entry of the document: its target names the level.
            const auto slash = path.find('/', 8);
            const std::string number =
                path.substr(8, slash == std::string::npos ? slash : slash - 8);
            const Json& doc = document();
            int j = -1;
            try {
                j = std::stoi(number);
            } catch (...) {
            }
            if (j < 0 || !doc.is_object() || !doc.contains("levels") || !doc["levels"].is_array() ||
                j >= static_cast<int>(doc["levels"].size()))
                continue;
            const Json& entry = doc["levels"][j];
            if (!entry.is_object() || !entry.contains("target") || !entry["target"].is_string())
                continue;
            const int i = levelIndex(entry["target"].get<std::string>());
            const std::string rest = slash == std::string::npos ? "" : path.substr(slash);
            if (i < 0 || rest == "/target") continue;  // an unknown level: the message line
            if (auto d = dimAtEnd(rest)) {
                int column = LevelNestModel::Temporal;
                if (rest.rfind("/spatial/X", 0) == 0) column = LevelNestModel::SpatialX;
                if (rest.rfind("/spatial/Y", 0) == 0) column = LevelNestModel::SpatialY;
                cells[i][{static_cast<int>(*d), column}] += line;
            } else if (rest == "/keep" || rest == "/bypass" || rest.rfind("/keep/", 0) == 0 ||
                       rest.rfind("/bypass/", 0) == 0) {
                keepProblems[i] += line;
            }
            messages[i] += "⚠ " + reason + "\n";
            placed[k] = true;
        }
    }
    for (int i = 0; i < n; ++i) {
        Level& L = levels_[i];
        L.model->setProblems(cells[i]);
        for (auto* check : L.keep)
            markField(check, check->toolTip().section('\n', 0, 0), keepProblems[i]);
        const bool tileBad = !tileProblems[i].isEmpty();
        L.tile->setProperty("hasProblem", tileBad);
        L.tile->setStyleSheet(tileBad ? QStringLiteral("color: #d32f2f; font-weight: bold;")
                                      : QString());
        L.tile->setText(tileBad ? tr("Tile overflows: %1").arg(tileProblems[i].trimmed())
                                : tileText(i));
        L.message->setText(messages[i].trimmed());
        L.message->setVisible(!messages[i].isEmpty());
    }
    return unplacedLines(placed);
}

void MappingEditor::setFactor(int level, Dim d, int column, int value) {
    if (level < 0 || level >= levelCount()) return;
    lastEdit_ = {level, d, column};
    Json doc = document();
    Json& entry = entryFor(doc, levels_[level].name);
    const std::string letter(1, dimLetter(d));
    Json* factors = nullptr;
    if (column == LevelNestModel::Temporal) {
        if (!entry.contains("temporal") || !entry["temporal"].is_object())
            entry["temporal"] = Json::object();
        factors = &entry["temporal"];
    } else {
        if (!entry.contains("spatial") || !entry["spatial"].is_object())
            entry["spatial"] = Json::object();
        Json& spatial = entry["spatial"];
        const char* axis = columnKey(column);
        if (!spatial.contains(axis) || !spatial[axis].is_object()) spatial[axis] = Json::object();
        factors = &spatial[axis];
    }
    // Factors of 1 are left out, as in the samples.
    if (value == 1)
        factors->erase(letter);
    else
        (*factors)[letter] = value;
    if (column != LevelNestModel::Temporal) {
        Json& spatial = entry["spatial"];
        if (spatial[columnKey(column)].empty()) spatial.erase(columnKey(column));
        if (spatial.empty()) entry.erase("spatial");
    } else if (entry["temporal"].empty()) {
        entry.erase("temporal");
    }
    const QString what = column == LevelNestModel::Temporal
                             ? tr("Edit %1 temporal %2").arg(levels_[level].name, letter.c_str())
                             : tr("Edit %1 spatial %2 of %3")
                                   .arg(levels_[level].name, columnKey(column), letter.c_str());
    editDocument(
        doc, what,
        QStringLiteral("%1/%2/%3").arg(levels_[level].name).arg(column).arg(letter.c_str()));
}

void MappingEditor::moveLoop(int level, Dim d, int delta) {
    if (level < 0 || level >= levelCount()) return;
    LevelLoops loops = loopsOf(level);
    int at = -1;
    for (int r = 0; r < kDimCount; ++r)
        if (loops.order[r] == d) at = r;
    if (at < 0) return;
    // Past loops of bound 1: moving across them changes nothing.
    int to = at + delta;
    while (problem_ && to >= 0 && to < kDimCount &&
           problem_->bounds[static_cast<int>(loops.order[to])] == 1)
        to += delta;
    if (to < 0 || to >= kDimCount) return;
    std::swap(loops.order[at], loops.order[to]);
    std::string order;
    for (Dim x : loops.order) order += dimLetter(x);
    Json doc = document();
    entryFor(doc, levels_[level].name)["order"] = order;
    const QString letter(QChar::fromLatin1(dimLetter(d)));
    editDocument(doc, delta < 0
                          ? tr("Move loop %1 outwards in %2").arg(letter, levels_[level].name)
                          : tr("Move loop %1 inwards in %2").arg(letter, levels_[level].name));
}

void MappingEditor::setKeep(int level, DataSpace tensor, bool keep) {
    if (level < 0 || level >= levelCount()) return;
    auto mask = keepsOf(level);
    mask[static_cast<int>(tensor)] = keep;
    Json list = Json::array();
    for (int t = 0; t < kDataSpaceCount; ++t)
        if (mask[t]) list.push_back(kTensorKeys[t]);
    Json doc = document();
    Json& entry = entryFor(doc, levels_[level].name);
    entry.erase("bypass");
    entry["keep"] = list;
    const QString name = levels_[level].name;
    const QString tensorName = LoopNestScene::tensorName(static_cast<int>(tensor));
    editDocument(doc, keep ? tr("Keep %1 in %2").arg(tensorName, name)
                           : tr("Bypass %1 at %2").arg(tensorName, name));
}

void MappingEditor::renameTarget(const QString& oldName, const QString& newName) {
    const int j = documentIndexOf(oldName);
    if (j < 0) return;
    Json doc = document();
    if (newName.isEmpty())
        doc["levels"].erase(doc["levels"].begin() + j);
    else
        doc["levels"][j]["target"] = newName.toStdString();
    editDocument(doc, newName.isEmpty() ? tr("Unmap level %1").arg(oldName)
                                        : tr("Retarget %1 to %2").arg(oldName, newName));
}

}  // namespace rl::views
