// Applying the engine's own what-ifs to the spec documents: every what-if of
// a run applies, changes the spec as its typed edit says, and the edited specs
// predict the time the what-if promised. CNNs and encoder-only models are the
// cases whose precision what-if has no KV cache in its label.
#include <cmath>

#include <QtTest>

#include "core/analytical/analyze.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"
#include "tests/views/sample_document.h"
#include "views/editors/what_if_apply.h"

using namespace rl;
using rl::views::applyWhatIfToSpecs;
using rl::views::WhatIfEdit;

namespace {

using rl::test::readSample;

double quantity(const Json& field, Dimension d) {
    auto v = parseQuantity(field.get<std::string>(), d);
    return std::holds_alternative<double>(v) ? std::get<double>(v) : -1.0;
}

bool close(double a, double b) { return std::fabs(a - b) <= 1e-4 * std::fabs(b); }

}  // namespace

class TestWhatIfApply : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void engineWhatIfsApply_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<qint64>("prompt");
        QTest::newRow("cnn") << "resnet-50.json"
                             << "cnn-batch32-fp16.json" << qint64(1);
        QTest::newRow("encoder-only") << "bert-base-uncased.json"
                                      << "cnn-batch32-fp16.json" << qint64(128);
        QTest::newRow("decoder") << "llama-2-7b.json"
                                 << "chat-batch1-fp16.json" << qint64(512);
    }

    void engineWhatIfsApply() {
        QFETCH(QString, model);
        QFETCH(QString, scenario);
        QFETCH(qint64, prompt);
        const Json hwDoc = readSample("hardware/nvidia-a100-sxm4-80gb.json");
        const Json modelDoc = readSample("models/" + model.toStdString());
        Json scDoc = readSample("scenarios/" + scenario.toStdString());
        scDoc["inference"]["prompt_tokens"] = prompt;
        auto hw = parseHardware(hwDoc, "hardware");
        auto m = parseModel(modelDoc, "model");
        auto sc = parseScenario(scDoc, "scenario");
        QVERIFY(hw.ok() && m.ok() && sc.ok());
        const Prediction p = analyze(*hw.value, *m.value, *sc.value);
        QVERIFY(!p.explanations.empty());
        const Explanation& run = p.explanations.front();
        QCOMPARE(run.scope, std::string("run"));
        QVERIFY(run.whatIfs.size() >= 4);  // each memory level, compute, precision, batch

        // Every what-if applies.
        for (const WhatIf& w : run.whatIfs) {
            const WhatIfEdit edit = applyWhatIfToSpecs(w, hwDoc, scDoc);
            QVERIFY2(edit.target != WhatIfEdit::Target::none,
                     qPrintable(QString::fromStdString(w.label) + ": " + edit.error));
        }
        using Target = ResourceEdit::Target;
        for (const WhatIf& w : run.whatIfs) {
            const WhatIfEdit edit = applyWhatIfToSpecs(w, hwDoc, scDoc);
            const double f = w.edit.factor;
            Json newHw = hwDoc, newSc = scDoc;
            if (edit.target == WhatIfEdit::Target::hardware)
                newHw = edit.document;
            else
                newSc = edit.document;
            // The change is the one the typed edit names, and only that.
            switch (w.edit.target) {
                case Target::memoryBandwidth:
                    for (std::size_t j = 0; j < hwDoc["memory"].size(); ++j) {
                        const double before =
                            quantity(hwDoc["memory"][j]["bandwidth"], Dimension::bandwidth);
                        const double after =
                            quantity(newHw["memory"][j]["bandwidth"], Dimension::bandwidth);
                        QVERIFY2(
                            close(after, static_cast<int>(j) == w.edit.level ? before * f : before),
                            w.label.c_str());
                    }
                    break;
                case Target::compute:
                    for (auto& [type, peak] : hwDoc["compute"]["peak"].items())
                        QVERIFY(
                            close(quantity(newHw["compute"]["peak"][type], Dimension::flop_rate),
                                  quantity(peak, Dimension::flop_rate) * f));
                    break;
                case Target::interconnectBandwidth:
                    QFAIL("a single-device run has no interconnect what-if");
                    break;
                case Target::precision:
                    QCOMPARE(newSc["precision"]["weights"].get<std::string>(),
                             std::string(toString(w.edit.weights)));
                    QCOMPARE(newSc["precision"]["activations"].get<std::string>(),
                             std::string(toString(w.edit.activations)));
                    QVERIFY(w.edit.weights != sc.value->precision.weights);
                    break;
                case Target::batch:
                    QCOMPARE(newSc["inference"]["batch"].get<double>(),
                             scDoc["inference"]["batch"].get<double>() * f);
                    break;
            }
            // The edited specs predict what the what-if promised.
            auto hw2 = parseHardware(newHw, "hardware");
            auto sc2 = parseScenario(newSc, "scenario");
            QVERIFY2(hw2.ok() && sc2.ok(), w.label.c_str());
            AnalysisOptions quiet;
            quiet.explain = false;
            const double t = analyze(*hw2.value, *m.value, *sc2.value, quiet).totalTime;
            QVERIFY2(close(t, w.newTime), qPrintable(QString("%1: applied %2 s, promised %3 s")
                                                         .arg(QString::fromStdString(w.label))
                                                         .arg(t)
                                                         .arg(w.newTime)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWhatIfApply)
#include "test_what_if_apply.moc"
