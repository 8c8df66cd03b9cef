// Importing measured kernel times: the four CSV formats, bad rows reported
// with their line and skipped, device names mapped through spec aliases.
#include <QTemporaryDir>
#include <QtTest>

#include "core/learned/dataset.h"
#include "core/learned/device_library.h"

using namespace rl;

namespace {
const std::string kData = RIDGELINE_TEST_DATA "/learned/";

bool hasIssueAt(const std::vector<ImportIssue>& issues, int line, const std::string& words) {
    for (const auto& i : issues)
        if (i.line == line && i.message.find(words) != std::string::npos) return true;
    return false;
}
}  // namespace

class TestLearnedDataset : public QObject {
    Q_OBJECT
    DeviceLibrary lib;

  private Q_SLOTS:
    void initTestCase() {
        lib.addFolder(RIDGELINE_SAMPLES "/hardware");
        QVERIFY2(lib.find("Tesla T4") != nullptr, "the T4 spec (alias \"Tesla T4\") is missing");
        QVERIFY(lib.find("a100") != nullptr);
    }

    void aliasesAreCaseInsensitive() {
        QVERIFY(lib.find("tesla t4") == lib.find("Tesla T4"));
        QVERIFY(lib.find("  Tesla T4 ") == lib.find("Tesla T4"));
        QVERIFY(lib.find("Tesla K80") == nullptr);
    }

    void genericFormatReportsBadRowsWithLines() {
        ImportResult r = importCsv(kData + "generic_mixed.csv");
        QVERIFY(toString(r.format) == std::string("generic"));
        QCOMPARE(r.rowsRead, 9);
        auto unknown = lib.map(r.data, "generic_mixed.csv");
        QCOMPARE(r.data.samples.size(), std::size_t(5));
        QVERIFY(hasIssueAt(r.issues, 3, "missing time_s"));
        QVERIFY(hasIssueAt(r.issues, 4, "not a positive time"));
        QVERIFY(hasIssueAt(r.issues, 7, "m = \"abc\" is not"));
        QVERIFY(hasIssueAt(unknown, 5, "unknown device \"Imaginary GPU 9000\""));
        // An 8-rank all-reduce on the bare GPU (one device on its NVLink
        // tier) is kept, with a warning naming the shortfall.
        QVERIFY(hasIssueAt(unknown, 9, "needs 8 devices"));
        QVERIFY(unknown.back().rowKept);
        QCOMPARE(r.issues.size() + unknown.size(), std::size_t(5));
        // Every issue names the file and its line.
        QVERIFY(r.issues[0].text().find("generic_mixed.csv:3:") != std::string::npos);

        const Sample& gemm = r.data.samples[0];
        QVERIFY(gemm.op.kind == OpKind::gemm);
        QCOMPARE(gemm.op.gemm.m, std::int64_t(1024));
        QCOMPARE(gemm.timeS, 0.00123);
        QCOMPARE(gemm.repeats, 5);
        QCOMPARE(gemm.hardware, lib.find("Tesla T4")->name);
        const Sample& conv = r.data.samples[1];
        QVERIFY(conv.op.kind == OpKind::conv2d);
        QCOMPARE(conv.op.conv.inChannels, std::int64_t(64));
        QCOMPARE(conv.op.conv.kernelH, 3);
        QCOMPARE(conv.op.conv.outHeight(), std::int64_t(56));
        QCOMPARE(r.data.samples[2].op.elementwise.elements, std::int64_t(1048576));
        QVERIFY(r.data.samples[2].op.mathType == DType::fp16);
        QCOMPARE(r.data.samples[3].op.collective.ranks, 8);
        QVERIFY(r.data.samples[4].op.kind == OpKind::batched_matmul);
        QCOMPARE(r.data.samples[4].op.gemm.batch, std::int64_t(16));
    }

    void neusightFormat() {
        ImportResult r = importCsv(kData + "neusight_small.csv");
        QVERIFY(toString(r.format) == std::string("neusight"));
        auto unknown = lib.map(r.data, "neusight_small.csv");
        QCOMPARE(r.data.samples.size(), std::size_t(2));
        QVERIFY(hasIssueAt(r.issues, 4, "missing N"));
        QVERIFY(hasIssueAt(r.issues, 6, "not a positive time"));
        QVERIFY(hasIssueAt(unknown, 5, "Tesla K80"));
        // nn.Linear(2560 -> 2560) on [1, 1024, 2560]: M = 1024, K (reduction) = 2560.
        const Sample& lin = r.data.samples[0];
        QCOMPARE(lin.op.gemm.m, std::int64_t(1024));
        QCOMPARE(lin.op.gemm.k, std::int64_t(2560));
        QCOMPARE(lin.op.gemm.n, std::int64_t(2560));
        QCOMPARE(lin.timeS, 1.1143167972564698e-3);
        const Sample& bmm = r.data.samples[1];
        QCOMPARE(bmm.op.gemm.batch, std::int64_t(384));
        QCOMPARE(bmm.op.gemm.k, std::int64_t(64));  // [B,M,N] x [B,N,K]: reduction over N
        QCOMPARE(bmm.op.gemm.n, std::int64_t(128));
    }

    void vidurOpsExpandRows() {
        ImportResult r = importCsv(kData + "vidur_small.csv");
        QVERIFY(toString(r.format) == std::string("vidur-ops"));
        auto unknown = lib.map(r.data, "vidur_small.csv");
        QVERIFY(unknown.empty());
        // Row 2: ten ops; row 3: nine (rope not measured); row 4: no num_tokens.
        QCOMPARE(r.data.samples.size(), std::size_t(19));
        QVERIFY(hasIssueAt(r.issues, 4, "missing num_tokens"));
        const Sample* qkv = nullptr;
        for (const auto& s : r.data.samples)
            if (s.op.name == "attn_pre_proj" && s.line == 3) qkv = &s;
        QVERIFY(qkv);
        // Llama-2-7B at TP=2: (32 + 2*32) heads x 128 / 2 = 6144 output columns.
        QCOMPARE(qkv->op.gemm.n, std::int64_t(6144));
        QCOMPARE(qkv->op.gemm.k, std::int64_t(4096));
        QVERIFY(qkv->op.mathType == DType::fp16);
    }

    void vidurCollectives() {
        ImportResult r = importCsv(kData + "vidur_collectives_small.csv");
        QVERIFY(toString(r.format) == std::string("vidur-collectives"));
        auto unknown = lib.map(r.data, "x");
        QCOMPARE(r.data.samples.size(), std::size_t(2));
        QVERIFY(hasIssueAt(r.issues, 5, "all_gatherish"));
        QVERIFY(hasIssueAt(unknown, 4, "h900"));
        QVERIFY(r.data.samples[1].op.kind == OpKind::send_recv);
    }

    void vidurAttention() {
        // VIDUR's attention profile: unsharded heads, one TP shard measured.
        const std::string text =
            "gpu,n_embd,n_q_head,n_kv_head,tp,block_size,is_prefill,batch_size,"
            "prefill_chunk_size,kv_cache_size,attn_prefill_median_ms,attn_decode_median_ms\n"
            "a100,8192,64,8,2,16,True,1,512,1024,0.147,\n"
            "a100,8192,64,8,2,16,False,24,0,2048,,0.076\n"
            "a100,8192,64,8,3,16,False,24,0,2048,,0.076\n";
        ImportResult r = importCsvText(text, "attention.csv");
        QVERIFY(toString(r.format) == std::string("vidur-attention"));
        QCOMPARE(r.data.samples.size(), std::size_t(2));
        const Sample& pre = r.data.samples[0];
        QCOMPARE(pre.op.name, std::string("attn_prefill"));
        QVERIFY(pre.op.kind == OpKind::attention);
        QCOMPARE(pre.op.phase, std::string("prefill"));
        QCOMPARE(pre.op.attention.heads, std::int64_t(32));
        QCOMPARE(pre.op.attention.kvHeads, std::int64_t(4));
        QCOMPARE(pre.op.attention.headDim, std::int64_t(128));
        QCOMPARE(pre.op.attention.queryLen, std::int64_t(512));
        QCOMPARE(pre.op.attention.kvLen, std::int64_t(1536));
        QCOMPARE(pre.timeS, 0.147e-3);
        const Sample& dec = r.data.samples[1];
        QCOMPARE(dec.op.phase, std::string("decode"));
        QCOMPARE(dec.op.attention.batch, std::int64_t(24));
        QCOMPARE(dec.op.attention.queryLen, std::int64_t(1));
        QCOMPARE(dec.op.attention.kvLen, std::int64_t(2049));
        // 8 KV heads do not split into 3 shards of whole heads.
        QVERIFY(hasIssueAt(r.issues, 4, "tensor-parallel"));
    }

    void unknownHeaderAndMissingFile() {
        ImportResult r = importCsv(kData + "unknown_header.csv");
        QVERIFY(r.format == CsvFormat::unknown);
        QCOMPARE(r.issues.size(), std::size_t(1));
        QVERIFY(r.issues[0].message.find("unknown header") != std::string::npos);
        ImportResult m = importCsv(kData + "does_not_exist.csv");
        QCOMPARE(m.issues.size(), std::size_t(1));
        QVERIFY(m.issues[0].message.find("cannot open") != std::string::npos);
        ImportResult e = importCsvText("", "empty.csv");
        QCOMPARE(e.issues.size(), std::size_t(1));
    }

    void genericRoundTrip() {
        ImportResult r =
            importFiles({kData + "generic_mixed.csv", kData + "neusight_small.csv"}, lib);
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.csv").toStdString();
        QCOMPARE(writeGenericCsv(path, r.data), std::string());
        ImportResult back = importFiles({path}, lib);
        for (const auto& i : back.issues) QVERIFY2(i.rowKept, i.text().c_str());
        QCOMPARE(back.data.samples.size(), r.data.samples.size());
        for (std::size_t i = 0; i < r.data.samples.size(); ++i) {
            QVERIFY(back.data.samples[i].op.kind == r.data.samples[i].op.kind);
            QCOMPARE(back.data.samples[i].hardware, r.data.samples[i].hardware);
            QCOMPARE(opLabel(back.data.samples[i]), opLabel(r.data.samples[i]));
            QVERIFY(std::abs(back.data.samples[i].timeS / r.data.samples[i].timeS - 1) < 1e-8);
        }
    }

    void subsampleIsDeterministic() {
        ImportResult r = importFiles({kData + "vidur_small.csv"}, lib);
        const Dataset a = r.data.subsample(3, 1), b = r.data.subsample(3, 1);
        QCOMPARE(a.samples.size(), std::size_t(6));  // two devices
        for (std::size_t i = 0; i < a.samples.size(); ++i)
            QCOMPARE(a.samples[i].op.name, b.samples[i].op.name);
        QCOMPARE(r.data.withOps({"add"}).samples.size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestLearnedDataset)
#include "test_learned_dataset.moc"
