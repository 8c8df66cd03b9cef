#include "core/profile/roofline_probe.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace rl {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Each kernel runs `iters` iterations of 16 independent FMA chains (enough to
// cover the FMA latency on two pipes) and returns the FLOPs it did; the result
// is folded into `sink` so the compiler cannot drop the loop.
#if defined(__x86_64__)
// flatten pulls fmaChains and the intrinsics into each target-specific kernel.
#define RL_AVX512 __attribute__((target("avx512f"), flatten))
#define RL_AVX2 __attribute__((target("avx2,fma"), flatten))
// GCC vector types: + and [] work on them generically, so only the FMA itself
// needs an ISA intrinsic; one chain body (fmaChains) serves every width.
typedef float F32x16 __attribute__((vector_size(64)));
typedef double F64x8 __attribute__((vector_size(64)));
typedef float F32x8 __attribute__((vector_size(32)));
typedef double F64x4 __attribute__((vector_size(32)));
RL_AVX512 inline F32x16 fmaV(F32x16 a, F32x16 b, F32x16 c) { return _mm512_fmadd_ps(a, b, c); }
RL_AVX512 inline F64x8 fmaV(F64x8 a, F64x8 b, F64x8 c) { return _mm512_fmadd_pd(a, b, c); }
RL_AVX2 inline F32x8 fmaV(F32x8 a, F32x8 b, F32x8 c) { return _mm256_fmadd_ps(a, b, c); }
RL_AVX2 inline F64x4 fmaV(F64x4 a, F64x4 b, F64x4 c) { return _mm256_fmadd_pd(a, b, c); }

// Only ever inlined (flatten) into the target-specific wrappers below, so the
// ABI note GCC gives for wide vectors in a function without that target is moot.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
template <class V>
double fmaChains(long iters, float* sink, decltype(V{}[0]) addend) {
    using T = decltype(V{}[0]);
    constexpr int lanes = sizeof(V) / sizeof(T);
    V acc[16];
    const V m = V{} + T(0.999999), a = V{} + addend;
    for (int j = 0; j < 16; ++j) acc[j] = V{} + (T(1) + T(j) * T(1e-3));
    for (long i = 0; i < iters; ++i)
        for (int j = 0; j < 16; ++j) acc[j] = fmaV(acc[j], m, a);
    V s = acc[0];
    for (int j = 1; j < 16; ++j) s += acc[j];
    for (int k = 0; k < lanes; ++k) *sink += static_cast<float>(s[k]);
    return 2.0 * lanes * 16 * iters;
}
#pragma GCC diagnostic pop

RL_AVX512 double fmaAvx512F32(long n, float* sink) { return fmaChains<F32x16>(n, sink, 1e-7f); }
RL_AVX512 double fmaAvx512F64(long n, float* sink) { return fmaChains<F64x8>(n, sink, 1e-9); }
RL_AVX2 double fmaAvx2F32(long n, float* sink) { return fmaChains<F32x8>(n, sink, 1e-7f); }
RL_AVX2 double fmaAvx2F64(long n, float* sink) { return fmaChains<F64x4>(n, sink, 1e-9); }
#endif

template <class T>
double fmaScalar(long iters, float* sink) {
    T acc[16];
    const T m = T(0.999999), a = T(1e-7);
    for (int j = 0; j < 16; ++j) acc[j] = T(1) + T(j) * T(1e-3);
    for (long i = 0; i < iters; ++i)
        for (int j = 0; j < 16; ++j) acc[j] = std::fma(acc[j], m, a);
    for (int j = 0; j < 16; ++j) *sink += static_cast<float>(acc[j]);
    return 2.0 * 16 * iters;
}

// Streams b[0, n) `passes` times and returns a sum (n is a multiple of 64).
double readScalar(const double* b, std::size_t n, long passes) {
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
    for (long p = 0; p < passes; ++p)
        for (std::size_t i = 0; i < n; i += 8) {
            a0 += b[i];
            a1 += b[i + 1];
            a2 += b[i + 2];
            a3 += b[i + 3];
            a4 += b[i + 4];
            a5 += b[i + 5];
            a6 += b[i + 6];
            a7 += b[i + 7];
        }
    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7;
}
#if defined(__x86_64__)
__attribute__((target("avx2"))) double readAvx2(const double* b, std::size_t n, long passes) {
    __m256d a0 = _mm256_setzero_pd(), a1 = a0, a2 = a0, a3 = a0;
    for (long p = 0; p < passes; ++p)
        for (std::size_t i = 0; i < n; i += 16) {
            a0 = _mm256_add_pd(a0, _mm256_load_pd(b + i));
            a1 = _mm256_add_pd(a1, _mm256_load_pd(b + i + 4));
            a2 = _mm256_add_pd(a2, _mm256_load_pd(b + i + 8));
            a3 = _mm256_add_pd(a3, _mm256_load_pd(b + i + 12));
        }
    alignas(32) double out[4];
    _mm256_store_pd(out, _mm256_add_pd(_mm256_add_pd(a0, a1), _mm256_add_pd(a2, a3)));
    return out[0] + out[1] + out[2] + out[3];
}
#endif
using ReadKernel = double (*)(const double*, std::size_t, long);
ReadKernel pickReadKernel() {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2")) return readAvx2;
#endif
    return readScalar;
}

using FmaKernel = double (*)(long, float*);

FmaKernel pickKernel(DType t, std::string& isa) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) {
        isa = "avx512f";
        return t == DType::fp64 ? fmaAvx512F64 : fmaAvx512F32;
    }
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        isa = "avx2+fma";
        return t == DType::fp64 ? fmaAvx2F64 : fmaAvx2F32;
    }
#endif
    isa = "scalar";
    return t == DType::fp64 ? fmaScalar<double> : fmaScalar<float>;
}

// Runs body(thread) on `threads` threads at once and returns the wall time.
template <class F>
double onAllThreads(tbb::task_arena& arena, int threads, F&& body) {
    const auto t0 = Clock::now();
    arena.execute([&] {
        tbb::parallel_for(
            0, threads, [&](int t) { body(t); }, tbb::static_partitioner());
    });
    return seconds(t0, Clock::now());
}

}  // namespace

PeakResult measurePeakFlops(DType type, int threads, double budget, const Progress& progress) {
    PeakResult r;
    r.type = type;
    const FmaKernel kernel = pickKernel(type, r.isa);
    tbb::task_arena arena(threads);
    std::vector<float> sinks(threads * 16, 0.0f);  // one cache line apart
    // Calibrate the iteration count to about budget/3 per run.
    long iters = 1 << 16;
    for (;;) {
        const double t =
            onAllThreads(arena, threads, [&](int th) { kernel(iters, &sinks[th * 16]); });
        if (t > budget / 6 || iters > (1L << 34)) break;
        iters *= 2;
    }
    std::vector<double> rates;
    for (int rep = 0; rep < 3; ++rep) {
        progress.check();
        double flops = 0;
        std::vector<double> perThread(threads, 0.0);
        const double t = onAllThreads(
            arena, threads, [&](int th) { perThread[th] = kernel(iters, &sinks[th * 16]); });
        for (double f : perThread) flops += f;
        rates.push_back(flops / t);
    }
    r.flops = median(rates);
    return r;
}

std::vector<BandwidthPoint> measureBandwidth(double minBytes, double maxBytes, int threads,
                                             double budget, const Progress& progress) {
    std::vector<BandwidthPoint> out;
    tbb::task_arena arena(threads);
    const std::size_t maxPerThread = static_cast<std::size_t>(maxBytes / threads / sizeof(double));
    struct AlignedDelete {
        void operator()(double* p) const { ::operator delete[](p, std::align_val_t(64)); }
    };
    std::vector<std::unique_ptr<double[], AlignedDelete>> buffers(threads);
    const ReadKernel read = pickReadKernel();
    arena.execute([&] {
        // First touch on the thread that will read the buffer (NUMA locality).
        tbb::parallel_for(
            0, threads,
            [&](int t) {
                buffers[t].reset(static_cast<double*>(
                    ::operator new[](maxPerThread * sizeof(double), std::align_val_t(64))));
                for (std::size_t i = 0; i < maxPerThread; ++i)
                    buffers[t][i] = 1.0 + 1e-9 * double(i % 1000);
            },
            tbb::static_partitioner());
    });
    std::vector<double> sinks(threads * 8, 0.0);
    std::vector<double> sizes;
    for (double ws = minBytes; ws <= maxBytes * 1.0001; ws *= 2) sizes.push_back(ws);
    for (std::size_t s = 0; s < sizes.size(); ++s) {
        progress.check();
        progress(double(s) / sizes.size(), "bandwidth");
        const std::size_t n = std::max<std::size_t>(
            64, static_cast<std::size_t>(sizes[s] / threads / sizeof(double)) / 64 * 64);
        // Passes so that one run streams about 64 MiB per thread (or at least 2 passes).
        const long passes = std::max<long>(2, static_cast<long>((64 << 20) / (n * sizeof(double))));
        auto run = [&](int t) { sinks[t * 8] += read(buffers[t].get(), n, passes); };
        onAllThreads(arena, threads, run);  // warm-up: brings the set into its cache level
        std::vector<double> rates;
        const auto start = Clock::now();
        do {
            const double t = onAllThreads(arena, threads, run);
            rates.push_back(double(n) * sizeof(double) * passes * threads / t);
        } while (rates.size() < 3 || (rates.size() < 9 && seconds(start, Clock::now()) < budget));
        out.push_back({double(n) * sizeof(double) * threads, median(rates)});
    }
    return out;
}

double measureParallelOverhead(int threads) {
    tbb::task_arena arena(threads);
    std::vector<double> times;
    std::vector<int> sink(threads * 16, 0);
    for (int i = 0; i < 200; ++i)
        times.push_back(onAllThreads(arena, threads, [&](int t) { sink[t * 16] += 1; }));
    return median(times);
}

}  // namespace rl
