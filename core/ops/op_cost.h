#pragma once
// Per-operator work: FLOPs, compulsory bytes per tensor class, and the shape
// of the data reuse the hierarchical traffic model needs. Hardware-free.
#include <array>

#include "core/workload/operator.h"

namespace rl {

enum class ReuseKind {
    streaming,  // every byte read/written once at every level (elementwise, norm, pool...)
    tiled,      // GEMM-like: A (M x K) and B (K x N) re-read per tile of C (M x N)
    attention,  // fused flash attention: K/V re-read once per pass of query rows
    network,    // collectives: bytes over the interconnect
};

struct OpCost {
    double flops = 0;
    // Compulsory traffic (each tensor touched once), by TensorClass; reads and writes.
    std::array<double, kTensorClassCount> readBytes{};
    std::array<double, kTensorClassCount> writeBytes{};
    ReuseKind reuse = ReuseKind::streaming;
    bool tensorCores = false;  // math on matrix units (else vector units)

    // tiled: `problems` independent GEMMs of m x n x k. aBytes/bBytes are the
    // compulsory bytes of one A and one B (a conv's A is its input tensor, not
    // the im2col matrix); cBytes the output written.
    double problems = 1, m = 0, n = 0, k = 0;
    double aBytes = 0, bBytes = 0, cBytes = 0, cElementBytes = 2;
    TensorClass aClass = TensorClass::activations;
    TensorClass bClass = TensorClass::weights;

    // attention: per (sequence, KV head) group, `rows` query rows (heads of the
    // group x query length) stream K and V (`kvBytes` per group, scaled by
    // `kvFraction` for the causal triangle); qoBytes is Q + O per group.
    double groups = 0, rows = 0, headDim = 0, kvBytes = 0, kvFraction = 1, qoBytes = 0;
    double rowBytes = 2;  // bytes per Q element (tile sizing)

    // network: bytes each rank moves over its links, and the collective.
    double networkBytes = 0;

    double totalReadBytes() const;
    double totalWriteBytes() const;
};

// FLOPs and compulsory bytes of one instance of the operator. Never throws;
// shapes with non-positive sizes cost nothing.
OpCost costOf(const Operator& op);

// Effective key count per query of causal attention: query i of q (appended
// after kv - q cached tokens) sees kv - q + i + 1 keys.
double causalKeysPerQuery(double queryLen, double kvLen);

}  // namespace rl
