// A sweep point's failure as a typed Message (core/explore/point_failure.h):
// a reader's diagnostic keeps Diagnostic::format() as its English in every
// shape (file, path, line, severity, value, suggestion), carries the reader's
// own typed phrases as clauses, and the readers behind a point (whole design,
// DesignReader, PointSpace::apply, the dataflow evaluator) hand it on typed.
// A typed reason survives the trip through a sweep's files
// (core/result/message_json.h): every id by name, every kind of value.
#include <QtTest>

#include <optional>
#include <set>
#include <string_view>

#include "core/explore/design_reader.h"
#include "core/explore/design_specs.h"
#include "core/explore/point_failure.h"
#include "core/explore/sweep_spec.h"
#include "core/result/message_json.h"
#include "sweep_fixtures.h"

using namespace rl;
using namespace rl::explore;
using namespace rl::explore::test;

namespace {

// Every phrase in a message tree, depth first.
void collect(const Message& m, std::vector<const Phrase*>& out) {
    if (m.id == MessageId::phrase) out.push_back(&m.phrase);
    for (const Message& c : m.clauses) collect(c, out);
}

// The phrase with `pattern` somewhere in `m`, or nullptr.
const Phrase* findPattern(const Message& m, const std::string& pattern) {
    std::vector<const Phrase*> all;
    collect(m, all);
    for (const Phrase* p : all)
        if (p->pattern == pattern) return p;
    return nullptr;
}

// The English a renderer gets by filling each phrase with its own values and
// then its clauses, as views::MessageText does with the translated patterns.
std::string rendered(const Message& m) {
    std::vector<PhraseArg> values = m.phrase.args;
    for (const Message& c : m.clauses) values.push_back(PhraseArg::verbatim(rendered(c)));
    return Phrase(m.phrase.pattern, std::move(values)).english();
}

// The small sweep with one axis, timed by the dataflow predictor.
Json dataflowSweep(const Json& axis) {
    Json doc = smallSweep();
    doc["axes"] = Json::array({axis});
    doc["objectives"] = Json::array({{{"metric", "time"}}});
    doc.erase("constraints");
    doc["predictor"] = {{"kind", "dataflow"}};
    return doc;
}

}  // namespace

class TstPointFailures : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

  private Q_SLOTS:
    void everyShapeKeepsTheFormattedEnglish() {
        int shapes = 0;
        for (int bits = 0; bits < 64; ++bits) {
            Diagnostic d;
            d.severity = bits & 1 ? Diagnostic::Severity::warning : Diagnostic::Severity::error;
            d.file = bits & 2 ? "hardware" : "";
            d.path = bits & 4 ? "/memory/0/bandwidth" : "";
            if (bits & 8) {
                d.line = 3;
                d.column = 17;
            }
            if (bits & 16) d.setValue(Phrase("\"%1\"", {PhraseArg::verbatim("-1 TB/s")}));
            d.setExpected(Phrase("a value > %1 (in SI units)", {PhraseArg::integer(0)}));
            if (bits & 32)
                d.setSuggestion(Phrase("did you mean \"%1\"?", {PhraseArg::verbatim("HBM3")}));
            const Message m = diagnosticMessage(d);
            QCOMPARE(m.english, d.format());
            QCOMPARE(rendered(m), d.format());
            QCOMPARE(m.id, MessageId::phrase);
            // The reader's typed expectation rides along, values and all.
            const Phrase* expected = findPattern(m, "a value > %1 (in SI units)");
            QVERIFY(expected);
            QCOMPARE(expected->args.size(), std::size_t(1));
            QCOMPARE(expected->args[0].kind, PhraseArg::Kind::integer);
            ++shapes;
        }
        QCOMPARE(shapes, 64);
    }

    void aDiagnosticWithoutTwinsFallsBackToItsEnglish() {
        Diagnostic d;
        d.file = "points.jsonl";
        d.line = 2;
        d.value = "{broken";  // set field by field: no typed twins
        d.expected = "the point with index 1 as ridgeline-cli sweep writes it";
        const Message m = diagnosticMessage(d);
        QCOMPARE(m.english, d.format());
        QCOMPARE(rendered(m), d.format());
        // And a twin that no longer says what the English says is not used.
        d.expectedText = Phrase("something else");
        QVERIFY(!findPattern(diagnosticMessage(d), "something else"));
        QCOMPARE(diagnosticMessage(d).english, d.format());
    }

    void readerRefusalsArriveTyped() {
        // The Eyeriss-like accelerator with 168 MACs in a 5-wide mesh.
        Json doc = dataflowSweep(
            {{"pointer", "/hardware/accelerator/mac/mesh_x"}, {"values", Json::array({14, 5})}});
        doc["project"] = std::string(RIDGELINE_SAMPLES) + "/projects/resnet50-on-eyeriss.json";
        LoadedSweep l = loadSweepDoc(dir_, doc);
        QVERIFY(l.ok());
        Diagnostics diag;
        auto space = PointSpace::build(*l.spec, diag);
        QVERIFY2(space, diag.format().c_str());
        std::vector<AxisSetting> settings(space->axisCount());
        space->settings(1, settings);
        const PointDesign point(1, settings, *space, *l.base);

        DesignSpecs whole, partial;
        const PointError e = parseDesign(point.design(), whole);
        const std::string english =
            "hardware: /accelerator/mac/mesh_x: error: got 5; a divisor of instances (168)";
        QCOMPARE(e.english, english);
        QVERIFY(e.typed);
        QCOMPARE(e.typed->english, english);
        const Phrase* reason = findPattern(*e.typed, "a divisor of instances (%1)");
        QVERIFY(reason);
        QCOMPARE(reason->args[0].kind, PhraseArg::Kind::integer);
        QCOMPARE(reason->args[0].value, 168.0);

        // The reader that re-reads only the written documents says the same.
        DesignReader reader;
        reader.prepare(*l.base, *space);
        const PointError r = reader.read(point, partial);
        QCOMPARE(r.english, english);
        QVERIFY(r.typed);
        QCOMPARE(r.typed->english, english);
        QCOMPARE(rendered(*r.typed), english);

        // The valid point is read without an error.
        space->settings(0, settings);
        QVERIFY(!reader.read(PointDesign(0, settings, *space, *l.base), partial).failed());
    }

    void aFieldTheDesignLacksIsTyped() {
        LoadedSweep l = loadSweepDoc(dir_, smallSweep());
        QVERIFY(l.ok());
        Diagnostics diag;
        auto space = PointSpace::build(*l.spec, diag);
        QVERIFY(space);
        std::vector<AxisSetting> settings(space->axisCount());
        space->settings(0, settings);
        Json design = l.base->design;
        design["hardware"].erase("memory");
        const Phrase why = space->apply(design, settings);
        QCOMPARE(why.english(),
                 std::string("the field /hardware/memory/0/bandwidth (axis \"bandwidth\") does not "
                             "exist in this design"));
        QCOMPARE(why.args.size(), std::size_t(2));
        const PointError e = engineFailure(why);
        QCOMPARE(e.english, why.english());
        QCOMPARE(e.typed->phraseContext, std::string("EngineText"));
    }

    void aDataflowPointWithoutAnAcceleratorIsTyped() {
        LoadedSweep l = loadSweepDoc(dir_, dataflowSweep({{"pointer", "/scenario/inference/batch"},
                                                          {"values", Json::array({1})}}));
        QVERIFY(l.ok());
        Diagnostics diag;
        auto evaluator = makeEvaluator(*l.spec, diag);
        auto space = PointSpace::build(*l.spec, diag);
        QVERIFY(evaluator && space);
        evaluator->prepare(*l.base, *space, diag);
        std::vector<AxisSetting> settings(space->axisCount());
        space->settings(0, settings);
        std::vector<double> values(l.spec->metrics().size(), kNoValue);
        const PointError e = evaluator->evaluate(PointDesign(0, settings, *space, *l.base), values);
        QVERIFY(e.failed());
        QVERIFY(e.typed);
        QCOMPARE(e.typed->english, e.english);
        QCOMPARE(e.typed->phrase.args.size(), std::size_t(1));
        QCOMPARE(e.typed->phrase.args[0].text, l.base->project.hardware.name);
        QVERIFY(e.english.find("has no \"accelerator\" object") != std::string::npos);
    }

    // Every id has its own name and reads back as itself.
    void everyMessageIdHasAName() {
        std::set<std::string_view> names;
        const int last = static_cast<int>(MessageId::workloadFewerRows);
        for (int i = 0; i <= last; ++i) {
            const auto id = static_cast<MessageId>(i);
            const std::string_view name = messageIdName(id);
            QVERIFY2(!name.empty(), qPrintable(QString("id %1 has no name").arg(i)));
            QVERIFY2(names.insert(name).second, std::string(name).c_str());
            QCOMPARE(messageIdNamed(name), std::optional<MessageId>(id));
        }
        QCOMPARE(messageIdNamed("noSuchSentence"), std::optional<MessageId>());
    }

    // A reader's refusal (phrases in two contexts, nested clauses, values of
    // every kind) and an id message with arguments of every kind read back
    // whole; what this build cannot read is nothing, not a wrong sentence.
    void messagesReadBackWhole() {
        Diagnostic d;
        d.file = "hardware";
        d.path = "/memory/0/bandwidth";
        d.line = 3;
        d.column = 7;
        d.setValue(Phrase("%1 and %2", {PhraseArg::quantity(-2e12, Dimension::bandwidth, 3),
                                        PhraseArg::number(0.125, 2)}));
        d.setExpected(
            Phrase(RL_TR("SpecText", "at most %1 memory levels"), {PhraseArg::integer(64)}));
        d.setSuggestion(Phrase("\"%1\"", {PhraseArg::verbatim("TB/s")}));
        Message withId;
        withId.id = MessageId::trainingTpHeads;
        withId.english = "tensor parallelism ...";
        for (MessageArg::Kind k :
             {MessageArg::Kind::name, MessageArg::Kind::resource, MessageArg::Kind::phase,
              MessageArg::Kind::tensorClass, MessageArg::Kind::seconds, MessageArg::Kind::bytes,
              MessageArg::Kind::share, MessageArg::Kind::factor, MessageArg::Kind::count,
              MessageArg::Kind::rate, MessageArg::Kind::decimal, MessageArg::Kind::number,
              MessageArg::Kind::change, MessageArg::Kind::stepPart})
            withId.args.push_back({k, "t" + std::to_string(int(k)), 1.5 * int(k)});
        withId.clauses.push_back(diagnosticMessage(d));
        for (const Message& m : {diagnosticMessage(d), withId}) {
            const Json j = messageToJson(m);
            const auto back = messageFromJson(Json::parse(j.dump()));
            QVERIFY(back);
            QCOMPARE(messageToJson(*back), j);
            QCOMPARE(back->english, m.english);
            QCOMPARE(rendered(*back), rendered(m));
        }
        const Message back = *messageFromJson(messageToJson(withId));
        QCOMPARE(back.args.size(), withId.args.size());
        for (std::size_t i = 0; i < back.args.size(); ++i) {
            QCOMPARE(back.args[i].kind, withId.args[i].kind);
            QCOMPARE(back.args[i].text, withId.args[i].text);
            QCOMPARE(back.args[i].value, withId.args[i].value);
        }
        const Phrase* value = findPattern(back, "%1 and %2");
        QVERIFY(value && value->args.size() == 2);
        QCOMPARE(value->args[0].kind, PhraseArg::Kind::quantity);
        QCOMPARE(value->args[0].value, -2e12);
        QVERIFY(value->args[0].dimension == Dimension::bandwidth);
        QCOMPARE(value->args[0].digits, 3);
        QCOMPARE(value->args[1].kind, PhraseArg::Kind::number);
        QCOMPARE(value->args[1].digits, 2);
        Json newer = messageToJson(withId);
        newer["clauses"][0]["id"] = "aSentenceFromANewerRidgeline";
        QVERIFY(!messageFromJson(newer));
        QVERIFY(!messageFromJson(Json::parse("{\"id\": \"phrase\"}")));
    }
};

QTEST_MAIN(TstPointFailures)
#include "tst_point_failures.moc"
