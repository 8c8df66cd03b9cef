#pragma once
// Quantities with units, as they appear in spec files: "3.35 TB/s", "80 GiB",
// "989 TFLOP/s", "1.41 GHz", "500 ns". Units are never implicit in files, so a
// bare number where a quantity is expected is an error. Decimal prefixes (k, M,
// G, T, P, E) are powers of 1000; binary ones (Ki, Mi, Gi, Ti) powers of 1024.
// Inside the engine everything is SI: s, B, FLOP, FLOP/s, B/s, Hz, W, J.
#include <string>
#include <string_view>
#include <variant>

namespace rl {

enum class Dimension {
    bytes,            // B
    bandwidth,        // B/s
    flop_rate,        // FLOP/s (also OP/s for integer math)
    frequency,        // Hz
    time,             // s
    power,            // W
    energy,           // J (per action: "0.845 pJ")
    energy_per_byte,  // J/B ("5 pJ/B"; "pJ/bit" is accepted and converted)
    energy_per_flop,  // J/FLOP
    area,             // mm^2, stored as m^2
    money_rate,       // USD/h, stored as USD per hour
    flops,            // FLOP (a count of operations, "3.2 TFLOP")
};

std::string_view toString(Dimension d);
// The example shown in error messages: `expected a bandwidth such as "3.35 TB/s"`.
std::string_view exampleFor(Dimension d);

struct QuantityError {
    std::string message;
};

// Parses `text` as a quantity of dimension `d`, returning the value in SI units
// or an error explaining what was expected. Rejects NaN, inf, empty numbers,
// trailing junk and units of another dimension.
std::variant<double, QuantityError> parseQuantity(std::string_view text, Dimension d);

// Formats an SI value with a readable prefix: 3.35e12 B/s -> "3.35 TB/s".
// Round-trips through parseQuantity to within the printed precision.
std::string formatQuantity(double value, Dimension d, int significantDigits = 4);

}  // namespace rl
