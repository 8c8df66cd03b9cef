// Points addressed by index: the grid's order and size, tied axes zipped,
// seeded random and Latin-hypercube draws that are the same whatever order
// points are computed in, one point per stratum, values written into the
// design as the field expects, and library axes.
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/explore/design_specs.h"
#include "core/explore/sweep_points.h"
#include "sweep_fixtures.h"

using namespace rl;
using namespace rl::explore;
using namespace rl::explore::test;

class TestSweepPoints : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    LoadedSweep load(const Json& doc) { return loadSweepDoc(dir_, doc); }
    static std::vector<AxisSetting> at(const PointSpace& s, std::uint64_t i) {
        std::vector<AxisSetting> out(s.axisCount());
        s.settings(i, out);
        return out;
    }

  private Q_SLOTS:
    void gridOrderAndSize() {
        LoadedSweep l = load(smallSweep());
        QVERIFY(l.ok());
        Diagnostics d;
        auto space = PointSpace::build(*l.spec, d);
        QVERIFY(space);
        QCOMPARE(space->size(), std::uint64_t(4 * 5 * 3));
        // The last axis varies fastest, the first slowest.
        auto p0 = at(*space, 0), p1 = at(*space, 1), p3 = at(*space, 3), p15 = at(*space, 15);
        QCOMPARE(p0[0].position, 0);
        QCOMPARE(p0[1].position, 0);
        QCOMPARE(p0[2].position, 0);
        QCOMPARE(p1[2].position, 1);
        QCOMPARE(p3[1].position, 1);
        QCOMPARE(p3[2].position, 0);
        QCOMPARE(p15[0].position, 1);
        // Range ends are exact; log steps in between.
        QCOMPARE(p0[0].number, 1e12);
        QCOMPARE(at(*space, 59)[0].number, 8e12);
        QCOMPARE(p15[0].number, 2e12);  // 1, 2, 4, 8 TB/s
        QCOMPARE(p0[2].number, 0.5);
        QCOMPARE(p1[2].number, 0.7);
        QCOMPARE(p3[1].number, 2.0);
        // Every combination exactly once.
        std::set<std::vector<std::int64_t>> seen;
        for (std::uint64_t i = 0; i < space->size(); ++i) {
            std::vector<std::int64_t> key;
            for (const AxisSetting& s : at(*space, i)) key.push_back(s.position);
            seen.insert(key);
        }
        QCOMPARE(seen.size(), std::size_t(60));
    }

    void tiedAxesMoveTogether() {
        Json doc = smallSweep();
        doc["axes"][1]["tie"] = "g";
        doc["axes"].push_back({{"name", "prompt"},
                               {"pointer", "/scenario/inference/prompt_tokens"},
                               {"values", {128, 256, 512, 1024, 2048}},
                               {"tie", "g"}});
        LoadedSweep l = load(doc);
        QVERIFY(l.ok());
        Diagnostics d;
        auto space = PointSpace::build(*l.spec, d);
        QCOMPARE(space->size(), std::uint64_t(4 * 5 * 3));  // zipped, not crossed
        for (std::uint64_t i = 0; i < space->size(); ++i) {
            auto p = at(*space, i);
            QCOMPARE(p[1].position, p[3].position);
        }
        QCOMPARE(space->tiedWith(3), (std::vector<std::size_t>{1, 3}));
    }

    void randomIsSeededAndOrderFree() {
        Json doc = smallSweep();
        doc["sampling"] = {{"method", "random"}, {"count", 500}, {"seed", 7}};
        LoadedSweep l = load(doc);
        QVERIFY(l.ok());
        Diagnostics d;
        auto a = PointSpace::build(*l.spec, d);
        auto b = PointSpace::build(*l.spec, d);
        QCOMPARE(a->size(), std::uint64_t(500));
        // Computed backwards on another space object: the same points.
        std::vector<std::vector<AxisSetting>> forward;
        for (std::uint64_t i = 0; i < 500; ++i) forward.push_back(at(*a, i));
        for (std::uint64_t i = 500; i-- > 0;) {
            auto p = at(*b, i);
            for (std::size_t k = 0; k < p.size(); ++k) {
                QCOMPARE(p[k].number, forward[i][k].number);
                QCOMPARE(p[k].position, forward[i][k].position);
            }
        }
        // Inside the ranges; continuous draws on ranges, positions on lists.
        std::set<double> distinct;
        for (const auto& p : forward) {
            QVERIFY(p[0].number >= 1e12 && p[0].number <= 8e12);
            QCOMPARE(p[0].position, -1);
            QVERIFY(p[1].position >= 0 && p[1].position < 5);
            distinct.insert(p[0].number);
        }
        QVERIFY(distinct.size() > 450);
        // Another seed, other points.
        l.spec->sampling.seed = 8;
        auto c = PointSpace::build(*l.spec, d);
        int same = 0;
        for (std::uint64_t i = 0; i < 500; ++i) same += at(*c, i)[0].number == forward[i][0].number;
        QVERIFY(same < 5);
    }

    void latinHypercubeHasOnePointPerStratum() {
        Json doc = smallSweep();
        const std::uint64_t n = 97;
        doc["sampling"] = {{"method", "latin_hypercube"}, {"count", n}, {"seed", 3}};
        doc["axes"][0] = Json::parse(R"({"name": "dram efficiency",
            "pointer": "/hardware/memory/0/efficiency", "range": {"from": 0.1, "to": 1.0}})");
        doc["axes"][2]["range"].erase("steps");
        LoadedSweep l = load(doc);
        QVERIFY(l.ok());
        Diagnostics d;
        auto space = PointSpace::build(*l.spec, d);
        QVERIFY(space);
        std::vector<int> strata0(n), strata2(n), list(5);
        for (std::uint64_t i = 0; i < n; ++i) {
            auto p = at(*space, i);
            const double u0 = (p[0].number - 0.1) / 0.9, u2 = (p[2].number - 0.5) / 0.4;
            ++strata0[std::min<std::uint64_t>(n - 1, std::uint64_t(u0 * double(n)))];
            ++strata2[std::min<std::uint64_t>(n - 1, std::uint64_t(u2 * double(n)))];
            ++list[std::size_t(p[1].position)];
        }
        for (std::uint64_t k = 0; k < n; ++k) {
            QCOMPARE(strata0[k], 1);
            QCOMPARE(strata2[k], 1);
        }
        // A 5-value list gets its values in near-equal shares (97 / 5; the
        // strata that straddle two values may go either way).
        for (int c : list) QVERIFY(c >= 18 && c <= 21);
        // The axes are not drawn in lockstep.
        auto p = at(*space, 0), q = at(*space, 1);
        QVERIFY((p[0].number - q[0].number) * (p[2].number - q[2].number) != 0);
    }

    void valuesAreWrittenAsTheFieldExpects() {
        Json doc = smallSweep();
        doc["sampling"] = {{"method", "random"}, {"count", 20}, {"seed", 1}};
        doc["axes"][1] = Json::parse(R"({"name": "batch", "pointer": "/scenario/inference/batch",
            "range": {"from": 1, "to": 64, "scale": "log"}})");
        LoadedSweep l = load(doc);
        QVERIFY(l.ok());
        Diagnostics d;
        auto space = PointSpace::build(*l.spec, d);
        for (std::uint64_t i = 0; i < 20; ++i) {
            auto p = at(*space, i);
            Json design = l.base->design;
            QCOMPARE(space->apply(design, p).english(), std::string());
            // A quantity string that parses to the setting's number exactly.
            const Json& bw = design["hardware"]["memory"][0]["bandwidth"];
            QVERIFY(bw.is_string());
            QCOMPARE(std::get<double>(parseQuantity(bw.get<std::string>(), Dimension::bandwidth)),
                     p[0].number);
            // An integer field stays an integer.
            const Json& batch = design["scenario"]["inference"]["batch"];
            QVERIFY(batch.is_number_integer());
            QCOMPARE(double(batch.get<std::int64_t>()), p[1].number);
            QCOMPARE(design["hardware"]["compute"]["efficiency"]["fp16"].get<double>(),
                     p[2].number);
            // Everything else is the base.
            design["hardware"]["memory"][0]["bandwidth"] =
                l.base->design["hardware"]["memory"][0]["bandwidth"];
            design["scenario"]["inference"]["batch"] =
                l.base->design["scenario"]["inference"]["batch"];
            design["hardware"]["compute"]["efficiency"]["fp16"] =
                l.base->design["hardware"]["compute"]["efficiency"]["fp16"];
            QCOMPARE(design, l.base->design);
        }
        // A design without the field: a clear error naming the pointer.
        Json broken = l.base->design;
        broken["hardware"]["memory"][0].erase("bandwidth");
        const std::string e = space->apply(broken, at(*space, 0)).english();
        QVERIFY(e.find("/hardware/memory/0/bandwidth") != std::string::npos);
        QVERIFY(e.find("does not exist") != std::string::npos);
    }

    void baseAndSensitivityValues() {
        LoadedSweep l = load(smallSweep());
        Diagnostics d;
        auto space = PointSpace::build(*l.spec, d);
        auto base = space->baseSettings(*l.base);
        QCOMPARE(base[0].position, kBaseValue);
        QCOMPARE(base[0].number, 3.35e12);
        QCOMPARE(base[1].number, 16.0);
        QCOMPARE(base[2].number, 0.75);
        Json design = l.base->design;
        QCOMPARE(space->apply(design, base).english(), std::string());
        QCOMPARE(design, l.base->design);  // the base settings change nothing
        QCOMPARE(space->sensitivityValues(1).size(), std::size_t(5));
        QCOMPARE(space->sensitivityValues(0).back().number, 8e12);
    }

    void pointOpensAsAProject() {
        LoadedSweep l = load(smallSweep());
        Diagnostics d;
        auto space = PointSpace::build(*l.spec, d);
        // Point 0: 1 TB/s, batch 1, efficiency 0.5; all three differ from the base.
        const auto edits = differencesFromBase(*space, *l.base, at(*space, 0));
        QCOMPARE(edits.size(), std::size_t(3));
        QCOMPARE(edits[0].pointer, std::string("/hardware/memory/0/bandwidth"));
        QCOMPARE(edits[0].before, Json("3.35 TB/s"));
        QCOMPARE(edits[0].after, Json("1 TB/s"));
        QCOMPARE(edits[1].after, Json(1));
        auto project = projectForPoint(*l.spec, *l.base, *space, 0, d);
        QVERIFY2(project, d.format().c_str());
        QCOMPARE(project->hardware.memory[0].bandwidth, 1e12);
        QCOMPARE(project->scenario.inference.batch, 1);
        QVERIFY(project->hardwareRef.empty() && project->modelRef.empty());  // self-contained
        QCOMPARE(project->model.name, l.base->project.model.name);
        // An index past the end is refused, not read.
        Diagnostics past;
        QVERIFY(!projectForPoint(*l.spec, *l.base, *space, space->size(), past));
        QVERIFY(past.hasErrors());
    }

    void libraryAxisTakesEveryDeviceOfAKind() {
        // The GPUs of the bundled library that state a price.
        std::set<std::string> expected;
        for (const auto& e :
             std::filesystem::directory_iterator(std::string(RIDGELINE_SAMPLES) + "/hardware")) {
            const Json doc = Json::parse(readFile(e.path().string()));
            if (doc.value("kind", "") == "gpu" && doc.contains("cost_per_hour") &&
                doc.contains(Json::json_pointer("/interconnect/0/devices")))
                expected.insert(doc["name"].get<std::string>());
        }
        QVERIFY(expected.size() >= 3);
        Json doc = smallSweep();
        doc["axes"][0] = Json::parse(R"({"name": "GPU", "pointer": "/hardware",
            "library": {"kind": "gpu", "require": ["/cost_per_hour", "/interconnect/0/devices"]}})");
        LoadedSweep l = load(doc);
        QVERIFY(l.ok());
        Diagnostics d;
        auto space = PointSpace::build(*l.spec, d);
        QVERIFY2(space, d.format().c_str());
        QCOMPARE(space->values(0).size(), expected.size());
        std::set<std::string> got;
        for (std::size_t k = 0; k < space->values(0).size(); ++k)
            got.insert(space->axisValue(0, {std::int64_t(k), kNoValue}).label);
        QCOMPARE(got, expected);
        QVERIFY(!l.spec->axisInfos()[0].numeric);
        // An axis inside the replaced document that stays at the base keeps
        // the base's value, not the device document's.
        SweepAxis devices;
        devices.name = "devices";
        devices.pointer = "/hardware/interconnect/0/devices";
        devices.values.list = {2, 4};
        l.spec->axes[1] = devices;
        auto nested = PointSpace::build(*l.spec, d);
        QVERIFY(nested);
        std::vector<AxisSetting> s = nested->baseSettings(*l.base);
        s[0] = {0, kNoValue};
        Json design = l.base->design;
        QCOMPARE(nested->apply(design, s).english(), std::string());
        QCOMPARE(design["hardware"]["name"], nested->values(0)[0]["name"]);
        QCOMPARE(design["hardware"]["interconnect"][0]["devices"], Json(8));
        s[1] = {1, 4.0};
        design = l.base->design;
        QCOMPARE(nested->apply(design, s).english(), std::string());
        QCOMPARE(design["hardware"]["interconnect"][0]["devices"], Json(4));
        // A kind nothing has: an error at the library object.
        l.spec->axes[0].values.libraryKind = "cluster";
        l.spec->axes[0].values.libraryRequire = {"/no_such_field"};
        Diagnostics none;
        QVERIFY(!PointSpace::build(*l.spec, none));
        QCOMPARE(none.items().front().path, std::string("/axes/0/library"));
    }
};

QTEST_GUILESS_MAIN(TestSweepPoints)
#include "tst_sweep_points.moc"
