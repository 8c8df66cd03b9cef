// Why a sweep point failed when a spec reader refuses the design the sweep's
// values make (the most common sweep failure), or the engine has nothing to
// run it on, in German and Chinese on the exploration page. Three real sweeps:
//   - a PE-array width that does not divide the Eyeriss-like array's 168 MACs
//     (the accelerator reader refuses the point's hardware);
//   - a batch of 0 (the scenario reader refuses it);
//   - the dataflow predictor on a GPU without an "accelerator" object.
// The typed reason's English is the point's error and points.csv's, byte for
// byte; the table cell and the point tooltip render it translated.
#include <fstream>
#include <sstream>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_runner.h"
#include "core/explore/sweep_spec.h"
#include "core/result/csv_writer.h"
#include "views/explanation/message_text.h"
#include "views/explore/sweep_plot_data.h"
#include "views/explore/sweep_table_model.h"

using namespace rl;
using namespace rl::explore;
using rl::views::MessageText;
using rl::views::SweepTableModel;

namespace {

struct Translation {
    explicit Translation(const QString& language) {
        ok = translator.load("ridgeline_" + language, RIDGELINE_QM_DIR);
        if (ok) QCoreApplication::installTranslator(&translator);
    }
    ~Translation() { QCoreApplication::removeTranslator(&translator); }
    QTranslator translator;
    bool ok = false;
};

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The English words of the three reasons that must not survive translation
// (names from the user's files, JSON paths and keys are shown as written).
QString englishLeft(const QString& text) {
    static const QRegularExpression words(
        "\\b(error|got|expected|divisor|integer|from|has no|predictor|maps|layers|buffers|"
        "onto|array)\\b");
    // Paths and quoted keys are the user's: drop them before looking.
    QString prose = text;
    prose.remove(QRegularExpression("/[A-Za-z0-9_/]+"));
    prose.remove(QRegularExpression("\"[^\"]*\""));
    const auto m = words.match(prose);
    return m.hasMatch() ? m.captured(0) : QString();
}

struct FailedSweep {
    SweepResult result;
    std::string csv;
};

FailedSweep runOne(const QTemporaryDir& dir, const std::string& name, const Json& doc) {
    FailedSweep out;
    const std::string path = dir.filePath(QString::fromStdString(name + ".json")).toStdString();
    std::ofstream(path) << doc.dump(2);
    LoadedSweep loaded = loadSweep(path);
    if (!loaded.ok()) qFatal("%s", loaded.diagnostics.format().c_str());
    Diagnostics diag;
    auto evaluator = makeEvaluator(*loaded.spec, diag);
    if (!evaluator) qFatal("%s", diag.format().c_str());
    RunOptions options;
    options.threads = 1;
    options.keepPoints = true;
    options.sensitivity = false;
    options.outputDir = dir.filePath(QString::fromStdString(name)).toStdString();
    RunReport report = runSweep(*loaded.spec, *loaded.base, *evaluator, options);
    if (!report.ok()) qFatal("%s", report.diagnostics.format().c_str());
    out.result = std::move(report.result);
    out.csv = readFile(options.outputDir + "/points.csv");
    return out;
}

Json sweepDoc(const std::string& project, const Json& axis, const char* predictor) {
    return {{"format", "ridgeline.sweep"},
            {"version", 1},
            {"name", "failures"},
            {"project", std::string(RIDGELINE_SAMPLES) + "/projects/" + project},
            {"axes", Json::array({axis})},
            {"objectives", {{{"metric", "time"}}}},
            {"predictor", {{"kind", predictor}, {"mapper_evaluations", 200}}}};
}

}  // namespace

class TestExploreReaderFailures : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // 168 MACs in a 5-wide mesh: the accelerator reader refuses the point.
        sweeps_.push_back(runOne(dir_, "mesh",
                                 sweepDoc("resnet50-on-eyeriss.json",
                                          {{"pointer", "/hardware/accelerator/mac/mesh_x"},
                                           {"values", Json::array({5})}},
                                          "dataflow")));
        // Batch 0: the scenario reader refuses the second point.
        sweeps_.push_back(runOne(
            dir_, "batch",
            sweepDoc("llama2-7b-chat-on-a100.json",
                     {{"pointer", "/scenario/inference/batch"}, {"values", Json::array({1, 0})}},
                     "analytical")));
        // A GPU has no accelerator for the dataflow predictor to map onto.
        sweeps_.push_back(runOne(
            dir_, "gpu",
            sweepDoc("llama2-7b-chat-on-a100.json",
                     {{"pointer", "/scenario/inference/batch"}, {"values", Json::array({2})}},
                     "dataflow")));
    }

    void reasonsAreTypedAndTheirEnglishIsThePointsError() {
        const std::vector<std::string> expected = {
            "hardware: /accelerator/mac/mesh_x: error: got 5; a divisor of instances (168)",
            "scenario: /inference/batch: error: got 0",
            "hardware 'NVIDIA A100 SXM4 80GB' has no \"accelerator\" object: the dataflow "
            "predictor maps layers onto an accelerator's PE array and buffers"};
        for (std::size_t s = 0; s < sweeps_.size(); ++s) {
            const SweepResult& r = sweeps_[s].result;
            const SweepPoint& failed = r.points.back();
            QVERIFY2(failed.error.rfind(expected[s], 0) == 0, failed.error.c_str());
            QCOMPARE(r.errorCount, std::uint64_t(1));
            QCOMPARE(r.failures.size(), std::size_t(1));
            const Message* reason = failureReason(r, failed.index);
            QVERIFY(reason);
            QCOMPARE(reason->id, MessageId::phrase);
            QCOMPARE(reason->english, failed.error);
            QVERIFY2(sweeps_[s].csv.find(csv::field(failed.error)) != std::string::npos,
                     sweeps_[s].csv.c_str());
        }
        // The second sweep's first point (batch 1) was evaluated and has no reason.
        QVERIFY(sweeps_[1].result.points[0].error.empty());
        QCOMPARE(failureReason(sweeps_[1].result, 0), nullptr);
    }

    void tableAndTooltipShowTheReasonsInGermanAndChinese() {
        for (const char* language : {"de", "zh_CN"}) {
            Translation tr(language);
            QVERIFY(tr.ok);
            for (const FailedSweep& sweep : sweeps_) {
                const SweepResult& r = sweep.result;
                const SweepPoint& failed = r.points.back();
                const QString english = QString::fromStdString(failed.error);
                SweepTableModel model;
                model.reset(r);
                const int row = static_cast<int>(r.points.size()) - 1;
                const QString shown = model.data(model.index(row, model.errorColumn())).toString();
                QCOMPARE(shown, MessageText::text(*failureReason(r, failed.index)));
                qInfo("%s: %s", language, qPrintable(shown));
                QVERIFY2(shown != english, qPrintable(shown));
                QVERIFY2(!shown.contains(QRegularExpression("%\\d")), qPrintable(shown));
                const QString left = englishLeft(shown);
                QVERIFY2(left.isEmpty(),
                         qPrintable(QString("%1: \"%2\" left in: %3").arg(language, left, shown)));
                const QString tooltip = rl::views::describePoint(r, failed);
                QVERIFY2(tooltip.contains(shown), qPrintable(tooltip));
                // The exported English is untouched by the language.
                QCOMPARE(QString::fromStdString(failed.error), english);
            }
            // Values keep their numbers: 5 and 168 in the accelerator's reason.
            const SweepResult& mesh = sweeps_[0].result;
            const QString text = MessageText::text(*failureReason(mesh, 0));
            QVERIFY2(text.contains("5") && text.contains("168") &&
                         text.contains("/accelerator/mac/mesh_x"),
                     qPrintable(text));
        }
    }

  private:
    QTemporaryDir dir_;
    std::vector<FailedSweep> sweeps_;
};

QTEST_MAIN(TestExploreReaderFailures)
#include "test_explore_reader_failures.moc"
