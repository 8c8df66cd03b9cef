// The graph model contract: every op the reader accepts lowers, and the
// lowering reads each dim with the meaning docs/formats.md gives it.
#include <QtTest>

#include <map>
#include <stdexcept>

#include "core/spec/graph_io.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

using namespace rl;

namespace {

// The longest valid dims per kind; a prefix of at least minDims is valid too.
const std::map<std::string, std::vector<std::int64_t>> kFullDims = {
    {"gemm", {2, 64, 32, 16}},
    {"batched_matmul", {2, 64, 32, 16}},
    {"conv2d", {1, 8, 16, 32, 32, 3, 1, 1, 2}},
    {"pool", {1, 8, 32, 32, 2, 2}},
    {"attention", {1, 8, 2, 64, 16, 32}},
    {"attention_scores", {1, 8, 2, 64, 16, 32}},
    {"attention_values", {1, 8, 2, 64, 16, 32}},
    {"softmax", {4096, 1}},
    {"norm", {4096, 1}},
    {"activation", {4096, 2}},
    {"elementwise", {4096, 2}},
    {"embedding", {4096}},
    {"moe_router", {128, 64, 8}},
    {"collective", {1 << 20, 8}},
    {"send_recv", {1 << 20, 4}},
};

Json graphModel(const std::string& kind, const std::vector<std::int64_t>& dims) {
    return Json{
        {"format", "ridgeline.model"},
        {"version", 1},
        {"name", "g"},
        {"graph", {{"ops", Json::array({{{"name", "op"}, {"kind", kind}, {"dims", dims}}})}}}};
}

// Reads a one-op graph model and lowers it; the reader must accept it.
Operator lowerOne(const std::string& kind, const std::vector<std::int64_t>& dims) {
    auto m = parseModel(graphModel(kind, dims), "g.json");
    if (!m.value) throw std::runtime_error("reader refused: " + m.diagnostics.format());
    auto ops = lowerModel(*m.value, Scenario{});
    if (ops.size() != 1) throw std::runtime_error("not one operator");
    return ops.front();
}

}  // namespace

class TestGraphLowering : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // Before: send_recv [bytes] and pool without stride passed the reader and
    // then failed in analyze; every accepted count must lower.
    void everyAcceptedCountLowers() {
        QCOMPARE(kFullDims.size(), graphOpKinds().size());
        for (const GraphKindInfo& k : graphOpKinds()) {
            const auto& full = kFullDims.at(k.kind);
            QCOMPARE(full.size(), k.maxDims);
            for (std::size_t n = k.minDims; n <= k.maxDims; ++n) {
                const std::vector<std::int64_t> dims(full.begin(), full.begin() + n);
                try {
                    lowerOne(k.kind, dims);
                } catch (const std::exception& e) {
                    QFAIL(qPrintable(QString::fromStdString(k.kind + " with " + std::to_string(n) +
                                                            " dims: " + e.what())));
                }
            }
        }
    }

    void sendRecvIsAPair() {
        const Operator pair = lowerOne("send_recv", {1 << 20});
        QVERIFY(pair.kind == OpKind::send_recv);
        QVERIFY(pair.collective.kind == CollectiveKind::send_recv);
        QCOMPARE(pair.collective.bytes, double(1 << 20));
        QCOMPARE(pair.collective.ranks, 2);
        QCOMPARE(lowerOne("send_recv", {1 << 20, 4}).collective.ranks, 4);
    }

    // The second number of an element-wise op is the tensors read, as the
    // cost and the learned CSV's "inputs" column use it (not "cols").
    void elementwiseSecondDimIsInputs() {
        const Operator add = lowerOne("elementwise", {4096, 2});
        QCOMPARE(add.elementwise.elements, std::int64_t(4096));
        QCOMPARE(add.elementwise.inputs, 2);
        QCOMPARE(lowerOne("softmax", {4096}).elementwise.inputs, 1);
        // An embedding gathers table rows: one number, and a second is refused
        // by the reader (before, it was accepted and silently ignored).
        const Operator emb = lowerOne("embedding", {4096});
        QCOMPARE(emb.elementwise.elements, std::int64_t(4096));
        QCOMPARE(emb.elementwise.weightElements, std::int64_t(4096));
        auto two = parseModel(graphModel("embedding", {64, 64}), "g.json");
        QVERIFY(!two.value);
        QVERIFY2(two.diagnostics.format().find("/graph/ops/0/dims") != std::string::npos,
                 two.diagnostics.format().c_str());
        QVERIFY2(two.diagnostics.format().find("[elements]") != std::string::npos,
                 two.diagnostics.format().c_str());
    }

    // [tokens, hidden, experts] is tokens x hidden times hidden x experts, the
    // router the transformer lowering builds (before: n and k were swapped, so
    // the output was tokens x hidden).
    void moeRouterShape() {
        const Operator r = lowerOne("moe_router", {128, 64, 8});
        QCOMPARE(r.gemm.m, std::int64_t(128));
        QCOMPARE(r.gemm.n, std::int64_t(8));
        QCOMPARE(r.gemm.k, std::int64_t(64));
        QVERIFY(r.gemm.bClass == TensorClass::weights);
    }

    void poolStrideDefaultsToKernel() {
        const Operator p = lowerOne("pool", {1, 8, 32, 32, 3});
        QCOMPARE(p.pool.kernel, 3);
        QCOMPARE(p.pool.stride, 3);
        QCOMPARE(lowerOne("pool", {1, 8, 32, 32, 3, 1}).pool.stride, 1);
    }

    // A count the reader refuses gets the same expectation from the lowering
    // (a model built in code, not read from a file).
    void loweringNamesTheReadersShape() {
        ModelSpec m;
        m.kind = "graph";
        m.name = "g";
        GraphOpSpec op;
        op.name = "x";
        op.kind = "send_recv";
        op.dims = {1, 2, 3};
        m.graph = {op};
        try {
            lowerModel(m, Scenario{});
            QFAIL("three dims for send_recv lowered");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(std::string(e.what()).find("[bytes] or [bytes, ranks]") != std::string::npos,
                     e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphLowering)
#include "test_graph_lowering.moc"
