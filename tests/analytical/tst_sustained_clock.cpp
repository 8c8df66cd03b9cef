// The fp32 FMA path's physics (core/analytical/sustained_clock.h): the SM
// issue family read from a spec's peaks, the sustained clock under the power
// limit, and the sample specs the validation holds out (P100, P4: shared
// issue; V100, T4, A100, L4: matrix units); the 16-bit matrix-unit fraction.
#include <QtTest>

#include <cmath>

#include "core/analytical/roofline.h"
#include "core/analytical/sustained_clock.h"
#include "test_specs.h"

using namespace rl;

namespace {

// A GPU with a power budget of exactly 1 W per (unit x GHz): 100 units at 1 GHz, 100 W.
Hardware budgetGpu(double fp32, double fp16) {
    Hardware hw;
    hw.kind = "gpu";
    hw.compute.units = 100;
    hw.compute.clockHz = 1e9;
    hw.tdpW = 100;
    if (fp32 > 0) hw.compute.peakFlops[DType::fp32] = fp32;
    if (fp16 > 0) hw.compute.peakFlops[DType::fp16] = fp16;
    return hw;
}

}  // namespace

class TstSustainedClock : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void issueFamilyFromThePeaks() {
        // Pascal P100: packed half2 doubles fp32, no matrix units.
        QVERIFY(sharesFmaIssue(budgetGpu(9.3e12, 18.7e12)));
        // Pascal P4: no fp16 peak listed at all (fp16 falls back to fp32: 1x).
        QVERIFY(sharesFmaIssue(budgetGpu(5.5e12, 0)));
        // Volta V100: fp16 on tensor cores at 8x fp32.
        QVERIFY(!sharesFmaIssue(budgetGpu(14e12, 112e12)));
        // Ada L4: 121 / 30.3 = 3.99x (fp32 accumulation) is matrix units.
        QVERIFY(!sharesFmaIssue(budgetGpu(30.3e12, 121e12)));
        // 3x is not: the boundary sits between packed half2 (2x) and 4x.
        QVERIFY(sharesFmaIssue(budgetGpu(10e12, 30e12)));
        // No fp32 peak: nothing to say, the default family.
        QVERIFY(!sharesFmaIssue(budgetGpu(0, 100e12)));
        // bf16 alone also marks matrix units.
        Hardware bf = budgetGpu(10e12, 0);
        bf.compute.peakFlops[DType::bf16] = 80e12;
        QVERIFY(!sharesFmaIssue(bf));
    }

    void efficiencyIsFamilyFractionTimesClock() {
        // Budget 1 W per unit-GHz against a full-clock budget of 2: half the
        // clock; achievable 0.9 with matrix units, 0.7 without.
        const SustainedClockModel m{0.9, 2.0, 0.7};
        const Hardware volta = budgetGpu(10e12, 80e12), pascal = budgetGpu(10e12, 20e12);
        QVERIFY(std::abs(powerBudgetPerUnitGhz(volta) - 1.0) < 1e-12);
        QVERIFY(std::abs(sustainedClockFraction(volta, m) - 0.5) < 1e-12);
        QVERIFY(std::abs(physicsEfficiency(volta, DType::fp32, m) - 0.45) < 1e-12);
        QVERIFY(std::abs(physicsEfficiency(pascal, DType::fp32, m) - 0.35) < 1e-12);
        QCOMPARE(achievableFraction(pascal, m), 0.7);
        QCOMPARE(achievableFraction(volta, m), 0.9);
        // The roofline's fp32 peak carries the shipped constants' figure:
        // 10 TFLOP/s x 0.764 x 1 / 2.11 without matrix units.
        const RooflineDevice dev(pascal);
        QVERIFY(std::abs(dev.peak[static_cast<std::size_t>(DType::fp32)] - 10e12 * 0.764 / 2.11) <
                1e3);
        // A spec's own factor wins over the physics.
        Hardware own = pascal;
        own.compute.efficiency[DType::fp32] = 0.6;
        QCOMPARE(computeEfficiency(own, DType::fp32, m), 0.6);
    }

    void matrixUnitsKeepTheirFractionUnderThePowerLimit() {
        // fp16/bf16 on matrix units: the shared HGEMM fraction, whatever the
        // power budget (this GPU's budget halves its FMA clock).
        const SustainedClockModel m{0.9, 2.0, 0.7, 0.6};
        const Hardware volta = budgetGpu(10e12, 80e12), pascal = budgetGpu(10e12, 20e12);
        QVERIFY(hasMatrixUnits(volta));
        QVERIFY(!hasMatrixUnits(pascal));
        QCOMPARE(physicsEfficiency(volta, DType::fp16, m), 0.6);
        QCOMPARE(physicsEfficiency(volta, DType::bf16, m), 0.6);
        QVERIFY(std::abs(physicsEfficiency(volta, DType::fp32, m) - 0.45) < 1e-12);
        // No matrix units (packed half2 on the FMA pipes), or paths without
        // measurements to choose a fraction on (tf32, int8): the datasheet peak.
        QCOMPARE(physicsEfficiency(pascal, DType::fp16, m), 1.0);
        Hardware tf = volta;
        tf.compute.peakFlops[DType::tf32] = 40e12;
        QCOMPARE(physicsEfficiency(tf, DType::tf32, m), 1.0);
        // A CPU keeps 1 for every type.
        Hardware cpu = volta;
        cpu.kind = "cpu";
        QCOMPARE(physicsEfficiency(cpu, DType::fp16, m), 1.0);
        // The A40 sample lists no 16-bit efficiency (its 0.70 was a guess):
        // the shipped fraction applies, and the roofline's fp16 peak carries it.
        const Hardware a40 = test::sampleHardware("nvidia-a40.json");
        QVERIFY(hasMatrixUnits(a40));
        QCOMPARE(computeEfficiency(a40, DType::fp16), SustainedClockModel{}.achievableMatrix);
        QCOMPARE(SustainedClockModel{}.achievableMatrix, 0.75);
        const RooflineDevice dev(a40);
        QVERIFY(std::abs(dev.peak[static_cast<std::size_t>(DType::fp16)] - 149.7e12 * 0.75) < 1e6);
        // The A100 sample keeps its own 0.75 (a spec's factor wins).
        QCOMPARE(computeEfficiency(test::sampleHardware("nvidia-a100-sxm4-80gb.json"), DType::fp16),
                 0.75);
    }

    void sampleSpecsFamilies() {
        // The five GPUs of NeuSight's data and the L4 (the power-limited
        // acceptance GPU): which achievable fraction each one gets.
        QVERIFY(sharesFmaIssue(test::sampleHardware("nvidia-p100-pcie-16gb.json")));
        QVERIFY(sharesFmaIssue(test::sampleHardware("nvidia-p4.json")));
        for (const char* f : {"nvidia-v100-pcie-32gb.json", "nvidia-t4.json",
                              "nvidia-a100-pcie-40gb.json", "nvidia-l4.json"})
            QVERIFY2(!sharesFmaIssue(test::sampleHardware(f)), f);
        // L4: 72 W / (58 SMs x 2.04 GHz) = 0.608 W per unit-GHz, far below
        // the full-clock budget: 0.949 x 0.608 / 2.11 = 0.274 of its 30.3
        // TFLOP/s datasheet fp32 peak with the shipped constants.
        const Hardware l4 = test::sampleHardware("nvidia-l4.json");
        const double expected = 0.949 * (72.0 / (58 * 2.04)) / 2.11;
        QVERIFY2(std::abs(physicsEfficiency(l4, DType::fp32) - expected) < 1e-3,
                 std::to_string(physicsEfficiency(l4, DType::fp32)).c_str());
        // The V100 PCIe (2.26 W per unit-GHz) holds its boost clock.
        const Hardware v100 = test::sampleHardware("nvidia-v100-pcie-32gb.json");
        QCOMPARE(sustainedClockFraction(v100), 1.0);
        QVERIFY(std::abs(physicsEfficiency(v100, DType::fp32) - 0.949) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TstSustainedClock)
#include "tst_sustained_clock.moc"
