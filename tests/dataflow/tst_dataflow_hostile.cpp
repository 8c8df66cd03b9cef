// Absurd dataflow inputs (issue 17): counts that would leave 64 bits are
// refused or saturate, never wrap into negative cycles (case 5); errors in a
// problem or mapping file name that file, not the architecture's (case 6).
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <stdexcept>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/systolic.h"
#include "core/spec/checked_number.h"
#include "core/spec/spec_io.h"

using namespace rl;
using namespace rl::dataflow;

namespace {
std::string sample(const char* name) { return std::string(RIDGELINE_SAMPLES) + "/" + name; }
}  // namespace

class TstDataflowHostile : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void conversionsAreRangeChecked() {
        QCOMPARE(toInt64(1e300), std::optional<std::int64_t>());
        QCOMPARE(toInt64(-1e300), std::optional<std::int64_t>());
        QCOMPARE(toInt64(std::nan("")), std::optional<std::int64_t>());
        QCOMPARE(toInt64(9223372036854775808.0), std::optional<std::int64_t>());
        QCOMPARE(toInt64(-9223372036854775808.0), std::optional<std::int64_t>());
        QCOMPARE(toInt64(42.9), std::optional<std::int64_t>(42));
        QCOMPARE(checkedMul(std::int64_t(1) << 32, std::int64_t(1) << 31),
                 std::optional<std::int64_t>());
        QCOMPARE(checkedAdd(std::numeric_limits<std::int64_t>::max(), 1),
                 std::optional<std::int64_t>());
    }

    void systolicStallsNeverWrap() {
        // `systolic --dram-bw 1e-300` printed negative cycle counts.
        SystolicArray a;
        a.dramWordsPerCycle = 1e-300;
        SystolicLayer l{"conv", 56, 56, 3, 3, 64, 64, 1, 1, 1};
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, simulateSystolic(a, l));
        a.dramWordsPerCycle = 1e-3;  // slow but representable: positive counts
        const SystolicResult r = simulateSystolic(a, l);
        QVERIFY(r.stallCycles > 0 && r.totalCycles > r.computeCycles);
        QVERIFY(r.overallUtilization > 0 && r.overallUtilization <= 1);
    }

    void absurdBandwidthsAreRefusedInSpecs() {
        Diagnostics d;
        auto arch = readJsonFile(sample("accelerators/eyeriss-like.json"), d);
        QVERIFY2(arch, d.format().c_str());
        (*arch)["levels"][0]["read_bandwidth"] = 1e-300;
        Diagnostics bad;
        QVERIFY(!parseAcceleratorArch(*arch, "", bad));
        QVERIFY2(bad.format().find("/levels/0/read_bandwidth") != std::string::npos,
                 bad.format().c_str());
        QVERIFY2(bad.format().find("1e-6 to 1e12") != std::string::npos, bad.format().c_str());
    }

    void problemAndMappingErrorsNameTheirFile() {
        QTemporaryDir dir;
        const std::string problem = dir.filePath("bad-problem.json").toStdString();
        std::ofstream(problem) << R"({"format": "ridgeline.problem", "version": 1, "name": "p",
                                     "kind": "conv", "dims": {"R": -3}, "word_bits": 8})";
        const std::string mapping = dir.filePath("bad-mapping.json").toStdString();
        std::ofstream(mapping) << R"({"format": "ridgeline.mapping", "version": 1, "levels": 7})";
        const std::string archPath = sample("accelerators/eyeriss-like.json");
        Diagnostics d;  // one collection, as ridgeline-cli dataflow keeps it
        QVERIFY(loadAcceleratorArch(archPath, d));
        QVERIFY(!loadProblem(problem, d));
        QVERIFY(!loadMapping(mapping, d));
        QVERIFY(d.hasErrors());
        bool problemNamed = false, mappingNamed = false;
        for (const Diagnostic& i : d.items()) {
            if (i.severity != Diagnostic::Severity::error) continue;
            QVERIFY2(i.file != archPath, i.format().c_str());
            problemNamed = problemNamed || (i.file == problem && i.path.rfind("/dims", 0) == 0);
            mappingNamed = mappingNamed || i.file == mapping;
        }
        QVERIFY2(problemNamed && mappingNamed, d.format().c_str());
    }
};

QTEST_APPLESS_MAIN(TstDataflowHostile)
#include "tst_dataflow_hostile.moc"
