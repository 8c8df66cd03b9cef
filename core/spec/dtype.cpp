#include "core/spec/dtype.h"

#include "core/spec/dtype_names.h"

namespace rl {

double bytesPerElement(DType t) {
    switch (t) {
        case DType::fp64:
            return 8.0;
        case DType::fp32:
            return 4.0;
        case DType::tf32:
            return 4.0;
        case DType::bf16:
            return 2.0;
        case DType::fp16:
            return 2.0;
        case DType::fp8:
            return 1.0;
        case DType::int8:
            return 1.0;
        case DType::int4:
            return 0.5;
    }
    return 4.0;
}

std::string_view toString(DType t) { return nameOf(kDTypeNames, t, "fp32"); }

std::optional<DType> parseDType(std::string_view s) {
    if (auto t = valueOf(kDTypeNames, s)) return t;
    if (s == "float32") return DType::fp32;
    if (s == "float16") return DType::fp16;
    if (s == "bfloat16") return DType::bf16;
    if (s == "float64") return DType::fp64;
    return std::nullopt;
}

}  // namespace rl
