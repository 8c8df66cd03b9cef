#include "core/dataflow/lower_operator.h"

#include <algorithm>

#include "core/spec/dtype.h"

namespace rl::dataflow {
namespace {

DataflowProblem gemmProblem(const std::string& name, std::int64_t batch, std::int64_t m,
                            std::int64_t n, std::int64_t k, bool perBatch, int bits) {
    DataflowProblem p;
    p.name = name;
    p.bounds = kOnes;
    p.bounds[static_cast<int>(Dim::N)] = std::max<std::int64_t>(1, batch);
    p.bounds[static_cast<int>(Dim::P)] = std::max<std::int64_t>(1, m);
    p.bounds[static_cast<int>(Dim::K)] = std::max<std::int64_t>(1, n);
    p.bounds[static_cast<int>(Dim::C)] = std::max<std::int64_t>(1, k);
    p.weightsPerBatch = perBatch && batch > 1;
    p.wordBits = bits;
    return p;
}

int bitsOf(DType t) { return std::max(1, static_cast<int>(bytesPerElement(t) * 8 + 0.5)); }

}  // namespace

std::vector<DataflowProblem> toDataflowProblems(const Operator& op) {
    std::vector<DataflowProblem> out;
    const int bits = bitsOf(op.mathType);
    switch (op.kind) {
        case OpKind::gemm:
        case OpKind::moe_router: {
            const auto& g = op.gemm;
            if (g.m > 0 && g.n > 0 && g.k > 0)
                out.push_back(gemmProblem(op.name, g.batch, g.m, g.n, g.k,
                                          g.bClass != TensorClass::weights, bits));
            break;
        }
        case OpKind::batched_matmul:
        case OpKind::attention_scores:
        case OpKind::attention_values: {
            const auto& g = op.gemm;
            if (g.m > 0 && g.n > 0 && g.k > 0)
                out.push_back(gemmProblem(op.name, g.batch, g.m, g.n, g.k, true, bits));
            break;
        }
        case OpKind::attention: {
            // Fused attention: QK^T then AV, per (batch x KV head), query heads
            // of a group stacked as rows.
            const auto& a = op.attention;
            std::int64_t kv = std::max<std::int64_t>(1, a.kvHeads);
            std::int64_t group = std::max<std::int64_t>(1, a.heads / kv);
            if (a.queryLen > 0 && a.kvLen > 0 && a.headDim > 0) {
                out.push_back(gemmProblem(op.name + ".scores", a.batch * kv, group * a.queryLen,
                                          a.kvLen, a.headDim, true, bits));
                out.push_back(gemmProblem(op.name + ".values", a.batch * kv, group * a.queryLen,
                                          a.headDim, a.kvLen, true, bits));
            }
            break;
        }
        case OpKind::conv2d: {
            const auto& c = op.conv;
            if (c.inChannels <= 0 || c.outChannels <= 0 || c.outHeight() <= 0 || c.outWidth() <= 0)
                break;
            DataflowProblem p;
            p.name = op.name;
            p.wordBits = bits;
            p.strideP = std::max(1, c.strideW);
            p.strideQ = std::max(1, c.strideH);
            p.dilationR = std::max(1, c.dilationW);
            p.dilationS = std::max(1, c.dilationH);
            auto set = [&](Dim d, std::int64_t v) {
                p.bounds[static_cast<int>(d)] = std::max<std::int64_t>(1, v);
            };
            set(Dim::P, c.outWidth());
            set(Dim::Q, c.outHeight());
            set(Dim::R, c.kernelW);
            set(Dim::S, c.kernelH);
            int g = std::max(1, c.groups);
            if (g > 1 && g == c.inChannels && g == c.outChannels) {
                p.kind = "depthwise";
                set(Dim::N, c.batch);
                set(Dim::C, c.inChannels);
                set(Dim::K, 1);
            } else {
                set(Dim::N, c.batch * g);
                set(Dim::C, c.inChannels / g);
                set(Dim::K, c.outChannels / g);
                p.weightsPerBatch = g > 1;
            }
            out.push_back(p);
            break;
        }
        default:
            break;
    }
    return out;
}

}  // namespace rl::dataflow
