// Accelerator, problem and mapping specs: parsing with diagnostics (path,
// value, expectation), round trips, mapping validation, operator lowering.
#include <QtTest>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/loop_nest_model.h"
#include "core/dataflow/lower_operator.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

using namespace rl;
using namespace rl::dataflow;

namespace {
std::string sample(const char* name) { return std::string(RIDGELINE_SAMPLES) + "/" + name; }

bool hasError(const Diagnostics& d, const std::string& path, const std::string& fragment = {}) {
    for (const auto& i : d.items())
        if (i.path == path &&
            (fragment.empty() ||
             (i.expected + i.value + i.suggestion).find(fragment) != std::string::npos))
            return true;
    return false;
}

Json tutorial3() {
    Diagnostics d;
    auto j = readJsonFile(sample("accelerators/tutorial-3level.json"), d);
    return j ? *j : Json();
}
}  // namespace

class TstDataflowSpecs : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void roundTrips() {
        Diagnostics d;
        auto a = loadAcceleratorArch(sample("accelerators/eyeriss-like.json"), d);
        auto p = loadProblem(sample("accelerators/problem-vgg-conv3-2.json"), d);
        auto m = loadMapping(sample("accelerators/mapping-3level-rf-outputs-only.json"), d);
        QVERIFY2(a && p && m, d.format().c_str());
        Diagnostics d2;
        auto a2 = parseAcceleratorArch(toJson(*a), "", d2);
        auto p2 = parseProblem(toJson(*p), "", d2);
        auto m2 = parseMapping(toJson(*m), "", d2);
        QVERIFY2(a2 && p2 && m2, d2.format().c_str());
        QCOMPARE(toJson(*a2).dump(), toJson(*a).dump());
        QCOMPARE(toJson(*p2).dump(), toJson(*p).dump());
        QCOMPARE(toJson(*m2).dump(), toJson(*m).dump());
        QCOMPARE(a2->levels.size(), std::size_t(5));
        QCOMPARE(a2->levels[3].energy.read, 0.52e-12);
        QCOMPARE(a2->mac.instances, 168);
    }
    void hardwareFileCarriesAccelerator() {
        Diagnostics d;
        auto a = loadAcceleratorArch(sample("hardware/eyeriss-like.json"), d);
        QVERIFY2(a, d.format().c_str());
        QCOMPARE(a->mac.instances, 168);
        QCOMPARE(a->levels[1].capacityWords, std::int64_t(65536));
        Diagnostics gpu;
        QVERIFY(!loadAcceleratorArch(sample("hardware/nvidia-a100-sxm4-80gb.json"), gpu));
        QVERIFY(hasError(gpu, "/accelerator"));
    }
    void archErrors() {
        Json j = tutorial3();
        j["levels"][1]["energy"]["read"] = 43.35;                     // bare number: no unit
        j["levels"][2]["holds"] = Json::array({"weights", "psums"});  // unknown tensor
        j["levels"][0]["kind"] = "dramm";
        j["mac"]["energi"] = "1 pJ";
        Diagnostics d;
        QVERIFY(!parseAcceleratorArch(j, "", d));
        QVERIFY(hasError(d, "/levels/1/energy/read", "unit"));
        QVERIFY(hasError(d, "/levels/2/holds/1", "outputs"));
        QVERIFY(hasError(d, "/levels/0/kind", "dram"));
        QVERIFY(hasError(d, "/mac/energi", "energy"));
    }
    void fanoutMustDivide() {
        Json j = tutorial3();
        j["levels"][2]["instances"] = 6;
        j["levels"][2]["mesh_x"] = 4;
        Diagnostics d;
        QVERIFY(!parseAcceleratorArch(j, "", d));
        QVERIFY(hasError(d, "/levels/2/mesh_x", "divisor"));
    }
    void problemErrors() {
        Json j = {{"format", "ridgeline.problem"}, {"version", 1}, {"dims", {{"K", 0}, {"X", 3}}}};
        Diagnostics d;
        QVERIFY(!parseProblem(j, "", d));
        QVERIFY(hasError(d, "/dims/K"));
        QVERIFY(hasError(d, "/dims/X", "dimension"));
        Json dw = {{"kind", "depthwise"}, {"dims", {{"K", 4}, {"C", 8}}}};
        Diagnostics d2;
        QVERIFY(!parseProblem(dw, "", d2));
        QVERIFY(hasError(d2, "/dims/K", "depthwise"));
    }
    void mappingValidation() {
        Diagnostics d;
        auto arch = loadAcceleratorArch(sample("accelerators/tutorial-3level.json"), d);
        auto prob = loadProblem(sample("accelerators/problem-conv1d-k32-r3-p16.json"), d);
        QVERIFY(arch && prob);
        // Factors that do not multiply to the problem.
        Json bad = {{"levels",
                     {{{"target", "GlobalBuffer"}, {"temporal", {{"K", 8}, {"P", 16}}}},
                      {{"target", "RegisterFile"}, {"temporal", {{"K", 2}, {"R", 3}}}}}}};
        auto m = parseMapping(bad, "", d);
        QVERIFY(m);
        MappingNest nest;
        QVERIFY(bindMapping(*m, *arch, nest, d));
        Diagnostics v;
        QVERIFY(!validateMapping(nest, *arch, *prob, v));
        QVERIFY(hasError(v, "/factors/K", "32"));
        // A tile that overflows the 64-word register file.
        Json big = {
            {"levels",
             {{{"target", "GlobalBuffer"}, {"temporal", {{"P", 2}}}},
              {{"target", "RegisterFile"}, {"temporal", {{"K", 32}, {"R", 3}, {"P", 8}}}}}}};
        auto m2 = parseMapping(big, "", d);
        QVERIFY(m2 && bindMapping(*m2, *arch, nest, d));
        Diagnostics v2;
        QVERIFY(!validateMapping(nest, *arch, *prob, v2));
        QVERIFY(hasError(v2, "/levels[RegisterFile]/tile", "64 words"));
        // Spatial factors beyond the fanout (the tutorial has none).
        Json sp = {{"levels",
                    {{{"target", "GlobalBuffer"},
                      {"temporal", {{"K", 16}, {"P", 16}}},
                      {"spatial", {{"X", {{"K", 2}}}}}},
                     {{"target", "RegisterFile"}, {"temporal", {{"R", 3}}}}}}};
        auto m3 = parseMapping(sp, "", d);
        QVERIFY(m3 && bindMapping(*m3, *arch, nest, d));
        Diagnostics v3;
        QVERIFY(!validateMapping(nest, *arch, *prob, v3));
        QVERIFY(hasError(v3, "/levels[GlobalBuffer]/spatial/X", "fanout 1"));
        // Unknown level names and bad orders are reported at their paths.
        Json unk = {{"levels", {{{"target", "GLB"}, {"order", "KKP"}}}}};
        Diagnostics d4;
        QVERIFY(!parseMapping(unk, "", d4));
        QVERIFY(hasError(d4, "/levels/0/order"));
        Json unk2 = {{"levels", {{{"target", "GLB"}}}}};
        auto m5 = parseMapping(unk2, "", d4);
        Diagnostics d5;
        QVERIFY(m5 && !bindMapping(*m5, *arch, nest, d5));
        QVERIFY(hasError(d5, "/levels/0/target", "GlobalBuffer"));
    }
    void lowering() {
        Operator g;
        g.name = "fc";
        g.kind = OpKind::gemm;
        g.gemm = {1, 32, 4096, 1024, false, TensorClass::weights};
        auto ps = toDataflowProblems(g);
        QCOMPARE(ps.size(), std::size_t(1));
        QCOMPARE(ps[0].bound(Dim::P), std::int64_t(32));
        QCOMPARE(ps[0].bound(Dim::K), std::int64_t(4096));
        QCOMPARE(ps[0].bound(Dim::C), std::int64_t(1024));
        QCOMPARE(ps[0].macs(), std::int64_t(32) * 4096 * 1024);
        Operator c;
        c.kind = OpKind::conv2d;
        c.conv.batch = 1;
        c.conv.inChannels = c.conv.outChannels = c.conv.groups = 32;
        c.conv.inHeight = c.conv.inWidth = 112;
        c.conv.kernelH = c.conv.kernelW = 3;
        c.conv.padH = c.conv.padW = 1;
        auto dw = toDataflowProblems(c);
        QCOMPARE(dw.size(), std::size_t(1));
        QCOMPARE(dw[0].kind, std::string("depthwise"));
        QCOMPARE(dw[0].macs(), std::int64_t(32) * 112 * 112 * 9);
        Operator n;
        n.kind = OpKind::softmax;
        QVERIFY(toDataflowProblems(n).empty());
    }
    void wholeModelLowers() {
        // VGG-16 at batch 32: 13 convolutions and 3 linear layers, 15,470,264,320 MACs per image.
        auto model = loadModel(sample("models/vgg-16.json"));
        auto scenario = loadScenario(sample("scenarios/cnn-batch32-fp16.json"));
        QVERIFY2(model.ok() && scenario.ok(),
                 (model.diagnostics.format() + scenario.diagnostics.format()).c_str());
        int problems = 0;
        double macs = 0;
        for (const auto& op : lowerModel(*model.value, *scenario.value))
            for (const auto& p : toDataflowProblems(op)) {
                ++problems;
                macs += static_cast<double>(p.macs()) * op.count;
            }
        QCOMPARE(problems, 16);
        QCOMPARE(macs, 32.0 * 15470264320.0);
    }
    void depthwiseEvaluates() {
        // Depthwise: outputs and weights indexed by C; one pass over a 1-level buffer.
        AcceleratorArch a;
        a.name = "one";
        StorageLevel l;
        l.name = "Buffer";
        l.kind = "dram";
        a.levels.push_back(l);
        a.mac.energyPerMac = 1e-12;
        DataflowProblem p;
        p.kind = "depthwise";
        p.bounds = {1, 1, 4, 5, 1, 3, 1};
        MappingNest m;
        m.levelCount = 1;
        m.levels[0].temporal = p.bounds;
        Diagnostics d;
        QVERIFY2(validateMapping(m, a, p, d), d.format().c_str());
        auto e = LoopNestModel(a, p).evaluate(m);
        QCOMPARE(e.macs, std::int64_t(60));
        QCOMPARE(e.level[0].tensor[2].updates, std::int64_t(60));
        QCOMPARE(e.level[0].tensor[2].reads,
                 std::int64_t(60 - 20));  // 20 outputs: first write is not a read
    }
};

QTEST_GUILESS_MAIN(TstDataflowSpecs)
#include "tst_dataflow_specs.moc"
