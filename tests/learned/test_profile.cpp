// Profiling this machine (quick mode): an empirical roofline that is a valid
// hardware spec, a kernel dataset, and the learning loop on it, no GPU needed.
#include <QTemporaryDir>
#include <QtTest>

#include "core/learned/device_library.h"
#include "core/learned/validation.h"
#include "core/profile/machine_profile.h"
#include "core/spec/spec_io.h"

using namespace rl;

class TestProfile : public QObject {
    Q_OBJECT
    MachineProfile profile;

  private Q_SLOTS:
    void initTestCase() {
        ProfileOptions o;
        o.quick = true;
        profile = profileMachine(o);
    }

    void rooflineIsAValidSpec() {
        const Hardware& hw = profile.hardware;
        QCOMPARE(profile.peaks.size(), std::size_t(2));
        for (const auto& p : profile.peaks) QVERIFY(p.flops > 1e8);  // any CPU of this century
        QVERIFY(hw.compute.peak(DType::fp32) >= hw.compute.peak(DType::fp64));
        QVERIFY(hw.memory.size() >= 1);
        QCOMPARE(hw.memory[0].kind, std::string("dram"));
        for (std::size_t i = 1; i < hw.memory.size(); ++i)
            QVERIFY(hw.memory[i].bandwidth >= hw.memory[i - 1].bandwidth);
        QVERIFY(profile.bandwidth.size() >= 8);
        // The spec round-trips through the validating parser.
        const Loaded<Hardware> back = parseHardware(toJson(hw), "this-machine.json");
        QVERIFY2(back.ok(), back.diagnostics.format().c_str());
        QCOMPARE(back.value->name, hw.name);
        QVERIFY(std::abs(back.value->mainMemoryBandwidth() / hw.mainMemoryBandwidth() - 1) < 1e-6);
    }

    void kernelDatasetAndLearningLoop() {
        QVERIFY(profile.kernels.samples.size() >= 15);
        for (const auto& s : profile.kernels.samples) QVERIFY(s.timeS > 0);
        // Written and read back in the generic format, mapped to the profiled spec.
        QTemporaryDir dir;
        const std::string csv = dir.filePath("kernels.csv").toStdString();
        QCOMPARE(writeGenericCsv(csv, profile.kernels), std::string());
        DeviceLibrary lib;
        lib.add(profile.hardware);
        const ImportResult r = importFiles({csv}, lib);
        QVERIFY(r.issues.empty());
        QCOMPARE(r.data.samples.size(), profile.kernels.samples.size());
        const FeatureTable t = buildFeatureTable(r.data, lib);
        TrainOptions o;
        o.boost.rounds = 80;
        o.boost.threads = 1;
        o.ensemble = 1;
        const LearnedModel m = LearnedModel::train(t, o);
        std::vector<double> pred;
        m.predict(t, pred);
        for (std::size_t i = 0; i < t.size(); ++i)
            QVERIFY(pred[i] >= t.floor[i] && std::isfinite(pred[i]));
        // The fit must beat the empirical roofline on the same data.
        QVERIFY(computeMetrics(pred, t.measured).mape <
                computeMetrics(t.roofline, t.measured).mape);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "test_profile.moc"
