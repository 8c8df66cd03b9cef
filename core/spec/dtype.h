#pragma once
// Numeric data types of tensors and math, and their sizes.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace rl {

enum class DType { fp64, fp32, tf32, bf16, fp16, fp8, int8, int4 };

inline constexpr std::array<DType, 8> kAllDTypes = {DType::fp64, DType::fp32, DType::tf32,
                                                    DType::bf16, DType::fp16, DType::fp8,
                                                    DType::int8, DType::int4};

// Storage bytes per element (tf32 is stored as fp32; int4 packs two per byte).
double bytesPerElement(DType t);
std::string_view toString(DType t);
std::optional<DType> parseDType(std::string_view s);

}  // namespace rl
