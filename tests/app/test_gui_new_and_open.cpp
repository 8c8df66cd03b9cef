// File > New and opening lone files in the main window: the blank templates
// are valid documents; hardware, model and scenario made from them give a
// result; a library item replaces a spec as one undo step whose header names
// the new file (also after a compare swap); a Hugging Face config.json opens
// as a new project named from its architecture and size; a lone accelerator
// or problem file opens as a dataflow study, a lone mapping is refused with
// what it lacks; the unsaved-changes prompt guards a new project.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include "app/gui/complete_project_dialog.h"
#include "app/gui/main_window.h"
#include "app/gui/new_document_dialog.h"
#include "app/gui/spec_templates.h"
#include "core/dataflow/design.h"
#include "core/spec/accelerator_spec.h"
#include "core/spec/spec_io.h"
#include "tests/app/gui_waits.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_session.h"
#include "views/editors/spec_editor.h"

using rl::gui::MainWindow;
using rl::gui::NewDocumentKind;

namespace {
const QString kSamples = QStringLiteral(RIDGELINE_SAMPLES);

// A run of the engine: 60 s at most.
bool waitForResult(MainWindow& w) { return rl::test::waitForResult(w, 60000); }
// The first design, mapper included: 240 s at most.
bool waitForDesign(MainWindow& w) { return rl::test::waitForDesign(w, 240000); }

// The editor's header in full (its tooltip; the label itself may be elided).
QString header(const rl::views::SpecEditor* editor) {
    const auto* label = editor->findChild<QLabel*>(QStringLiteral("specEditorHeader"));
    return label ? label->toolTip() : QString();
}

// Runs `act` on the next modal widget once it shows (dialogs, message boxes).
void onNextModal(std::function<void(QWidget*)> act) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

// What the user sees: `dialog` centred over the window, saved to `path`.
bool saveOver(QWidget& window, QWidget& dialog, const QString& path) {
    dialog.show();
    QTest::qWait(300);
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    const QPixmap d = dialog.grab();
    const QPoint at((shot.width() - d.width()) / 2, (shot.height() - d.height()) / 2);
    painter.drawPixmap(at, d);
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.drawRect(QRect(at, d.size()).adjusted(-1, -1, 0, 0));
    painter.end();
    return shot.save(path);
}

int libraryRow(const QList<rl::views::LibraryEntry>& items, const QString& file) {
    for (int i = 0; i < items.size(); ++i)
        if (QFileInfo(items[i].path).fileName() == file) return i;
    return -1;
}

// Meta's Llama-2-7b-hf config.json as published.
const char* kLlama2Config = R"({
  "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 4096,
  "intermediate_size": 11008, "num_hidden_layers": 32, "num_attention_heads": 32,
  "num_key_value_heads": 32, "vocab_size": 32000, "max_position_embeddings": 4096,
  "hidden_act": "silu", "rms_norm_eps": 1e-05, "tie_word_embeddings": false,
  "torch_dtype": "float16", "bos_token_id": 1, "eos_token_id": 2})";
}  // namespace

class TestGuiNewAndOpen : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void blankTemplatesAreValidDocuments() {
        const rl::Json hw = rl::gui::blankTemplate(NewDocumentKind::hardware);
        const rl::Json model = rl::gui::blankTemplate(NewDocumentKind::model);
        const rl::Json sc = rl::gui::blankTemplate(NewDocumentKind::scenario);
        auto h = rl::parseHardware(hw, "hardware.json");
        QVERIFY2(h.ok(), h.diagnostics.format().c_str());
        QVERIFY(h.diagnostics.items().empty());  // not even a warning
        auto m = rl::parseModel(model, "model.json");
        QVERIFY2(m.ok(), m.diagnostics.format().c_str());
        QVERIFY(m.diagnostics.items().empty());
        auto s = rl::parseScenario(sc, "scenario.json");
        QVERIFY2(s.ok(), s.diagnostics.format().c_str());
        QVERIFY(s.diagnostics.items().empty());
        QCOMPARE(QString::fromStdString(s.value->kind), QStringLiteral("inference"));

        rl::Diagnostics d("templates");
        auto arch =
            rl::parseAcceleratorArch(rl::gui::blankTemplate(NewDocumentKind::accelerator), "", d);
        auto problem = rl::parseProblem(rl::gui::blankTemplate(NewDocumentKind::problem), "", d);
        auto mapping = rl::parseMapping(rl::gui::blankTemplate(NewDocumentKind::mapping), "", d);
        QVERIFY2(arch && problem && mapping, d.format().c_str());
        // The three fit together: 16 x 32 x 3 x 3 x 14 x 14 MACs on 16 PEs.
        auto design = rl::dataflow::makeDesign(arch, *problem, *mapping, d);
        QVERIFY2(design, d.format().c_str());
        QCOMPARE(design->evaluation.macs, std::int64_t(16 * 32 * 3 * 3 * 14 * 14));
        QVERIFY(design->evaluation.cycles >= design->evaluation.macs / 16);
    }

    // Each kind's key, title, template and library items agree (one table, spec_templates.cpp).
    void everyKindIsDescribedOnce() {
        for (NewDocumentKind kind :
             {NewDocumentKind::hardware, NewDocumentKind::model, NewDocumentKind::scenario,
              NewDocumentKind::accelerator, NewDocumentKind::problem, NewDocumentKind::mapping}) {
            const QString key = rl::gui::templateKey(kind);
            QCOMPARE(rl::gui::NewDocumentDialog::title(kind), QStringLiteral("New ") + key);
            const rl::SpecKind spec = rl::detectSpecKind(rl::gui::blankTemplate(kind));
            QCOMPARE(QString::fromStdString(rl::toString(spec)), key);
            QVERIFY(rl::gui::newDocumentKindOf(spec) == kind);
            const auto items = rl::gui::libraryItems(kind);
            QVERIFY2(!items.isEmpty(), qPrintable(key));
            for (const auto& e : items) {
                rl::Diagnostics ignored;
                const auto doc = rl::readJsonFile(e.path.toStdString(), ignored);
                QVERIFY2(doc && rl::detectSpecKind(*doc) == spec, qPrintable(e.path));
            }
        }
        QVERIFY(!rl::gui::newDocumentKindOf(rl::SpecKind::project));
    }

    void hardwareModelAndScenarioFromBlankTemplatesGiveAResult() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(!w.results()->result());
        // No project open: the new hardware starts an untitled project.
        QVERIFY(w.createDocument(NewDocumentKind::hardware,
                                 rl::gui::blankTemplate(NewDocumentKind::hardware),
                                 QStringLiteral("blank template")));
        QVERIFY(w.filePath().isEmpty());
        QVERIFY(w.results()->result() || waitForResult(w));
        auto first = w.results()->result();
        QCOMPARE(QString::fromStdString(first->hardware), QStringLiteral("New hardware"));
        QCOMPARE(QString::fromStdString(first->model), QStringLiteral("New model"));
        QCOMPARE(QString::fromStdString(first->scenario), QStringLiteral("New scenario"));
        QVERIFY(first->totalTime > 0);
        QVERIFY(header(w.hardwareEditor()).contains(QStringLiteral("blank template")));

        // A library model replaces the blank one as one undoable edit.
        rl::gui::NewDocumentDialog dialog(NewDocumentKind::model, QString());
        QVERIFY(dialog.libraryCount() >= 16);
        const int llama = libraryRow(rl::gui::libraryItems(NewDocumentKind::model),
                                     QStringLiteral("llama-2-7b.json"));
        QVERIFY(llama >= 0);
        dialog.choose(llama);
        QString error;
        const rl::Json doc = dialog.document(&error);
        QVERIFY2(doc.is_object(), qPrintable(error));
        QCOMPARE(dialog.sourceLabel(), QStringLiteral("llama-2-7b.json"));
        const int steps = w.undoStack()->count();
        QVERIFY(w.createDocument(NewDocumentKind::model, doc, dialog.sourceLabel()));
        QCOMPARE(w.undoStack()->count(), steps + 1);
        QVERIFY(waitForResult(w));
        QCOMPARE(QString::fromStdString(w.results()->result()->model),
                 QString::fromStdString(doc.at("name").get<std::string>()));
        // 7 B parameters at 16 bit take longer than the blank 0.2 B model.
        QVERIFY(w.results()->result()->totalTime > first->totalTime);
        QVERIFY(header(w.modelEditor()).contains(QStringLiteral("llama-2-7b.json")));
        QVERIFY(!header(w.modelEditor()).contains(QStringLiteral("edited")));
        // Undo brings the blank model and its header back.
        w.undoStack()->undo();
        QCOMPARE(QString::fromStdString(w.modelEditor()->document().at("name").get<std::string>()),
                 QStringLiteral("New model"));
        QVERIFY(header(w.modelEditor()).contains(QStringLiteral("blank template")));
    }

    void compareSwapNamesTheComparedFile() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(kSamples + "/projects/llama2-7b-chat-on-h100.json"));
        QVERIFY(w.results()->result() || waitForResult(w));
        const QString before = header(w.hardwareEditor());
        QVERIFY(before.contains(QStringLiteral("nvidia-h100")));
        w.compareWithHardware(kSamples + "/hardware/nvidia-a100-sxm4-80gb.json");
        const QString after = header(w.hardwareEditor());
        QVERIFY2(after.contains(QStringLiteral("nvidia-a100-sxm4-80gb.json")), qPrintable(after));
        QVERIFY2(!after.contains(QStringLiteral("edited from")), qPrintable(after));
        QVERIFY(w.isModified());
        w.undoStack()->undo();
        QCOMPARE(header(w.hardwareEditor()), before);
        w.undoStack()->redo();
        QVERIFY(header(w.hardwareEditor()).contains(QStringLiteral("nvidia-a100-sxm4-80gb.json")));
    }

    void huggingFaceConfigOpensAsANamedProjectWithAResult() {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        QVERIFY(rl::saveJsonAtomically(path.toStdString(), rl::Json::parse(kLlama2Config)).empty());
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QString hardwareChosen;
        onNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<rl::gui::CompleteProjectDialog*>(modal);
            if (!dialog) return;
            QVERIFY(!dialog->picker(NewDocumentKind::model));  // the config is the model
            QComboBox* hw = dialog->picker(NewDocumentKind::hardware);
            QVERIFY(hw && hw->count() >= 29);
            hw->setCurrentIndex(
                hw->findText(QStringLiteral("NVIDIA H100 SXM5 80GB"), Qt::MatchStartsWith));
            hardwareChosen = hw->currentText();
            QCOMPARE(dialog->picker(NewDocumentKind::scenario)->currentIndex(), 0);  // default
            dialog->accept();
        });
        QVERIFY(w.openFile(path));
        QVERIFY(!hardwareChosen.isEmpty());
        QVERIFY(w.results()->result() || waitForResult(w));
        const auto& r = *w.results()->result();
        QCOMPARE(QString::fromStdString(r.model), QStringLiteral("Llama 6.7B"));
        QCOMPARE(QString::fromStdString(r.hardware), hardwareChosen);
        QVERIFY(r.totalTime > 0);
        QVERIFY(w.windowTitle().contains(QStringLiteral("Llama 6.7B on")));
        QVERIFY(header(w.modelEditor()).contains(QStringLiteral("config.json")));
        QVERIFY(w.hardwareEditor()->isVisible());
    }

    void loneAcceleratorOpensAsAStudyTheMapperMaps() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(kSamples + "/accelerators/tutorial-3level.json"));
        QVERIFY(waitForDesign(w));
        const auto design = w.dataflowPage()->design();
        QVERIFY(design);
        QCOMPARE(QString::fromStdString(design->arch->name),
                 QStringLiteral("Timeloop tutorial 3-level"));
        // The blank problem: every MAC of it is mapped.
        QCOMPARE(design->evaluation.macs, std::int64_t(16 * 32 * 3 * 3 * 14 * 14));
        QVERIFY(design->evaluation.cycles > 0);
        QVERIFY(w.filePath().isEmpty());  // untitled
    }

    void loneProblemOpensOnTheBlankAccelerator() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(kSamples + "/accelerators/problem-conv1d-k32-r3-p16.json"));
        QVERIFY(waitForDesign(w));
        const auto design = w.dataflowPage()->design();
        QVERIFY(design);
        QCOMPARE(QString::fromStdString(design->arch->name), QStringLiteral("New accelerator"));
        QCOMPARE(design->evaluation.macs, std::int64_t(32 * 3 * 16));
    }

    void loneMappingIsRefusedNamingWhatItLacks() {
        MainWindow w;
        QString said;
        onNextModal([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                said = box->text();
                box->accept();
            }
        });
        QVERIFY(!w.openFile(kSamples + "/accelerators/mapping-3level.json"));
        QVERIFY(said.contains(QStringLiteral("mapping-3level.json")));
        QVERIFY(said.contains(QStringLiteral("accelerator")));
        QVERIFY(said.contains(QStringLiteral("problem")));
    }

    // A "format" that is not a string (a number, an object) is refused like any
    // unknown file; reading it threw a JSON type error out of the Open handler.
    void aFormatThatIsNoStringIsRefused() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char* text : {R"({"format": 2})", R"({"format": {"x": 1}, "version": 1})"}) {
            const QString path = dir.filePath(QStringLiteral("odd.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
            f.close();
            MainWindow w;
            bool refused = false;
            onNextModal([&](QWidget* modal) {
                if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                    refused = box->text().contains(QStringLiteral("odd.json"));
                    box->accept();
                }
            });
            QVERIFY(!w.openFile(path));
            QVERIFY2(refused, text);
        }
    }

    void aNewProjectAsksBeforeUnsavedEditsAreLost() {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(kSamples + "/projects/llama2-7b-chat-on-a100.json"));
        w.hardwareEditor()->editField("/name", QStringLiteral("My A100"));
        QVERIFY(w.isModified());
        bool asked = false;
        onNextModal([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                asked = true;
                box->button(QMessageBox::Cancel)->click();
            }
        });
        QVERIFY(!w.createDocument(NewDocumentKind::accelerator,
                                  rl::gui::blankTemplate(NewDocumentKind::accelerator),
                                  QStringLiteral("blank template")));
        QVERIFY(asked);
        QCOMPARE(
            QString::fromStdString(w.hardwareEditor()->document().at("name").get<std::string>()),
            QStringLiteral("My A100"));
        QVERIFY(w.isModified());
    }

    // With RIDGELINE_SCREENSHOT_DIR set: the New hardware dialog over a
    // project at 1280x720, in English and German, for docs/screenshots.
    void screenshotsOfTheNewDialog() {
        const QString dir = qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR");
        if (dir.isEmpty()) QSKIP("RIDGELINE_SCREENSHOT_DIR not set");
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            QTranslator translator, qt;
            if (language != "en") {
                QVERIFY(translator.load("ridgeline_" + language, RIDGELINE_QM_DIR));
                QApplication::installTranslator(&translator);
                // Qt's own buttons (Cancel), as the application loads them.
                if (qt.load("qtbase_" + language,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                    QApplication::installTranslator(&qt);
            }
            {
                MainWindow w;
                w.resize(1280, 720);
                w.show();
                QVERIFY(w.openFile(kSamples + "/projects/llama2-7b-chat-on-a100.json"));
                QVERIFY(w.results()->result() || waitForResult(w));
                rl::gui::NewDocumentDialog dialog(
                    NewDocumentKind::hardware,
                    QCoreApplication::translate(
                        "rl::gui::MainWindow",
                        "It replaces the open project's hardware as one edit: Edit > Undo "
                        "brings the old one back."),
                    &w);
                dialog.choose(libraryRow(rl::gui::libraryItems(NewDocumentKind::hardware),
                                         QStringLiteral("nvidia-h100-sxm5-80gb.json")));
                QVERIFY(saveOver(w, dialog, dir + "/new-document-dialog-" + language + ".png"));
            }
            {
                // Opening a Hugging Face config.json with no project open.
                MainWindow w;
                w.resize(1280, 720);
                w.show();
                rl::gui::CompleteProjectDialog dialog(NewDocumentKind::model,
                                                      QStringLiteral("Llama 6.7B"), &w);
                QVERIFY(saveOver(w, dialog, dir + "/hf-open-dialog-" + language + ".png"));
            }
            QApplication::removeTranslator(&translator);
            QApplication::removeTranslator(&qt);
        }
    }
};

QTEST_MAIN(TestGuiNewAndOpen)
#include "test_gui_new_and_open.moc"
