#pragma once
// Closed-form facts about a model that need no hardware: parameter counts,
// KV-cache bytes per token, FLOPs per token. Used by `show`, the editors and
// the sample checks; the lowering in core/workload must agree with them.
#include <cstdint>

#include "core/spec/model.h"

namespace rl {

struct TransformerFacts {
    double params = 0;        // all parameters
    double activeParams = 0;  // per token (MoE: top-k experts only)
    double embeddingParams = 0;
    double kvBytesPerTokenPerByte = 0;  // KV elements per token (all layers); x bytes/elem
    double flopsPerTokenForward = 0;    // 2 x active non-embedding params + LM head
};

TransformerFacts transformerFacts(const TransformerConfig& c);

struct CnnFacts {
    double params = 0;
    double macs = 0;  // multiply-accumulates for one image
};

CnnFacts cnnFacts(const CnnSpec& c);

}  // namespace rl
