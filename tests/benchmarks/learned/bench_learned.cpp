// Benchmark of the learned predictors (figures in BENCHMARKS.md):
//  - feature extraction (evaluateOperator + features) per row,
//  - training time of the hybrid XGBoost model on the full NeuSight
//    linear+bmm+conv2d data (about 31k rows),
//  - batch prediction throughput (predictRaw, the sweep path).
// Usage: bench_learned [--no-transfer-check] [--rounds N (default: the library default)]
// [--ensemble N] [--threads N] [--export-csv F]
//   --export-csv writes the feature matrix and targets so
//   tests/benchmarks/learned/compare_python.py can train scikit-learn /
//   XGBoost-Python on exactly the same data.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"
#include "core/learned/learned_model.h"

using namespace rl;
using Clock = std::chrono::steady_clock;

static double since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

int main(int argc, char** argv) {
    int rounds = BoosterParams{}.rounds, ensemble = 1, threads = 0;
    std::string exportCsv;
    bool transferCheck = true;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--no-transfer-check"))
            transferCheck = false;
        else if (hasValue && !std::strcmp(argv[i], "--rounds"))
            rounds = std::atoi(argv[++i]);
        else if (hasValue && !std::strcmp(argv[i], "--ensemble"))
            ensemble = std::atoi(argv[++i]);
        else if (hasValue && !std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[++i]);
        else if (hasValue && !std::strcmp(argv[i], "--export-csv"))
            exportCsv = argv[++i];
    }
    DeviceLibrary lib;
    lib.addFolder(RIDGELINE_SAMPLES "/hardware");
    const std::string d = RIDGELINE_SHARED_DATA "/neusight/";
    auto t0 = Clock::now();
    ImportResult r =
        importFiles({d + "linear_fp32.csv", d + "bmm_fp32.csv", d + "conv2d_fp32.csv"}, lib);
    const double importS = since(t0);
    if (r.data.samples.empty()) {
        std::fprintf(stderr, "no data under %s\n", d.c_str());
        return 1;
    }
    t0 = Clock::now();
    const FeatureTable table = buildFeatureTable(r.data, lib);
    const double featS = since(t0);
    std::printf("rows %zu  import %.3f s  features %.3f s (%.2f us/row)\n", table.size(), importS,
                featS, 1e6 * featS / table.size());
    if (!exportCsv.empty()) {
        FILE* f = std::fopen(exportCsv.c_str(), "w");
        const auto feats = defaultFeatures();
        for (Feature x : feats) std::fprintf(f, "%s,", std::string(toString(x)).c_str());
        std::fprintf(f, "target_log_ratio\n");
        for (std::size_t i = 0; i < table.size(); ++i) {
            for (Feature x : feats)
                std::fprintf(f, "%.9g,", table.features[i][static_cast<int>(x)]);
            std::fprintf(f, "%.9g\n", std::log10(table.measured[i] / table.roofline[i]));
        }
        std::fclose(f);
    }
    TrainOptions o;
    o.boost.rounds = rounds;
    o.boost.threads = threads;
    o.ensemble = ensemble;
    o.transferCheck = transferCheck;
    t0 = Clock::now();
    const std::clock_t trainC0 = std::clock();
    const LearnedModel m = LearnedModel::train(table, o);
    const double trainS = since(t0);
    const double trainCpu = double(std::clock() - trainC0) / CLOCKS_PER_SEC;
    std::printf(
        "train hybrid xgboost: %d rounds x %d member(s), depth %d, transfer check over %zu "
        "devices: "
        "%.2f s wall, %.2f CPU-s (fit MAPE %.2f%%, trust %.2f)\n",
        rounds, ensemble, o.boost.maxDepth, m.transfer().devices.size(), trainS, trainCpu,
        m.trainingFit().mape, m.transfer().trust);
    // Prediction throughput on batches of the table's rows (repeated to 1M+).
    std::vector<FeatureRow> rows;
    std::vector<double> roof, floorT;
    while (rows.size() < (1u << 20)) {
        rows.insert(rows.end(), table.features.begin(), table.features.end());
        roof.insert(roof.end(), table.roofline.begin(), table.roofline.end());
        floorT.insert(floorT.end(), table.floor.begin(), table.floor.end());
    }
    std::vector<double> out(rows.size());
    for (std::size_t batch : {std::size_t(1), std::size_t(1000), rows.size()}) {
        const std::size_t calls =
            batch == 1 ? 20000 : std::max<std::size_t>(1, rows.size() / batch);
        m.predictRaw(rows.data(), roof.data(), floorT.data(), batch, out.data());  // warm-up
        t0 = Clock::now();
        const std::clock_t c0 = std::clock();
        for (std::size_t c = 0; c < calls; ++c) {
            const std::size_t at = (c * batch) % (rows.size() - batch + 1);
            m.predictRaw(rows.data() + at, roof.data() + at, floorT.data() + at, batch,
                         out.data() + at);
        }
        const double s = since(t0);
        const double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
        std::printf("predict batch %7zu: %.3g predictions/s wall, %.3g per CPU-second\n", batch,
                    double(calls * batch) / s, double(calls * batch) / cpu);
    }
    // The per-op path the analyze hook uses (features + prediction per op).
    const Hardware* a100 = lib.find("NVIDIA A100-PCIE-40GB");
    Operator op;
    op.kind = OpKind::gemm;
    op.mathType = op.weightType = op.activationType = op.kvType = DType::fp32;
    op.gemm = {1, 1024, 1024, 1024};
    t0 = Clock::now();
    double sink = 0;
    for (int i = 0; i < 5000; ++i) {
        op.gemm.m = 256 + (i % 64) * 16;
        sink += m.predict(op, *a100).time;
    }
    std::printf("predict(op, hw) single: %.3g ops/s (checksum %.3g)\n", 5000 / since(t0), sink);
    return 0;
}
