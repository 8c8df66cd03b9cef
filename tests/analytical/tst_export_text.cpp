// The streamed prediction document (core/result/export_text.h) is byte for
// byte the tree's dump: every sample project, with and without explanations,
// a prediction with nothing in it, and text the serializer must escape or
// replace.
#include <QTest>

#include <filesystem>

#include "core/analytical/analyze.h"
#include "core/result/export.h"
#include "core/result/export_text.h"
#include "core/spec/spec_io.h"
#include "test_specs.h"

using namespace rl;

namespace {

std::string treeText(const Prediction& p) {
    return predictionToJson(p).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

class TstExportText : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everySampleProject() {
        int compared = 0;
        for (const auto& entry :
             std::filesystem::directory_iterator(test::samplePath("projects"))) {
            const auto project = loadProject(entry.path().string());
            if (!project.ok() || !project.value->analysable()) continue;
            for (const bool explain : {true, false}) {
                AnalysisOptions options;
                options.explain = explain;
                const Prediction p = analyze(project.value->hardware, project.value->model,
                                             project.value->scenario, options);
                const std::string streamed = predictionJsonText(p);
                QVERIFY2(streamed == treeText(p), entry.path().string().c_str());
                QVERIFY(streamed.size() > 1000);
                ++compared;
            }
        }
        QVERIFY(compared >= 10);
    }

    void emptyPrediction() {
        const Prediction p;
        QCOMPARE(predictionJsonText(p), treeText(p));
        QVERIFY(predictionJsonText(p).find("\"trace\": null") != std::string::npos);
    }

    void escapedAndInvalidText() {
        Prediction p = analyze(test::sampleHardware("nvidia-a100-sxm4-80gb.json"),
                               test::sampleModel("llama-2-7b.json"), test::inference(1, 64, 4));
        QVERIFY(p.trace);
        p.hardware = "quote \" backslash \\ tab \t newline \n";
        p.levels.front() = "HBM \xE2\x80\x94 \xFF broken";  // a level name is a key of "totals"
        p.ops.front().name = "op\x01\xC3";
        p.warnings.push_back("\xE4\xB8\xAD\xE6\x96\x87");
        QCOMPARE(predictionJsonText(p), treeText(p));
    }
};

QTEST_APPLESS_MAIN(TstExportText)
#include "tst_export_text.moc"
