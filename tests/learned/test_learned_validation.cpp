// Cross-device validation on the measured data in ../shared/data (skipped
// when absent): leave-one-device-out on NeuSight's linear and bmm, VIDUR
// A100 <-> A40, and the k-shot calibration curve. Rows are subsampled
// deterministically to keep the test short; the full-data figures come from
// `ridgeline-cli learn evaluate` and are in docs/learned.md. The bounds are the
// values measured on this subsample with a margin.
#include <QDir>
#include <QtTest>

#include "core/learned/device_library.h"
#include "core/learned/validation.h"

using namespace rl;

namespace {
const QString kShared = RIDGELINE_SHARED_DATA;

ValidationOptions fastValidation() {
    ValidationOptions o;
    for (TrainOptions* t : {&o.learned, &o.hybrid}) {
        t->boost.rounds = 100;
        t->boost.threads = 1;  // OpenMP spin-waits badly on a busy 2-core machine
        t->ensemble = 1;
    }
    o.ks = {0, 10};
    o.kshotRepeats = 3;
    return o;
}

const HeldOutRow* find(const ValidationReport& r, const std::string& hwPart,
                       const std::string& op) {
    for (const auto& row : r.rows)
        if (row.hardware.find(hwPart) != std::string::npos && row.op == op) return &row;
    return nullptr;
}
}  // namespace

class TestLearnedValidation : public QObject {
    Q_OBJECT
    DeviceLibrary lib;

    // NeuSight's fp32 linear rows against datasheet specs (no learned model),
    // `rows` per device, each of `devices` held out in turn.
    ValidationReport linearFolds(std::size_t rows, unsigned seed, FoldPhysics physics,
                                 std::vector<int> ks, std::vector<std::string> devices) const {
        const DeviceLibrary plain = lib.datasheetOnly();
        ImportResult r =
            importFiles({(kShared + "/neusight/linear_fp32.csv").toStdString()}, plain);
        ValidationOptions o = fastValidation();
        o.withLearned = false;
        o.ks = std::move(ks);
        return leaveOneDeviceOut(r.data.subsample(rows, seed), plain, physics, o,
                                 std::move(devices));
    }

  private Q_SLOTS:
    void initTestCase() {
        if (!QDir(kShared + "/neusight").exists())
            QSKIP("../shared/data is absent: cross-device validation needs the measured data");
        lib.addFolder(RIDGELINE_SAMPLES "/hardware");
    }

    void leaveOneDeviceOutNeuSight() {
        ImportResult r = importFiles({(kShared + "/neusight/linear_fp32.csv").toStdString(),
                                      (kShared + "/neusight/bmm_fp32.csv").toStdString()},
                                     lib);
        QVERIFY2(r.issues.empty(), r.issues.empty() ? "" : r.issues[0].text().c_str());
        const Dataset d = r.data.subsample(400, 11);
        const FeatureTable t = buildFeatureTable(d, lib);
        QCOMPARE(t.size(), std::size_t(5 * 400));
        const ValidationReport rep = leaveOneDeviceOut(t, fastValidation());
        for (const auto& row : rep.rows) {
            if (row.op != "all") continue;
            qInfo("%-30s roofline %5.1f%%  learned %5.1f%%  hybrid %5.1f%%  tau %.3f",
                  row.hardware.c_str(), row.roofline.mape, row.learned.mape, row.hybrid.mape,
                  row.hybrid.kendallTau);
            QVERIFY2(row.hybrid.mape < 40.0, row.hardware.c_str());
            QVERIFY2(row.hybrid.kendallTau > 0.85, row.hardware.c_str());
        }
        for (const auto& k : rep.kshot)
            qInfo("k-shot %-30s k=%2d MAPE %5.1f%%", k.hardware.c_str(), k.k, k.mape);
        const HeldOutRow* v100 = find(rep, "V100", "linear");
        QVERIFY(v100);
        QVERIFY2(v100->hybrid.mape < 25.0, std::to_string(v100->hybrid.mape).c_str());
        QCOMPARE(rep.kshot.size(), std::size_t(5 * 2));
    }

    void datasheetOnlyKShotHelps() {
        // Without the specs' fitted efficiency factors a new device is off by a
        // device-wide factor; ten measurements remove most of it.
        const ValidationReport rep =
            linearFolds(300, 5, FoldPhysics::datasheet, {0, 10}, {lib.find("Tesla T4")->name});
        QCOMPARE(rep.kshot.size(), std::size_t(2));
        qInfo("T4 datasheet-only k=0 %.1f%%  k=10 %.1f%%", rep.kshot[0].mape, rep.kshot[1].mape);
        QVERIFY(rep.kshot[1].mape < rep.kshot[0].mape);
        QVERIFY(rep.kshot[1].mape < 25.0);
    }

    void physicsTransfersLeaveOneDeviceOut() {
        // Datasheet specs; the sustained-clock constants are chosen on each
        // fold's training GPUs only. The roofline's error must fall against
        // the bare datasheet on the power-limited T4 and stay close elsewhere,
        // and the hybrid's 90% interval must cover most of each unseen GPU.
        const DeviceLibrary plain = lib.datasheetOnly();
        ImportResult r = importFiles({(kShared + "/neusight/linear_fp32.csv").toStdString(),
                                      (kShared + "/neusight/bmm_fp32.csv").toStdString()},
                                     plain);
        const Dataset d = r.data.subsample(300, 11);
        ValidationOptions o = fastValidation();
        o.ks = {0};
        const ValidationReport bare = leaveOneDeviceOut(d, plain, FoldPhysics::datasheet, o);
        const ValidationReport phys = leaveOneDeviceOut(d, plain, FoldPhysics::fitted, o);
        QCOMPARE(phys.physics.size(), std::size_t(5));
        for (const auto& f : phys.physics)
            qInfo(
                "%-30s budget %.2f W  fold: full clock from %.2f W, achievable %.2f -> %.2f "
                "(measured %.2f)",
                f.heldOut.c_str(), f.budget, f.model.fullClockBudget, f.model.achievable,
                f.predicted, f.measured);
        for (const auto& row : phys.rows) {
            if (row.op != "all") continue;
            const HeldOutRow* before = find(bare, row.hardware, "all");
            QVERIFY(before);
            qInfo(
                "%-30s roofline %5.1f%% -> %5.1f%%  hybrid %5.1f%% (cov %.0f%%)  learned %5.1f%% "
                "(cov %.0f%%)",
                row.hardware.c_str(), before->roofline.mape, row.roofline.mape, row.hybrid.mape,
                100 * row.hybrid.coverage, row.learned.mape, 100 * row.learned.coverage);
            QVERIFY2(row.roofline.mape < 25.0, row.hardware.c_str());
            QVERIFY2(row.hybrid.coverage >= 0.8, row.hardware.c_str());
            QVERIFY2(row.learned.coverage >= 0.8, row.hardware.c_str());
        }
        // The T4 fold sees no power-limited GPU: the rule puts the threshold
        // at the lowest budget seen at full clock (the A100's) and still
        // predicts most of the T4's throttling.
        const PhysicsFold* t4 = nullptr;
        for (const auto& f : phys.physics)
            if (f.heldOut.find("T4") != std::string::npos) t4 = &f;
        QVERIFY(t4);
        QVERIFY2(t4->predicted < 0.6, std::to_string(t4->predicted).c_str());
        const HeldOutRow* t4Before = find(bare, "T4", "all");
        const HeldOutRow* t4After = find(phys, "T4", "all");
        QVERIFY(t4Before && t4After);
        QVERIFY(t4After->roofline.mape < 0.45 * t4Before->roofline.mape);
    }

    void pascalLongRowsLeaveOneDeviceOut() {
        // fp32 linear on the two Pascal cards, each held out in turn with the
        // sustained-clock physics of its fold: the MMU's bound on GEMMs whose
        // rows span a 64 KiB page (gemm_waves.h) takes the P100 from 20% to
        // 10% and the P4 from 15% to 13% on the full data.
        const ValidationReport rep = linearFolds(400, 7, FoldPhysics::fitted, {0},
                                                 {lib.find("p100")->name, lib.find("p4")->name});
        const HeldOutRow* p100 = find(rep, "P100", "all");
        const HeldOutRow* p4 = find(rep, "P4", "all");
        QVERIFY(p100 && p4);
        qInfo("linear, roofline with physics: P100 %.1f%%  P4 %.1f%%", p100->roofline.mape,
              p4->roofline.mape);
        QVERIFY2(p100->roofline.mape < 13.0, std::to_string(p100->roofline.mape).c_str());
        QVERIFY2(p4->roofline.mape < 16.0, std::to_string(p4->roofline.mape).c_str());
    }

    void vidurAcrossGpus() {
        ImportResult r =
            importFiles({(kShared + "/vidur/mlp_ops_median_ms.csv").toStdString()}, lib);
        QVERIFY(r.issues.empty());
        const Dataset d =
            r.data.withOps({"attn_pre_proj", "attn_post_proj", "mlp_up_proj", "mlp_down_proj"})
                .subsample(300, 3);
        const FeatureTable t = buildFeatureTable(d, lib);
        const std::string a100 = lib.find("a100")->name, a40 = lib.find("a40")->name;
        ValidationOptions o = fastValidation();
        for (const auto& [from, to] : {std::pair{a100, a40}, std::pair{a40, a100}}) {
            const ValidationReport rep = validateTransfer(t.subset(t.rowsOf({from}, true)),
                                                          t.subset(t.rowsOf({to}, true)), o);
            const HeldOutRow* all = find(rep, to, "all");
            QVERIFY(all);
            qInfo(
                "VIDUR GEMMs %s -> %s: roofline %.1f%%  learned %.1f%% (cov %.0f%%)  hybrid "
                "%.1f%% (cov %.0f%%)",
                from.c_str(), to.c_str(), all->roofline.mape, all->learned.mape,
                100 * all->learned.coverage, all->hybrid.mape, 100 * all->hybrid.coverage);
            QVERIFY2(all->hybrid.mape < 35.0, to.c_str());
            // No check ran: half the correction, which beats all of it on
            // both pairs (docs/learned.md, "One training device").
            qInfo("  hybrid, full correction %.1f%%", all->hybridFull.mape);
            QCOMPARE(all->trust, 0.5);
            QVERIFY2(all->hybrid.mape < all->hybridFull.mape, to.c_str());
            // One training device: the transfer prior widens the interval
            // from the training residuals' (1-5% covered here) to 83-93%
            // around the half-trusted prediction (56-92% around the fully
            // trusted one; docs/learned.md, "One training device").
            QVERIFY2(all->hybrid.coverage >= 0.75 && all->learned.coverage >= 0.75, to.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestLearnedValidation)
#include "test_learned_validation.moc"
