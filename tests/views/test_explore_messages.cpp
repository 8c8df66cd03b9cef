// Why a sweep point failed, on the exploration page in the user's language: a
// real training sweep (Megatron 175B, pipeline 8 with interleave 3) where one
// micro-batch size leaves 4 micro-batches per replica, not a multiple of the
// 8 pipeline stages the interleaved schedule needs. The engine's typed reason (MessageError)
// reaches the SweepResult's side table and the table cell and plot tooltip render it in German;
// points.csv and SweepPoint::error keep the engine's English.
#include <fstream>
#include <sstream>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_runner.h"
#include "core/explore/sweep_spec.h"
#include "tests/views/sweep_run.h"
#include "tests/views/translation_helpers.h"
#include "views/explanation/message_text.h"
#include "views/explore/sweep_plot_data.h"
#include "views/explore/sweep_table_model.h"

using namespace rl;
using namespace rl::explore;
using rl::views::MessageText;
using rl::views::SweepTableModel;

namespace {

using Translation = rl::test::InstalledTranslation;

std::string readFile(const QString& path) {
    std::ifstream in(path.toStdString());
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The words of the engine's English sentence that must not survive translation.
bool hasEnglish(const QString& text) {
    return QRegularExpression("\\b(interleaved|needs|per|replica|multiple|pipeline|parallelism)\\b")
        .match(text)
        .hasMatch();
}

}  // namespace

class TestExploreMessages : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        Json doc = {
            {"format", "ridgeline.sweep"},
            {"version", 1},
            {"name", "micro batch"},
            {"project",
             std::string(RIDGELINE_SAMPLES) + "/projects/megatron-175b-training-on-64-a100.json"},
            {"axes", {{{"pointer", "/scenario/training/micro_batch"}, {"values", {1, 16}}}}},
            {"objectives", {{{"metric", "time"}}}},
            {"predictor", {{"kind", "training"}}}};
        const QString path = dir_.filePath("sweep.json");
        std::ofstream(path.toStdString()) << doc.dump(2);
        RunOptions options;
        options.keepPoints = true;
        options.sensitivity = false;
        options.outputDir = dir_.filePath("out").toStdString();
        result_ = test::runSweepFile(path.toStdString(), options).result;
    }

    void typedReasonIsKeptBesideTheFailedPointOnly() {
        QCOMPARE(result_.points.size(), std::size_t(2));
        QVERIFY2(result_.points[0].error.empty(), result_.points[0].error.c_str());
        QCOMPARE(result_.errorCount, std::uint64_t(1));
        QCOMPARE(result_.failures.size(), std::size_t(1));  // none for the evaluated point
        QCOMPARE(result_.failures[0].point, std::uint64_t(1));
        QCOMPARE(failureReason(result_, 0), nullptr);
        const Message* reason = failureReason(result_, 1);
        QVERIFY(reason);
        QCOMPARE(reason->id, MessageId::trainingInterleavedMicroBatches);
        // The English stays the engine's, byte for byte, in the point and in points.csv.
        const std::string english =
            "interleaved 1F1B needs the micro-batches per replica (4) to be a multiple of "
            "pipeline parallelism (8)";
        QCOMPARE(result_.points[1].error, english);
        QCOMPARE(reason->english, english);
        QVERIFY(readFile(dir_.filePath("out/points.csv")).find(english) != std::string::npos);
    }

    void tableAndTooltipShowTheReasonInGerman() {
        SweepTableModel model;
        model.reset(result_);
        const QModelIndex cell = model.index(1, model.errorColumn());
        const QString english = QString::fromStdString(result_.points[1].error);
        // In English the rendering is the engine's sentence.
        QCOMPARE(model.data(cell).toString(), english);
        QCOMPARE(model.data(model.index(0, model.errorColumn())).toString(), QString());

        Translation de("de");
        QVERIFY(de.ok);
        const QString german = model.data(cell).toString();
        QCOMPARE(german, MessageText::text(*failureReason(result_, 1)));
        QVERIFY2(german.contains(QString::fromUtf8("Mikro-Batches pro Replikat (4)")) &&
                     german.contains(QString::fromUtf8("Pipeline-Parallelität (8)")),
                 qPrintable(german));
        QVERIFY2(!hasEnglish(german), qPrintable(german));
        const QString tooltip = rl::views::describePoint(result_, result_.points[1]);
        QVERIFY2(tooltip.contains(german), qPrintable(tooltip));
        QVERIFY2(!tooltip.contains(english), qPrintable(tooltip));
        // The exported English is untouched by the language.
        QCOMPARE(result_.points[1].error, english.toStdString());
    }

    void untypedReasonStaysEnglish() {
        // A sweep read back from its files has no typed reasons: the English is shown.
        SweepResult read = result_;
        read.failures.clear();
        SweepTableModel model;
        model.reset(read);
        Translation de("de");
        QVERIFY(de.ok);
        QCOMPARE(model.data(model.index(1, model.errorColumn())).toString(),
                 QString::fromStdString(read.points[1].error));
    }

  private:
    QTemporaryDir dir_;
    SweepResult result_;
};

QTEST_MAIN(TestExploreMessages)
#include "test_explore_messages.moc"
