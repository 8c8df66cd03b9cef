#pragma once
// Display formatting of SI values for views (thin Qt wrappers over
// rl::formatQuantity, so the GUI and the CLI print numbers the same way).
#include <concepts>
#include <string>
#include <type_traits>

#include <QString>

namespace rl {
enum class Dimension;  // core/spec/units.h

namespace views {

// Any dimension of core's unit table, e.g. frequency, power, area ("–" when not finite).
QString fmtQuantity(double value, rl::Dimension dimension);
QString fmtTime(double seconds);
QString fmtBytes(double bytes);
QString fmtFlops(double flop);           // a count: "13.4 GFLOP"
QString fmtFlopRate(double flopPerS);    // "312 TFLOP/s"
QString fmtBandwidth(double bytesPerS);  // "2.04 TB/s"
QString fmtIntensity(double flopPerByte);
QString fmtPercent(double fraction, int decimals = 1);
QString fmtEnergy(double joules);
// Plain counts and rates: 3 significant digits, k/M/G above 10 000 ("12.3 k").
QString fmtNumber(double value);
// Exact figures where every digit matters (stats tables, reference numbers):
// thousands grouped, fixed decimals. 1536 -> "1,536"; (26666.667, 2) -> "26,666.67".
QString fmtExact(double value, int decimals = 0);
// Whole counts (cycles, words, MACs), every digit kept: 5505024 -> "5,505,024".
QString fmtExact(long long count);
// Unsigned counts up to 2^64 - 1, which long long would wrap above 2^63.
QString fmtExact(unsigned long long count);
// Any other integer type goes to the count overload of its signedness, not to the double one.
template <std::integral T>
QString fmtExact(T count) {
    if constexpr (std::is_signed_v<T>)
        return fmtExact(static_cast<long long>(count));
    else
        return fmtExact(static_cast<unsigned long long>(count));
}
QString fmtRate(double perSecond, const QString& what);  // "12.3 tokens/s"
QString fmtUsd(double dollars);                          // "$0.0412"
QString qstr(const std::string& s);

}  // namespace views
}  // namespace rl
