// Typed identities of explanations, what-ifs and ceilings: an operator's
// explanation points at its op index (prefill and decode share op names), a
// what-if carries the edit it stands for, a ceiling its level index; and the
// what-if figures equal a full analysis of the edited hardware.
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <optional>

#include "core/analytical/analyze.h"
#include "core/result/export.h"
#include "test_specs.h"

using namespace rl;

namespace {

Hardware a100() { return test::sampleHardware("nvidia-a100-sxm4-80gb.json"); }

bool close(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::fabs(b); }

const Explanation* runExplanation(const Prediction& p) {
    for (const Explanation& e : p.explanations)
        if (e.kind == ExplanationScope::run) return &e;
    return nullptr;
}

const WhatIf* findEdit(const Explanation& e, ResourceEdit::Target target, int level = -1) {
    for (const WhatIf& w : e.whatIfs)
        if (w.edit.target == target && (level < 0 || w.edit.level == level)) return &w;
    return nullptr;
}

}  // namespace

class TstExplanations : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // Each op record has exactly one explanation, found by its index, about its
    // own phase, even where a prefill and a decode op have the same name.
    void opExplanationsPointAtTheirOpIndex() {
        const Prediction p = analyze(a100(), test::llama2_7b(), test::inference(1, 512, 256));
        std::vector<int> seen(p.ops.size(), 0);
        bool sharedName = false;
        for (std::size_t i = 0; i < p.ops.size(); ++i)
            for (std::size_t j = i + 1; j < p.ops.size(); ++j)
                sharedName |= p.ops[i].name == p.ops[j].name && p.ops[i].phase != p.ops[j].phase;
        QVERIFY(sharedName);  // "layer.qkv_proj" in prefill and in decode
        for (const Explanation& e : p.explanations) {
            if (e.kind != ExplanationScope::op) continue;
            QVERIFY(e.opIndex >= 0 && e.opIndex < static_cast<int>(p.ops.size()));
            const OpRecord& r = p.ops[static_cast<std::size_t>(e.opIndex)];
            ++seen[static_cast<std::size_t>(e.opIndex)];
            QCOMPARE(e.phase, r.phase);
            QCOMPARE(e.scope, r.name);
            QVERIFY2(e.sentences.front().rfind(r.name + " (" + r.phase, 0) == 0,
                     e.sentences.front().c_str());
        }
        for (std::size_t i = 0; i < seen.size(); ++i) QCOMPARE(seen[i], 1);
        int runs = 0, phases = 0;
        for (const Explanation& e : p.explanations) {
            runs += e.kind == ExplanationScope::run;
            if (e.kind == ExplanationScope::phase) {
                ++phases;
                QCOMPARE(e.scope, e.phase);
                QCOMPARE(e.opIndex, -1);
            }
        }
        QCOMPARE(runs, 1);
        QCOMPARE(phases, static_cast<int>(p.phases.size()));
    }

    // What-ifs carry their edit; their times equal an analysis of the edited specs.
    void whatIfsCarryTheirEdit() {
        const Hardware hw = a100();
        const ModelSpec m = test::llama2_7b();
        const Scenario sc = test::inference(1, 512, 256);
        const Prediction p = analyze(hw, m, sc);
        const Explanation* run = runExplanation(p);
        QVERIFY(run);
        AnalysisOptions quiet;
        quiet.explain = false;
        using Target = ResourceEdit::Target;
        for (std::size_t j = 0; j < hw.memory.size(); ++j) {
            const WhatIf* w = findEdit(*run, Target::memoryBandwidth, static_cast<int>(j));
            QVERIFY(w);
            QCOMPARE(w->resource, hw.memory[j].name);
            Hardware h2 = hw;
            h2.memory[j].bandwidth *= w->edit.factor;
            QVERIFY(close(w->newTime, analyze(h2, m, sc, quiet).totalTime));
        }
        const WhatIf* compute = findEdit(*run, Target::compute);
        QVERIFY(compute);
        Hardware h2 = hw;
        for (auto& [t, v] : h2.compute.peakFlops) v *= compute->edit.factor;
        QVERIFY(close(compute->newTime, analyze(h2, m, sc, quiet).totalTime));
        const WhatIf* precision = findEdit(*run, Target::precision);
        QVERIFY(precision);
        // The A100 has no fp8: the next narrower type it computes in is int8.
        QVERIFY(precision->edit.weights == DType::int8);
        QVERIFY(precision->edit.activations == DType::int8);
        QVERIFY(precision->edit.kvCache == DType::int8);
        Scenario s2 = sc;
        s2.precision = {DType::int8, DType::int8, DType::int8};
        QVERIFY(close(precision->newTime, analyze(hw, m, s2, quiet).totalTime));
        const WhatIf* batch = findEdit(*run, Target::batch);
        QVERIFY(batch);
        QCOMPARE(batch->edit.factor, 2.0);
        Scenario s3 = sc;
        s3.inference.batch = 2;
        QVERIFY(close(batch->newTime, analyze(hw, m, s3, quiet).totalTime));
    }

    // A precision what-if only proposes a type the device has compute for:
    // no fp8 on the A100 or the P100, fp8 on the H100; int4 on the A100, not
    // on the H100.
    void precisionWhatIfsFollowTheHardware() {
        using Target = ResourceEdit::Target;
        const ModelSpec m = test::llama2_7b();
        const auto proposed = [&](const char* file, DType from) -> std::optional<DType> {
            Scenario sc = test::inference(1, 128, 16);
            sc.precision = {from, from, from};
            const Prediction p = analyze(test::sampleHardware(file), m, sc);
            for (const Explanation& e : p.explanations)
                for (const WhatIf& w : e.whatIfs)
                    if (w.edit.target == Target::precision) {
                        if (w.label.find(std::string(toString(w.edit.weights))) != 0)
                            return std::nullopt;  // the label must name the proposed type
                        return w.edit.weights;
                    }
            return std::nullopt;
        };
        QCOMPARE(proposed("nvidia-h100-sxm5-80gb.json", DType::fp16), std::optional(DType::fp8));
        QCOMPARE(proposed("nvidia-a100-sxm4-80gb.json", DType::fp16), std::optional(DType::int8));
        QCOMPARE(proposed("nvidia-p100-pcie-16gb.json", DType::fp16), std::optional<DType>());
        QCOMPARE(proposed("nvidia-a100-sxm4-80gb.json", DType::int8), std::optional(DType::int4));
        QCOMPARE(proposed("nvidia-h100-sxm5-80gb.json", DType::fp8), std::optional<DType>());
        // No sentence of the A100's analysis mentions fp8.
        const Prediction a = analyze(a100(), m, test::inference(1, 128, 16));
        for (const Explanation& e : a.explanations)
            for (const std::string& s : e.sentences)
                QVERIFY2(s.find("fp8") == std::string::npos, s.c_str());
    }

    // Every sentence is also a typed message with the same English, and each
    // message carries the arguments its id promises (message.h).
    void everySentenceHasItsMessage() {
        for (const char* hwFile : {"nvidia-a100-sxm4-80gb.json", "nvidia-dgx-a100.json"}) {
            Scenario sc = test::inference(4, 512, 64);
            if (std::string(hwFile) == "nvidia-dgx-a100.json") sc.parallelism.tensor = 8;
            const Prediction p = analyze(test::sampleHardware(hwFile), test::llama2_7b(), sc);
            QVERIFY(!p.explanations.empty());
            for (const Explanation& e : p.explanations) {
                QCOMPARE(e.messages.size(), e.sentences.size());
                for (std::size_t i = 0; i < e.sentences.size(); ++i) {
                    QCOMPARE(e.messages[i].english, e.sentences[i]);
                    QVERIFY(!e.sentences[i].empty());
                }
                for (const WhatIf& w : e.whatIfs) QCOMPARE(w.labelMessage.english, w.label);
            }
            const Explanation* run = runExplanation(p);
            QVERIFY(run);
            const Message& head = run->messages.front();
            QVERIFY(head.id == MessageId::runSummary);
            QCOMPARE(head.args.size(), std::size_t(3));
            QCOMPARE(head.args[2].value, p.totalTime);
            QCOMPARE(head.clauses.size(), p.phases.size());
            for (std::size_t i = 0; i < p.phases.size(); ++i) {
                QCOMPARE(head.clauses[i].args[0].text, p.phases[i].phase);
                QCOMPARE(head.clauses[i].args[1].value, p.phases[i].time);
            }
            // One what-if sentence per what-if, its label as clause 0.
            std::size_t whatIfSentences = 0;
            for (const Message& m : run->messages)
                if (m.id == MessageId::whatIfFaster || m.id == MessageId::whatIfThroughput) {
                    QCOMPARE(m.clauses.size(), std::size_t(1));
                    QCOMPARE(m.clauses[0].english, run->whatIfs[whatIfSentences].label);
                    ++whatIfSentences;
                }
            QCOMPARE(whatIfSentences, run->whatIfs.size());
        }
    }

    // 2x batch does twice the work in a little more time per step: its
    // throughput gain is not its latency speed-up; for resource what-ifs the
    // two are the same figure.
    void batchWhatIfSeparatesThroughputFromLatency() {
        const Prediction p = analyze(a100(), test::llama2_7b(), test::inference(1, 512, 256));
        const Explanation* run = runExplanation(p);
        QVERIFY(run);
        const WhatIf* batch = findEdit(*run, ResourceEdit::Target::batch);
        QVERIFY(batch);
        QVERIFY(close(batch->latencyRatio, batch->newTime / p.totalTime));
        QVERIFY(close(batch->throughputGain, 2.0 * p.totalTime / batch->newTime));
        QVERIFY(batch->latencyRatio > 1.0);    // each step takes longer...
        QVERIFY(batch->throughputGain > 1.5);  // ...but does nearly twice the work
        QVERIFY(std::fabs(batch->throughputGain - 1.0 / batch->latencyRatio) > 0.5);
        char expected[96];
        std::snprintf(expected, sizeof expected, "2x batch: %.2fx throughput, %.2fx latency.",
                      batch->throughputGain, batch->latencyRatio);
        bool said = false;
        for (const std::string& s : run->sentences) said |= s == expected;
        QVERIFY2(said, expected);
        // The JSON export carries both figures (docs/prediction-json.md).
        const nlohmann::json doc = predictionToJson(p);
        bool exported = false;
        for (const auto& w : doc["explanations"][0]["what_ifs"])
            if (w["edit"]["target"] == "batch")
                exported = w["throughput_gain"].get<double>() == batch->throughputGain &&
                           w["latency_ratio"].get<double>() == batch->latencyRatio;
        QVERIFY(exported);
        for (const WhatIf& w : run->whatIfs) {
            if (w.edit.target == ResourceEdit::Target::batch) continue;
            QVERIFY(close(w.throughputGain, w.speedup));
            QVERIFY(close(w.latencyRatio * w.speedup, 1.0));
        }
    }

    // Tensor parallelism over NVLink: the interconnect what-if scales every dimension.
    void interconnectWhatIf() {
        const Hardware hw = test::sampleHardware("nvidia-dgx-a100.json");
        const ModelSpec m = test::sampleModel("llama-2-70b.json");
        Scenario sc = test::inference(8, 512, 64);
        sc.parallelism.tensor = 8;
        const Prediction p = analyze(hw, m, sc);
        const Explanation* run = runExplanation(p);
        QVERIFY(run);
        const WhatIf* w = findEdit(*run, ResourceEdit::Target::interconnectBandwidth);
        QVERIFY(w);
        QCOMPARE(w->edit.level, -1);
        Hardware h2 = hw;
        for (auto& d : h2.interconnect) d.linkBandwidth *= w->edit.factor;
        AnalysisOptions quiet;
        quiet.explain = false;
        QVERIFY(close(w->newTime, analyze(h2, m, sc, quiet).totalTime));
        QVERIFY(w->speedup > 1.0);
    }

    // Bandwidth ceilings name their memory level by index, compute ceilings their type.
    void ceilingsCarryLevelAndType() {
        const Hardware hw = a100();
        const Prediction p = analyze(hw, test::llama2_7b(), test::inference(1, 128, 16));
        int memory = 0;
        for (const Ceiling& c : p.ceilings) {
            if (c.compute) {
                QCOMPARE(c.level, -1);
                QCOMPARE(c.peak, hw.compute.peak(c.computeType));
            } else {
                QVERIFY(c.level >= 0 && c.level < static_cast<int>(p.levels.size()));
                QCOMPARE(c.label, p.levels[static_cast<std::size_t>(c.level)]);
                QCOMPARE(c.peak, hw.memory[static_cast<std::size_t>(c.level)].bandwidth);
                ++memory;
            }
        }
        QCOMPARE(memory, static_cast<int>(hw.memory.size()));
    }
};

QTEST_GUILESS_MAIN(TstExplanations)
#include "tst_explanations.moc"
