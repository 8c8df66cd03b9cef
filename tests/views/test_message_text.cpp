// The engine's typed sentences rendered through Qt's translations: every
// message of a real analysis reads in German and Chinese with no %n left,
// differs from the English rendering, and the explanation view re-renders on
// a language change; the what-if table shows latency and throughput apart.
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTranslator>
#include <QtTest>

#include "core/analytical/analyze.h"
#include "core/spec/spec_io.h"
#include "views/common/format.h"
#include "views/common/op_selection.h"
#include "views/common/result_store.h"
#include "views/explanation/explanation_view.h"
#include "views/explanation/message_text.h"

using namespace rl;
using rl::views::MessageText;

namespace {

std::shared_ptr<const Prediction> analysed(const char* hardware, const char* model,
                                           const char* scenario) {
    const std::string root = RIDGELINE_SAMPLES;
    auto hw = loadHardware(root + "/hardware/" + hardware);
    auto m = loadModel(root + "/models/" + model);
    auto sc = loadScenario(root + "/scenarios/" + scenario);
    if (!hw.ok() || !m.ok() || !sc.ok()) return nullptr;
    return std::make_shared<const Prediction>(analyze(*hw.value, *m.value, *sc.value));
}

// Every message of every explanation, rendered in the current language.
QStringList rendered(const Prediction& p) {
    QStringList out;
    for (const Explanation& e : p.explanations) {
        for (const Message& m : e.messages) out << MessageText::text(m);
        for (const WhatIf& w : e.whatIfs) out << MessageText::whatIfLabel(w);
    }
    return out;
}

const QRegularExpression kPlaceholder(QStringLiteral("%\\d"));

}  // namespace

class TestMessageText : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        prediction =
            analysed("nvidia-a100-sxm4-80gb.json", "llama-2-7b.json", "chat-batch1-fp16.json");
        QVERIFY(prediction);
        QVERIFY(prediction->explanations.size() > 3);
    }

    // English: every argument substituted, the numbers of the message shown.
    void englishRenderingFillsEveryArgument() {
        const QStringList english = rendered(*prediction);
        QVERIFY(english.size() > 20);
        for (const QString& s : english) {
            QVERIFY2(!s.isEmpty(), "an empty sentence");
            QVERIFY2(!kPlaceholder.match(s).hasMatch(), qPrintable(s));
        }
        const Message& head = prediction->explanations.front().messages.front();
        QVERIFY(head.id == MessageId::runSummary);
        const QString summary = MessageText::text(head);
        QVERIFY2(summary.startsWith(QString::fromStdString(prediction->model) + " on "),
                 qPrintable(summary));
        QVERIFY2(summary.contains(views::fmtTime(prediction->totalTime)), qPrintable(summary));
    }

    void translatedRenderingDiffersAndIsComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");  // a word the translation must contain
        QTest::newRow("de") << "de" << QString::fromUtf8("begrenzt");
        QTest::newRow("zh_CN") << "zh_CN" << QString::fromUtf8("限制");
    }
    void translatedRenderingDiffersAndIsComplete() {
        QFETCH(QString, language);
        QFETCH(QString, word);
        const QStringList english = rendered(*prediction);
        QTranslator translator;
        QVERIFY(translator.load("ridgeline_" + language, RIDGELINE_QM_DIR));
        QCoreApplication::installTranslator(&translator);
        const QStringList translated = rendered(*prediction);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated.size(), english.size());
        int sentences = 0;
        for (int i = 0; i < translated.size(); ++i) {
            QVERIFY2(!kPlaceholder.match(translated[i]).hasMatch(), qPrintable(translated[i]));
            QVERIFY2(translated[i] != english[i], qPrintable(translated[i]));
            sentences += translated[i].contains(word);
        }
        QVERIFY(sentences > 3);
    }

    // The view shows the translated sentences once the language changes, and
    // the batch row's latency and throughput columns hold different figures.
    void viewFollowsTheLanguageAndSplitsLatencyFromThroughput() {
        views::ResultStore store;
        views::OpSelection selection;
        views::ExplanationView view(&store, &selection);
        store.setResult(prediction);
        const QString before = view.runText()->toPlainText();
        QVERIFY2(before.contains("is bound by"), qPrintable(before));
        QTranslator translator;
        QVERIFY(translator.load("ridgeline_de", RIDGELINE_QM_DIR));
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::processEvents();
        const QString after = view.runText()->toPlainText();
        const QString header = view.runWhatIfs()->horizontalHeaderItem(3)->text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(after.contains("ist durch") && !after.contains("is bound by"), qPrintable(after));
        QCOMPARE(header, QString("Durchsatz"));

        const auto& whatIfs = prediction->explanations.front().whatIfs;
        QCOMPARE(view.runWhatIfs()->rowCount(), static_cast<int>(whatIfs.size()));
        int batchRow = -1;
        for (int r = 0; r < static_cast<int>(whatIfs.size()); ++r)
            if (whatIfs[r].edit.target == ResourceEdit::Target::batch) batchRow = r;
        QVERIFY(batchRow >= 0);
        const WhatIf& batch = whatIfs[batchRow];
        QCOMPARE(view.runWhatIfs()->item(batchRow, 2)->text(),
                 MessageText::factor(batch.latencyRatio));
        QCOMPARE(view.runWhatIfs()->item(batchRow, 3)->text(),
                 MessageText::factor(batch.throughputGain));
        QVERIFY(view.runWhatIfs()->item(batchRow, 2)->text() !=
                view.runWhatIfs()->item(batchRow, 3)->text());
        QVERIFY(batch.throughputGain > 1.5 && batch.latencyRatio > 1.0);
    }

    // A model that does not fit: its warning reads in the user's language too.
    void memoryWarningIsTranslated() {
        const auto big =
            analysed("nvidia-a100-sxm4-80gb.json", "llama-2-70b.json", "chat-batch1-fp16.json");
        QVERIFY(big && big->memory && !big->memory->fits);
        QTranslator translator;
        QVERIFY(translator.load("ridgeline_de", RIDGELINE_QM_DIR));
        QCoreApplication::installTranslator(&translator);
        views::ResultStore store;
        views::OpSelection selection;
        views::ExplanationView view(&store, &selection);
        store.setResult(big);
        const QString text = view.runText()->toPlainText();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(text.contains(QString::fromUtf8("⚠ Passt nicht")), qPrintable(text));
        QVERIFY2(!text.contains("does not fit"), qPrintable(text));
    }

    // Factors: whole ratios without decimals, others with two; never "nan×".
    void factorsReadAsRatios() {
        QCOMPARE(MessageText::factor(2.0), QString::fromUtf8("2×"));
        QCOMPARE(MessageText::factor(1.934), QString::fromUtf8("1.93×"));
        QCOMPARE(MessageText::factor(std::nan("")), QString::fromUtf8("–"));
    }

    // A message short of arguments (a newer engine, a hand-made result)
    // renders without crashing and without placeholders.
    void shortMessagesRenderSafely() {
        Message m;
        m.id = MessageId::opBoundRepeated;
        m.args = {{MessageArg::Kind::name, "L0.mlp", 0}};
        const QString s = MessageText::text(m);
        QVERIFY2(s.startsWith("L0.mlp (") && !kPlaceholder.match(s).hasMatch(), qPrintable(s));
    }

  private:
    std::shared_ptr<const Prediction> prediction;
};

QTEST_MAIN(TestMessageText)
#include "test_message_text.moc"
