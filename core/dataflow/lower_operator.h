#pragma once
// Lowering model operators to 7-D dataflow problems, so any model's layers can
// be mapped. GEMM (M x K times K x N, `batch` problems sharing B): P = M,
// K = N, C = K, N = batch. Batched matmul and attention: the same with the
// B operand indexed by the batch (weights_per_batch). conv2d: N, K, C, P, Q,
// R, S with strides and dilations (padding is folded into the input extent);
// depthwise (groups = channels) uses the depthwise problem; other grouped
// convolutions become N = batch x groups problems with per-group weights.
// Operators without multiply-accumulates (norms, softmax, pooling,
// collectives...) lower to nothing.
#include <vector>

#include "core/spec/accelerator_spec.h"
#include "core/workload/operator.h"

namespace rl::dataflow {

std::vector<DataflowProblem> toDataflowProblems(const Operator& op);

}  // namespace rl::dataflow
