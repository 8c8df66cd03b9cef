// Lowering and per-operator FLOPs/bytes against closed forms.
#include <QtTest>

#include <cmath>

#include "core/analytical/memory_footprint.h"
#include "core/analytical/roofline.h"
#include "core/ops/op_cost.h"
#include "core/spec/model_facts.h"
#include "core/workload/lower.h"
#include "test_specs.h"

using namespace rl;

namespace {

constexpr auto kW = static_cast<std::size_t>(TensorClass::weights);
constexpr auto kKv = static_cast<std::size_t>(TensorClass::kv_cache);

double sumFlops(const std::vector<Operator>& ops, OpKind kind, const std::string& skipName = {}) {
    double f = 0;
    for (const Operator& op : ops)
        if (op.kind == kind && op.name != skipName) f += costOf(op).flops * op.count;
    return f;
}

const Operator* find(const std::vector<Operator>& ops, const std::string& name) {
    for (const Operator& op : ops)
        if (op.name == name) return &op;
    return nullptr;
}

}  // namespace

class TstOperatorCosts : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void llamaPrefillFlopsMatchClosedForm() {
        const ModelSpec m = test::llama2_7b();
        const auto& c = m.transformer;
        for (std::int64_t s : {1, 7, 512, 2048}) {
            const auto ops = lowerPrefill(m, test::inference(1, s, 1));
            // Linear layers: 2 x (non-embedding matrix params) x s, exactly.
            const TransformerParams P = transformerParams(c);
            const double matrixParams = P.layers * (P.perLayerAttention + P.perLayerMlp);
            QCOMPARE(sumFlops(ops, OpKind::gemm, "lm_head"),
                     2.0 * matrixParams * static_cast<double>(s));
            // LM head on the last token only.
            QCOMPARE(costOf(*find(ops, "lm_head")).flops, 2.0 * c.hidden * c.vocab);
            // Causal attention: 4 d per (query, key) pair, s(s+1)/2 pairs per head.
            const double pairs = static_cast<double>(s) * (s + 1) / 2.0;
            QCOMPARE(sumFlops(ops, OpKind::attention),
                     c.layers * 4.0 * c.heads * c.headDim * pairs);
        }
    }

    void paramsMatchPublishedAndFacts() {
        // Llama-2-7B: 6,738,415,616 parameters (Touvron et al.).
        QCOMPARE(transformerParams(test::llama2_7b().transformer).total(), 6738415616.0);
        for (const char* f :
             {"llama-2-7b.json", "llama-2-70b.json", "llama-3-8b.json", "mixtral-8x7b.json",
              "qwen2-7b.json", "opt-6.7b.json", "bert-base-uncased.json"}) {
            const ModelSpec m = test::sampleModel(f);
            const double ours = transformerParams(m.transformer).total();
            const double facts = transformerFacts(m.transformer).params;
            QVERIFY2(std::fabs(ours - facts) <= 1e-9 * facts,
                     qPrintable(QString("%1: %2 vs model_facts %3")
                                    .arg(f)
                                    .arg(ours, 0, 'f', 0)
                                    .arg(facts, 0, 'f', 0)));
        }
    }

    void gpt3MatchesMegatronFormula() {
        const ModelSpec m = test::sampleModel("gpt3-175b.json");
        const auto& c = m.transformer;
        const double l = static_cast<double>(c.layers), h = static_cast<double>(c.hidden);
        const double V = static_cast<double>(c.vocab), s = static_cast<double>(c.maxPositions);
        const double megatron = 12 * l * h * h * (1 + 13 / (12 * h) + (V + s) / (12 * l * h));
        const double ours = transformerParams(c).total();
        // Megatron's formula leaves out the final layer norm (2h).
        QVERIFY2(std::fabs(ours - megatron - 2 * h) < 1.0,
                 qPrintable(QString("%1 vs %2").arg(ours, 0, 'f', 0).arg(megatron, 0, 'f', 0)));
    }

    void gqaAndMqaKvBytes() {
        ModelSpec m = test::llama2_7b();
        m.transformer.heads = 64;
        m.transformer.hidden = 8192;
        m.transformer.headDim = 128;
        for (std::int64_t kvh : {64, 8, 1}) {
            m.transformer.kvHeads = kvh;
            const std::int64_t kvLen = 3000, batch = 4;
            const auto ops = lowerDecodeStep(m, test::inference(batch, 2000, 2000), kvLen);
            const Operator* a = find(ops, "layer.attention");
            QVERIFY(a);
            QCOMPARE(a->attention.kvHeads, kvh);
            const OpCost c = costOf(*a);
            // K and V of every cached token, fp16, read once in decode.
            QCOMPARE(c.readBytes[kW], 0.0);
            QCOMPARE(c.readBytes[kKv], 2.0 * batch * kvh * kvLen * 128 * 2);
            QCOMPARE(c.writeBytes[kKv], 2.0 * batch * kvh * 1 * 128 * 2);
            QCOMPARE(a->detail, std::string(kvh == 64 ? "mha" : kvh == 1 ? "mqa" : "gqa"));
        }
    }

    void moeTokensPerExpert() {
        const ModelSpec m = test::sampleModel("mixtral-8x7b.json");
        // Prefill of 4096 tokens: every expert is hit, each gets 4096 x 2 / 8 tokens.
        auto ops = lowerPrefill(m, test::inference(1, 4096, 1));
        const Operator* up = find(ops, "layer.expert_up");
        QVERIFY(up);
        QCOMPARE(up->gemm.batch, std::int64_t(8));
        QCOMPARE(up->gemm.m, std::int64_t(1024));
        QCOMPARE(up->gemm.n, std::int64_t(2 * 14336));
        const Operator* router = find(ops, "layer.moe_router");
        QVERIFY(router);
        QCOMPARE(router->gemm.n, std::int64_t(8));
        // Decode of one token: top-2 -> two experts with one token each.
        ops = lowerDecodeStep(m, test::inference(1, 100, 10), 101);
        up = find(ops, "layer.expert_up");
        QCOMPARE(up->gemm.batch, std::int64_t(2));
        QCOMPARE(up->gemm.m, std::int64_t(1));
    }

    void chunkedPrefillAttendsToEarlierChunks() {
        const ModelSpec m = test::llama2_7b();
        Scenario s = test::inference(2, 1000, 1);
        const auto whole = lowerPrefill(m, s);
        s.inference.prefillChunk = 256;
        const auto chunked = lowerPrefill(m, s);
        std::vector<std::int64_t> kvLens;
        for (const Operator& op : chunked)
            if (op.kind == OpKind::attention) {
                kvLens.push_back(op.attention.kvLen);
                QCOMPARE(op.count, 32.0);
            }
        QVERIFY((kvLens == std::vector<std::int64_t>{256, 512, 768, 1000}));
        // Same linear work and the same causal attention work as one pass.
        QCOMPARE(sumFlops(chunked, OpKind::gemm), sumFlops(whole, OpKind::gemm));
        QCOMPARE(sumFlops(chunked, OpKind::attention), sumFlops(whole, OpKind::attention));
        const Operator* qkv = find(chunked, "layer.qkv_proj");
        QCOMPARE(qkv->gemm.m, std::int64_t(2 * 256));
        QCOMPARE(qkv->count, 3 * 32.0);
        // Thousands of chunks: runs of chunks are grouped, the linear work stays exact
        // and the attention work stays within 0.1% of one pass.
        s = test::inference(1, 100000, 1);
        const auto wholeLong = lowerPrefill(m, s);
        s.inference.prefillChunk = 16;
        const auto many = lowerPrefill(m, s);
        QVERIFY(many.size() < 2000);
        QCOMPARE(sumFlops(many, OpKind::gemm), sumFlops(wholeLong, OpKind::gemm));
        const double a1 = sumFlops(many, OpKind::attention),
                     a0 = sumFlops(wholeLong, OpKind::attention);
        QVERIFY2(std::fabs(a1 / a0 - 1) < 1e-3, qPrintable(QString::number(a1 / a0, 'g', 8)));
    }

    void tensorParallelShardsAndAllReduces() {
        const ModelSpec m = test::llama2_7b();
        Scenario s = test::inference(1, 128, 1);
        s.parallelism.tensor = 4;
        const auto ops = lowerPrefill(m, s);
        double allReduces = 0;
        for (const Operator& op : ops)
            if (op.kind == OpKind::collective && op.collective.kind == CollectiveKind::all_reduce) {
                allReduces += op.count;
                QCOMPARE(op.collective.ranks, 4);
                QCOMPARE(op.collective.bytes, 128.0 * 4096 * 2);
            }
        QCOMPARE(allReduces, 2.0 * 32);
        QCOMPARE(find(ops, "layer.qkv_proj")->gemm.n, std::int64_t(3 * 4096 / 4));
        QCOMPARE(find(ops, "layer.mlp_up")->gemm.n, std::int64_t(2 * 11008 / 4));
        QCOMPARE(find(ops, "layer.attention")->attention.heads, std::int64_t(8));
        s.parallelism.tensor = 1;
        s.parallelism.pipeline = 4;
        const auto pp = lowerPrefill(m, s);
        const Operator* p2p = find(pp, "pipeline.send_recv");
        QVERIFY(p2p);
        QCOMPARE(p2p->count, 3.0);
    }

    void collectiveAlphaBeta() {
        // 1 MiB ring all-reduce, 8 ranks, 50 GiB/s, 500 ns: 41.18 us (REFERENCES.md).
        InterconnectDim d;
        d.linkBandwidth = 50.0 * 1024 * 1024 * 1024;
        d.latencyS = 500e-9;
        d.efficiency = 1.0;
        const double t = collectiveTime(CollectiveKind::all_reduce, 1024.0 * 1024, 8, d);
        QVERIFY2(std::fabs(t - 41.18e-6) < 0.005e-6, qPrintable(QString::number(t * 1e6, 'f', 4)));
        QCOMPARE(collectiveTime(CollectiveKind::all_gather, 1024.0 * 1024, 8, d),
                 7 * 500e-9 + 7.0 / 8 * 1024 * 1024 / d.linkBandwidth);
        QCOMPARE(collectiveTime(CollectiveKind::send_recv, 1e6, 2, d),
                 500e-9 + 1e6 / d.linkBandwidth);
        QCOMPARE(collectiveTime(CollectiveKind::all_reduce, 1e6, 1, d), 0.0);
    }

    void convAndPoolFlops() {
        Operator op;
        op.kind = OpKind::conv2d;
        op.conv = {};
        op.conv.batch = 2;
        op.conv.inChannels = 3;
        op.conv.outChannels = 64;
        op.conv.inHeight = op.conv.inWidth = 224;
        op.conv.kernelH = op.conv.kernelW = 7;
        op.conv.strideH = op.conv.strideW = 2;
        op.conv.padH = op.conv.padW = 3;
        QCOMPARE(op.conv.outHeight(), std::int64_t(112));
        QCOMPARE(costOf(op).flops, 2.0 * 2 * 112 * 112 * 64 * 3 * 49);
        // Depthwise 3x3, 32 channels: 9 MACs per output.
        op.conv.inChannels = op.conv.outChannels = op.conv.groups = 32;
        op.conv.kernelH = op.conv.kernelW = 3;
        op.conv.strideH = op.conv.strideW = 1;
        op.conv.padH = op.conv.padW = 1;
        QCOMPARE(costOf(op).flops, 2.0 * 2 * 224 * 224 * 32 * 9);
        QVERIFY(!costOf(op).tensorCores);
        // Grouped (4 groups), dilated 2 (effective 5x5, pad 2 keeps the size).
        op.conv.groups = 4;
        op.conv.outChannels = 64;
        op.conv.dilationH = op.conv.dilationW = 2;
        op.conv.padH = op.conv.padW = 2;
        QCOMPARE(op.conv.outHeight(), std::int64_t(224));
        QCOMPARE(costOf(op).flops, 2.0 * 2 * 224 * 224 * 64 * (32 / 4) * 9);
        Operator pool;
        pool.kind = OpKind::pool;
        pool.pool = {2, 64, 112, 112, 3, 2, 1, false};
        QCOMPARE(costOf(pool).flops, 2.0 * 64 * 56 * 56 * 9);
    }

    void cnnLoweringMatchesModelFacts() {
        for (const char* f : {"resnet-50.json", "mobilenet-v2.json", "vgg-16.json"}) {
            const ModelSpec m = test::sampleModel(f);
            const auto ops = lowerCnn(m, test::inference(1, 1, 1));
            double macs = 0;
            for (const Operator& op : ops)
                if (op.kind == OpKind::conv2d || op.kind == OpKind::gemm) {
                    const OpCost c = costOf(op);
                    macs += c.problems * c.m * c.n * c.k * op.count;
                }
            QCOMPARE(macs, cnnFacts(m.cnn).macs);
        }
        // Repeated blocks are folded.
        const auto ops = lowerCnn(test::sampleModel("resnet-50.json"), test::inference(8, 1, 1));
        QVERIFY(ops.size() < 120);
        QVERIFY(std::any_of(ops.begin(), ops.end(), [](const Operator& o) { return o.count > 1; }));
    }

    void unfusedAttentionMaterialisesScores() {
        const ModelSpec m = test::llama2_7b();
        Scenario s = test::inference(1, 1024, 1);
        s.inference.flashAttention = false;
        const auto ops = lowerPrefill(m, s);
        const Operator* scores = find(ops, "layer.attn_scores");
        const Operator* softmax = find(ops, "layer.attn_softmax");
        QVERIFY(scores && softmax && find(ops, "layer.attn_values"));
        // S = QK^T for 32 heads x 1024 x 1024, fp16, written then read by softmax.
        const double sBytes = 32.0 * 1024 * 1024 * 2;
        QCOMPARE(costOf(*scores).writeBytes[static_cast<std::size_t>(TensorClass::activations)],
                 sBytes);
        QCOMPARE(costOf(*softmax).readBytes[static_cast<std::size_t>(TensorClass::activations)],
                 sBytes);
    }

    void graphLoweringChecksDims() {
        ModelSpec g;
        g.kind = "graph";
        g.name = "g";
        g.graph = {{"mm", "gemm", {64, 128, 256}, {}, 2},
                   {"relu", "activation", {8192}, {"mm"}, 1}};
        const auto ops = lowerGraph(g, test::inference(1, 1, 1));
        QCOMPARE(ops.size(), std::size_t(2));
        QCOMPARE(costOf(ops[0]).flops, 2.0 * 64 * 128 * 256);
        QCOMPARE(ops[0].count, 2.0);
        g.graph = {{"bad", "conv2d", {1, 3}, {}, 1}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lowerGraph(g, test::inference(1, 1, 1)));
    }

    void mathTypeFollowsActivations() {
        QVERIFY(mathTypeFor(DType::int8, DType::fp16) == DType::fp16);
        QVERIFY(mathTypeFor(DType::int8, DType::int8) == DType::int8);
        QVERIFY(mathTypeFor(DType::int4, DType::fp8) == DType::int4);
        QVERIFY(mathTypeFor(DType::fp16, DType::fp16) == DType::fp16);
    }
};

QTEST_GUILESS_MAIN(TstOperatorCosts)
#include "tst_operator_costs.moc"
