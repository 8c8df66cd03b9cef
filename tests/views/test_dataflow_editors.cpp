// The dataflow editors on the Timeloop tutorial 3-level documents: loading
// emits the evaluated design, a bad factor or an overflowing tile is marked at
// its field with core's reason, undo restores the design, form and JSON stay
// in sync, levels are added and removed, and every item model passes
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColor>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "core/dataflow/load_specs.h"
#include "core/spec/json_reader.h"
#include "views/dataflow/arch_editor.h"
#include "views/dataflow/arch_levels_model.h"
#include "views/dataflow/dataflow_editors.h"
#include "views/dataflow/level_nest_model.h"
#include "views/dataflow/mapping_editor.h"
#include "views/dataflow/problem_editor.h"

using rl::Dim;
using rl::Json;
using rl::views::ArchLevelsModel;
using rl::views::DataflowEditors;
using rl::views::LevelNestModel;

namespace {

Json readAccelerator(const char* name) {
    rl::Diagnostics diag;
    auto doc = rl::readJsonFile(std::string(RIDGELINE_SAMPLES) + "/accelerators/" + name, diag);
    if (!doc) qFatal("%s", diag.format().c_str());
    return *doc;
}

#define JSON_EQ(actual, expected) \
    QVERIFY2((actual) == (expected), qPrintable(QString::fromStdString((actual).dump())))

using DesignPtr = std::shared_ptr<const rl::dataflow::DataflowDesign>;

DesignPtr lastDesign(const QSignalSpy& spy) {
    return spy.isEmpty() ? nullptr : spy.last().at(0).value<DesignPtr>();
}

constexpr int kGlobalBuffer = 1;
constexpr int kRegisterFile = 2;

}  // namespace

class TestDataflowEditors : public QObject {
    Q_OBJECT
    Json arch_, problem_, mapping_;

    void loadTutorial(DataflowEditors& e) {
        e.load(arch_, problem_, mapping_, "tutorial-3level.json", "problem-conv1d-k32-r3-p16.json",
               "mapping-3level.json");
    }
    // Sets a factor the way the table's editor does.
    static bool setFactor(DataflowEditors& e, int level, Dim d, int column, int value) {
        LevelNestModel* m = e.mappingEditor()->levelModel(level);
        return m->setData(m->index(m->rowOf(d), column), value, Qt::EditRole);
    }

  private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<DesignPtr>("std::shared_ptr<const rl::dataflow::DataflowDesign>");
        arch_ = readAccelerator("tutorial-3level.json");
        problem_ = readAccelerator("problem-conv1d-k32-r3-p16.json");
        mapping_ = readAccelerator("mapping-3level.json");
    }

    void loadingEmitsTheTutorialDesign() {
        DataflowEditors e;
        QSignalSpy edited(&e, &DataflowEditors::designEdited);
        QSignalSpy invalid(&e, &DataflowEditors::designInvalid);
        loadTutorial(e);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(invalid.count(), 0);
        auto design = lastDesign(edited);
        QVERIFY(design);
        QCOMPARE(design->evaluation.cycles, std::int64_t{1536});
        QCOMPARE(design->evaluation.macs, std::int64_t{1536});
        QVERIFY2(e.statusText().contains("1,536"), qPrintable(e.statusText()));
        // The narrow dock wraps between figures, never inside one ("32.1" / "pJ per MAC").
        const QStringList figures = e.statusText().split(QStringLiteral(" · "));
        QCOMPARE(figures.size(), 4);
        for (const QString& figure : figures) QVERIFY2(!figure.contains(' '), qPrintable(figure));
        QCOMPARE(figures.last(), QStringLiteral("32.1\u00A0pJ\u00A0per\u00A0MAC"));
        QVERIFY(!e.isModified());
        QCOMPARE(e.undoStack()->count(), 0);
        JSON_EQ(e.archJson(), arch_);
        JSON_EQ(e.mappingJson(), mapping_);
        // The mapping form shows the file's loop nest: GlobalBuffer K16 P16 in order KP.
        auto* mapping = e.mappingEditor();
        QCOMPARE(mapping->levelCount(), 3);
        QCOMPARE(mapping->levelName(kGlobalBuffer), QString("GlobalBuffer"));
        LevelNestModel* gb = mapping->levelModel(kGlobalBuffer);
        QCOMPARE(gb->dimAt(0), Dim::K);
        QCOMPARE(gb->dimAt(1), Dim::P);
        QCOMPARE(gb->factor(Dim::K, LevelNestModel::Temporal), std::int64_t{16});
        QCOMPARE(gb->factor(Dim::P, LevelNestModel::Temporal), std::int64_t{16});
        // Register file tile: weights K2 x R3 = 6, inputs R3 = 3, outputs K2 = 2.
        const QString tile = mapping->tileLabel(kRegisterFile)->text();
        QVERIFY2(tile.contains("W 6") && tile.contains("I 3") && tile.contains("O 2") &&
                     tile.contains("= 11 of 64"),
                 qPrintable(tile));
        QCOMPARE(e.archEditor()->levelsModel()->rowCount(), 3);
        // Loops of bound 1 (N, C, Q, S here) are hidden; the problem's are shown.
        QTableView* table = mapping->levelTable(kGlobalBuffer);
        QVERIFY(table->isRowHidden(gb->rowOf(Dim::N)));
        QVERIFY(!table->isRowHidden(gb->rowOf(Dim::K)));
        QVERIFY(!table->isRowHidden(gb->rowOf(Dim::R)));
        // Nothing loaded: nothing to validate, nothing emitted.
        QSignalSpy invalid2(&e, &DataflowEditors::designInvalid);
        e.load(Json(), Json(), Json(), {}, {}, {});
        QCOMPARE(invalid2.count(), 0);
        QVERIFY(e.archEditor()->problems().items().empty());
    }

    void invalidFactorIsMarkedAtTheFieldAndUndone() {
        DataflowEditors e;
        loadTutorial(e);
        QSignalSpy edited(&e, &DataflowEditors::designEdited);
        QSignalSpy invalid(&e, &DataflowEditors::designInvalid);
        QVERIFY(setFactor(e, kGlobalBuffer, Dim::K, LevelNestModel::Temporal, 8));
        QCOMPARE(invalid.count(), 1);
        QCOMPARE(edited.count(), 0);
        QVERIFY2(invalid.last().at(0).toString().contains("/factors/K"),
                 qPrintable(invalid.last().at(0).toString()));
        // At the field: the cell's own problem, tooltip and colour.
        LevelNestModel* gb = e.mappingEditor()->levelModel(kGlobalBuffer);
        const QModelIndex cell = gb->index(gb->rowOf(Dim::K), LevelNestModel::Temporal);
        QCOMPARE(cell.data().toString(), QString("8"));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("8 x 2 = 16") && tip.contains("problem bound 32"), qPrintable(tip));
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        // The register file's K factor takes part in the product: marked too.
        LevelNestModel* rf = e.mappingEditor()->levelModel(kRegisterFile);
        QVERIFY(!rf->problemsAt(Dim::K, LevelNestModel::Temporal).isEmpty());
        // Factors that are fine are not marked.
        QVERIFY(gb->problemsAt(Dim::P, LevelNestModel::Temporal).isEmpty());
        QLabel* message = e.mappingEditor()->levelMessage(kGlobalBuffer);
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains("K: got 8 x 2 = 16"), qPrintable(message->text()));
        QVERIFY(e.statusText().contains("Not valid"));
        QCOMPARE(e.undoStack()->undoText(), QString("Edit GlobalBuffer temporal K"));
        QVERIFY(e.isModified());
        JSON_EQ(e.mappingJson()["levels"][1]["temporal"]["K"], Json(8));

        e.undoStack()->undo();
        QCOMPARE(edited.count(), 1);
        QCOMPARE(lastDesign(edited)->evaluation.cycles, std::int64_t{1536});
        QVERIFY(gb->problemsAt(Dim::K, LevelNestModel::Temporal).isEmpty());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().indexOf("⚠") < 0);
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        QVERIFY(message->isHidden());
        JSON_EQ(e.mappingJson(), mapping_);
        QVERIFY(!e.isModified());
        e.undoStack()->redo();
        QCOMPARE(invalid.count(), 2);
    }

    void overflowingTileIsMarkedWithTheReason() {
        DataflowEditors e;
        loadTutorial(e);
        QSignalSpy edited(&e, &DataflowEditors::designEdited);
        QSignalSpy invalid(&e, &DataflowEditors::designInvalid);
        // Move all of K into the register file: the product holds, the tile does not fit.
        QVERIFY(setFactor(e, kGlobalBuffer, Dim::K, LevelNestModel::Temporal, 1));
        QVERIFY(setFactor(e, kRegisterFile, Dim::K, LevelNestModel::Temporal, 32));
        QCOMPARE(invalid.count(), 2);
        QCOMPARE(edited.count(), 0);
        QLabel* tile = e.mappingEditor()->tileLabel(kRegisterFile);
        QVERIFY(tile->property("hasProblem").toBool());
        // Weights 32 x 3 + inputs 3 + outputs 32 = 131 words in a 64-word register file.
        QVERIFY2(tile->text().contains("131 words") && tile->text().contains("at most 64 words") &&
                     tile->text().contains("capacity of RegisterFile"),
                 qPrintable(tile->text()));
        QVERIFY(!e.mappingEditor()->tileLabel(kGlobalBuffer)->property("hasProblem").toBool());
        QVERIFY(invalid.last().at(0).toString().contains("/levels[RegisterFile]/tile"));
        // Bypassing the weights there makes the tile fit (3 + 32 words).
        e.mappingEditor()->setKeep(kRegisterFile, rl::DataSpace::weights, false);
        QCOMPARE(edited.count(), 1);
        QVERIFY(!tile->property("hasProblem").toBool());
        QVERIFY2(tile->text().contains("= 35 of 64"), qPrintable(tile->text()));
        QVERIFY(!e.mappingEditor()->keepBox(kRegisterFile, rl::DataSpace::weights)->isChecked());
        // Three undos: the tutorial's design again.
        for (int i = 0; i < 3; ++i) e.undoStack()->undo();
        QCOMPARE(lastDesign(edited)->evaluation.cycles, std::int64_t{1536});
        JSON_EQ(e.mappingJson(), mapping_);
    }

    void jsonAndFormStayInSync() {
        DataflowEditors e;
        loadTutorial(e);
        QSignalSpy edited(&e, &DataflowEditors::designEdited);
        // Form -> JSON: the problem's K spin box.
        auto* k = qobject_cast<QSpinBox*>(e.problemEditor()->field("/dims/K"));
        QVERIFY(k);
        QCOMPARE(k->value(), 32);
        k->setValue(64);
        JSON_EQ(e.problemJson()["dims"]["K"], Json(64));
        QVERIFY(e.problemEditor()->jsonEdit()->toPlainText().contains("\"K\": 64"));
        // K = 64 no longer matches the mapping's 16 x 2: reported at the mapping's K cells.
        QVERIFY(!e.mappingEditor()
                     ->levelModel(kGlobalBuffer)
                     ->problemsAt(Dim::K, LevelNestModel::Temporal)
                     .isEmpty());
        e.undoStack()->undo();
        QCOMPARE(k->value(), 32);
        // JSON -> form (parsed after a pause in typing): the mapping's loop order.
        QString text = e.mappingEditor()->jsonEdit()->toPlainText();
        QVERIFY(text.contains("\"order\": \"KP\""));
        text.replace("\"order\": \"KP\"", "\"order\": \"PK\"");
        e.mappingEditor()->jsonEdit()->setPlainText(text);
        QTRY_COMPARE(e.mappingEditor()->levelModel(kGlobalBuffer)->dimAt(0), Dim::P);
        QCOMPARE(e.undoStack()->undoText(), QString("Edit JSON"));
        QCOMPARE(lastDesign(edited)->mapping.levels[kGlobalBuffer].order[0], Dim::P);
        // JSON -> form for the architecture table.
        text = e.archEditor()->jsonEdit()->toPlainText();
        text.replace("\"capacity_words\": 262144", "\"capacity_words\": 4096");
        e.archEditor()->jsonEdit()->setPlainText(text);
        ArchLevelsModel* levels = e.archEditor()->levelsModel();
        QTRY_COMPARE(levels->index(kGlobalBuffer, ArchLevelsModel::Capacity).data().toString(),
                     QString("4,096"));
        QCOMPARE(
            levels->index(kGlobalBuffer, ArchLevelsModel::Capacity).data(Qt::EditRole).toString(),
            QString("4096"));
        // Text that does not parse: reported, the document stays as it was.
        QSignalSpy invalid(&e, &DataflowEditors::designInvalid);
        e.archEditor()->jsonEdit()->setPlainText("{ \"levels\": [");
        QTRY_COMPARE(invalid.count(), 1);
        JSON_EQ(e.archJson()["levels"][1]["capacity_words"], Json(4096));
        // Loop order from the form: move P inwards again.
        e.mappingEditor()->moveLoop(kGlobalBuffer, Dim::P, +1);
        JSON_EQ(e.mappingJson()["levels"][1]["order"], Json("KPNCQRS"));
        QCOMPARE(e.undoStack()->undoText(), QString("Move loop P inwards in GlobalBuffer"));
    }

    void architectureRowsAndCells() {
        DataflowEditors e;
        loadTutorial(e);
        QSignalSpy edited(&e, &DataflowEditors::designEdited);
        QSignalSpy invalid(&e, &DataflowEditors::designInvalid);
        ArchLevelsModel* levels = e.archEditor()->levelsModel();
        // A cell edit reads as such in the undo history.
        QVERIFY(levels->setData(levels->index(kGlobalBuffer, ArchLevelsModel::Capacity), "1024",
                                Qt::EditRole));
        QCOMPARE(e.undoStack()->undoText(), QString("Edit GlobalBuffer capacity"));
        JSON_EQ(e.archJson()["levels"][1]["capacity_words"], Json(1024));
        QCOMPARE(edited.count(), 1);  // W 96 + I 18 + O 512 = 626 words fit
        // Too small for the mapping's GlobalBuffer tile: marked in the mapping editor.
        QVERIFY(levels->setData(levels->index(kGlobalBuffer, ArchLevelsModel::Capacity), "100",
                                Qt::EditRole));
        QCOMPARE(invalid.count(), 1);
        QVERIFY(e.mappingEditor()->tileLabel(kGlobalBuffer)->property("hasProblem").toBool());
        // Not a number: marked at the cell with the parser's reason.
        QVERIFY(levels->setData(levels->index(kGlobalBuffer, ArchLevelsModel::Capacity), "lots",
                                Qt::EditRole));
        QCOMPARE(invalid.count(), 2);
        const QString cellProblem = levels->problemsAt(kGlobalBuffer, ArchLevelsModel::Capacity);
        QVERIFY2(cellProblem.contains("/levels/1/capacity_words"), qPrintable(cellProblem));
        QVERIFY(levels->index(kGlobalBuffer, ArchLevelsModel::Capacity)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("\"lots\""));
        // Marked as the mapping's cells are (one ProblemCellsModel): red, black text.
        const QModelIndex capacity = levels->index(kGlobalBuffer, ArchLevelsModel::Capacity);
        QCOMPARE(capacity.data(Qt::BackgroundRole).value<QColor>(), QColor(255, 205, 210));
        QCOMPARE(capacity.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::black));
        QVERIFY(!levels->index(kGlobalBuffer, ArchLevelsModel::Kind)
                     .data(Qt::BackgroundRole)
                     .isValid());
        // Three merged edits of one cell are one undo step.
        QCOMPARE(e.undoStack()->count(), 1);
        e.undoStack()->undo();
        QCOMPARE(lastDesign(edited)->evaluation.cycles, std::int64_t{1536});

        // Kept tensors as check boxes.
        const QModelIndex keepsW = levels->index(kRegisterFile, ArchLevelsModel::KeepsWeights);
        QCOMPARE(keepsW.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(levels->setData(keepsW, Qt::Unchecked, Qt::CheckStateRole));
        JSON_EQ(e.archJson()["levels"][2]["holds"], Json({"inputs", "outputs"}));
        e.undoStack()->undo();

        // Rows: add a copy of the GlobalBuffer below it, then remove it.
        e.archEditor()->addLevel(kGlobalBuffer);
        QCOMPARE(levels->rowCount(), 4);
        QCOMPARE(levels->index(2, ArchLevelsModel::Name).data().toString(),
                 QString("GlobalBuffer 2"));
        QCOMPARE(e.undoStack()->undoText(), QString("Add level GlobalBuffer 2"));
        QCOMPARE(e.mappingEditor()->levelCount(), 4);
        // An unmapped level takes factors of 1: the same schedule.
        QCOMPARE(lastDesign(edited)->evaluation.cycles, std::int64_t{1536});
        QCOMPARE(lastDesign(edited)->arch->levels.size(), std::size_t{4});
        e.archEditor()->moveLevel(2, -1);
        QCOMPARE(levels->index(1, ArchLevelsModel::Name).data().toString(),
                 QString("GlobalBuffer 2"));
        e.archEditor()->removeLevel(1);
        QCOMPARE(levels->rowCount(), 3);
        JSON_EQ(e.archJson(), arch_);
        QCOMPARE(lastDesign(edited)->evaluation.cycles, std::int64_t{1536});

        // Removing a mapped level unmaps it in the same undo step.
        const int before = e.undoStack()->count();
        e.archEditor()->removeLevel(kGlobalBuffer);
        QCOMPARE(e.undoStack()->count(), before + 1);
        QCOMPARE(e.mappingJson()["levels"].size(), std::size_t{2});
        QVERIFY(invalid.count() >= 3);  // K and P no longer multiply to the problem
        e.undoStack()->undo();
        JSON_EQ(e.archJson(), arch_);
        JSON_EQ(e.mappingJson(), mapping_);
        QCOMPARE(lastDesign(edited)->evaluation.cycles, std::int64_t{1536});

        // Renaming a level retargets the mapping in the same step.
        QVERIFY(levels->setData(levels->index(kGlobalBuffer, ArchLevelsModel::Name), "GLB",
                                Qt::EditRole));
        JSON_EQ(e.mappingJson()["levels"][1]["target"], Json("GLB"));
        QCOMPARE(lastDesign(edited)->evaluation.cycles, std::int64_t{1536});
        QCOMPARE(e.mappingEditor()->levelName(kGlobalBuffer), QString("GLB"));
        e.undoStack()->undo();
        JSON_EQ(e.mappingJson(), mapping_);
        JSON_EQ(e.archJson(), arch_);
    }

    void problemFieldsAreMarked() {
        DataflowEditors e;
        loadTutorial(e);
        QSignalSpy invalid(&e, &DataflowEditors::designInvalid);
        Json depthwise = problem_;
        depthwise["kind"] = "depthwise";
        e.problemEditor()->editDocument(depthwise, "kind");
        QCOMPARE(invalid.count(), 1);
        QWidget* k = e.problemEditor()->field("/dims/K");
        QVERIFY(k->property("hasProblem").toBool());
        QVERIFY2(k->toolTip().contains("K = 1 for a depthwise problem"), qPrintable(k->toolTip()));
        QVERIFY(!e.problemEditor()->field("/dims/R")->property("hasProblem").toBool());
    }

    void showMappingIsUndoable() {
        DataflowEditors e;
        loadTutorial(e);
        QSignalSpy edited(&e, &DataflowEditors::designEdited);
        rl::Diagnostics diag;
        auto mapping = rl::parseMapping(mapping_, "", diag);
        QVERIFY(mapping);
        mapping->name = "swapped";
        std::swap(mapping->levels[1].order[0], mapping->levels[1].order[1]);  // P outside K
        e.showMapping(*mapping);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(lastDesign(edited)->mappingLabel, std::string("swapped"));
        QCOMPARE(e.mappingEditor()->levelModel(kGlobalBuffer)->dimAt(0), Dim::P);
        QCOMPARE(e.undoStack()->undoText(), QString("Load mapping swapped"));
        e.undoStack()->undo();
        JSON_EQ(e.mappingJson(), mapping_);
    }

    void badDocumentsNeverCrash() {
        DataflowEditors e;
        QSignalSpy invalid(&e, &DataflowEditors::designInvalid);
        const Json bad[] = {
            Json::array({1, 2}), Json(5), Json("text"),
            Json{{"levels", 3}, {"mac", "x"}, {"dims", {{"K", "many"}}}},
            Json{{"levels", {Json(1), Json{{"target", 7}}, Json{{"temporal", 2}}}}}};
        for (const Json& doc : bad) {
            e.load(doc, doc, doc, "a.json", "p.json", "m.json");
            QVERIFY(invalid.count() > 0);
            QVERIFY(!e.statusText().isEmpty());
        }
        // A half-broken mapping beside a valid architecture and problem: the
        // problems are placed where they belong, nothing is lost.
        Json mapping = mapping_;
        mapping["levels"][1]["temporal"]["K"] = "sixteen";
        mapping["levels"][2]["spatial"] = {{"X", {{"Z", 2}}}};
        mapping["levels"][2]["keep"] = {"weights", "gradients"};
        e.load(arch_, problem_, mapping, "a.json", "p.json", "m.json");
        auto* gb = e.mappingEditor()->levelModel(kGlobalBuffer);
        QCOMPARE(gb->index(gb->rowOf(Dim::K), LevelNestModel::Temporal).data().toString(),
                 QString("?"));
        QVERIFY(gb->problemsAt(Dim::K, LevelNestModel::Temporal).contains("sixteen"));
        QVERIFY(e.mappingEditor()
                    ->keepBox(kRegisterFile, rl::DataSpace::weights)
                    ->property("hasProblem")
                    .toBool());
        QVERIFY(!e.mappingEditor()->levelMessage(kRegisterFile)->text().isEmpty());
        // Typing a non-object into a JSON pane.
        e.load(arch_, problem_, mapping_, "a.json", "p.json", "m.json");
        e.problemEditor()->jsonEdit()->setPlainText("[1, 2, 3]");
        QTRY_VERIFY(e.problemJson().is_array());
        QVERIFY(e.problemEditor()->messageText().contains("object"));
        e.undoStack()->undo();
        JSON_EQ(e.problemJson(), problem_);
    }

    void modelsPassTheTester() {
        DataflowEditors e;
        loadTutorial(e);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        QAbstractItemModelTester archTester(e.archEditor()->levelsModel(), Mode::QtTest);
        // Changes the testers watch: rows added and removed, data changed, problems marked.
        e.archEditor()->addLevel(0);
        QVERIFY(e.archEditor()->levelsModel()->setData(
            e.archEditor()->levelsModel()->index(0, ArchLevelsModel::BlockSize), "x",
            Qt::EditRole));
        e.undoStack()->undo();
        e.undoStack()->undo();
        QAbstractItemModelTester nestTester(e.mappingEditor()->levelModel(kRegisterFile),
                                            Mode::QtTest);
        QVERIFY(setFactor(e, kRegisterFile, Dim::K, LevelNestModel::Temporal, 4));
        e.mappingEditor()->moveLoop(kRegisterFile, Dim::R, -1);
        e.undoStack()->undo();
        e.undoStack()->undo();
        ArchLevelsModel empty;
        QAbstractItemModelTester emptyTester(&empty, Mode::QtTest);
        empty.setDocument(Json::object());
        empty.setDocument(arch_);
        QCOMPARE(empty.rowCount(), 3);
        LevelNestModel standalone;
        QAbstractItemModelTester standaloneTester(&standalone, Mode::QtTest);
        standalone.setLoops(rl::views::LevelLoops{}, nullptr);
        QCOMPARE(standalone.rowCount(), 7);
    }
};

QTEST_MAIN(TestDataflowEditors)
#include "test_dataflow_editors.moc"
