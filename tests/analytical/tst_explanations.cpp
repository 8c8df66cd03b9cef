// Typed identities of explanations, what-ifs and ceilings: an operator's
// explanation points at its op index (prefill and decode share op names), a
// what-if carries the edit it stands for, a ceiling its level index; and the
// what-if figures equal a full analysis of the edited hardware.
#include <QtTest>

#include <cmath>

#include "core/analytical/analyze.h"
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
        QVERIFY(precision->edit.weights == DType::fp8);
        QVERIFY(precision->edit.activations == DType::fp8);
        QVERIFY(precision->edit.kvCache == DType::fp8);
        Scenario s2 = sc;
        s2.precision = {DType::fp8, DType::fp8, DType::fp8};
        QVERIFY(close(precision->newTime, analyze(hw, m, s2, quiet).totalTime));
        const WhatIf* batch = findEdit(*run, Target::batch);
        QVERIFY(batch);
        QCOMPARE(batch->edit.factor, 2.0);
        Scenario s3 = sc;
        s3.inference.batch = 2;
        QVERIFY(close(batch->newTime, analyze(hw, m, s3, quiet).totalTime));
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
