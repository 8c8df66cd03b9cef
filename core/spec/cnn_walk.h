#pragma once
// Expands a CNN description into its primitive layers (convolutions, fully
// connected layers, pools, residual adds) with the tensor shapes at each one.
// The CNN reader uses it to check shapes, model_facts to count parameters and
// MACs, and the workload lowering can use it to emit operators.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/spec/model.h"
#include "core/spec/phrase.h"

namespace rl {

struct CnnPrimitive {
    enum class Kind { conv, fc, pool, add };
    Kind kind = Kind::conv;
    std::size_t layerIndex = 0;  // index in CnnSpec::layers
    int repeatIndex = 0;         // which repetition of a repeated layer/block
    std::string name;            // e.g. "layers.5.2.conv2", "layers.5.2.downsample"
    std::int64_t inChannels = 0, outChannels = 0;
    std::int64_t inHeight = 0, inWidth = 0, outHeight = 0, outWidth = 0;
    int kernel = 1, stride = 1, padding = 0, groups = 1;
    bool bias = false;
    bool batchNorm = false;
    std::string activation = "none";
    bool average = false;         // pool: average instead of max
    std::int64_t params() const;  // weights + bias + batch-norm scale/shift (as PyTorch counts)
    std::int64_t macs() const;    // multiply-accumulates for one image
};

struct CnnShapeError {
    std::size_t layerIndex = 0;
    std::string key;  // the layer key at fault ("kernel", "groups", ...)
    std::string value;
    std::string message;  // what was expected
    Phrase messageText;   // its typed twin, for the GUI to translate
};

// Calls `visit` for each primitive in order. Stops at the first shape that
// cannot work (kernel larger than the padded input, groups not dividing the
// channels) and returns why.
std::optional<CnnShapeError> walkCnn(const CnnSpec& spec,
                                     const std::function<void(const CnnPrimitive&)>& visit);

}  // namespace rl
