// The serving and training explanations, their what-ifs, the engines'
// warnings and the operator notes in the user's language: every message id
// added for them renders in German and Chinese with no English word and no %n
// left and with its numbers in the GUI's formats; the serving and training
// pages re-render their sentences and what-if rows when the language changes;
// the roofline's tooltip shows an operator's note translated.
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTranslator>
#include <QtTest>

#include <set>

#include "core/analytical/analyze.h"
#include "core/result/message_error.h"
#include "core/sim/serving/serving_sim.h"
#include "core/sim/serving/workload.h"
#include "core/sim/training/plan.h"
#include "core/sim/training/to_prediction.h"
#include "core/spec/spec_io.h"
#include "tests/views/translation_helpers.h"
#include "views/common/format.h"
#include "views/common/job_runner.h"
#include "views/common/op_selection.h"
#include "views/common/result_store.h"
#include "views/explanation/collective_name.h"
#include "views/explanation/message_text.h"
#include "views/roofline/roofline_view.h"
#include "views/serving/request_table_model.h"
#include "views/serving/serving_page.h"
#include "views/training/training_page.h"

using namespace rl;
using rl::views::MessageText;
using Kind = MessageArg::Kind;

namespace {

const MessageId kFirst = MessageId::sentence;
const MessageId kLast = MessageId::workloadFewerRows;

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
        case Id::noteTransferUnchecked:
            return {{n}};
        case Id::warnCollectiveNoInterconnect:
            return {{n, n, c, c, n}};
        case Id::warnCollectiveNoDimension:
            return {{n, n, c, c, n, c}};
        case Id::warnCollectiveTooWide:
            return {{n, n, c, c, n, c, n, c}};
        case Id::noteFewTiles:
            return {{sh}};
        case Id::noteFeatureOutside:
            return {{n, Kind::number, Kind::number, Kind::number}};
        case Id::noteKindNotTrained:
        case Id::noteRooflineKept:
            return {{n, n}};
        // Serving diagnostics.
        case Id::rejectKvBlocks:
            return {{c, c, c, c, c}};
        case Id::rejectPromptTooLong:
        case Id::trainingInterleavedMicroBatches:
            return {{c, c}};
        case Id::servingKvFootprint:
            return {{c, c, Kind::bytes, Kind::bytes, Kind::bytes}};
        case Id::servingNeedsDecoder:
        case Id::trainingFp8Hardware:
            return {{n}};
        case Id::servingNoKvBlock:
            return {{n, n, c, c, Kind::bytes, sh, Kind::bytes, Kind::bytes}};
        case Id::trainingNotTransformer:
            return {{n, n}};
        case Id::trainingTpHeads:
            return {{c, c, n}};
        case Id::trainingCpSequence:
        case Id::trainingGlobalBatch:
        case Id::trainingEpDivide:
        case Id::trainingSpSequence:
            return {{c, c, c}};
        case Id::trainingStagesLayers:
            return {{c, c, c, c, n}};
        case Id::trainingInterleaveSchedule:
        case Id::trainingEpDense:
            return {{c, n}};
        case Id::trainingTooFewGpus:
            return {{c, c, c, c, c, n, c}};
        case Id::trainingNoPlan:
            return {{c, c, c, c}};
        case Id::workloadRowTooShort:
            return {{n, c, c, n, c, c}};
        case Id::workloadBadTokens:
            return {{n, n, c, c, n, c}};
        case Id::workloadBadTimestamp:
        case Id::workloadBadSeconds:
        case Id::workloadBadArrival:
            return {{n, n, c, c, n}};
        case Id::workloadMoreBadRows:
            return {{n, c, c}};
        case Id::workloadFewerRows:
            return {{n, c, c, c}};
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
        case Kind::number:
            return {kind, {}, i == 1 ? -0.0512 : (i == 2 ? 8.91 : 12.34)};
        case Kind::change:
            return {kind, {}, -0.4};
        case Kind::stepPart:
            return {kind, "bubble", 0};
        case Kind::bytes:
            return {kind, {}, 1.25e9 * (i + 1)};
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
        case Kind::number:
            return views::fmtNumber(a.value);  // "-0.0512", "8.91", "12.3"
        case Kind::change:
            return QString::fromUtf8("−40 %");
        case Kind::bytes:
            return views::fmtBytes(a.value);
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
    if (id == MessageId::noteOutsideTrainingData)  // its features as clauses
        for (int i = 0; i < 2; ++i) m.clauses.push_back(sample(MessageId::noteFeatureOutside));
    if (id == MessageId::warnWorkload)  // its diagnostics as clauses
        for (MessageId c : {MessageId::workloadBadTokens, MessageId::workloadFewerRows})
            m.clauses.push_back(sample(c));
    m.english = "engine English";
    return m;
}

// Words of an English rendering a translation must not keep: lower-case
// words of three letters or more, less the technical terms the translations
// write as English does (the Chinese catalogue keeps "rank" throughout; the
// collectives have their own words: docs/messages.md, "Glossary").
// `text` less the keys a user writes in a scenario file ("serving.slo",
// "max_batched_tokens"): they stay as they are in every language.
QString withoutKeys(QString text) {
    static const QRegularExpression key(
        QStringLiteral("\\b[a-z_]+\\.[a-z_0-9]+\\b|\\b[a-z0-9]+_[a-z0-9_]+\\b"));
    return text.remove(key);
}

QStringList englishWords(QString english) {
    english = withoutKeys(english);
    static const std::set<QString> kept = {"fp8", "amax", "chunk", "max", "rank"};
    static const QRegularExpression word(QStringLiteral("\\b[a-z][a-z-]{2,}\\b"));
    QStringList out;
    for (auto it = word.globalMatch(english); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kept.count(w) && !out.contains(w)) out << w;
    }
    return out;
}

const QRegularExpression kPlaceholder(QStringLiteral("%\\d"));

using Translation = rl::test::InstalledTranslation;
using rl::test::containsWord;

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
            QVERIFY2(!containsWord(withoutKeys(translated), w),
                     qPrintable(QString("'%1' left in: %2").arg(w, translated)));
        for (const MessageArg& a : m.args) {
            if (a.kind == Kind::stepPart) continue;  // a word, checked below
            QVERIFY2(translated.contains(expectedText(a)),
                     qPrintable(QString("%1 missing in: %2").arg(expectedText(a), translated)));
        }
        for (const Message& c : m.clauses)  // the features outside the training data
            for (const MessageArg& a : c.args)
                QVERIFY2(translated.contains(expectedText(a)),
                         qPrintable(QString("%1 missing in: %2").arg(expectedText(a), translated)));
    }

    // Operator notes: typed ones in the user's language, parts joined; an
    // untyped note, or one whose parts do not make up the note, as written.
    void operatorNotesAreTranslated() {
        OpRecord op;
        op.note =
            "few tiles: 37% of the device's compute is busy; how the correction carries to "
            "Xq is unchecked (the model has one training device, or its transfer check was "
            "skipped): half of it is applied";
        op.noteMessages = {
            {MessageId::noteFewTiles,
             {{Kind::share, {}, 0.37}},
             {},
             "few tiles: 37% of the device's compute is busy"},
            {MessageId::noteTransferUnchecked,
             {{Kind::name, "Xq", 0.0}},
             {},
             "how the correction carries to Xq is unchecked (the model has one training device, "
             "or its transfer check was skipped): half of it is applied"}};
        QCOMPARE(MessageText::note(op), QString::fromStdString(op.note).replace("37%", "37 %"));
        OpRecord kept;
        kept.note = "roofline kept: the hybrid model was not trained on norm operators";
        kept.noteMessages = {{MessageId::noteRooflineKept,
                              {{Kind::name, "hybrid", 0.0}, {Kind::name, "norm", 0.0}},
                              {},
                              kept.note}};
        OpRecord untyped;
        untyped.note = "something new";
        OpRecord stale = op;  // its parts no longer make up the note
        stale.note = "few tiles: 12% of the device's compute is busy";
        {
            Translation t("de");
            QVERIFY(t.ok);
            QCOMPARE(MessageText::note(op),
                     QString::fromUtf8("wenige Kacheln: nur 37 % der Rechenleistung des Geräts "
                                       "ist ausgelastet; ob die Korrektur auf Xq übertragbar ist, "
                                       "ist ungeprüft (das Modell hat nur ein Trainingsgerät, "
                                       "oder seine Übertragungsprüfung wurde übersprungen): "
                                       "sie wird zur Hälfte angewandt"));
            QCOMPARE(MessageText::note(kept),
                     QString::fromUtf8("Roofline-Zeit beibehalten: das hybride Modell wurde nicht "
                                       "auf Operatoren der Art „Normalisierung“ trainiert"));
            QCOMPARE(MessageText::note(untyped), QString("something new"));
            QCOMPARE(MessageText::note(stale), QString::fromStdString(stale.note));
        }
        Translation zh("zh_CN");
        QVERIFY(zh.ok);
        const QString zhKept = MessageText::note(kept);
        QVERIFY2(zhKept.contains(QString::fromUtf8("混合模型")) &&
                     zhKept.contains(QString::fromUtf8("归一化")) && !zhKept.contains("hybrid") &&
                     !containsWord(zhKept, "norm"),
                 qPrintable(zhKept));
    }

    // Tensor parallelism over two DGX nodes on NVLink alone: the engine's
    // collective warnings, every one typed and shown in German and Chinese.
    void collectiveWarningsAreTranslated() {
        auto hw =
            loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/cluster-2x-dgx-a100.json");
        auto model = loadModel(std::string(RIDGELINE_SAMPLES) + "/models/llama-2-7b.json");
        QVERIFY(hw.ok() && model.ok());
        Scenario sc;
        sc.name = "s";
        sc.kind = "inference";
        sc.parallelism.tensor = 16;
        const Prediction p = analyze(*hw.value, *model.value, sc);
        QCOMPARE(p.warningMessages.size(), p.warnings.size());
        QVERIFY(p.warnings.size() >= 3);
        for (const char* language : {"de", "zh_CN"}) {
            Translation t(language);
            QVERIFY(t.ok);
            const QStringList shown = MessageText::warnings(p);
            QCOMPARE(shown.size(), int(p.warnings.size()));
            for (int i = 0; i < shown.size(); ++i) {
                const QString& w = shown.at(i);
                QVERIFY2(w != QString::fromStdString(p.warnings[std::size_t(i)]), qPrintable(w));
                for (const char* english : {"needs", "devices", "ranks", "dimension", "costed"})
                    QVERIFY2(!containsWord(w, english), qPrintable(w));
                // The collective's kind in the catalogue's word ("All-Reduce", "全归约").
                QVERIFY2(w.contains(views::collectiveKindName(CollectiveKind::all_reduce)) ||
                             w.contains(views::collectiveKindName(CollectiveKind::all_gather)),
                         qPrintable(w));
                QVERIFY2(w.contains(QString::fromStdString(hw.value->name)), qPrintable(w));
            }
        }
    }

    // The roofline's operator tooltip shows an operator's note in the user's
    // language: a few-tiles operator of ResNet-50 on an Eyeriss-like chip.
    void rooflineTooltipNoteIsTranslated() {
        auto project =
            loadProject(std::string(RIDGELINE_SAMPLES) + "/projects/resnet50-on-eyeriss.json");
        QVERIFY(project.ok());
        const Project& pr = *project.value;
        auto p = std::make_shared<const Prediction>(analyze(pr.hardware, pr.model, pr.scenario));
        int few = -1;
        for (std::size_t i = 0; i < p->ops.size() && few < 0; ++i)
            if (!p->ops[i].noteMessages.empty() &&
                p->ops[i].noteMessages[0].id == MessageId::noteFewTiles)
                few = int(i);
        QVERIFY(few >= 0);
        views::ResultStore store;
        views::OpSelection selection;
        views::RooflineView view(&store, &selection);
        store.setResult(p);
        const QString english = view.describeOp(few);
        QVERIFY2(english.contains("few tiles: "), qPrintable(english));
        const QString share =
            views::fmtPercent(p->ops[std::size_t(few)].noteMessages[0].args[0].value, 0);
        Translation t("de");
        QVERIFY(t.ok);
        const QString german = view.describeOp(few);
        QVERIFY2(german.contains("wenige Kacheln: nur " + share) && !german.contains("few tiles"),
                 qPrintable(german));
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
        // The KV cache per device, after the findings and before the what-ifs, in the
        // user's language.
        QVERIFY2(before.indexOf("KV cache: ") > before.indexOf("Devices are busy") &&
                     before.indexOf("KV cache: ") < before.indexOf("+1 replica:"),
                 qPrintable(before));
        const QString blocks = QString::number(p->serving->kvBlocksPerReplica);
        QVERIFY2(before.contains("KV cache: " + blocks + " blocks of 16 tokens ("),
                 qPrintable(before));
        QVERIFY2(after.contains(
                     QString::fromUtf8("KV-Cache: %1 Blöcke zu je 16 Tokens (").arg(blocks)) &&
                     !after.contains("of weights"),
                 qPrintable(after));
    }

    // Typed reasons inside warnings, failed what-ifs and run errors: shown in
    // place of the engine's English reason.
    void typedReasonsReplaceTheEnglish() {
        const Message reason{MessageId::rejectPromptTooLong,
                             {{Kind::count, {}, 5000}, {Kind::count, {}, 4096}},
                             {},
                             "prompt of 5000 tokens exceeds max_batched_tokens 4096 (vLLM does "
                             "not split prompts)"};
        const Message rejected{
            MessageId::warnRequestsRejected,
            {{Kind::count, {}, 20}, {Kind::count, {}, 0}, {Kind::name, reason.english, 0}},
            {reason},
            "engine English"};
        Message failed = sample(MessageId::servingWhatIfFailed);
        failed.clauses.push_back(sample(MessageId::servingNoKvBlock));
        const MessageError error(sample(MessageId::trainingTpHeads));
        const std::invalid_argument untyped("something new");
        for (const char* language : {"de", "zh_CN"}) {
            Translation t(language);
            QVERIFY(t.ok);
            const QString w = MessageText::text(rejected);
            QVERIFY2(w.contains(MessageText::text(reason)) && !w.contains("does not split"),
                     qPrintable(w));
            QVERIFY2(w.contains("5000") && w.contains("4096") && !containsWord(w, "prompts"),
                     qPrintable(w));
            const QString f = MessageText::text(failed);
            QVERIFY2(f.contains(MessageText::text(failed.clauses[1])) && !f.contains("Xq-0)"),
                     qPrintable(f));
            QCOMPARE(MessageText::error(error), MessageText::text(error.message()));
            QVERIFY2(!containsWord(MessageText::error(error), "heads"),
                     qPrintable(MessageText::error(error)));
            QCOMPARE(MessageText::error(untyped), QString("something new"));
        }
        // Without a typed reason the English one is shown, as before.
        Message plain = rejected;
        plain.clauses.clear();
        QVERIFY(MessageText::text(plain).endsWith(QString::fromStdString(reason.english)));
    }

    // A run that cannot start (a model that does not fit) fails with its reason in the
    // user's language: the job runner renders a MessageError's typed reason.
    void failedRunReadsInTheUserLanguage() {
        const Hardware hw =
            *loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/nvidia-a100-sxm4-80gb.json")
                 .value;
        const ModelSpec model =
            *loadModel(std::string(RIDGELINE_SAMPLES) + "/models/llama-2-70b.json").value;
        Scenario sc;
        sc.name = "s";
        sc.kind = "serving";
        const ServingWorkload w{{{0, 0.0, 100, 10}}, 0};
        Translation t("de");
        QVERIFY(t.ok);
        views::JobRunner runner;
        QSignalSpy failed(&runner, &views::JobRunner::failed);
        runner.runNow([&](const Progress&) -> views::JobResult {
            return std::make_shared<const Prediction>(simulateServing(hw, model, sc, w, {}));
        });
        QVERIFY(failed.wait(60000));
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.startsWith(QString::fromUtf8("Modell „Llama-2-70B“ kann auf „")) &&
                     message.contains(QString::fromUtf8("kein KV-Cache-Block passt")) &&
                     !message.contains("cannot be served"),
                 qPrintable(message));
    }

    // The request table says why a request was rejected in the user's language.
    void requestTableRejectionIsTranslated() {
        auto report = std::make_shared<ServingReport>();
        RequestRecord served;
        served.id = 0;
        served.completion = 1;
        RequestRecord rejected;
        rejected.id = 1;
        rejected.rejected =
            "needs 900 KV-cache blocks (14000 prompt + 400 output tokens) plus a "
            "watermark of 8; a replica has 800";
        report->requests = {served, rejected};
        report->rejections = {{1,
                               {MessageId::rejectKvBlocks,
                                {{Kind::count, {}, 900},
                                 {Kind::count, {}, 14000},
                                 {Kind::count, {}, 400},
                                 {Kind::count, {}, 8},
                                 {Kind::count, {}, 800}},
                                {},
                                rejected.rejected}}};
        views::RequestTableModel model;
        model.setReport(report);
        const QModelIndex status = model.index(1, views::RequestTableModel::Status);
        QCOMPARE(model.data(status).toString(),
                 "rejected: " + QString::fromStdString(rejected.rejected));
        Translation t("zh_CN");
        QVERIFY(t.ok);
        const QString zh = model.data(status).toString();
        QVERIFY2(zh.contains("900") && zh.contains("14000") && zh.contains("800") &&
                     !containsWord(zh, "needs") && !containsWord(zh, "watermark") &&
                     !containsWord(zh, "rejected"),
                 qPrintable(zh));
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
