// Accelerator projects in the main window: a dataflow study opens on the
// Dataflow tab with the design of its mapping (the Timeloop tutorial's 1536
// cycles), or of the mapper's when it has none (Eyeriss-like VGG conv3_2);
// a model's layer with the whole model for the network view; never analysed
// as something else; edits in the editors' dock reach the page (or mark it
// stale), are undone, saved and read back.
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "app/gui/main_window.h"
#include "core/dataflow/mapping_nest.h"
#include "core/spec/spec_io.h"
#include "tests/app/gui_waits.h"
#include "tests/dataflow/sample_designs.h"
#include "views/dataflow/dataflow_editors.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_session.h"
#include "views/roofline/roofline_view.h"
#include "views/start/start_page.h"

using rl::gui::MainWindow;

namespace {
QString project(const char* name) {
    return QStringLiteral(RIDGELINE_SAMPLES) + "/projects/" + QString::fromLatin1(name);
}

// The first design, mapper included: 120 s at most.
bool waitForDesign(MainWindow& w) { return rl::test::waitForDesign(w, 120000); }

bool tabEnabled(const MainWindow& w, QWidget* page) {
    return w.resultTabs()->isTabEnabled(w.resultTabs()->indexOf(page));
}

// The tutorial's mapping with K split as 32 / rfK at the buffer and rfK at
// the register file (the published mapping: 16 and 2).
rl::Mapping tutorialMappingWithKAtTheBuffer(const rl::dataflow::DataflowDesign& d, int rfK) {
    rl::Mapping m = rl::dataflow::toMapping(d.mapping, *d.arch, "edited");
    for (auto& level : m.levels) {
        if (level.target == "GlobalBuffer")
            level.temporal[static_cast<int>(rl::Dim::K)] = rfK == 1 ? 32 : 16;
        if (level.target == "RegisterFile") level.temporal[static_cast<int>(rl::Dim::K)] = rfK;
    }
    return m;
}
}  // namespace

class TestGuiDataflow : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tutorialOpensOnTheDataflowPageWith1536Cycles() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(project("tutorial-3level-dataflow.json")));
        QCOMPARE(w.resultTabs()->currentWidget(), static_cast<QWidget*>(w.dataflowPage()));
        const auto design = w.dataflowPage()->design();
        QVERIFY(design);
        QCOMPARE(design->evaluation.cycles, std::int64_t(1536));  // the Timeloop tutorial's figure
        QCOMPARE(design->evaluation.macs, std::int64_t(32 * 3 * 16));
        // The published total: 32130.51 fJ/MAC.
        QVERIFY(std::abs(design->evaluation.energyPerMacJ() * 1e15 - 32130.51) < 0.01);
        QCOMPARE(QString::fromStdString(design->mappingLabel),
                 QStringLiteral("mapping-3level.json"));
        // Never analysed as something else: no hardware, model or scenario.
        QVERIFY(!tabEnabled(w, w.roofline()));
        QVERIFY(!w.results()->result());
        QVERIFY(w.dataflowPage()->viewKeys().contains("loopnest"));
        QVERIFY(!w.isModified());
        const rl::Json doc = w.projectDocument();
        QVERIFY(!doc.contains("hardware"));
        QCOMPARE(doc["dataflow"]["mapping"], rl::Json("../accelerators/mapping-3level.json"));
        // The editors hold the three documents.
        QCOMPARE(w.dataflowEditors()->archJson()["name"], rl::Json("Timeloop tutorial 3-level"));
        QVERIFY(w.dataflowEditors()->mappingJson().is_object());
    }

    void eyerissVggReachesTheMappersDesign() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(project("eyeriss-vgg-conv3-2.json")));
        QVERIFY(waitForDesign(w));
        const auto design = w.dataflowPage()->design();
        QVERIFY(design);
        // The same search as tests/dataflow/sample_designs.h (EDP, seed 1,
        // 200,000 evaluations), deterministic on any thread count.
        const auto reference = rl::testing::eyerissVggDesign();
        QCOMPARE(design->evaluation.cycles, reference->evaluation.cycles);
        QCOMPARE(design->evaluation.cycles, std::int64_t(5'505'024));
        // Never under the 100%-utilisation bound: 924,844,032 MACs on 168 PEs.
        QVERIFY(design->evaluation.cycles >= 5'505'024);
        QVERIFY(QString::fromStdString(design->mappingLabel).contains("mapper"));
        QVERIFY(w.dataflowPage()->notice().isEmpty());
        // The mapper's mapping is what the project reproduces: nothing to save.
        QVERIFY(!w.isModified());
        QVERIFY(w.dataflowEditors()->mappingJson().is_object());
    }

    // The hardware's accelerator, a layer of the model, and the whole model.
    void resnetOnEyerissKeepsItsAnalysisAndMapsALayer() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QSignalSpy results(w.results(), &rl::views::ResultStore::resultChanged);
        QVERIFY(w.openFile(project("resnet50-on-eyeriss.json")));
        QCOMPARE(w.resultTabs()->currentWidget(), static_cast<QWidget*>(w.dataflowPage()));
        QVERIFY(tabEnabled(w, w.roofline()));
        QVERIFY(waitForDesign(w));
        const auto design = w.dataflowPage()->design();
        QVERIFY(design);
        QCOMPARE(design->problem.bound(rl::Dim::K), 64);
        QCOMPARE(design->problem.bound(rl::Dim::R), 3);
        QCOMPARE(design->arch->mac.instances, 168);
        const auto model = w.dataflowPage()->model();
        QVERIFY(model);
        QVERIFY(!model->operators.empty());
        // The analysis of hardware, model and scenario still runs, as before.
        QVERIFY(w.results()->result() || results.wait(60000));
        QVERIFY(!w.results()->result()->ops.empty());
    }

    // The dataflow page has no operators: their dock steps aside under it, so the
    // loop nest gets the height (about 200 px at 720 px under the dock), and comes
    // back under the analysis; also when the window came from a study without one.
    void operatorsDockStepsAsideUnderTheDataflowPage() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        auto* operators = w.findChild<QDockWidget*>("operatorsDock");
        QVERIFY(operators);
        for (const char* before : {"", "tutorial-3level-dataflow.json"}) {
            if (*before) QVERIFY(w.openFile(project(before), true));
            QVERIFY(w.openFile(project("resnet50-on-eyeriss.json"), true));
            QCOMPARE(w.resultTabs()->currentWidget(), static_cast<QWidget*>(w.dataflowPage()));
            QVERIFY2(operators->isHidden(), before);
            w.resultTabs()->setCurrentWidget(w.roofline());
            QVERIFY2(!operators->isHidden(), before);
            w.resultTabs()->setCurrentWidget(w.dataflowPage());
            QVERIFY2(operators->isHidden(), before);
        }
    }

    void editsReachThePageAndInvalidOnesMarkItStale() {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(project("tutorial-3level-dataflow.json")));
        const auto original = w.dataflowPage()->design();
        QVERIFY(original);
        auto* editors = w.dataflowEditors();

        // Invalid: 16 x 3 is not the problem's K = 32.
        editors->showMapping(tutorialMappingWithKAtTheBuffer(*original, 3));
        QVERIFY(w.dataflowPage()->isStale());
        QVERIFY(!w.dataflowPage()->notice().isEmpty());
        QCOMPARE(w.dataflowPage()->design(), original);  // the last valid design stays
        editors->undoStack()->undo();

        // Valid: K = 32 at the buffer, 1 at the register file.
        editors->showMapping(tutorialMappingWithKAtTheBuffer(*original, 1));
        const auto edited = w.dataflowPage()->design();
        QVERIFY(edited);
        QVERIFY(edited != original);
        QVERIFY(!w.dataflowPage()->isStale());
        QCOMPARE(edited->evaluation.cycles, std::int64_t(1536));  // one MAC: still 1536
        QVERIFY(edited->evaluation.energyJ != original->evaluation.energyJ);
        QVERIFY(w.isModified());

        // Saved elsewhere: the edited mapping is embedded and read back.
        const QString path = dir.filePath("tutorial-edited.json");
        QVERIFY(w.saveTo(path));
        QVERIFY(!w.isModified());
        const auto reread = rl::loadProject(path.toStdString());
        QVERIFY2(reread.ok(), reread.diagnostics.format().c_str());
        QVERIFY(reread.value->dataflow->mappingJson.is_object());
        MainWindow again;
        QVERIFY(again.openFile(path));
        QVERIFY(again.dataflowPage()->design());
        QCOMPARE(again.dataflowPage()->design()->evaluation.energyJ, edited->evaluation.energyJ);

        // Undo goes back to the project's mapping.
        editors->undoStack()->undo();
        QCOMPARE(w.dataflowPage()->design()->evaluation.energyJ, original->evaluation.energyJ);
    }

    // The start page lists the accelerator projects first, marked.
    void startPageListsTheAcceleratorProjects() {
        rl::views::StartPage start;
        QListWidget* list = start.samplesList();
        QStringList accelerator;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith("Accelerator: "))
                accelerator << list->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(accelerator.size(), 3);  // tutorial, Eyeriss VGG, ResNet-50 on Eyeriss
        QVERIFY(list->item(0)->text().startsWith("Accelerator: "));
        QVERIFY(accelerator.join(' ').contains("tutorial-3level-dataflow.json"));
        QVERIFY(accelerator.join(' ').contains("eyeriss-vgg-conv3-2.json"));
    }

    // A project without a study hides the page again.
    void anotherProjectHidesTheDataflowPage() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(project("tutorial-3level-dataflow.json")));
        QVERIFY(w.openFile(project("resnet50-batch32-on-t4.json"), true));
        QVERIFY(!w.resultTabs()->isTabVisible(w.resultTabs()->indexOf(w.dataflowPage())));
        QVERIFY(tabEnabled(w, w.roofline()));
        QVERIFY(!w.dataflowPage()->design());
        QVERIFY(!w.projectDocument().contains("dataflow"));
    }
};

QTEST_MAIN(TestGuiDataflow)
#include "test_gui_dataflow.moc"
