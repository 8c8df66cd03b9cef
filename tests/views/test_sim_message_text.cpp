// The serving and training explanations, their what-ifs and the engines'
// warnings in the user's language: every message id added for them renders
// in German and Chinese with no English word and no %n left and with its
// numbers in the GUI's formats; the serving and training pages re-render
// their sentences and what-if rows when the language changes.
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTranslator>
#include <QtTest>

#include <set>

#include "core/sim/serving/serving_sim.h"
#include "core/sim/serving/workload.h"
#include "core/sim/training/plan.h"
#include "core/sim/training/to_prediction.h"
#include "core/spec/spec_io.h"
#include "views/common/format.h"
#include "views/common/result_store.h"
#include "views/explanation/message_text.h"
#include "views/serving/serving_page.h"
#include "views/training/training_page.h"

using namespace rl;
using rl::views::MessageText;
using Kind = MessageArg::Kind;

namespace {

const MessageId kFirst = MessageId::sentence;
const MessageId kLast = MessageId::warnNotInference;

// The kinds of each id's arguments (core/result/message.h), and whether
// clause 0 is a label.
struct Shape {
    std::vector<Kind> kinds;
    bool label = false;
};

Shape shapeOf(MessageId id) {
    using Id = MessageId;
    const Kind s = Kind::seconds, sh = Kind::share, c = Kind::count, n = Kind::name;
    switch (id) {
        case Id::sentence:
            return {{}, true};
        case Id::servingQueueingWaits:
        case Id::servingPrefillDominates:
            return {{sh, s}};
        case Id::servingTbt:
        case Id::servingTbtStallPrompts:
        case Id::servingTbtStallChunks:
        case Id::trainingDpReduceScatterContention:
        case Id::trainingDpAllReduceContention:
            return {{s, s}};
        case Id::servingPreemptions:
            return {{c, c, c}};
        case Id::servingBusy:
            return {{sh, sh, Kind::decimal, c}};
        case Id::servingSloMet:
            return {{sh}};
        case Id::servingRejected:
        case Id::servingWhatIfMaxBatch:
        case Id::servingWhatIfChunk:
        case Id::trainingStageDoesNotFit:
        case Id::trainingWhatIfInterleave:
        case Id::warnStageDoesNotFit:
        case Id::warnNoInterconnect:
            return {{c}};
        case Id::servingWhatIfResult:
            return {{s, s, Kind::change, c, c}, true};
        case Id::servingWhatIfFailed:
            return {{n}, true};
        case Id::trainingPartShare:
            return {{Kind::stepPart, sh, s}};
        case Id::trainingFp8Scaling:
            return {{s}};
        case Id::trainingWhatIfMicroBatchesGlobal:
        case Id::trainingWhatIfMicroBatchesHalf:
            return {{c, c}};
        case Id::warnRequestsRejected:
            return {{c, c, n}};
        case Id::warnMoreDevicesThanHardware:
            return {{c, n, c}};
        case Id::warnCannotAnalyse:
        case Id::warnNotInference:
            return {{n}};
        default:
            return {};
    }
}

// Distinct values per position, so each number is found where it belongs.
MessageArg sampleArg(Kind kind, int i) {
    switch (kind) {
        case Kind::seconds:
            return {kind, {}, i == 0 ? 0.0123 : 2.5};
        case Kind::share:
            return {kind, {}, i == 0 ? 0.42 : 0.07};
        case Kind::count:
            return {kind, {}, double(37 + 4059 * i)};
        case Kind::decimal:
            return {kind, {}, 12.44};
        case Kind::change:
            return {kind, {}, -0.4};
        case Kind::stepPart:
            return {kind, "bubble", 0};
        default:
            return {Kind::name, "Xq-" + std::to_string(i), 0};  // from the user's files
    }
}

// What the GUI must show for a number: its own formats, never the engine's.
QString expectedText(const MessageArg& a) {
    switch (a.kind) {
        case Kind::seconds:
            return views::fmtTime(a.value);
        case Kind::share:
            return views::fmtPercent(a.value, 0);
        case Kind::count:
            return QString::number(qint64(a.value));
        case Kind::decimal:
            return QStringLiteral("12.4");
        case Kind::change:
            return QString::fromUtf8("−40 %");
        default:
            return QString::fromStdString(a.text);
    }
}

Message sample(MessageId id) {
    Message m;
    m.id = id;
    const Shape shape = shapeOf(id);
    for (std::size_t i = 0; i < shape.kinds.size(); ++i)
        m.args.push_back(sampleArg(shape.kinds[i], static_cast<int>(i)));
    if (shape.label) {
        Message label;
        label.id = MessageId::servingWhatIfAddReplica;
        label.english = "+1 replica";
        m.clauses.push_back(label);
    }
    m.english = "engine English";
    return m;
}

// Words of an English rendering a translation must not keep: lower-case
// words of three letters or more, less the technical terms the translations
// write as English does (the Chinese catalogue keeps "rank" throughout).
QStringList englishWords(const QString& english) {
    static const std::set<QString> kept = {"fp8",        "amax", "all-reduce", "reduce-scatter",
                                           "all-to-all", "send", "recv",       "chunk",
                                           "max",        "rank"};
    static const QRegularExpression word(QStringLiteral("\\b[a-z][a-z-]{2,}\\b"));
    QStringList out;
    for (auto it = word.globalMatch(english); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kept.count(w) && !out.contains(w)) out << w;
    }
    return out;
}

bool containsWord(const QString& text, const QString& w) {
    return QRegularExpression("(^|[^A-Za-z-])" + QRegularExpression::escape(w) + "($|[^A-Za-z-])")
        .match(text)
        .hasMatch();
}

const QRegularExpression kPlaceholder(QStringLiteral("%\\d"));

struct Translation {
    explicit Translation(const QString& language) {
        ok = translator.load("ridgeline_" + language, RIDGELINE_QM_DIR);
        if (ok) QCoreApplication::installTranslator(&translator);
        QCoreApplication::processEvents();  // LanguageChange reaches the widgets
    }
    ~Translation() {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
    }
    QTranslator translator;
    bool ok = false;
};

std::shared_ptr<const Prediction> servingRun() {
    const std::string root = RIDGELINE_SAMPLES;
    auto project = loadProject(root + "/projects/llama2-7b-serving-on-a100.json");
    if (!project.ok()) return nullptr;
    const Project& pr = *project.value;
    Scenario sc = pr.scenario;
    sc.serving.requests = std::min<std::int64_t>(sc.serving.requests, 200);  // a short run
    Diagnostics d;
    const ServingWorkload w = buildWorkload(sc.serving, d);
    ServingOptions o;
    o.explain = true;
    return std::make_shared<const Prediction>(simulateServing(pr.hardware, pr.model, sc, w, o));
}

}  // namespace

class TestSimMessageText : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyIdRendersTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("id");
        for (const char* language : {"de", "zh_CN"})
            for (int id = int(kFirst); id <= int(kLast); ++id)
                QTest::addRow("%s-%d", language, id) << QString(language) << id;
    }
    void everyIdRendersTranslated() {
        QFETCH(QString, language);
        QFETCH(int, id);
        const Message m = sample(MessageId(id));
        const QString english = MessageText::text(m);
        QVERIFY2(!english.isEmpty() && english != "engine English", qPrintable(english));
        QVERIFY2(!kPlaceholder.match(english).hasMatch(), qPrintable(english));
        QString translated;
        {
            Translation t(language);
            QVERIFY(t.ok);
            translated = MessageText::text(m);
        }
        QVERIFY2(!kPlaceholder.match(translated).hasMatch(), qPrintable(translated));
        QVERIFY2(translated != english, qPrintable(translated));
        for (const QString& w : englishWords(english))
            QVERIFY2(!containsWord(translated, w),
                     qPrintable(QString("'%1' left in: %2").arg(w, translated)));
        for (const MessageArg& a : m.args) {
            if (a.kind == Kind::stepPart) continue;  // a word, checked below
            QVERIFY2(translated.contains(expectedText(a)),
                     qPrintable(QString("%1 missing in: %2").arg(expectedText(a), translated)));
        }
    }

    // Every part of a training step has its own words.
    void stepPartsAreTranslated() {
        const std::vector<std::string> parts = {"bubble", "tp", "cp",        "ep",
                                                "pp",     "dp", "recompute", "optimizer"};
        QStringList english;
        for (const auto& p : parts) english << MessageText::stepPart(p);
        QCOMPARE(english.at(0), QString("the pipeline bubble"));
        Translation t("zh_CN");
        QVERIFY(t.ok);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const QString zh = MessageText::stepPart(parts[i]);
            QVERIFY2(zh != english.at(int(i)), qPrintable(zh));
            for (const QString& w : englishWords(english.at(int(i))))
                QVERIFY2(!containsWord(zh, w), qPrintable(zh));
        }
    }

    // A relative change reads signed; no change carries no sign.
    void changesAreSigned() {
        const auto change = [](double v) {
            Message m;
            m.id = MessageId::servingWhatIfResult;
            m.args = {{Kind::seconds, {}, 1.0},
                      {Kind::seconds, {}, 1.0},
                      {Kind::change, {}, v},
                      {Kind::count, {}, 0},
                      {Kind::count, {}, 0}};
            return MessageText::text(m);
        };
        QVERIFY(change(0.123).contains(QString::fromUtf8("TBT +12 %")));
        QVERIFY(change(-0.4).contains(QString::fromUtf8("TBT −40 %")));
        QVERIFY(change(0.001).contains(QString::fromUtf8("TBT 0 %")));
    }

    // Typed warnings in German; an untyped one stays as the engine wrote it.
    void warningsAreTranslatedWhereTyped() {
        Prediction p;
        p.warnings = {"pipeline stage 3 does not fit in device memory", "something new"};
        p.warningMessages = {{MessageId::warnStageDoesNotFit,
                              {{Kind::count, {}, 3.0}},
                              {},
                              "pipeline stage 3 does not fit in device memory"}};
        Translation t("de");
        QVERIFY(t.ok);
        const QStringList w = MessageText::warnings(p);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w.at(0), QString::fromUtf8("Pipeline-Stufe 3 passt nicht in den Gerätespeicher"));
        QCOMPARE(w.at(1), QString("something new"));
    }

    // The serving page of the sample project: sentences and what-if rows
    // follow the language, and come back in English.
    void servingPageFollowsTheLanguage() {
        const auto p = servingRun();
        QVERIFY(p && p->serving && !p->serving->whatIfs.empty());
        views::ResultStore store;
        views::ServingPage page(&store);
        store.setResult(p);
        const QString before = page.explanationText()->toPlainText();
        QVERIFY2(before.contains("Devices are busy"), qPrintable(before));
        QCOMPARE(page.whatIfTable()->item(0, 0)->text().left(11), QString("+1 replica:"));
        QString after, row;
        {
            Translation t("de");
            QVERIFY(t.ok);
            after = page.explanationText()->toPlainText();
            row = page.whatIfTable()->item(0, 0)->text();
        }
        QVERIFY2(after.contains(QString::fromUtf8("Die Geräte sind")) &&
                     !after.contains("Devices are busy"),
                 qPrintable(after));
        QVERIFY2(row.startsWith("+1 Replikat: p99-TTFT"), qPrintable(row));
        QCOMPARE(page.explanationText()->toPlainText(), before);
    }

    // The training page of the sample project: its "why" and what-ifs in Chinese.
    void trainingPageFollowsTheLanguage() {
        auto project = loadProject(std::string(RIDGELINE_SAMPLES) +
                                   "/projects/megatron-175b-training-on-64-a100.json");
        QVERIFY(project.ok());
        const Project& pr = *project.value;
        auto run = std::make_shared<views::TrainingSimulation>();
        training::TrainingReport r = training::simulateTraining(
            pr.hardware, pr.model, training::makePlan(pr.model, pr.scenario));
        run->explanation = training::explainTraining(pr.hardware, pr.model, r);
        QVERIFY(!run->explanation.sentences.empty() && !run->explanation.whatIfs.empty());
        run->report = std::make_shared<const training::TrainingReport>(r);
        run->prediction = std::make_shared<const Prediction>(
            training::trainingPrediction(pr.hardware, pr.model, pr.scenario.name, std::move(r)));
        views::TrainingPage page;
        page.showRun(run);
        const QString before = page.explanationText()->toPlainText();
        const QString rowBefore = page.whatIfTable()->item(0, 0)->text();
        QVERIFY2(before.contains("of the step"), qPrintable(before));
        QString after, row;
        {
            Translation t("zh_CN");
            QVERIFY(t.ok);
            after = page.explanationText()->toPlainText();
            row = page.whatIfTable()->item(0, 0)->text();
        }
        QVERIFY2(after.contains(QString::fromUtf8("占步骤的")) && !after.contains("of the step"),
                 qPrintable(after));
        QVERIFY2(row != rowBefore && !row.contains("throughput"), qPrintable(row));
        QCOMPARE(page.whatIfTable()->item(0, 0)->text(), rowBefore);
    }
};

QTEST_MAIN(TestSimMessageText)
#include "test_sim_message_text.moc"
