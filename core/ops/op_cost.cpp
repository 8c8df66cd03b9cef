#include "core/ops/op_cost.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/workload/op_family.h"

namespace rl {

namespace {

constexpr auto W = static_cast<std::size_t>(TensorClass::weights);
constexpr auto A = static_cast<std::size_t>(TensorClass::activations);
constexpr auto KV = static_cast<std::size_t>(TensorClass::kv_cache);

double pos(std::int64_t v) { return v > 0 ? static_cast<double>(v) : 0.0; }

void gemmCost(const Operator& op, OpCost& c) {
    const GemmShape& g = op.gemm;
    const double b = pos(g.batch), m = pos(g.m), n = pos(g.n), k = pos(g.k);
    const double aE = bytesPerElement(op.activationType);
    const double bE = g.bClass == TensorClass::weights    ? bytesPerElement(op.weightType)
                      : g.bClass == TensorClass::kv_cache ? bytesPerElement(op.kvType)
                                                          : aE;
    c.reuse = ReuseKind::tiled;
    c.tensorCores = true;
    c.flops = 2.0 * b * m * n * k + (g.bias ? b * m * n : 0.0);
    c.problems = b;
    c.m = m;
    c.n = n;
    c.k = k;
    c.aBytes = m * k * aE;
    c.bBytes = k * n * bE;
    c.cBytes = m * n * aE;
    c.cElementBytes = aE;
    c.aClass = TensorClass::activations;
    c.bClass = g.bClass;
    c.readBytes[A] += b * c.aBytes;
    c.readBytes[static_cast<std::size_t>(g.bClass)] += b * c.bBytes;
    c.writeBytes[A] += b * c.cBytes;
    if (g.bias) c.readBytes[W] += b * n * bytesPerElement(op.weightType);
}

void convCost(const Operator& op, OpCost& c) {
    const ConvShape& s = op.conv;
    const double groups = std::max(1, s.groups);
    const double oh = pos(s.outHeight()), ow = pos(s.outWidth());
    const double batch = pos(s.batch), cin = pos(s.inChannels), cout = pos(s.outChannels);
    const double kk = static_cast<double>(std::max(1, s.kernelH)) * std::max(1, s.kernelW);
    const double aE = bytesPerElement(op.activationType), wE = bytesPerElement(op.weightType);
    // Implicit GEMM per group: M = batch x OH x OW, N = Cout/g, K = Cin/g x kh x kw.
    c.reuse = ReuseKind::tiled;
    const bool depthwise = groups > 1 && cout / groups <= 1;
    c.tensorCores = !depthwise;
    c.problems = groups;
    c.m = batch * oh * ow;
    c.n = cout / groups;
    c.k = cin / groups * kk;
    c.flops = 2.0 * groups * c.m * c.n * c.k + (s.bias ? batch * oh * ow * cout : 0.0);
    const double inBytes = batch * cin * pos(s.inHeight) * pos(s.inWidth) * aE;
    c.aBytes = inBytes / groups;
    c.bBytes = c.n * c.k * wE;
    c.cBytes = c.m * c.n * aE;
    c.cElementBytes = aE;
    c.readBytes[A] += inBytes;
    c.readBytes[W] += groups * c.bBytes + (s.bias ? cout * wE : 0.0);
    c.writeBytes[A] += groups * c.cBytes;
}

void attentionCost(const Operator& op, OpCost& c) {
    const AttentionShape& s = op.attention;
    const double b = pos(s.batch), h = pos(s.heads), d = pos(s.headDim);
    const double kvh = std::max(1.0, std::min(h, pos(s.kvHeads)));
    const double q = pos(s.queryLen), L = std::max(pos(s.kvLen), q);
    const double aE = bytesPerElement(op.activationType), kvE = bytesPerElement(op.kvType);
    const double keys = s.causal ? causalKeysPerQuery(q, L) : L;
    // QK^T and AV: 2 x 2 x d FLOPs per (query, key) pair; softmax ~5 per pair on vector units.
    c.flops = 4.0 * b * h * q * keys * d;
    c.reuse = ReuseKind::attention;
    c.tensorCores = true;
    c.groups = b * kvh;
    c.rows = (h / kvh) * q;
    c.headDim = d;
    c.kvBytes = 2.0 * L * d * kvE;
    c.kvFraction = L > 0 ? keys / L : 1.0;
    c.qoBytes = 2.0 * c.rows * d * aE;
    c.rowBytes = aE;
    c.readBytes[A] += b * h * q * d * aE;                    // Q
    c.readBytes[KV] += c.groups * c.kvBytes * c.kvFraction;  // K, V (causal blocks skipped)
    c.writeBytes[A] += b * h * q * d * aE;                   // O
    c.writeBytes[KV] += 2.0 * b * kvh * q * d * kvE;         // the new tokens' K, V appended
}

// Unfused QK^T or AV: a batched GEMM whose B operand is the KV cache; the
// lowering filled op.gemm (KV heads as batch, the group's query rows as M).
void unfusedAttentionCost(const Operator& op, OpCost& c) {
    gemmCost(op, c);
    const AttentionShape& s = op.attention;
    const double kvh = std::max<double>(1.0, static_cast<double>(s.kvHeads));
    const double kvE = bytesPerElement(op.kvType);
    c.writeBytes[KV] += pos(s.batch) * kvh * pos(s.queryLen) * pos(s.headDim) * kvE;
    if (op.kind == OpKind::attention_values) {
        // A is the probability matrix (activations), B is V (KV cache).
        c.aClass = TensorClass::activations;
    }
}

void streamingCost(const Operator& op, OpCost& c) {
    const ElementwiseShape& e = op.elementwise;
    const double n = pos(e.elements);
    const double aE = bytesPerElement(op.activationType);
    c.reuse = ReuseKind::streaming;
    c.flops = n * e.flopsPerElement;
    if (op.kind == OpKind::embedding) {
        // Gather rows of the table (weights), write activations.
        c.readBytes[W] += pos(e.weightElements) * bytesPerElement(op.weightType);
        c.writeBytes[A] += n * aE;
        return;
    }
    c.readBytes[A] += n * std::max(1, e.inputs) * aE;
    c.readBytes[W] += pos(e.weightElements) * aE;  // norm scale/bias, kept in activation type
    c.writeBytes[A] += n * aE;
}

void poolCost(const Operator& op, OpCost& c) {
    const PoolShape& p = op.pool;
    const double k = std::max(1, p.kernel), s = std::max(1, p.stride);
    const double oh = std::max(0.0, std::floor((pos(p.inHeight) + 2.0 * p.padding - k) / s) + 1.0);
    const double ow = std::max(0.0, std::floor((pos(p.inWidth) + 2.0 * p.padding - k) / s) + 1.0);
    const double aE = bytesPerElement(op.activationType);
    const double outputs = pos(p.batch) * pos(p.channels) * oh * ow;
    c.reuse = ReuseKind::streaming;
    c.flops = outputs * k * k;
    c.readBytes[A] += pos(p.batch) * pos(p.channels) * pos(p.inHeight) * pos(p.inWidth) * aE;
    c.writeBytes[A] += outputs * aE;
}

void collectiveCost(const Operator& op, OpCost& c) {
    const CollectiveShape& s = op.collective;
    const double n = std::max(1, s.ranks);
    const double S = std::max(0.0, s.bytes);
    c.reuse = ReuseKind::network;
    double wire = 0;
    switch (s.kind) {
        case CollectiveKind::all_reduce:
            wire = 2.0 * (n - 1) / n * S;
            break;
        case CollectiveKind::all_gather:
        case CollectiveKind::reduce_scatter:
        case CollectiveKind::all_to_all:
            wire = (n - 1) / n * S;
            break;
        case CollectiveKind::send_recv:
            wire = S;
            break;
    }
    c.networkBytes = wire;
    // Local memory: the buffer is read once and written once; reductions add.
    const bool reduces =
        s.kind == CollectiveKind::all_reduce || s.kind == CollectiveKind::reduce_scatter;
    c.flops = reduces ? (n - 1) / n * S / bytesPerElement(op.activationType) : 0.0;
    c.readBytes[A] += S;
    c.writeBytes[A] += S;
}

}  // namespace

double OpCost::totalReadBytes() const {
    return std::accumulate(readBytes.begin(), readBytes.end(), 0.0);
}
double OpCost::totalWriteBytes() const {
    return std::accumulate(writeBytes.begin(), writeBytes.end(), 0.0);
}

double causalKeysPerQuery(double queryLen, double kvLen) {
    if (queryLen <= 0) return 0;
    // Mean over i = 0..q-1 of (kv - q + i + 1).
    return kvLen - queryLen + (queryLen + 1.0) / 2.0;
}

OpCost costOf(const Operator& op) {
    OpCost c;
    switch (familyOf(op.kind)) {
        case OpFamily::matmul:
            gemmCost(op, c);
            break;
        case OpFamily::conv:
            convCost(op, c);
            break;
        case OpFamily::fusedAttention:
            attentionCost(op, c);
            break;
        case OpFamily::unfusedAttention:
            unfusedAttentionCost(op, c);
            break;
        case OpFamily::pool:
            poolCost(op, c);
            break;
        case OpFamily::streaming:
            streamingCost(op, c);
            break;
        case OpFamily::communication:
            collectiveCost(op, c);
            break;
    }
    return c;
}

}  // namespace rl
