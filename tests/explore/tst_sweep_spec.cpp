// The "ridgeline.sweep" reader: a valid file loads with its base project;
// every kind of mistake is reported at its JSON path with the offending value
// and what was expected; toJson round-trips.
#include <QtTest>

#include "core/explore/field_values.h"
#include "core/explore/sweep_files.h"
#include "core/explore/sweep_manifest.h"
#include "core/explore/sweep_spec.h"
#include "core/explore/sweep_spec_names.h"
#include "sweep_fixtures.h"

using namespace rl;
using namespace rl::explore;
using namespace rl::explore::test;

class TestSweepSpec : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    // Loads `doc` and returns its diagnostics (the sweep must not load).
    Diagnostics failing(const Json& doc) { return loadSweepDoc(dir_, doc, false).diagnostics; }
    // True when one error sits at `path` and its expectation contains `expect`.
    static bool hasError(const Diagnostics& d, const std::string& path, const std::string& expect) {
        for (const Diagnostic& e : d.items())
            if (e.severity == Diagnostic::Severity::error && e.path == path &&
                e.expected.find(expect) != std::string::npos)
                return true;
        qWarning("no error at %s expecting '%s' in:\n%s", path.c_str(), expect.c_str(),
                 d.format().c_str());
        return false;
    }

  private Q_SLOTS:
    void loadsAValidSweep() {
        const std::string path = writeSweep(dir_, smallSweep());
        LoadedSweep l = loadSweep(path);
        QVERIFY2(l.ok(), l.diagnostics.format().c_str());
        const SweepSpec& s = *l.spec;
        QCOMPARE(s.axes.size(), std::size_t(3));
        QCOMPARE(s.axes[0].values.kind, AxisValues::Kind::log);
        QCOMPARE(s.axes[0].values.from, 1e12);
        QVERIFY(s.axes[0].values.dimension == Dimension::bandwidth);
        QVERIFY(!s.axes[0].values.integer);
        QCOMPARE(s.axes[1].values.list.size(), std::size_t(5));
        QVERIFY(!s.axes[2].values.dimension.has_value());  // a plain number field
        const std::vector<Metric> m = s.metrics();
        QCOMPARE(m.size(), std::size_t(3));
        QVERIFY(m[0] == Metric::time && m[1] == Metric::energy && m[2] == Metric::memory_headroom);
        QCOMPARE(s.constraints[0].lower, 0.0);
        QVERIFY(std::isnan(s.constraints[0].upper));
        QCOMPARE(s.objectives[1].sense, ObjectiveSense::minimise);
        // The base: the project's three documents under one design object.
        QCOMPARE(l.base->design["hardware"]["memory"][0]["bandwidth"], Json("3.35 TB/s"));
        QCOMPARE(l.base->project.scenario.parallelism.tensor, 8);
        const auto infos = s.axisInfos();
        QCOMPARE(infos[0].unit, std::string("B/s"));
        QVERIFY(infos[0].logScale && infos[0].numeric && infos[1].numeric);
    }

    void loadsADocumentAlreadyRead() {
        // The GUI reads a file once to see its format, then loads that document:
        // the same spec and base as from the file, relative paths resolved and
        // errors named against the file it came from.
        Json doc = smallSweep();
        const std::string path = writeSweep(dir_, doc);
        const LoadedSweep fromFile = loadSweep(path);
        const LoadedSweep fromDoc = loadSweep(doc, path);
        QVERIFY2(fromDoc.ok(), fromDoc.diagnostics.format().c_str());
        QCOMPARE(toJson(*fromDoc.spec), toJson(*fromFile.spec));
        QCOMPARE(fromDoc.base->design, fromFile.base->design);
        QCOMPARE(fromDoc.spec->file, path);
        // A field the base project lacks: the base half ran, and said so.
        doc["axes"][1]["pointer"] = "/scenario/inference/no_such_field";
        const LoadedSweep bad = loadSweep(doc, path);
        QVERIFY(!bad.ok() && !bad.spec && !bad.base);
        QCOMPARE(bad.diagnostics.file(), path);
        QVERIFY2(hasError(bad.diagnostics, "/axes/1/pointer", ""),
                 bad.diagnostics.format().c_str());
    }

    void rangeOnAnIntegerFieldRounds() {
        Json doc = smallSweep();
        doc["axes"][1] = Json::parse(
            R"({"name": "batch", "pointer": "/scenario/inference/batch",
                "range": {"from": 1, "to": 64, "steps": 7, "scale": "log"}})");
        LoadedSweep l = loadSweep(writeSweep(dir_, doc));
        QVERIFY2(l.ok(), l.diagnostics.format().c_str());
        QVERIFY(l.spec->axes[1].values.integer);
    }

    void namesEveryMistake_data() {
        QTest::addColumn<QString>("patch");  // JSON merge patch onto smallSweep()
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        auto row = [](const char* name, const char* patch, const char* path, const char* expect) {
            QTest::newRow(name) << patch << path << expect;
        };
        row("format", R"({"format": "ridgeline.project"})", "/format", "ridgeline.sweep");
        row("no project", R"({"project": null})", "/project", "required key");
        row("missing project file", R"({"project": "nowhere.json"})", "/project",
            "a valid project file");
        row("unknown metric", R"({"objectives": [{"metric": "tim"}]})", "/objectives/0/metric",
            "one of time");
        row("metric not from predictor", R"({"objectives": [{"metric": "mapper_cycles"}]})",
            "/objectives/0/metric", "the analytical predictor computes");
        row("too many objectives",
            R"({"objectives": [{"metric": "time"}, {"metric": "energy"}, {"metric": "mfu"},
                               {"metric": "ttft"}]})",
            "/objectives", "1 to 3");
        row("constraint without bound", R"({"constraints": [{"metric": "time"}]})",
            "/constraints/0", "a bound");
        row("bound without unit", R"({"constraints": [{"metric": "time", "at_most": 3}]})",
            "/constraints/0/at_most", "a time with its unit");
        row("random without count", R"({"sampling": {"method": "random"}})", "/sampling/count", "");
        row("grid with count", R"({"sampling": {"method": "grid", "count": 5}})", "/sampling/count",
            "no \"count\" for a grid");
        row("unknown predictor", R"({"predictor": {"kind": "magic"}})", "/predictor/kind",
            "serving");
        row("hybrid without model file",
            R"({"predictor": {"kind": "analytical", "operator_predictor": "hybrid"}})",
            "/predictor", "model_file");
        row("unknown top key", R"({"axis": []})", "/axis", "");
        row("sensitivity not bool", R"({"sensitivity": "yes"})", "/sensitivity", "");
        // Names per language (a string or an object of names by language code).
        row("title without en", R"({"name": {"de": "Test"}})", "/name", "an \"en\" entry");
        row("blank title", R"({"name": "  "})", "/name", "a non-empty string");
        row("axis name a number", R"({"axes": [{"name": 5, "pointer": "/scenario/inference/batch",
            "values": [1]}]})",
            "/axes/0/name", "a name: a string, or an object");
        row("axis name an array",
            R"({"axes": [{"name": ["a"], "pointer": "/scenario/inference/batch",
            "values": [1]}]})",
            "/axes/0/name", "a name: a string, or an object");
        row("not a language code",
            R"({"objectives": [{"metric": "time", "name": {"en": "t", "German": "Zeit"}}]})",
            "/objectives/0/name/German", "a language code");
        row("upper-case language", R"({"name": {"en": "t", "DE": "x"}})", "/name/DE",
            "a language code");
        row("bad territory", R"({"name": {"en": "t", "zh_cn": "x"}})", "/name/zh_cn",
            "a language code");
        row("translation not a string", R"({"name": {"en": "t", "de": 5}})", "/name/de",
            "a non-empty string of at most");
        row("blank translation", R"({"name": {"en": "t", "de": ""}})", "/name/de",
            "a non-empty string of at most");
        row("blank English", R"({"name": {"en": " "}})", "/name/en", "a non-empty string of");
        row("constraint name a boolean",
            R"({"constraints": [{"metric": "memory_headroom", "at_least": "0 B", "name": true}]})",
            "/constraints/0/name", "a name: a string, or an object");
    }
    void namesEveryMistake() {
        QFETCH(QString, patch);
        QFETCH(QString, path);
        QFETCH(QString, expect);
        Json doc = smallSweep();
        doc.merge_patch(Json::parse(patch.toStdString()));
        const Diagnostics d = failing(doc);
        QVERIFY(hasError(d, path.toStdString(), expect.toStdString()));
        // Every message names the file.
        QVERIFY(d.format().find("sweep.json") != std::string::npos);
    }

    void namesAxisMistakes_data() {
        QTest::addColumn<int>("axis");
        QTest::addColumn<QString>("json");  // replaces axes[axis]
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        auto row = [](const char* name, int axis, const char* json, const char* path,
                      const char* expect) {
            QTest::newRow(name) << axis << json << path << expect;
        };
        row("pointer that does not exist", 0,
            R"({"pointer": "/hardware/memory/0/bandwith", "values": ["1 TB/s"]})",
            "/axes/0/pointer", "a field that exists");
        row("pointer outside the design", 0, R"({"pointer": "/foo", "values": [1]})",
            "/axes/0/pointer", "starting with /hardware");
        row("number where a quantity is", 0,
            R"({"pointer": "/hardware/memory/0/bandwidth", "values": ["2 TB/s", 5]})",
            "/axes/0/values/1", "a bandwidth such as");
        row("quantity of another kind", 0,
            R"({"pointer": "/hardware/memory/0/bandwidth", "values": ["80 GiB"]})",
            "/axes/0/values/0", "a bandwidth");
        row("fraction where an integer is", 1,
            R"({"name": "batch", "pointer": "/scenario/inference/batch", "values": [1, 2.5]})",
            "/axes/1/values/1", "an integer");
        row("quantity range on a number", 2,
            R"({"pointer": "/hardware/compute/efficiency/fp16",
                "range": {"from": "1 TB/s", "to": "2 TB/s", "steps": 2}})",
            "/axes/2/range", "a number");
        row("range ends of two kinds", 0,
            R"({"pointer": "/hardware/memory/0/bandwidth",
                "range": {"from": "1 TB/s", "to": 5, "steps": 2}})",
            "/axes/0/range/to", "a quantity of the same kind");
        row("log range through zero", 2,
            R"({"pointer": "/hardware/compute/efficiency/fp16",
                "range": {"from": 0, "to": 0.9, "steps": 3, "scale": "log"}})",
            "/axes/2/range/from", "> 0");
        row("grid range without steps", 2,
            R"({"pointer": "/hardware/compute/efficiency/fp16", "range": {"from": 0.1, "to": 0.9}})",
            "/axes/2/range", "steps");
        row("two value kinds", 0,
            R"({"pointer": "/hardware/memory/0/bandwidth", "values": ["1 TB/s"],
                "range": {"from": "1 TB/s", "to": "2 TB/s", "steps": 2}})",
            "/axes/0", "exactly one of");
        row("misspelt key", 0,
            R"({"pointer": "/hardware/memory/0/bandwidth", "valeus": ["1 TB/s"]})",
            "/axes/0/valeus", "");
        row("empty list", 0, R"({"pointer": "/hardware/memory/0/bandwidth", "values": []})",
            "/axes/0/values", "1 to");
        row("duplicate name", 1,
            R"({"name": "bandwidth", "pointer": "/scenario/inference/batch", "values": [1]})",
            "/axes/1/name", "a name no other");
        row("tied axes of two lengths", 1,
            R"({"name": "batch", "pointer": "/scenario/inference/batch", "values": [1, 2, 4, 8],
                "tie": "t"})",
            "/axes/2/tie", "as many values");
        row("library on a field", 1,
            R"({"pointer": "/scenario/inference/batch", "library": {"kind": "gpu"}})",
            "/axes/1/pointer", "whole hardware document");
    }
    void namesAxisMistakes() {
        QFETCH(int, axis);
        QFETCH(QString, json);
        QFETCH(QString, path);
        QFETCH(QString, expect);
        Json doc = smallSweep();
        doc["axes"][axis] = Json::parse(json.toStdString());
        if (QString(QTest::currentDataTag()) == "tied axes of two lengths")
            doc["axes"][2]["tie"] = "t";  // efficiency's 3 values against batch's 4
        const Diagnostics d = failing(doc);
        QVERIFY(hasError(d, path.toStdString(), expect.toStdString()));
    }

    // A name is a string or an object of names by language ("en" required):
    // the spec keeps the English (column headers) and the others beside it.
    static Json translatedSweep() {
        Json doc = smallSweep();
        doc["name"] = {{"en", "test sweep"}, {"de", "Test-Sweep"}, {"zh_CN", "测试扫描"}};
        doc["axes"][0]["name"] = {{"en", "bandwidth"}, {"de", "Bandbreite"}, {"zh_CN", "带宽"}};
        doc["objectives"][1]["name"] = {{"en", "energy"}, {"de_AT", "Energie"}};
        doc["constraints"][0]["name"] = {{"en", "headroom"}, {"zh_Hans_CN", "余量"}};
        return doc;
    }

    void readsNamesPerLanguage() {
        LoadedSweep l = loadSweepDoc(dir_, translatedSweep());
        QVERIFY(l.ok());
        const SweepSpec& s = *l.spec;
        QCOMPARE(s.name, std::string("test sweep"));
        QCOMPARE(s.nameTranslations.at("zh_CN"), std::string("测试扫描"));
        QCOMPARE(s.axes[0].name, std::string("bandwidth"));
        QCOMPARE(s.axes[0].nameTranslations.size(), std::size_t(2));
        QVERIFY(s.axes[1].nameTranslations.empty());  // a plain string, as before
        QCOMPARE(s.objectives[1].name, std::string("energy"));
        QCOMPARE(s.objectives[1].nameTranslations.at("de_AT"), std::string("Energie"));
        QCOMPARE(s.constraints[0].nameTranslations.at("zh_Hans_CN"), std::string("余量"));
        QCOMPARE(s.axisInfos()[0].nameTranslations.at("de"), std::string("Bandbreite"));
        QCOMPARE(s.objectiveInfos()[1].nameTranslations, s.objectives[1].nameTranslations);
        QCOMPARE(s.constraintInfos()[0].nameTranslations, s.constraints[0].nameTranslations);

        // The same sweep named in English only: the same columns and the same
        // fingerprint (a translation changes no point, so shards still match).
        Json plain = translatedSweep();
        plain["name"] = "test sweep";
        plain["axes"][0]["name"] = "bandwidth";
        plain["objectives"][1]["name"] = "energy";
        plain["constraints"][0]["name"] = "headroom";
        LoadedSweep p = loadSweepDoc(dir_, plain);
        QVERIFY(p.ok());
        const SweepResult a = describeSweep(s, 60), b = describeSweep(*p.spec, 60);
        QCOMPARE(csvHeader(a), csvHeader(b));
        QCOMPARE(a.fingerprint, b.fingerprint);
        QCOMPARE(a.nameTranslations.at("de"), std::string("Test-Sweep"));
    }

    void languageCodes() {
        for (const char* good : {"en", "de", "zh_CN", "zh_Hans", "zh_Hans_CN", "es_419", "fil"})
            QVERIFY2(isLanguageCode(good), good);
        for (const char* bad : {"", "e", "EN", "german", "de_", "_DE", "de-DE", "zh_cn", "zh_CHN",
                                "zh_Hans_cn", "de_DE_x", "zh_CN_Hans"})
            QVERIFY2(!isLanguageCode(bad), bad);
    }

    // toJson and an output folder's sweep.json write names back in the form
    // the file gave them; both read back to the same names.
    void namesRoundTrip() {
        LoadedSweep a = loadSweepDoc(dir_, translatedSweep());
        QVERIFY(a.ok());
        const Json once = toJson(*a.spec);
        QCOMPARE(once["name"], translatedSweep()["name"]);
        QCOMPARE(once["axes"][0]["name"], translatedSweep()["axes"][0]["name"]);
        QCOMPARE(once["axes"][1]["name"], Json("batch"));  // a plain name stays a string
        QCOMPARE(once["objectives"][1]["name"], translatedSweep()["objectives"][1]["name"]);
        QCOMPARE(once["constraints"][0]["name"], translatedSweep()["constraints"][0]["name"]);
        LoadedSweep b = parseSweep(once, a.spec->file);
        QVERIFY2(b.spec.has_value(), b.diagnostics.format().c_str());
        QCOMPARE(toJson(*b.spec).dump(), once.dump());

        const SweepResult described = describeSweep(*a.spec, 60);
        const Json manifest = manifestJson(described);
        QCOMPARE(manifest["name"], translatedSweep()["name"]);
        QCOMPARE(manifest["axes"][0]["name"], translatedSweep()["axes"][0]["name"]);
        SweepResult back;
        std::vector<std::uint64_t> front;
        Diagnostics diag;
        QVERIFY2(readManifest(manifest, "sweep.json", back, front, diag), diag.format().c_str());
        QCOMPARE(back.name, described.name);
        QCOMPARE(back.nameTranslations, described.nameTranslations);
        for (std::size_t i = 0; i < back.axes.size(); ++i) {
            QCOMPARE(back.axes[i].name, described.axes[i].name);
            QCOMPARE(back.axes[i].nameTranslations, described.axes[i].nameTranslations);
        }
        QCOMPARE(back.objectives[1].nameTranslations, described.objectives[1].nameTranslations);
        QCOMPARE(back.constraints[0].nameTranslations, described.constraints[0].nameTranslations);
    }

    void metricSuggestion() {
        Json doc = smallSweep();
        doc["objectives"][0]["metric"] = "ttfr";
        const Diagnostics d = failing(doc);
        QVERIFY(d.items().front().suggestion.find("\"ttft\"") != std::string::npos);
    }

    void roundTrips() {
        Json doc = smallSweep();
        doc["sampling"] = {{"method", "latin_hypercube"}, {"count", 50}, {"seed", 9}};
        doc["axes"][1]["tie"] = "g";
        doc["axes"][2]["tie"] = "g";
        doc["axes"][1]["values"] = {1, 2, 4};
        doc["constraints"].push_back({{"metric", "time"}, {"at_most", "2 s"}});
        LoadedSweep a = loadSweep(writeSweep(dir_, doc));
        QVERIFY2(a.ok(), a.diagnostics.format().c_str());
        const Json once = toJson(*a.spec);
        LoadedSweep b = parseSweep(once, a.spec->file);
        QVERIFY2(b.spec.has_value(), b.diagnostics.format().c_str());
        QCOMPARE(toJson(*b.spec).dump(), once.dump());
        QCOMPARE(b.spec->axes[0].values.from, a.spec->axes[0].values.from);
        QCOMPARE(b.spec->constraints[1].upper, 2.0);
        QCOMPARE(b.spec->axes[1].group, b.spec->axes[2].group);
    }

    void siUnitsParseBack() {
        // Range ends are written back as "<number> <SI unit>": each must parse.
        for (Dimension d :
             {Dimension::bytes, Dimension::bandwidth, Dimension::flop_rate, Dimension::frequency,
              Dimension::time, Dimension::power, Dimension::energy, Dimension::energy_per_byte,
              Dimension::energy_per_flop, Dimension::area, Dimension::money_rate,
              Dimension::flops}) {
            const auto v = parseQuantity("2.5 " + siUnit(d), d);
            QVERIFY2(std::holds_alternative<double>(v), siUnit(d).c_str());
            QCOMPARE(std::get<double>(v), 2.5);
            QCOMPARE(dimensionOfUnit(siUnit(d)).has_value(), d != Dimension::money_rate);
        }
    }

    void metricTableIsComplete() {
        // Every metric has a name that parses back, and a predictor.
        for (const MetricInfo& i : metricTable()) {
            QCOMPARE(parseMetric(i.name), std::optional<Metric>(i.metric));
            QCOMPARE(&info(i.metric), &i);
            QVERIFY(i.predictors != 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSweepSpec)
#include "tst_sweep_spec.moc"
