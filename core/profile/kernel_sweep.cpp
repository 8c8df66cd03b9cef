#include "core/profile/kernel_sweep.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <Eigen/Dense>

namespace rl {

namespace {

using Clock = std::chrono::steady_clock;
template <class T>
using RowMatrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Median and spread of `repeats` timed runs after `warmup` untimed ones.
std::pair<double, double> timeIt(const std::function<void()>& f, int warmup, int repeats) {
    for (int i = 0; i < warmup; ++i) f();
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        const auto a = Clock::now();
        f();
        t.push_back(std::chrono::duration<double>(Clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    double mean = 0, var = 0;
    for (double v : t) mean += v / t.size();
    for (double v : t) var += (v - mean) * (v - mean) / t.size();
    return {t[t.size() / 2], std::sqrt(var)};
}

// C = A * B with the rows of C split across threads.
template <class T>
void parallelGemm(tbb::task_arena& arena, const RowMatrix<T>& a, const RowMatrix<T>& b,
                  RowMatrix<T>& c) {
    const Eigen::Index rows = a.rows();
    const Eigen::Index grain = std::max<Eigen::Index>(16, rows / (4 * arena.max_concurrency()));
    arena.execute([&] {
        tbb::parallel_for(tbb::blocked_range<Eigen::Index>(0, rows, grain),
                          [&](const tbb::blocked_range<Eigen::Index>& r) {
                              const Eigen::Index n = r.end() - r.begin();
                              c.middleRows(r.begin(), n).noalias() = a.middleRows(r.begin(), n) * b;
                          });
    });
}

Sample makeSample(const std::string& device, const char* label, OpKind kind, DType t) {
    Sample s;
    s.device = device;
    s.op.name = label;
    s.op.kind = kind;
    s.op.mathType = s.op.weightType = s.op.activationType = s.op.kvType = t;
    return s;
}

// Stores one measured sample with its timing statistics.
void record(const SweepOptions& o, Sample s, double median, double stddev, Dataset& out) {
    s.device = o.device;
    s.timeS = median;
    s.timeStdS = stddev;
    s.repeats = o.repeats;
    out.samples.push_back(std::move(s));
}

template <class T>
void sweepGemm(const SweepOptions& o, tbb::task_arena& arena, const std::vector<int>& sizes,
               DType t, Dataset& out, double& done, double total) {
    for (int m : sizes)
        for (int n : sizes)
            for (int k : sizes) {
                o.progress.check();
                RowMatrix<T> a = RowMatrix<T>::Constant(m, k, T(0.5));
                RowMatrix<T> b = RowMatrix<T>::Constant(k, n, T(0.25));
                RowMatrix<T> c(m, n);
                auto [med, sd] = timeIt([&] { parallelGemm(arena, a, b, c); }, o.warmup, o.repeats);
                record(o, gemmSample("gemm", 1, m, n, k, t, false, false), med, sd, out);
                o.progress(++done / total, "GEMM");
            }
}

void sweepConv(const SweepOptions& o, tbb::task_arena& arena, Dataset& out, double& done,
               double total) {
    const std::vector<int> batches = o.quick ? std::vector<int>{2} : std::vector<int>{1, 4};
    const std::vector<int> cins = o.quick ? std::vector<int>{16} : std::vector<int>{16, 64};
    const std::vector<int> couts = o.quick ? std::vector<int>{32} : std::vector<int>{32, 128};
    const std::vector<int> hws = o.quick ? std::vector<int>{14, 28} : std::vector<int>{14, 28, 56};
    const std::vector<int> kernels = {1, 3};
    for (int b : batches)
        for (int cin : cins)
            for (int cout : couts)
                for (int hw : hws)
                    for (int kk : kernels) {
                        o.progress.check();
                        const int pad = kk / 2, ho = hw, wo = hw;  // stride 1, same padding
                        std::vector<float> input(std::size_t(b) * cin * hw * hw, 0.5f);
                        RowMatrix<float> cols(std::size_t(b) * ho * wo, cin * kk * kk);
                        RowMatrix<float> weights =
                            RowMatrix<float>::Constant(cin * kk * kk, cout, 0.1f);
                        RowMatrix<float> result(std::size_t(b) * ho * wo, cout);
                        auto conv = [&] {
                            // im2col, one image per task, then one GEMM.
                            arena.execute([&] {
                                tbb::parallel_for(0, b, [&](int img) {
                                    for (int y = 0; y < ho; ++y)
                                        for (int x = 0; x < wo; ++x) {
                                            float* row =
                                                cols.row((std::size_t(img) * ho + y) * wo + x)
                                                    .data();
                                            int col = 0;
                                            for (int c = 0; c < cin; ++c)
                                                for (int ky = 0; ky < kk; ++ky)
                                                    for (int kx = 0; kx < kk; ++kx) {
                                                        const int iy = y + ky - pad,
                                                                  ix = x + kx - pad;
                                                        row[col++] =
                                                            (iy < 0 || ix < 0 || iy >= hw ||
                                                             ix >= hw)
                                                                ? 0.0f
                                                                : input[((std::size_t(img) * cin +
                                                                          c) *
                                                                             hw +
                                                                         iy) *
                                                                            hw +
                                                                        ix];
                                                    }
                                        }
                                });
                            });
                            parallelGemm(arena, cols, weights, result);
                        };
                        auto [med, sd] = timeIt(conv, o.warmup, o.repeats);
                        record(
                            o,
                            convSample("conv2d", b, cin, cout, hw, hw, kk, 1, pad, 1, DType::fp32),
                            med, sd, out);
                        o.progress(++done / total, "convolution");
                    }
}

void sweepAdd(const SweepOptions& o, tbb::task_arena& arena, Dataset& out, double& done,
              double total) {
    const int maxLog = o.quick ? 20 : 26;
    for (int lg = 12; lg <= maxLog; lg += 2) {
        o.progress.check();
        const std::size_t n = std::size_t(1) << lg;
        Eigen::ArrayXf a = Eigen::ArrayXf::Constant(n, 1.0f), b = Eigen::ArrayXf::Constant(n, 2.0f),
                       c(n);
        auto add = [&] {
            arena.execute([&] {
                tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, 1 << 14),
                                  [&](const tbb::blocked_range<std::size_t>& r) {
                                      const auto len = static_cast<Eigen::Index>(r.size());
                                      const auto at = static_cast<Eigen::Index>(r.begin());
                                      c.segment(at, len) = a.segment(at, len) + b.segment(at, len);
                                  });
            });
        };
        auto [med, sd] = timeIt(add, o.warmup, o.repeats);
        Sample s = makeSample(o.device, "add", OpKind::elementwise, DType::fp32);
        s.op.elementwise.elements = static_cast<std::int64_t>(n);
        s.op.elementwise.inputs = 2;
        s.op.elementwise.flopsPerElement = 1;
        s.op.detail = "add";
        record(o, std::move(s), med, sd, out);
        o.progress(++done / total, "element-wise");
    }
}

}  // namespace

Dataset sweepKernels(const SweepOptions& o) {
    tbb::task_arena arena(std::max(1, o.threads));
    const std::vector<int> f32 =
        o.quick ? std::vector<int>{64, 256} : std::vector<int>{64, 192, 512, 1024};
    const std::vector<int> f64 = o.quick ? std::vector<int>{128} : std::vector<int>{96, 384};
    const double total =
        std::pow(f32.size(), 3) + std::pow(f64.size(), 3) + (o.quick ? 4 : 48) + (o.quick ? 5 : 8);
    double done = 0;
    Dataset out;
    sweepGemm<float>(o, arena, f32, DType::fp32, out, done, total);
    sweepGemm<double>(o, arena, f64, DType::fp64, out, done, total);
    sweepConv(o, arena, out, done, total);
    sweepAdd(o, arena, out, done, total);
    return out;
}

}  // namespace rl
