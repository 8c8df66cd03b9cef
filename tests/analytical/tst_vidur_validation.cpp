// The roofline with the samples' default efficiencies against VIDUR's real
// A100 / A40 timings of the Llama layers (../shared/data/vidur). Reports
// per-GPU, per-op MAPE and checks the memory-bound plateau and the
// compute-bound slope. The bounds below are the measured MAPE plus margin
// (docs/analytical.md). Nothing is fitted to this data but the gather's cycles
// per element and the matrix units' HGEMM fraction (sustained_clock.h), both
// chosen on the A100 rows alone: every A40 figure is held out.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "core/analytical/analyze.h"
#include "core/analytical/roofline.h"
#include "core/workload/lower.h"
#include "test_specs.h"

using namespace rl;

namespace {

struct Row {
    std::string gpu, model;
    int tp = 1;
    std::int64_t tokens = 0;
    ModelSpec spec;
    std::map<std::string, double> ms;  // op name -> measured median ms
};

const std::map<std::string, std::string> kColumns = {
    {"emb_median_ms", "embedding"},
    {"input_layernorm_median_ms", "layer.input_norm"},
    {"attn_pre_proj_median_ms", "layer.qkv_proj"},
    {"attn_rope_median_ms", "layer.rope"},
    {"attn_post_proj_median_ms", "layer.o_proj"},
    {"post_attention_layernorm_median_ms", "layer.post_attn_norm"},
    {"mlp_up_proj_median_ms", "layer.mlp_up"},
    {"mlp_act_median_ms", "layer.mlp_act"},
    {"mlp_down_proj_median_ms", "layer.mlp_down"},
    {"add_median_ms", "layer.attn_residual"},
};

std::vector<std::string> split(std::string line) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> out;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, ',')) out.push_back(c);
    return out;
}

std::vector<Row> readRows(const std::string& path) {
    std::ifstream f(path);
    std::string line;
    std::getline(f, line);
    const auto header = split(line);
    std::vector<Row> rows;
    while (std::getline(f, line)) {
        const auto v = split(line);
        if (v.size() != header.size()) continue;
        std::map<std::string, std::string> cell;
        for (std::size_t i = 0; i < v.size(); ++i) cell[header[i]] = v[i];
        Row r;
        r.gpu = cell["gpu"];
        r.model = cell["model"];
        r.tp = std::stoi(cell["tp"]);
        r.tokens = std::stoll(cell["num_tokens"]);
        r.spec.kind = "transformer";
        r.spec.name = r.model;
        auto& t = r.spec.transformer;
        t.hidden = std::stoll(cell["n_embd"]);
        t.heads = std::stoll(cell["n_head"]);
        t.kvHeads = std::stoll(cell["n_kv_head"]);
        t.headDim = t.hidden / t.heads;
        t.intermediate = std::stoll(cell["n_expanded_embd"]);
        t.vocab = std::stoll(cell["vocab_size"]);
        t.layers = 1;
        t.gatedMlp = cell["use_gated_mlp"] == "True";
        for (const auto& [col, op] : kColumns) r.ms[op] = std::stod(cell[col]);
        rows.push_back(std::move(r));
    }
    return rows;
}

// Predicted seconds per op of one shard's layer at `tokens` tokens.
std::map<std::string, double> predict(const Row& r, const Hardware& hw) {
    Scenario sc;
    sc.parallelism.tensor = r.tp;
    TransformerStep step;
    step.queryTokens = r.tokens;
    step.lmHead = false;
    std::map<std::string, double> out;
    // VIDUR times kernels with CUDA events: small kernels are compared by
    // their GPU-side time; GEMMs keep the host launch, which stands in for the
    // GPU-side overheads of a cuBLAS call the GEMM model does not cost yet
    // (split-K reduction, epilogue): docs/analytical.md.
    RooflineResult res;
    for (const Operator& op : lowerTransformerStep(r.spec, sc, step)) {
        evaluateRoofline(op, hw, nullptr, res);
        out[op.name] = op.kind == OpKind::gemm ? res.timeEach : res.deviceTime;
    }
    return out;
}

}  // namespace

class TstVidurValidation : public QObject {
    Q_OBJECT
    std::vector<Row> rows_;
    std::map<std::string, Hardware> hw_;

  private Q_SLOTS:
    void initTestCase() {
        const std::string path =
            std::string(RIDGELINE_SHARED_DATA) + "/vidur/mlp_ops_median_ms.csv";
        if (!std::ifstream(path).good())
            QSKIP("../shared/data/vidur/mlp_ops_median_ms.csv is absent: VIDUR validation skipped");
        rows_ = readRows(path);
        QVERIFY(rows_.size() > 1000);
        hw_["a100"] = test::sampleHardware("nvidia-a100-sxm4-80gb.json");
        hw_["a40"] = test::sampleHardware("nvidia-a40.json");
    }

    void mapePerGpuAndOp() {
        std::map<std::string, std::pair<double, int>> ape;  // "gpu op" -> (sum, n)
        for (const Row& r : rows_) {
            const auto pred = predict(r, hw_.at(r.gpu));
            for (const auto& [op, ms] : r.ms) {
                const double e = std::fabs(pred.at(op) - ms * 1e-3) / (ms * 1e-3);
                const bool gemm = op.find("proj") != std::string::npos ||
                                  op.find("mlp_up") != std::string::npos ||
                                  op.find("mlp_down") != std::string::npos;
                for (const std::string& key : {r.gpu + " " + op, r.gpu + " all",
                                               r.gpu + (gemm ? " gemm" : " small kernels")}) {
                    ape[key].first += e;
                    ape[key].second += 1;
                }
                // Issue 15 asks small kernels to hold at every TP degree.
                if (!gemm) {
                    auto& perTp = ape[r.gpu + " " + op + " tp" + std::to_string(r.tp)];
                    perTp.first += e;
                    perTp.second += 1;
                }
            }
        }
        std::map<std::string, double> mape;
        for (const auto& [k, v] : ape) {
            mape[k] = 100.0 * v.first / v.second;
            qInfo("%-28s MAPE %5.1f%%  (n=%d)", k.c_str(), mape[k], v.second);
        }
        // Measured (docs/analytical.md) plus margin: GEMMs carry most of the time.
        // With each wave's prologue (gemm_waves.h, gemmPrologueTime): A100 7.8 -> 7.0%.
        QVERIFY2(mape["a100 gemm"] < 7.5, qPrintable(QString::number(mape["a100 gemm"])));
        // A40: 8.7% with the matrix-unit fraction chosen on the A100 (10.5% with the
        // spec's guessed 0.70), 11.3% for all ops (13.3% before it and the gather);
        // 8.0% with the prologue and the fraction re-chosen on the A100 (0.75).
        QVERIFY2(mape["a40 gemm"] < 8.5, qPrintable(QString::number(mape["a40 gemm"])));
        QVERIFY2(mape["a100 all"] < 13.0, qPrintable(QString::number(mape["a100 all"])));
        QVERIFY2(mape["a40 all"] < 12.3, qPrintable(QString::number(mape["a40 all"])));
        // Small kernels: Little's-law bandwidth ramp, row kernels' serial passes
        // (row_kernels.h) + GPU-side launch (12.8% / 11.6%, 12.7% / 13.0% before RoPE's L2
        // residency and issue bound; 13.5% / 17.3% without the passes,
        // the A40 15.3% before the gather's launch and lanes).
        QVERIFY2(mape["a100 small kernels"] < 14.0,
                 qPrintable(QString::number(mape["a100 small kernels"])));
        QVERIFY2(mape["a40 small kernels"] < 12.5,
                 qPrintable(QString::number(mape["a40 small kernels"])));
        // Issue 15: every small kernel within 20% at every TP degree. The A40's RoPE
        // missed it at TP 4 and 8 (22.9%, 25.5%) until in-place q/k that fit the L2 stayed
        // there and the index arithmetic on the INT32 lanes capped its rate
        // (row_kernels.h): 10.4%, 13.6% (A100: 12.3%, 15.1%; 11.4%, 13.0% before).
        for (const auto& [key, value] : mape)
            if (key.find(" tp") != std::string::npos)
                QVERIFY2(value < 20.0,
                         qPrintable(QString::fromStdString(key) + ": " + QString::number(value)));
        for (const char* key : {"a40 layer.rope tp4", "a40 layer.rope tp8"})
            QVERIFY2(mape[key] < 15.0,
                     qPrintable(QString(key) + ": " + QString::number(mape[key])));
        // A token's RoPE block issues on one SM and its passes wait the L2 it stays in
        // (row_kernels.h): A100 TP 1 / 8 4.6 / 15.1% -> 4.3 / 14.8%, A40 TP 1 7.8 -> 7.5%.
        for (const auto& [key, bound] :
             {std::pair{"a100 layer.rope tp1", 4.6}, std::pair{"a100 layer.rope tp8", 15.0},
              std::pair{"a40 layer.rope tp1", 7.8}})
            QVERIFY2(mape[key] < bound,
                     qPrintable(QString(key) + ": " + QString::number(mape[key])));
        // The A40's gather: index_select's 1024 threads per SM in flight and its
        // index arithmetic on 128 FP32 lanes per SM (gather_kernel.h): 4.8%;
        // 18.5% with the SM's threads and the A100's 2 cycles per element.
        QVERIFY2(mape["a40 embedding"] < 7.0, qPrintable(QString::number(mape["a40 embedding"])));
        for (const auto& [key, value] : mape)
            QVERIFY2(value < 22.0,
                     qPrintable(QString::fromStdString(key) + ": " + QString::number(value)));
    }

    void flashAttentionMape() {
        // A100 FlashAttention, Llama-2-70B at TP=2: 32 query heads, 4 KV heads,
        // head dim 128 per GPU; prefill chunks after a prior KV length, and
        // decode of a batch at a KV length. Costed by FlashAttention-2's KV-cache
        // kernel from its tiling (core/analytical/attention_time.h), with no
        // constant taken from these rows (docs/analytical.md, "FlashAttention").
        const std::string path = std::string(RIDGELINE_SHARED_DATA) +
                                 "/vidur/attention_a100_llama2_70b_geometry_tp2_median_ms.csv";
        std::ifstream f(path);
        if (!f.good()) QSKIP("the VIDUR attention file is absent");
        std::string line;
        std::getline(f, line);
        const auto header = split(line);
        const Hardware& hw = hw_.at("a100");
        const RooflineDevice device(hw);
        std::map<std::string, std::pair<double, int>> ape;  // range -> (sum, n)
        while (std::getline(f, line)) {
            const auto v = split(line);
            if (v.size() != header.size()) continue;
            std::map<std::string, std::string> c;
            for (std::size_t i = 0; i < v.size(); ++i) c[header[i]] = v[i];
            const bool prefill = c["is_prefill"] == "True";
            const std::string ms = c[prefill ? "attn_prefill_median_ms" : "attn_decode_median_ms"];
            if (ms.empty()) continue;
            Operator op;
            op.name = "attention";
            op.kind = OpKind::attention;
            op.phase = prefill ? "prefill" : "decode";
            const std::int64_t kv = std::stoll(c["kv_cache_size"]);
            const std::int64_t chunk = std::stoll(c["prefill_chunk_size"]);
            const std::int64_t batch = std::stoll(c["batch_size"]);
            op.attention = {batch, 32, 4, 128, prefill ? chunk : 1, prefill ? kv + chunk : kv + 1,
                            true};
            const double meas = std::stod(ms) * 1e-3;
            const double e = std::fabs(evaluateOperator(op, device).timeEach - meas) / meas;
            const std::string kvRange = kv < 512    ? "kv < 512"
                                        : kv < 2048 ? "kv 512-2047"
                                                    : "kv >= 2048";
            const std::string sizeRange = prefill ? (chunk <= 256    ? "chunk <= 256"
                                                     : chunk <= 1024 ? "chunk 257-1024"
                                                                     : "chunk > 1024")
                                                  : (batch <= 8    ? "batch <= 8"
                                                     : batch <= 32 ? "batch 9-32"
                                                                   : "batch > 32");
            const std::string kind = prefill ? "prefill" : "decode";
            for (const std::string& key : {kind, kind + " " + sizeRange, kind + " " + kvRange}) {
                ape[key].first += e;
                ape[key].second += 1;
            }
        }
        QVERIFY(ape["prefill"].second > 1000 && ape["decode"].second > 1000);
        std::map<std::string, double> mape;
        for (const auto& [k, v] : ape) {
            mape[k] = 100 * v.first / v.second;
            qInfo("a100 attention %-24s MAPE %5.1f%%  (n=%d)", k.c_str(), mape[k], v.second);
        }
        // Measured 9.1% / 13.5% (docs/analytical.md) plus margin; every range
        // under 35% (the worst, decode of <= 8 sequences, misses a 12-17 us
        // floor the kernel model puts at 6-14 us: 32%).
        QVERIFY2(mape["prefill"] < 11.0, qPrintable(QString::number(mape["prefill"])));
        QVERIFY2(mape["decode"] < 15.0, qPrintable(QString::number(mape["decode"])));
        for (const auto& [key, value] : mape)
            QVERIFY2(value < 35.0,
                     qPrintable(QString::fromStdString(key) + ": " + QString::number(value)));
    }

    void plateauAndSlope() {
        // For every GEMM series (gpu, model, tp, op): at few tokens the time is
        // flat (weights stream from DRAM); at many tokens it grows linearly.
        // Single small measurements are noisy (+-30% between neighbours), so
        // the plateau is the mean over <= 16 tokens and the slope a least-squares
        // fit over >= 1024 tokens.
        struct Series {
            std::vector<std::pair<double, double>> small, large;  // (tokens, meas) / (tokens, pred)
            std::vector<double> smallPred, largePred;
        };
        std::map<std::string, Series> series;
        for (const Row& r : rows_) {
            if (r.tokens > 16 && r.tokens < 1024) continue;
            const auto pred = predict(r, hw_.at(r.gpu));
            for (const char* op :
                 {"layer.qkv_proj", "layer.o_proj", "layer.mlp_up", "layer.mlp_down"}) {
                Series& s = series[r.gpu + " " + r.model + " tp" + std::to_string(r.tp) + " " + op];
                auto& pts = r.tokens <= 16 ? s.small : s.large;
                auto& preds = r.tokens <= 16 ? s.smallPred : s.largePred;
                pts.emplace_back(static_cast<double>(r.tokens), r.ms.at(op) * 1e-3);
                preds.push_back(pred.at(op));
            }
        }
        auto slope = [](const std::vector<std::pair<double, double>>& xy,
                        const std::vector<double>* y2) {
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            const double n = static_cast<double>(xy.size());
            for (std::size_t i = 0; i < xy.size(); ++i) {
                const double x = xy[i].first, y = y2 ? (*y2)[i] : xy[i].second;
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            return (n * sxy - sx * sy) / (n * sxx - sx * sx);
        };
        int checked = 0;
        for (const auto& [name, s] : series) {
            if (s.small.size() < 3 || s.large.size() < 10) continue;
            ++checked;
            double meas = 0, lo = 1e9, hi = 0;
            for (const auto& p : s.small) meas += p.second / static_cast<double>(s.small.size());
            for (double p : s.smallPred) {
                lo = std::min(lo, p);
                hi = std::max(hi, p);
            }
            QVERIFY2(hi / lo < 1.1,
                     qPrintable(QString::fromStdString(name) + ": predicted plateau is not flat"));
            // Plateau level within 35% (DRAM efficiency of the real part).
            QVERIFY2(std::fabs(lo / meas - 1) < 0.35,
                     qPrintable(QString("%1 plateau: measured %2 ms, predicted %3 ms")
                                    .arg(QString::fromStdString(name))
                                    .arg(meas * 1e3)
                                    .arg(lo * 1e3)));
            const double measSlope = slope(s.large, nullptr),
                         predSlope = slope(s.large, &s.largePred);
            QVERIFY2(std::fabs(predSlope / measSlope - 1) < 0.2,
                     qPrintable(QString("%1 slope: measured %2 us/token, predicted %3 us/token")
                                    .arg(QString::fromStdString(name))
                                    .arg(measSlope * 1e6)
                                    .arg(predSlope * 1e6)));
        }
        QVERIFY(checked >= 40);
    }
};

QTEST_GUILESS_MAIN(TstVidurValidation)
#include "tst_vidur_validation.moc"
