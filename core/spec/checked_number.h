#pragma once
// Arithmetic on counts from user input that refuses instead of wrapping:
// converting a double outside int64's range is undefined behaviour (x86 gives
// INT64_MIN: "negative cycle counts"; GCC's UBSan does not catch it), and a
// signed product that overflows is undefined too. Check, then convert.
#include <cmath>
#include <cstdint>
#include <optional>

namespace rl {

// v as int64 if it is finite and representable (|v| < 2^63), else nullopt.
inline std::optional<std::int64_t> toInt64(double v) {
    constexpr double kLimit = 9223372036854775808.0;        // 2^63, exact in a double
    if (!(v > -kLimit && v < kLimit)) return std::nullopt;  // also NaN
    return static_cast<std::int64_t>(v);
}

inline std::optional<std::int64_t> checkedMul(std::int64_t a, std::int64_t b) {
    std::int64_t out = 0;
    if (__builtin_mul_overflow(a, b, &out)) return std::nullopt;
    return out;
}

inline std::optional<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b) {
    std::int64_t out = 0;
    if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
    return out;
}

}  // namespace rl
