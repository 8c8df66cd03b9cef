// The spec editors as authoring tools: human labels, drop-downs with exactly
// the parser's values, optional fields and rows added and removed as single
// undoable edits, quantities with a unit chooser, the slider following undo,
// read-only format/version, and a header that elides instead of growing.
#include <cmath>

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSlider>
#include <QStandardPaths>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include "core/spec/spec_io.h"
#include "core/spec/units.h"
#include "tests/views/sample_document.h"
#include "views/common/theme.h"
#include "views/editors/field_docs.h"
#include "views/editors/field_schema.h"
#include "views/editors/spec_editor.h"

using namespace rl::views;

namespace {

using rl::test::readSample;

// The values a drop-down writes into the file (its items' data).
QStringList comboItems(const QComboBox* box) {
    QStringList out;
    for (int i = 0; i < box->count(); ++i) out << box->itemData(i).toString();
    return out;
}

// The A100 sample open in a hardware editor with its own undo stack.
struct A100Editor {
    const rl::Json a100 = readSample("hardware/nvidia-a100-sxm4-80gb.json");
    QUndoStack undo;
    SpecEditor editor{SpecEditor::Kind::hardware, &undo};
    A100Editor() { editor.setDocument(a100, "a100.json"); }
};

// What a drop-down shows.
QStringList comboTexts(const QComboBox* box) {
    QStringList out;
    for (int i = 0; i < box->count(); ++i) out << box->itemText(i);
    return out;
}

bool hasDiagnosticAt(const rl::Diagnostics& d, const std::string& path, bool errorsOnly = true) {
    for (const auto& item : d.items())
        if (item.path == path && (!errorsOnly || item.severity == rl::Diagnostic::Severity::error))
            return true;
    return false;
}

double bandwidthOf(const rl::Json& doc, int level) {
    const auto v = rl::parseQuantity(doc["memory"][level]["bandwidth"].get<std::string>(),
                                     rl::Dimension::bandwidth);
    return std::get<double>(v);
}

}  // namespace

class TestSpecEditorAuthoring : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void labelsAreHumanWithUnits() {
        QUndoStack undo;
        SpecEditor hw(SpecEditor::Kind::hardware, &undo);
        hw.setDocument(readSample("hardware/nvidia-a100-sxm4-80gb.json"), "a100.json");
        QVERIFY(hw.labelFor("/memory/0/bandwidth"));
        QCOMPARE(hw.labelFor("/memory/0/bandwidth")->text(), QString("Bandwidth"));
        QVERIFY(hw.unitBoxFor("/memory/0/bandwidth"));
        QCOMPARE(hw.unitBoxFor("/memory/0/bandwidth")->currentText(), QString("GB/s"));
        QCOMPARE(hw.lineEditFor("/memory/0/bandwidth")->text(), QString("2039"));
        QCOMPARE(hw.labelFor("/tdp")->text(), QString("Thermal design power"));
        QCOMPARE(hw.unitBoxFor("/tdp")->currentText(), QString("W"));
        QCOMPARE(hw.unitBoxFor("/memory/0/capacity")->currentText(), QString("GiB"));
        QVERIFY(!hw.labelFor("/memory/0/bandwidth")->toolTip().isEmpty());

        SpecEditor sc(SpecEditor::Kind::scenario, &undo);
        sc.setDocument(readSample("scenarios/chat-batch1-fp16.json"), "chat.json");
        QCOMPARE(sc.labelFor("/precision/kv_cache")->text(), QString("KV cache"));
        QCOMPARE(sc.labelFor("/inference/prompt_tokens")->text(), QString("Prompt [tokens]"));
        // The key-based lookup of the sweep builder reads the same table.
        QCOMPARE(
            fieldDoc("bandwidth", "0"),
            fieldSpec(SchemaFormat::hardware, "/memory/0/bandwidth")->description() + " (1 TB/s)");
    }

    void formatAndVersionAreReadOnly() {
        QUndoStack undo;
        SpecEditor hw(SpecEditor::Kind::hardware, &undo);
        hw.setDocument(readSample("hardware/nvidia-a100-sxm4-80gb.json"), "a100.json");
        for (const char* path : {"/format", "/version"}) {
            QWidget* w = hw.fieldWidget(path);
            QVERIFY2(w, path);
            QVERIFY(!hw.lineEditFor(path));
            QVERIFY(!qobject_cast<QLineEdit*>(w) && !qobject_cast<QComboBox*>(w));
            auto* label = qobject_cast<QLabel*>(w);
            QVERIFY(label);
            QVERIFY(!(label->textInteractionFlags() & Qt::TextEditable));
        }
        QCOMPARE(qobject_cast<QLabel*>(hw.fieldWidget("/format"))->text(),
                 QString("ridgeline.hardware"));
    }

    void enumsAreCombosWithTheParsersValues() {
        A100Editor e;
        auto& [a100, undo, hw] = e;
        auto* kind = qobject_cast<QComboBox*>(hw.fieldWidget("/memory/0/kind"));
        QVERIFY(kind);
        QCOMPARE(comboItems(kind), QStringList({"dram", "hbm", "sram", "cache", "regfile"}));
        auto* topology = qobject_cast<QComboBox*>(hw.fieldWidget("/interconnect/0/topology"));
        QVERIFY(topology);
        QCOMPARE(topology->count(), 5);

        // Every value offered is accepted by the parser; one it does not offer is not.
        for (const char* path : {"/kind", "/memory/0/kind", "/interconnect/0/topology"}) {
            auto* box = qobject_cast<QComboBox*>(hw.fieldWidget(path));
            QVERIFY2(box, path);
            for (const QString& value : comboItems(box)) {
                rl::Json doc = a100;
                doc[rl::Json::json_pointer(path)] = value.toStdString();
                QVERIFY2(!hasDiagnosticAt(rl::parseHardware(doc, "x").diagnostics, path),
                         qPrintable(QString(path) + " = " + value));
            }
            rl::Json doc = a100;
            doc[rl::Json::json_pointer(path)] = "warp-drive";
            QVERIFY(hasDiagnosticAt(rl::parseHardware(doc, "x").diagnostics, path));
        }

        // Choosing a value edits the document; undo restores it.
        kind->setCurrentIndex(kind->findData("hbm"));
        QCOMPARE(hw.document()["memory"][0]["kind"], rl::Json("hbm"));
        QVERIFY(hw.isValid());
        QCOMPARE(undo.undoText(), QString("Edit HBM2e kind"));
        undo.undo();
        QCOMPARE(hw.document(), a100);
        kind = qobject_cast<QComboBox*>(hw.fieldWidget("/memory/0/kind"));
        QCOMPARE(kind->currentData().toString(), QString("dram"));

        // Scenario precisions are the data types, in the parser's spelling.
        SpecEditor sc(SpecEditor::Kind::scenario, &undo);
        const rl::Json chat = readSample("scenarios/chat-batch1-fp16.json");
        sc.setDocument(chat, "chat.json");
        auto* weights = qobject_cast<QComboBox*>(sc.fieldWidget("/precision/weights"));
        QVERIFY(weights);
        for (const QString& value : comboItems(weights)) {
            rl::Json doc = chat;
            doc["precision"]["weights"] = value.toStdString();
            QVERIFY2(rl::parseScenario(doc, "x").ok(), qPrintable(value));
        }
        QVERIFY(comboItems(weights).contains("fp8"));
    }

    // Drop-downs show display names; the file keeps the parser's words.
    void choicesShowDisplayNamesAndWriteRawValues() {
        QUndoStack undo;
        SpecEditor hw(SpecEditor::Kind::hardware, &undo);
        hw.setDocument(readSample("hardware/nvidia-a100-sxm4-80gb.json"), "a100.json");
        auto* memory = qobject_cast<QComboBox*>(hw.fieldWidget("/memory/0/kind"));
        QVERIFY(memory);
        QCOMPARE(comboTexts(memory),
                 QStringList({"DRAM", "HBM", "SRAM", "Cache", "Register file"}));

        const rl::Json serving = readSample("scenarios/serving-poisson-vllm.json");
        SpecEditor sc(SpecEditor::Kind::scenario, &undo);
        sc.setDocument(serving, "serving.json");
        auto* kind = qobject_cast<QComboBox*>(sc.fieldWidget("/kind"));
        QVERIFY(kind);
        QCOMPARE(comboTexts(kind), QStringList({"Inference", "Serving", "Training"}));
        QCOMPARE(kind->currentText(), QString("Serving"));
        auto* arrival = qobject_cast<QComboBox*>(sc.fieldWidget("/serving/arrival"));
        QVERIFY(arrival);
        QCOMPARE(arrival->currentText(), QString("Poisson"));
        const int closedLoop = arrival->findText("Closed loop");
        QVERIFY(closedLoop >= 0);
        arrival->setCurrentIndex(closedLoop);
        QCOMPARE(sc.document()["serving"]["arrival"], rl::Json("closed_loop"));
        undo.undo();
        QCOMPARE(sc.document(), serving);

        // Data types keep their standard spelling.
        auto* weights = qobject_cast<QComboBox*>(sc.fieldWidget("/precision/weights"));
        QVERIFY(weights);
        QCOMPARE(comboTexts(weights), comboItems(weights));

        // In German the names are German, the values still the file's.
        QTranslator german;
        QVERIFY(german.load("ridgeline_de", RIDGELINE_QM_DIR));
        QCoreApplication::installTranslator(&german);
        SpecEditor de(SpecEditor::Kind::scenario, &undo);
        de.setDocument(serving, "serving.json");
        auto* deKind = qobject_cast<QComboBox*>(de.fieldWidget("/kind"));
        auto* deArrival = qobject_cast<QComboBox*>(de.fieldWidget("/serving/arrival"));
        const QStringList germanKinds = deKind ? comboTexts(deKind) : QStringList();
        const QStringList germanValues = deKind ? comboItems(deKind) : QStringList();
        const int germanClosedLoop = deArrival ? deArrival->findText("Geschlossener Kreis") : -1;
        if (germanClosedLoop >= 0) deArrival->setCurrentIndex(germanClosedLoop);
        const rl::Json germanDoc = de.document();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(germanKinds, QStringList({"Inferenz", "Serving", "Training"}));
        QCOMPARE(germanValues, QStringList({"inference", "serving", "training"}));
        QVERIFY(germanClosedLoop >= 0);
        QCOMPARE(germanDoc["serving"]["arrival"], rl::Json("closed_loop"));
    }

    // Taking a library item names the library file; undo names the old one.
    void librarySwapNamesTheLibraryFile() {
        QStandardPaths::setTestModeEnabled(true);  // no user library in the way
        QUndoStack undo;
        SpecEditor hw(SpecEditor::Kind::hardware, &undo);
        const rl::Json a100 = readSample("hardware/nvidia-a100-sxm4-80gb.json");
        hw.setDocument(a100, "old.json");
        hw.editField("/tdp", "500 W");
        const rl::Json edited = hw.document();
        auto* header = hw.findChild<QLabel*>("specEditorHeader");
        QVERIFY(header);
        QVERIFY2(header->toolTip().contains("edited from old.json"), qPrintable(header->toolTip()));

        auto* library = hw.findChild<QToolButton*>("specEditorLibrary");
        QVERIFY(library && library->menu());
        Q_EMIT library->menu()->aboutToShow();
        QAction* h100 = nullptr;
        for (QAction* a : library->menu()->actions())
            if (a->text() == "NVIDIA H100 SXM5 80GB") h100 = a;
        QVERIFY(h100);
        h100->trigger();
        QCOMPARE(hw.document(), readSample("hardware/nvidia-h100-sxm5-80gb.json"));
        QCOMPARE(header->toolTip(), QString("nvidia-h100-sxm5-80gb.json"));
        QCOMPARE(hw.fileLabel(), QString("nvidia-h100-sxm5-80gb.json"));
        QVERIFY(hw.isValid());

        // One undo step brings back the old file's name with its edit.
        undo.undo();
        QCOMPARE(hw.document(), edited);
        QCOMPARE(hw.fileLabel(), QString("old.json"));
        QVERIFY2(header->toolTip().contains("edited from old.json"), qPrintable(header->toolTip()));
        undo.undo();
        QCOMPARE(hw.document(), a100);
        QCOMPARE(header->toolTip(), QString("old.json"));
        undo.redo();
        undo.redo();
        QCOMPARE(header->toolTip(), QString("nvidia-h100-sxm5-80gb.json"));
    }

    // Dark as in light, an absent optional field reads greyed: its label is
    // disabled, and the dark palette dims disabled labels, not only inputs.
    void absentFieldsReadGreyedInDark() {
        Theme::instance().apply(ThemeKind::dark);
        A100Editor e;
        QLabel* label = e.editor.labelFor("/interconnect/0/energy_per_byte");
        QVERIFY(label && !label->isEnabled());
        const QPalette p = label->palette();
        const int active = p.color(QPalette::Active, label->foregroundRole()).lightness();
        const int disabled = p.color(QPalette::Disabled, label->foregroundRole()).lightness();
        Theme::instance().apply(ThemeKind::light);
        QVERIFY2(
            disabled < active - 60,
            qPrintable(QString("lightness %1 disabled, %2 enabled").arg(disabled).arg(active)));
    }

    void optionalFieldsAreAddedAndRemoved() {
        A100Editor e;
        auto& [a100, undo, hw] = e;
        const QString path = "/interconnect/0/energy_per_byte";
        QVERIFY(!a100["interconnect"][0].contains("energy_per_byte"));
        QWidget* greyed = hw.fieldWidget(path);
        QVERIFY(greyed);
        QVERIFY(!greyed->isEnabled());  // shown with its default, greyed
        QAbstractButton* add = hw.addButtonFor(path);
        QVERIFY(add);
        add->click();
        QCOMPARE(hw.document()["interconnect"][0]["energy_per_byte"], rl::Json("10 pJ/B"));
        QVERIFY(hw.isValid());
        QCOMPARE(undo.undoText(), QString("Add energy per byte"));
        QVERIFY(hw.fieldWidget(path)->isEnabled());
        QCOMPARE(hw.lineEditFor(path)->text(), QString("10"));
        undo.undo();
        QCOMPARE(hw.document(), a100);
        undo.redo();
        QVERIFY(hw.document()["interconnect"][0].contains("energy_per_byte"));

        hw.removeField("/memory/0/latency");
        QVERIFY(!hw.document()["memory"][0].contains("latency"));
        QVERIFY(hw.isValid());
        QCOMPARE(undo.undoText(), QString("Remove latency"));
        undo.undo();
        QCOMPARE(hw.document()["memory"][0]["latency"], rl::Json("500 ns"));

        // A data-parallel degree, without typing JSON.
        SpecEditor sc(SpecEditor::Kind::scenario, &undo);
        sc.setDocument(readSample("scenarios/chat-batch1-fp16.json"), "chat.json");
        QVERIFY(sc.addButtonFor("/parallelism/data"));
        sc.addButtonFor("/parallelism/data")->click();
        QCOMPARE(sc.document()["parallelism"]["data"], rl::Json(1));
        QVERIFY(sc.isValid());
        QCOMPARE(undo.undoText(), QString("Add data parallel"));
        // Fields of another kind are not offered: no serving section on an inference scenario.
        QVERIFY(!sc.addButtonFor("/serving"));
    }

    void rowsAreAddedRemovedAndMoved() {
        A100Editor e;
        auto& [a100, undo, hw] = e;
        QVERIFY(hw.addButtonFor("/memory"));
        hw.addButtonFor("/memory")->click();
        QCOMPARE(hw.document()["memory"].size(), std::size_t(4));
        QCOMPARE(hw.document()["memory"][3]["name"], rl::Json("New level"));
        QVERIFY2(hw.isValid(), hw.diagnostics().format().c_str());
        QVERIFY(hw.hardware() && hw.hardware()->memory.size() == 4);
        QCOMPARE(undo.undoText(), QString("Add memory level"));
        QVERIFY(hw.lineEditFor("/memory/3/bandwidth"));  // the new row is in the form
        undo.undo();
        QCOMPARE(hw.document(), a100);
        QVERIFY(!hw.lineEditFor("/memory/3/bandwidth"));
        undo.redo();
        QCOMPARE(hw.document()["memory"].size(), std::size_t(4));

        hw.removeRow("/interconnect", 0);
        QCOMPARE(hw.document()["interconnect"].size(), std::size_t(0));
        QVERIFY(hw.isValid());
        QCOMPARE(undo.undoText(), QString("Remove interconnect dimension"));
        undo.undo();
        QCOMPARE(hw.document()["interconnect"][0]["name"], rl::Json("NVLink3"));

        // Moving L2 above HBM breaks "outermost first": a named error at the field.
        hw.moveRow("/memory", 1, -1);
        QCOMPARE(hw.document()["memory"][0]["name"], rl::Json("L2"));
        QCOMPARE(undo.undoText(), QString("Move memory level up"));
        QVERIFY(!hw.isValid());
        QVERIFY(hasDiagnosticAt(hw.diagnostics(), "/memory/1/capacity"));
        QVERIFY(hw.lineEditFor("/memory/1/capacity")->property("hasProblem").toBool());
        undo.undo();
        QVERIFY(hw.isValid());
        QCOMPARE(hw.document()["memory"][0]["name"], rl::Json("HBM2e"));

        // A graph model's operators: a new row gets a name no other operator has.
        const rl::Json graph = {
            {"format", "ridgeline.model"},
            {"version", 1},
            {"name", "two gemms"},
            {"graph", {{"ops", {{{"name", "op"}, {"kind", "gemm"}, {"dims", {64, 64, 64}}}}}}}};
        SpecEditor model(SpecEditor::Kind::model, &undo);
        model.setDocument(graph, "graph.json");
        QVERIFY(model.isValid());
        model.addRow("/graph/ops");
        QCOMPARE(model.document()["graph"]["ops"][1]["name"], rl::Json("op 2"));
        QVERIFY2(model.isValid(), model.diagnostics().format().c_str());
        QCOMPARE(undo.undoText(), QString("Add operator"));
        model.editField("/graph/ops/1/dims", "128, 256, 512");
        QCOMPARE(model.document()["graph"]["ops"][1]["dims"], rl::Json({128, 256, 512}));
        QVERIFY(model.isValid());
    }

    void quantityUnitsConvertAndSliderFollowsUndo() {
        A100Editor e;
        auto& [a100, undo, hw] = e;
        const QString bw = "/memory/0/bandwidth";

        // Another unit keeps the quantity: 2039 GB/s is 2.039 TB/s.
        QComboBox* unit = hw.unitBoxFor(bw);
        const int tbs = unit->findText("TB/s");
        QVERIFY(tbs >= 0);
        unit->setCurrentIndex(tbs);
        Q_EMIT unit->activated(tbs);
        QCOMPARE(hw.document()["memory"][0]["bandwidth"], rl::Json("2.039 TB/s"));
        QCOMPARE(bandwidthOf(hw.document(), 0), bandwidthOf(a100, 0));
        QCOMPARE(hw.lineEditFor(bw)->text(), QString("2.039"));
        QCOMPARE(undo.undoText(), QString("Edit HBM2e bandwidth"));
        undo.undo();
        QCOMPARE(hw.unitBoxFor(bw)->currentText(), QString("GB/s"));

        // A bare number takes the chosen unit; typing is one undo step.
        QLineEdit* edit = hw.lineEditFor(bw);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, "3000");
        QCOMPARE(hw.document()["memory"][0]["bandwidth"], rl::Json("3000 GB/s"));
        QCOMPARE(undo.undoText(), QString("Edit HBM2e bandwidth"));
        undo.undo();
        QCOMPARE(hw.document(), a100);

        // The slider scales the value and follows undo and redo.
        QSlider* slider = hw.sliderFor(bw);
        QVERIFY(slider);
        QCOMPARE(slider->value(), 0);
        slider->setValue(30);  // 10^0.3 = 1.995x
        const double scaled = bandwidthOf(hw.document(), 0);
        QVERIFY2(std::abs(scaled / bandwidthOf(a100, 0) - std::pow(10.0, 0.3)) < 1e-3,
                 hw.document()["memory"][0]["bandwidth"].dump().c_str());
        QCOMPARE(hw.unitBoxFor(bw)->currentText(), QString("GB/s"));
        undo.undo();
        QCOMPARE(hw.document(), a100);
        QCOMPARE(slider->value(), 0);
        QCOMPARE(hw.lineEditFor(bw)->text(), QString("2039"));
        undo.redo();
        QCOMPARE(slider->value(), 30);
        // An edit typed elsewhere moves the slider too: 20390 GB/s is the 10x end.
        hw.editField(bw, "20.39 TB/s");
        QCOMPARE(slider->value(), 100);
    }

    void undoTextsNameTheField() {
        QUndoStack undo;
        SpecEditor hw(SpecEditor::Kind::hardware, &undo);
        hw.setDocument(readSample("hardware/nvidia-a100-sxm4-80gb.json"), "a100.json");
        hw.editField("/tdp", "500 W");
        QCOMPARE(undo.undoText(), QString("Edit thermal design power"));
        hw.editField("/compute/units", "120");
        QCOMPARE(undo.undoText(), QString("Edit compute units"));
        QCOMPARE(hw.document()["compute"]["units"], rl::Json(120));
    }

    void headerElidesAndFormStaysNarrow() {
        QUndoStack undo;
        SpecEditor hw(SpecEditor::Kind::hardware, &undo);
        const QString longName =
            "a-very-long-directory-name/with-more-levels/nvidia-a100-sxm4-80gb-modified-by-"
            "someone-with-a-long-name-copy-3.json";
        hw.setDocument(readSample("hardware/nvidia-a100-sxm4-80gb.json"), longName);
        hw.resize(380, 600);
        hw.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hw));
        QVERIFY(hw.headerText() != longName);
        QVERIFY(hw.headerText().contains(QChar(0x2026)));  // elided with "…"
        QVERIFY(hw.findChild<QLabel*>("specEditorHeader")->toolTip() == longName);
        QVERIFY2(hw.minimumSizeHint().width() <= 420,
                 qPrintable(QString::number(hw.minimumSizeHint().width())));
        // The form itself asks for no more than a narrow dock either.
        QWidget* form = hw.findChild<QScrollArea*>()->widget();
        QVERIFY2(form->minimumSizeHint().width() <= 420,
                 qPrintable(QString::number(form->minimumSizeHint().width())));
        QVERIFY2(hw.width() <= 420, qPrintable(QString::number(hw.width())));
        hw.resize(1400, 600);
        QTRY_COMPARE(hw.headerText(), longName);
    }

    // German labels are the longest: every sample's form still fits a narrow dock.
    void germanFormsStayNarrow_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sample");
        QTest::addRow("hardware") << int(SpecEditor::Kind::hardware)
                                  << "hardware/nvidia-a100-sxm4-80gb.json";
        QTest::addRow("cluster") << int(SpecEditor::Kind::hardware)
                                 << "hardware/cluster-16x-dgx-h100.json";
        QTest::addRow("model") << int(SpecEditor::Kind::model) << "models/llama-2-7b.json";
        QTest::addRow("serving") << int(SpecEditor::Kind::scenario)
                                 << "scenarios/serving-poisson-vllm.json";
    }
    void germanFormsStayNarrow() {
        QFETCH(int, kind);
        QFETCH(QString, sample);
        const rl::Json doc = readSample(qPrintable(sample));
        QVERIFY2(doc.is_object(), qPrintable(sample));
        QTranslator german;
        QVERIFY(german.load("ridgeline_de", RIDGELINE_QM_DIR));
        QCoreApplication::installTranslator(&german);
        QUndoStack undo;
        SpecEditor editor(static_cast<SpecEditor::Kind>(kind), &undo);
        editor.setDocument(doc, sample);
        const QString bandwidth = editor.labelFor("/memory/0/bandwidth")
                                      ? editor.labelFor("/memory/0/bandwidth")->text()
                                      : QString();
        QWidget* form = editor.findChild<QScrollArea*>()->widget();
        const int formWidth = form->minimumSizeHint().width();
        const int editorWidth = editor.minimumSizeHint().width();
        QCoreApplication::removeTranslator(&german);
        if (kind == int(SpecEditor::Kind::hardware)) QCOMPARE(bandwidth, QString("Bandbreite"));
        QVERIFY2(formWidth <= 420, qPrintable(QString::number(formWidth)));
        QVERIFY2(editorWidth <= 420, qPrintable(QString::number(editorWidth)));
    }
};

QTEST_MAIN(TestSpecEditorAuthoring)
#include "test_spec_editor_authoring.moc"
