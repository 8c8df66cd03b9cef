// The training scenario fields the simulator added (schedule, overlap
// switches): parsed, validated with a path, written back, and turned into a plan.
#include <QtTest>

#include "core/sim/training/plan.h"
#include "core/spec/spec_io.h"
#include "training_specs.h"

using namespace rl;

namespace {

Json scenario(Json training) {
    return Json{{"format", "ridgeline.scenario"},
                {"version", 1},
                {"name", "t"},
                {"kind", "training"},
                {"precision", {{"weights", "bf16"}, {"activations", "bf16"}, {"kv_cache", "bf16"}}},
                {"parallelism", {{"tensor", 8}, {"pipeline", 8}, {"data", 1}}},
                {"training", std::move(training)}};
}

Json base() {
    return Json{{"global_batch", 64},
                {"micro_batch", 1},
                {"sequence", 2048},
                {"recompute", "selective"},
                {"sequence_parallel", true}};
}

bool hasError(const Diagnostics& d, const std::string& path) {
    for (const auto& i : d.items())
        if (i.severity == Diagnostic::Severity::error && i.path == path) return true;
    return false;
}

}  // namespace

class TstTrainingScenario : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void newFieldsRoundTrip() {
        Json t = base();
        t["schedule"] = "gpipe";
        t["overlap_grad_reduce"] = false;
        t["overlap_param_gather"] = false;
        t["overlap_tensor_comm"] = true;
        auto l = parseScenario(scenario(t), "s.json");
        QVERIFY2(l.ok(), l.diagnostics.format().c_str());
        const TrainingScenario& s = l.value->training;
        QCOMPARE(s.schedule, std::string("gpipe"));
        QVERIFY(!s.overlapGradReduce && !s.overlapParamGather && s.overlapTensorComm);
        auto again = parseScenario(toJson(*l.value), "again.json");
        QVERIFY(again.ok());
        QCOMPARE(again.value->training.schedule, std::string("gpipe"));
        QCOMPARE(again.value->training.overlapTensorComm, true);
        const training::TrainingPlan p =
            training::makePlan(test::megatronGpt("175B", 12288, 96, 96), *l.value);
        QVERIFY(p.schedule == training::Schedule::gpipe);
        QCOMPARE(p.microBatches, std::int64_t(64));
    }

    void defaults() {
        auto l = parseScenario(scenario(base()), "s.json");
        QVERIFY(l.ok());
        QCOMPARE(l.value->training.schedule, std::string("1f1b"));
        QVERIFY(l.value->training.overlapGradReduce && !l.value->training.overlapTensorComm);
    }

    void badValuesNamePaths() {
        Json t = base();
        t["schedule"] = "zigzag";
        QVERIFY(hasError(parseScenario(scenario(t), "s.json").diagnostics, "/training/schedule"));
        t = base();
        t["schedule"] = "gpipe";
        t["interleave"] = 3;
        QVERIFY(hasError(parseScenario(scenario(t), "s.json").diagnostics, "/training/interleave"));
        t = base();
        t["overlap_tensor_comm"] = "yes";
        QVERIFY(hasError(parseScenario(scenario(t), "s.json").diagnostics,
                         "/training/overlap_tensor_comm"));
    }
};

QTEST_GUILESS_MAIN(TstTrainingScenario)
#include "tst_training_scenario.moc"
