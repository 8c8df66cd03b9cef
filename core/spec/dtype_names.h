#pragma once
// The names of DType in specs, exports and the CLI (toString / parseDType).
#include "core/spec/dtype.h"
#include "core/spec/enum_names.h"

namespace rl {

inline constexpr std::array<EnumName<DType>, 8> kDTypeNames{{
    {DType::fp64, "fp64"},
    {DType::fp32, "fp32"},
    {DType::tf32, "tf32"},
    {DType::bf16, "bf16"},
    {DType::fp16, "fp16"},
    {DType::fp8, "fp8"},
    {DType::int8, "int8"},
    {DType::int4, "int4"},
}};

}  // namespace rl
