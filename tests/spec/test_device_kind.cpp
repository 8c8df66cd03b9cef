// The device kinds (core/spec/device_kind.h): one table read both ways, the
// hardware reader accepting exactly its names, and isGpu deciding the
// GPU-only physics instead of a string compare.
#include <QtTest>

#include <set>

#include "core/analytical/sustained_clock.h"
#include "core/spec/device_kind.h"
#include "core/spec/hardware.h"
#include "core/spec/spec_io.h"

using namespace rl;

namespace {

// The smallest hardware document the reader takes, with the given kind.
Json deviceDoc(const std::string& kind) {
    return Json{
        {"format", "ridgeline.hardware"},
        {"version", 1},
        {"name", "Kind probe"},
        {"kind", kind},
        {"source", "made up for tests"},
        {"compute", {{"units", 10}, {"clock", "1 GHz"}, {"peak", {{"fp32", "10 TFLOP/s"}}}}},
        {"memory", Json::array({{{"name", "DRAM"},
                                 {"kind", "dram"},
                                 {"capacity", "8 GiB"},
                                 {"bandwidth", "100 GB/s"}}})},
        {"tdp", "10 W"}};
}

bool hasErrorAt(const Diagnostics& d, const std::string& path, const std::string& text) {
    for (const Diagnostic& x : d.items())
        if (x.path == path && x.format().find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

class TestDeviceKind : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void tableRoundTrips() {
        QCOMPARE(kDeviceKindNames.size(), static_cast<std::size_t>(DeviceKind::cluster) + 1);
        std::set<std::string_view> seen;
        for (std::size_t i = 0; i < kDeviceKindNames.size(); ++i) {
            const auto kind = static_cast<DeviceKind>(i);
            const std::string_view name = nameOf(kDeviceKindNames, kind, "");
            QVERIFY(!name.empty());
            QVERIFY(seen.insert(name).second);
            QCOMPARE(valueOf(kDeviceKindNames, name), std::optional<DeviceKind>(kind));
            QCOMPARE(deviceKindNames()[i], name);  // the choice list is the table, in order
        }
        QCOMPARE(deviceKindNames().front(), std::string_view("gpu"));
        QCOMPARE(deviceKindNames().back(), std::string_view("cluster"));
    }

    void kindOfHardware() {
        Hardware hw;
        hw.kind = "gpu";
        QCOMPARE(deviceKindOf(hw), std::optional<DeviceKind>(DeviceKind::gpu));
        QVERIFY(isGpu(hw));
        hw.kind = "tpu";
        QCOMPARE(deviceKindOf(hw), std::optional<DeviceKind>(DeviceKind::tpu));
        QVERIFY(!isGpu(hw));
        for (const char* odd : {"", "GPU", "gpu ", "graphics"}) {
            hw.kind = odd;
            QVERIFY2(!deviceKindOf(hw), odd);  // names are exact, as in spec files
            QVERIFY2(!isGpu(hw), odd);
        }
    }

    void readerAcceptsEveryName() {
        for (std::string_view name : deviceKindNames()) {
            auto hw = parseHardware(deviceDoc(std::string(name)), "k.json");
            QVERIFY2(hw.ok(), hw.diagnostics.format().c_str());
            QCOMPARE(deviceKindOf(*hw.value), valueOf(kDeviceKindNames, name));
        }
    }

    void readerRejectsOtherNamesListingTheTable() {
        auto hw = parseHardware(deviceDoc("gpuu"), "k.json");
        QVERIFY(!hw.ok());
        QVERIFY(hasErrorAt(hw.diagnostics, "/kind", "did you mean \"gpu\"?"));
        QVERIFY(hasErrorAt(hw.diagnostics, "/kind",
                           "one of \"gpu\", \"tpu\", \"cpu\", \"edge\", \"accelerator\", "
                           "\"node\", \"cluster\""));
    }

    void gpuPhysicsFollowsTheKind() {
        // A 10 W, 10-unit, 1 GHz part is far below the budget that holds the
        // boost clock: as a GPU its fp32 path sustains a fraction of peak;
        // the same numbers as a TPU keep the neutral factor.
        auto gpu = parseHardware(deviceDoc("gpu"), "k.json");
        auto tpu = parseHardware(deviceDoc("tpu"), "k.json");
        QVERIFY(gpu.ok() && tpu.ok());
        const double asGpu = physicsEfficiency(*gpu.value, DType::fp32);
        QVERIFY2(asGpu > 0.0 && asGpu < 1.0, std::to_string(asGpu).c_str());
        QCOMPARE(physicsEfficiency(*tpu.value, DType::fp32), 1.0);
    }
};

QTEST_APPLESS_MAIN(TestDeviceKind)
#include "test_device_kind.moc"
