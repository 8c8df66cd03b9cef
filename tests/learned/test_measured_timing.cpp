// Rows timed on the GPU between CUDA events (VIDUR) are compared with the
// roofline's GPU-side time for small kernels, with the host launch for the
// rest; other rows keep the time in a stream (core/learned/measured_timing.h).
#include <QtTest>

#include <cmath>

#include "core/analytical/roofline.h"
#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"
#include "core/learned/measured_timing.h"

using namespace rl;

namespace {

// One VIDUR row: Llama-2-7B at TP 1, 4 tokens, on the A100.
const char* kVidurRow =
    "gpu,model,tp,num_tokens,n_head,n_kv_head,n_embd,n_expanded_embd,vocab_size,use_gated_mlp,"
    "emb_median_ms,input_layernorm_median_ms,attn_pre_proj_median_ms,attn_rope_median_ms,"
    "attn_post_proj_median_ms,post_attention_layernorm_median_ms,mlp_up_proj_median_ms,"
    "mlp_act_median_ms,mlp_down_proj_median_ms,add_median_ms\n"
    "a100,meta-llama/Llama-2-7b-hf,1,4,32,32,4096,11008,32000,True,0.005,0.004,0.012,0.005,0.01,"
    "0.004,0.03,0.008,0.02,0.002\n";

const Sample* find(const Dataset& d, const std::string& label) {
    for (const Sample& s : d.samples)
        if (s.op.name == label) return &s;
    return nullptr;
}

}  // namespace

class TestMeasuredTiming : public QObject {
    Q_OBJECT
    DeviceLibrary lib;

  private Q_SLOTS:
    void initTestCase() { lib.addFolder(RIDGELINE_SAMPLES "/hardware"); }

    void vidurSmallKernelsUseTheGpuSideTime() {
        ImportResult r = importCsvText(kVidurRow, "vidur.csv");
        QVERIFY2(r.issues.empty(), r.issues.empty() ? "" : r.issues[0].text().c_str());
        QCOMPARE(r.data.samples.size(), std::size_t(10));
        QVERIFY(lib.map(r.data, "vidur.csv").empty());
        for (const Sample& s : r.data.samples) QVERIFY(s.gpuTimed);
        const Hardware& a100 = *lib.find("a100");
        const FeatureTable t = buildFeatureTable(r.data, lib);
        for (std::size_t i = 0; i < t.size(); ++i) {
            const Sample& s = r.data.samples[i];
            RooflineResult rr;
            evaluateRoofline(s.op, a100, nullptr, rr);
            const bool small = s.op.kind != OpKind::gemm;
            // Small kernels: max(bounds) + 2 DRAM round trips (1 us); GEMMs: + the 4 us host
            // launch.
            QCOMPARE(t.roofline[i], small ? rr.deviceTime : rr.timeEach);
            if (small) QVERIFY(std::fabs(rr.timeEach - rr.deviceTime - 3e-6) < 1e-12);
        }
        // The row kernels carry their row width: the norm its hidden size, RoPE (32 + 32) x 128,
        // the gated activation its intermediate size, the gather its embedding width.
        QCOMPARE(find(r.data, "input_layernorm")->op.elementwise.rowWidth, std::int64_t(4096));
        QCOMPARE(find(r.data, "attn_rope")->op.elementwise.rowWidth, std::int64_t(8192));
        QCOMPARE(find(r.data, "mlp_act")->op.elementwise.rowWidth, std::int64_t(11008));
        QCOMPARE(find(r.data, "emb")->op.elementwise.rowWidth, std::int64_t(4096));
        QCOMPARE(find(r.data, "add")->op.elementwise.rowWidth, std::int64_t(0));
    }

    void genericCsvKeepsTimingAndRowWidth() {
        ImportResult r = importCsvText(kVidurRow, "vidur.csv");
        std::string text = genericCsvHeader() + "\n";
        for (const Sample& s : r.data.samples) text += toGenericCsvRow(s) + "\n";
        const ImportResult back = importCsvText(text, "generic.csv");
        QVERIFY2(back.issues.empty(), back.issues.empty() ? "" : back.issues[0].text().c_str());
        QCOMPARE(back.data.samples.size(), r.data.samples.size());
        for (std::size_t i = 0; i < r.data.samples.size(); ++i) {
            QVERIFY(back.data.samples[i].gpuTimed);
            QCOMPARE(back.data.samples[i].op.elementwise.rowWidth,
                     r.data.samples[i].op.elementwise.rowWidth);
        }
        // Bad values are refused with the column, the value and what was expected.
        const ImportResult bad = importCsvText(
            "op,device,dtype,time_s,elements,m,n,k,timing,row_width\n"
            "norm,a100,fp16,1e-5,4096,,,,events,4096\n"
            "gemm,a100,fp16,1e-5,,64,64,64,gpu,64\n",
            "bad.csv");
        QCOMPARE(bad.data.samples.size(), std::size_t(0));
        QCOMPARE(bad.issues.size(), std::size_t(2));
        QVERIFY2(bad.issues[0].message.find(
                     "timing = \"events\" is not a timing (expected gpu or stream)") !=
                     std::string::npos,
                 bad.issues[0].message.c_str());
        QVERIFY2(bad.issues[1].message.find("row_width = \"64\" is only for") != std::string::npos,
                 bad.issues[1].message.c_str());
    }

    void otherRowsKeepTheTimeInAStream() {
        ImportResult r = importCsvText(kVidurRow, "vidur.csv");
        QVERIFY(lib.map(r.data, "vidur.csv").empty());
        Sample s = *find(r.data, "input_layernorm");
        const Hardware& a100 = *lib.find("a100");
        s.gpuTimed = false;  // a row timed from the host
        QCOMPARE(rooflineTimeAsMeasured(s, a100, 7e-6), 7e-6);
        // A CPU spec has no GPU-side time.
        s.gpuTimed = true;
        Hardware cpu = a100;
        cpu.kind = "cpu";
        QCOMPARE(rooflineTimeAsMeasured(s, cpu, 7e-6), 7e-6);
    }
};

QTEST_APPLESS_MAIN(TestMeasuredTiming)
#include "test_measured_timing.moc"
