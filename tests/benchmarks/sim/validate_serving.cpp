// Validation of the serving simulator against measured serving systems
// (../shared/REFERENCES.md, "LLM serving"; ../shared/data/sarathi). Prints
// each prediction, the measurement and the error as Markdown tables for
// docs/serving.md. Nothing is fitted: the sample hardware specs as they are.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/sim/serving/iteration_cost.h"
#include "core/sim/serving/kv_cache.h"
#include "core/sim/serving/serving_sim.h"
#include "core/spec/spec_io.h"
#include "tests/analytical/test_specs.h"

using namespace rl;

namespace {

using test::sampleHardware;
using test::sampleModel;

// Yi-34B from its public config.json.
ModelSpec yi34b() {
    return test::decoderModel("Yi-34B", "llama", {7168, 60, 56, 8, 128, 20480, 64000, 4096});
}

std::vector<std::vector<std::string>> readCsv(const std::string& path) {
    std::ifstream f(path);
    if (!f) throw std::runtime_error("cannot read " + path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(f, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string c;
        while (std::getline(ss, c, ',')) cells.push_back(c);
        rows.push_back(cells);
    }
    return rows;
}

int column(const std::vector<std::string>& header, const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    throw std::runtime_error("no column " + name);
}

double errorPct(double predicted, double measured) { return 100.0 * (predicted / measured - 1.0); }

void saturatedThroughput() {
    std::printf("\n### Saturated throughput, Llama-3.1-8B FP8, TP 1 (output tokens/s)\n\n");
    std::printf(
        "| GPU | input/output | requests | predicted | measured (TensorRT-LLM) | error |\n");
    std::printf("|---|---|---|---|---|---|\n");
    const ModelSpec model = sampleModel("llama-3-8b.json");  // Llama-3.1-8B has the same shapes
    struct Case {
        std::int64_t in, out, requests;
        double h100, h200;
    };
    const Case cases[] = {{128, 128, 30000, 28312, 27911},
                          {1000, 1000, 3000, 15220, 17744},
                          {2048, 2048, 1500, 9305, 12194},
                          {20000, 2000, 1000, 1351, 1804}};
    for (const char* gpu : {"nvidia-h100-sxm5-80gb.json", "nvidia-h200-sxm-141gb.json"}) {
        const Hardware hw = sampleHardware(gpu);
        for (const Case& c : cases) {
            Scenario sc;
            sc.kind = "serving";
            sc.precision = {DType::fp8, DType::fp8, DType::fp8};
            // TensorRT-LLM in-flight batching: context chunks and generation
            // tokens share iterations of up to 8192 tokens.
            sc.serving.scheduler = "sarathi";
            sc.serving.chunkSize = 8192;
            sc.serving.maxBatchedTokens = 8192;
            sc.serving.maxBatch = 8192;
            sc.serving.kvWatermark = 0;
            // The KV cache may use 95% of the memory left after weights and activations.
            sc.serving.memoryReserve = 0;
            const serving::KvCapacity all = serving::kvCapacity(hw, model, sc, 8192);
            sc.serving.memoryReserve = 0.05 * all.usable / all.deviceBytes;
            ServingWorkload w;
            for (std::int64_t i = 0; i < c.requests; ++i)
                w.requests.push_back({i, 0.0, c.in, c.out});
            ServingOptions o;
            o.explain = false;
            o.keepIterations = false;
            const Prediction p = simulateServing(hw, model, sc, w, o);
            const double measured =
                std::string(gpu).find("h100") != std::string::npos ? c.h100 : c.h200;
            std::printf("| %s | %lld/%lld | %lld | %.0f | %.0f | %+.1f%% |\n", hw.name.c_str(),
                        static_cast<long long>(c.in), static_cast<long long>(c.out),
                        static_cast<long long>(c.requests), p.serving->outputTokensPerS, measured,
                        errorPct(p.serving->outputTokensPerS, measured));
        }
    }
}

void yiIterations() {
    const Hardware hw = sampleHardware("nvidia-a100-pcie-80gb.json");
    const ModelSpec model = yi34b();
    Scenario sc;
    sc.kind = "serving";
    sc.parallelism.tensor = 2;
    serving::IterationCostModel cost(hw, model, sc, {});
    const std::string dir = std::string(RIDGELINE_SHARED_DATA) + "/sarathi/";
    double sumAbs = 0;
    int n = 0;
    double lastCommunication = 0;  // of the last costed iteration
    auto step = [&](const std::vector<serving::PrefillPiece>& pieces, std::int64_t decodes,
                    std::int64_t kv, std::int64_t rows) {
        const serving::IterationCost c = cost.step(pieces, decodes, kv, rows);
        lastCommunication += c.communication;
        return c.total();
    };
    auto row = [&](const std::string& what, double predicted, double measured) {
        const double e = errorPct(predicted, measured);
        sumAbs += std::abs(e);
        ++n;
        std::printf("| %s | %.2f | %.2f | %.2f | %+.1f%% |\n", what.c_str(), predicted * 1e3,
                    lastCommunication * 1e3, measured * 1e3, e);
        lastCommunication = 0;
    };
    std::printf("\n### Yi-34B, TP 2, two A100 80GB PCIe: iteration times (ms)\n\n");
    std::printf(
        "| iteration | predicted | of which TP all-reduce | measured | error |\n"
        "|---|---|---|---|---|\n");
    {
        const auto rows = readCsv(dir + "yi34b_tp2_prefill_iteration.csv");
        const int tok = column(rows[0], "batch_num_prefill_tokens"),
                  t = column(rows[0], "batch_execution_time");
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const std::int64_t q = std::stoll(rows[i][tok]);
            const double p = step({{q, 0}}, 0, 0, 1);
            row("prefill " + std::to_string(q) + " tokens", p, std::stod(rows[i][t]));
        }
    }
    {
        const auto rows = readCsv(dir + "yi34b_tp2_decode_iteration.csv");
        const int b = column(rows[0], "batch_size"), t = column(rows[0], "batch_execution_time");
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const auto batch = static_cast<std::int64_t>(std::stod(rows[i][b]));
            const double p = step({}, batch, batch * 1024, batch);
            row("decode batch " + std::to_string(batch) + " at 1K context", p,
                std::stod(rows[i][t]));
        }
    }
    {
        const auto rows = readCsv(dir + "yi34b_tp2_chunked_prefill.csv");
        const int len = column(rows[0], "prefill_length"), ch = column(rows[0], "chunk_size"),
                  t = column(rows[0], "prefill_execution_time");
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const std::int64_t L = std::stoll(rows[i][len]), C = std::stoll(rows[i][ch]);
            double p = 0;
            for (std::int64_t done = 0; done < L; done += C) {
                const std::int64_t q = std::min(C, L - done);
                p += step({{q, done}}, 0, 0, done + q == L ? 1 : 0);
            }
            row("prefill " + std::to_string(L) + " in chunks of " + std::to_string(C), p,
                std::stod(rows[i][t]) * 1e-3);
        }
    }
    {
        const auto rows = readCsv(dir + "yi34b_tp2_mixed_batches.csv");
        const int pf = column(rows[0], "batch_num_prefill_tokens"),
                  dc = column(rows[0], "batch_num_decode_tokens"),
                  t = column(rows[0], "batch_execution_time");
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const std::int64_t q = std::stoll(rows[i][pf]), d = std::stoll(rows[i][dc]);
            std::vector<serving::PrefillPiece> pieces;
            if (q > 0) pieces.push_back({q, 0});
            const double p = step(pieces, d, d * 1024, d + (q > 0 ? 1 : 0));
            row("mixed " + std::to_string(q) + " prefill + " + std::to_string(d) + " decode", p,
                std::stod(rows[i][t]) * 1e-3);
        }
    }
    std::printf("\nMean absolute error over %d iterations: %.1f%%\n", n, sumAbs / n);
}

}  // namespace

int main() {
    try {
        yiIterations();
        saturatedThroughput();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "validate_serving: %s\n", e.what());
        return 1;
    }
    return 0;
}
