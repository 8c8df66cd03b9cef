#pragma once
// The paged KV cache of one replica: how many blocks fit in device memory
// after the weights, the activation peak and a reserve, and what a block
// holds. Blocks are counted per device; every device of a replica holds the
// same share (its TP heads, its PP layers), so one count serves the replica.
#include <cstdint>
#include <string>

#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

namespace rl::serving {

struct KvCapacity {
    std::int64_t blocks = 0;  // per replica
    std::int64_t blockTokens = 16;
    double blockBytes = 0;   // per device
    double deviceBytes = 0;  // main memory of one device
    double weights = 0;      // per device
    double activations = 0;  // per device, peak of the largest iteration
    double usable = 0;       // bytes left for the KV cache per device
    double reserve = 0;      // fraction of device memory kept free
    std::string problem;     // why no block fits, empty when blocks > 0
};

// blocks = floor((device memory x (1 - reserve) - weights - activation peak) / block bytes);
// the activation peak is that of an iteration of `iterationTokens` tokens.
KvCapacity kvCapacity(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                      std::int64_t iterationTokens);

inline std::int64_t blocksFor(std::int64_t tokens, std::int64_t blockTokens) {
    return tokens <= 0 ? 0 : (tokens + blockTokens - 1) / blockTokens;
}

}  // namespace rl::serving
