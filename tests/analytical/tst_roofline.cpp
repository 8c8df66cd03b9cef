// The hierarchical roofline, LLM composition, footprint, explanations and exporters.
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>

#include "core/analytical/analyze.h"
#include "core/analytical/memory_footprint.h"
#include "core/analytical/roofline.h"
#include "core/result/export.h"
#include "core/workload/lower.h"
#include "test_specs.h"

using namespace rl;

namespace {

Hardware a100() { return test::sampleHardware("nvidia-a100-sxm4-80gb.json"); }

Operator gemm(std::int64_t m, std::int64_t n, std::int64_t k) { return test::weightGemm(m, n, k); }

double boundOf(const OpRecord& r, const std::string& resource) {
    for (const Bound& b : r.bounds)
        if (b.resource == resource) return b.time;
    return -1;
}

}  // namespace

class TstRoofline : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void decode7bIsHbmBoundAtWeightBytesOverBandwidth() {
        const Hardware hw = a100();
        const ModelSpec m = test::llama2_7b();
        const Prediction p = analyze(hw, m, test::inference(1, 512, 256));
        const PhaseSummary* decode = nullptr;
        for (const auto& s : p.phases)
            if (s.phase == "decode") decode = &s;
        QVERIFY(decode);
        QCOMPARE(decode->binding, hw.memory[0].name);
        // Time per token ~ weight bytes / effective HBM bandwidth (+ KV, launches,
        // and the one-token norms, RoPE, activation and adds: latency-bound, 2-7 us
        // each on the GPU, as VIDUR measured them (RMSNorm 5 us, RoPE 5 us, SiLU x
        // gate 7 us at one token on the A100), docs/analytical.md "Row kernels").
        const TransformerParams P = transformerParams(m.transformer);
        const double weightBytes =
            (P.total() - P.embedding) * 2.0;  // the embedding is only gathered
        const double ideal = weightBytes / (hw.memory[0].bandwidth * hw.memory[0].efficiency);
        QVERIFY(p.llm);
        const double tpot = p.llm->timePerOutputToken;
        QVERIFY2(
            tpot > ideal && tpot < 1.35 * ideal,
            qPrintable(
                QString("tpot %1 ms, weights/bandwidth %2 ms").arg(tpot * 1e3).arg(ideal * 1e3)));
        // Decode time never falls with the context. At batch 1 it is flat over
        // these few hundred tokens: FlashAttention splits the keys over more
        // CTAs as they grow, so its latency-bound kernel takes the same time
        // (docs/analytical.md, "FlashAttention").
        const auto& ctx = p.llm->timePerTokenByContext;
        QVERIFY(ctx.size() >= 3);
        for (std::size_t i = 1; i < ctx.size(); ++i) QVERIFY(ctx[i].second >= ctx[i - 1].second);
        QVERIFY(ctx.back().second - ctx.front().second < 0.01 * ctx.front().second);
        QCOMPARE(p.llm->timeToFirstToken + 255 * p.llm->timePerOutputToken, p.llm->totalLatency);
    }

    void largeGemmIsComputeBoundSmallIsMemoryBound() {
        const Hardware hw = a100();
        const OpRecord big = evaluateOperator(gemm(8192, 8192, 8192), hw);
        QCOMPARE(big.binding, std::string("compute fp16"));
        const double ideal = 2.0 * 8192 * 8192 * 8192 /
                             (hw.compute.peak(DType::fp16) * hw.compute.efficiencyFor(DType::fp16));
        QVERIFY(big.timeEach >= ideal && big.timeEach < 1.1 * ideal);
        const OpRecord small = evaluateOperator(gemm(1, 8192, 8192), hw);
        QCOMPARE(small.binding, hw.memory[0].name);
        // Weights cross every level once; the innermost level sees the most traffic.
        QCOMPARE(small.traffic[0].bytes[0], 8192.0 * 8192 * 2);
        for (std::size_t j = 1; j < big.traffic.size(); ++j)
            QVERIFY(big.traffic[j].total() >= big.traffic[j - 1].total());
        QVERIFY(big.intensity(0) > big.intensity(big.traffic.size() - 1));
        // Every bound is reported; the binding one is the largest.
        QVERIFY(boundOf(big, "compute fp16") > boundOf(big, hw.memory[0].name));
        QCOMPARE(big.bounds.back().resource, std::string("launch"));
    }

    void fewTilesDoNotReachPeak() {
        const Hardware hw = a100();
        // 64 x 1024 x 8192: 8 tiles on 108 SMs; split-K cannot fill the device.
        RooflineResult r;
        evaluateRoofline(gemm(64, 1024, 512), hw, nullptr, r);
        QVERIFY(r.occupancy < 0.5);
        evaluateRoofline(gemm(4096, 4096, 4096), hw, nullptr, r);
        QVERIFY(r.occupancy > 0.9);
    }

    void lowPrecisionWeightsShrinkBytesNotPeak() {
        const Hardware hw = a100();
        Operator op = gemm(1, 8192, 8192);
        op.weightType = DType::int8;
        op.mathType = mathTypeFor(DType::int8, DType::fp16);
        const OpRecord r = evaluateOperator(op, hw);
        QCOMPARE(r.traffic[0].bytes[0], 8192.0 * 8192 * 1);
        QVERIFY(r.mathType == DType::fp16);
    }

    void memoryFitMessages() {
        const Hardware hw = a100();
        const ModelSpec m70 = test::sampleModel("llama-2-70b.json");
        const Prediction p = analyze(hw, m70, test::inference(1, 512, 128));
        QVERIFY(p.memory);
        QVERIFY(!p.memory->fits);
        QVERIFY2(p.memory->message.rfind("does not fit: needs ", 0) == 0,
                 p.memory->message.c_str());
        QVERIFY(p.memory->message.find("has 80.0 GiB") != std::string::npos);
        QCOMPARE(p.memory->maxBatch, std::int64_t(0));
        QVERIFY(std::find(p.warnings.begin(), p.warnings.end(), p.memory->message) !=
                p.warnings.end());

        const Prediction p7 = analyze(hw, test::llama2_7b(), test::inference(8, 2048, 2048));
        QVERIFY(p7.memory->fits);
        // KV at the final length: 2 x layers x hidden x 4096 tokens x 8 x 2 B.
        QCOMPARE(p7.memory->kvCache, 2.0 * 32 * 4096 * 4096 * 8 * 2);
        const double perSeq = 2.0 * 32 * 4096 * 4096 * 2 + p7.memory->activations / 8;
        QCOMPARE(p7.memory->maxBatch, static_cast<std::int64_t>(std::floor(
                                          (p7.memory->capacity - p7.memory->weights) / perSeq)));
        // At the largest batch it fits; one more does not.
        Scenario big = test::inference(p7.memory->maxBatch + 1, 2048, 2048);
        QVERIFY(!analyze(hw, test::llama2_7b(), big, {}).memory->fits);
    }

    void tensorParallelCommunicationShare() {
        const Hardware hw = test::sampleHardware("nvidia-dgx-a100.json");
        Scenario s = test::inference(1, 512, 64);
        s.parallelism.tensor = 8;
        const Prediction p = analyze(hw, test::sampleModel("llama-2-70b.json"), s);
        QVERIFY(p.llm);
        QVERIFY(p.llm->communicationShare > 0.0 && p.llm->communicationShare < 1.0);
        double collectives = 0;
        for (const OpRecord& r : p.ops)
            if (r.kind == OpKind::collective && r.phase == "decode" &&
                r.name.find("allreduce") != std::string::npos)
                collectives += r.count;
        QCOMPARE(collectives, 2.0 * 80 * 63);
        QVERIFY(p.memory->fits);
    }

    void explanationsAreBuiltFromNumbers() {
        const Prediction p = analyze(a100(), test::llama2_7b(), test::inference(1, 512, 256));
        QVERIFY(p.explanations.size() >= 3 + p.ops.size());
        const Explanation* decode = nullptr;
        for (const auto& e : p.explanations)
            if (e.scope == "decode") decode = &e;
        QVERIFY(decode);
        QVERIFY2(decode->sentences.front().rfind("Decode is bound by HBM2e bandwidth: ", 0) == 0,
                 decode->sentences.front().c_str());
        const WhatIf* hbm = nullptr;
        const WhatIf* compute = nullptr;
        for (const auto& w : decode->whatIfs) {
            if (w.label == "2x HBM2e bandwidth") hbm = &w;
            if (w.label == "2x compute") compute = &w;
        }
        QVERIFY(hbm && compute);
        QVERIFY(hbm->speedup > 1.5 && hbm->speedup < 2.0);
        QVERIFY(compute->speedup < 1.05);
        bool mentioned = false;
        for (const auto& s : decode->sentences)
            mentioned |= s.find("2x HBM2e bandwidth: " +
                                QString::number(hbm->speedup, 'f', 1).toStdString() + "x faster") !=
                         std::string::npos;
        QVERIFY(mentioned);
        AnalysisOptions quiet;
        quiet.explain = false;
        QVERIFY(analyze(a100(), test::llama2_7b(), test::inference(1, 512, 256), quiet)
                    .explanations.empty());
    }

    void cnnForwardPass() {
        const Prediction p =
            analyze(a100(), test::sampleModel("resnet-50.json"), test::inference(32, 1, 1));
        QCOMPARE(p.phases.size(), std::size_t(1));
        QCOMPARE(p.phases[0].phase, std::string("forward"));
        QVERIFY(p.totalTime > 0);
        QVERIFY(!p.llm);
        // ResNet-50: ~4.1 GMACs per image.
        QVERIFY(p.totalFlops > 2 * 4.0e9 * 32 && p.totalFlops < 2 * 4.2e9 * 32);
    }

    void refineHookAndCancel() {
        AnalysisOptions o;
        o.refine = [](const Operator&, const Hardware&, OpRecord& r) { r.timeEach *= 2; };
        const Prediction base = analyze(a100(), test::llama2_7b(), test::inference(1, 128, 16));
        const Prediction twice = analyze(a100(), test::llama2_7b(), test::inference(1, 128, 16), o);
        QVERIFY(std::fabs(twice.totalTime - 2 * base.totalTime) < 1e-12 * base.totalTime + 1e-15);
        std::atomic<bool> cancel{true};
        AnalysisOptions c;
        c.progress.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, analyze(a100(), test::llama2_7b(), test::inference(1, 128, 16), c));
    }

    void badSpecsBecomeWarnings() {
        ModelSpec m = test::llama2_7b();
        m.transformer.hidden = 0;
        const Prediction p = analyze(a100(), m, test::inference(1, 8, 8));
        QVERIFY(p.ops.empty());
        QCOMPARE(p.warnings.size(), std::size_t(1));
        QVERIFY(p.warnings[0].find("must all be positive") != std::string::npos);
    }

    void exportersAreStableAndDeterministic() {
        const Prediction p = analyze(a100(), test::llama2_7b(), test::inference(2, 256, 32));
        const auto j = predictionToJson(p);
        QCOMPARE(j["format"].get<std::string>(), std::string("ridgeline.prediction"));
        QCOMPARE(j["version"].get<int>(), 2);
        QCOMPARE(j["ops"].size(), p.ops.size());
        QCOMPARE(j["totals"]["time_s"].get<double>(), p.totalTime);
        QVERIFY(j["llm"]["time_to_first_token_s"].get<double>() > 0);
        QCOMPARE(j["levels"][0].get<std::string>(), std::string("HBM2e"));
        const Prediction again = analyze(a100(), test::llama2_7b(), test::inference(2, 256, 32));
        QCOMPARE(predictionToJson(again).dump(), j.dump());
        const std::string csv = predictionOpsCsv(p);
        QCOMPARE(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')),
                 p.ops.size() + 1);
        QVERIFY(csv.rfind("name,phase,kind,layer,count,math_type,flops,HBM2e bytes", 0) == 0);
        const auto trace = predictionChromeTrace(p);
        std::size_t complete = 0;
        for (const auto& e : trace["traceEvents"])
            if (e["ph"] == "X") ++complete;
        QVERIFY(p.trace);
        QCOMPARE(complete, p.trace->events.size());
    }
};

QTEST_GUILESS_MAIN(TstRoofline)
#include "tst_roofline.moc"
