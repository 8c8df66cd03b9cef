// The importer's collective rows and small ops: the generic CSV's "dimension"
// column (a tier index or name, honoured, an unknown one refused with file,
// line, value and expectation), and an imported embedding row costed exactly
// as analyze's embedding operator (one definition of its shape).
#include <QtTest>

#include "core/analytical/analyze.h"
#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

using namespace rl;

namespace {
const std::string kHeader = "op,device,dtype,time_s,bytes,ranks,detail,dimension,elements\n";

bool hasIssue(const std::vector<ImportIssue>& issues, int line,
              std::initializer_list<const char*> words) {
    for (const auto& i : issues) {
        if (i.line != line || i.file != "c.csv") continue;
        bool all = true;
        for (const char* w : words) all = all && i.message.find(w) != std::string::npos;
        if (all) return true;
    }
    return false;
}
}  // namespace

class TestLearnedImportCollectives : public QObject {
    Q_OBJECT
    DeviceLibrary lib;

  private Q_SLOTS:
    void initTestCase() { lib.addFolder(RIDGELINE_SAMPLES "/hardware"); }

    void genericDimensionColumn() {
        ImportResult r =
            importCsvText(kHeader +
                              "collective,DGX A100,fp16,1e-4,1048576,8,all_reduce,,\n"
                              "collective,DGX A100,fp16,1e-4,1048576,2,all_reduce,1,\n"
                              "send_recv,2x DGX A100,fp16,1e-4,1048576,2,,infiniband "
                              "hdr,\n"
                              "collective,DGX A100,fp16,1e-4,1048576,2,all_reduce,PCIe,\n"
                              "collective,DGX A100,fp16,1e-4,1048576,2,all_reduce,7,\n"
                              "collective,DGX A100,fp16,1e-4,1048576,2,all_reduce,-1,\n"
                              "norm,a100,fp16,1e-5,,,rms,1,4096\n"
                              "collective,DGX A100,fp16,1e-4,1048576,16,all_reduce,0,\n",
                          "c.csv");
        // Parsing refuses what no spec can hold: a negative index, a dimension on a norm.
        QVERIFY(hasIssue(r.issues, 7, {"dimension = \"-1\"", "tier index"}));
        QVERIFY(hasIssue(r.issues, 8, {"dimension = \"1\"", "only for collective"}));
        const auto mapped = lib.map(r.data, "c.csv");
        // Names and indices are checked against the mapped spec's tiers.
        QVERIFY(hasIssue(mapped, 5,
                         {"dimension = \"PCIe\"", "DGX A100", "expected 0 or", "\"InfiniBand HDR\"",
                          "row skipped"}));
        QVERIFY(hasIssue(mapped, 6, {"dimension = \"7\"", "row skipped"}));
        // Ranks beyond the dimension's devices: kept, with a warning.
        QVERIFY(hasIssue(mapped, 9, {"needs 16 devices", "row kept"}));
        QCOMPARE(r.data.samples.size(), std::size_t(4));
        QCOMPARE(r.data.samples[0].op.collective.dimension, 0);  // absent: the innermost
        QCOMPARE(r.data.samples[1].op.collective.dimension, 1);  // by index
        QCOMPARE(r.data.samples[2].op.collective.dimension, 1);  // by name, any case
        QCOMPARE(r.data.samples[2].hardware, lib.find("2x DGX A100")->name);

        // The generic writer keeps the dimension: a round trip gives it back.
        Dataset d;
        d.samples = {r.data.samples[1]};
        const std::string text = genericCsvHeader() + "\n" + toGenericCsvRow(d.samples[0]) + "\n";
        ImportResult back = importCsvText(text, "c.csv");
        QVERIFY(back.issues.empty());
        QVERIFY(lib.map(back.data, "c.csv").empty());
        QCOMPARE(back.data.samples.at(0).op.collective.dimension, 1);
    }

    // VIDUR's "emb" of Llama-2-7B at 512 tokens and analyze's embedding
    // operator for the same tokens: the same operator, the same time.
    void embeddingAgreesWithAnalyze() {
        ImportResult r = importCsvText(
            "gpu,num_tokens,n_head,n_kv_head,n_embd,n_expanded_embd,tp,use_gated_mlp,"
            "emb_median_ms\n"
            "a100,512,32,32,4096,11008,1,true,0.01\n",
            "v.csv");
        QVERIFY(r.issues.empty());
        QVERIFY(lib.map(r.data, "v.csv").empty());
        QCOMPARE(r.data.samples.size(), std::size_t(1));
        const Operator& imported = r.data.samples[0].op;
        auto model = loadModel(RIDGELINE_SAMPLES "/models/llama-2-7b.json");
        QVERIFY(model.ok());
        Scenario sc;
        sc.precision.weights = sc.precision.activations = DType::fp16;
        TransformerStep step;
        step.queryTokens = 512;
        step.lmHead = false;
        const std::vector<Operator> ops = lowerTransformerStep(*model.value, sc, step);
        const auto e = std::find_if(ops.begin(), ops.end(),
                                    [](const Operator& o) { return o.kind == OpKind::embedding; });
        QVERIFY(e != ops.end());
        const Hardware* a100 = lib.find("a100");
        QVERIFY(a100);
        const OpRecord fromAnalyze = evaluateOperator(*e, *a100);
        const OpRecord fromImport = evaluateOperator(imported, *a100);
        QCOMPARE(fromImport.timeEach, fromAnalyze.timeEach);
        QCOMPARE(fromImport.traffic.at(0).total(), fromAnalyze.traffic.at(0).total());
        // Gather 512 x 4096 fp16 and write them: 8 MiB through HBM.
        QCOMPARE(fromImport.traffic.at(0).total(), 2.0 * 512 * 4096 * 2);
    }
};

QTEST_GUILESS_MAIN(TestLearnedImportCollectives)
#include "test_learned_import_collectives.moc"
