#include "core/spec/dtype.h"

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

std::string_view toString(DType t) {
    switch (t) {
        case DType::fp64:
            return "fp64";
        case DType::fp32:
            return "fp32";
        case DType::tf32:
            return "tf32";
        case DType::bf16:
            return "bf16";
        case DType::fp16:
            return "fp16";
        case DType::fp8:
            return "fp8";
        case DType::int8:
            return "int8";
        case DType::int4:
            return "int4";
    }
    return "fp32";
}

std::optional<DType> parseDType(std::string_view s) {
    for (DType t : kAllDTypes)
        if (toString(t) == s) return t;
    if (s == "float32") return DType::fp32;
    if (s == "float16") return DType::fp16;
    if (s == "bfloat16") return DType::bf16;
    if (s == "float64") return DType::fp64;
    return std::nullopt;
}

}  // namespace rl
