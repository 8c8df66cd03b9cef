#pragma once
// Display formatting of SI values for views (thin Qt wrappers over
// rl::formatQuantity, so the GUI and the CLI print numbers the same way).
#include <string>

#include <QString>

namespace rl {
namespace views {

QString fmtTime(double seconds);
QString fmtBytes(double bytes);
QString fmtFlops(double flop);           // a count: "13.4 GFLOP"
QString fmtFlopRate(double flopPerS);    // "312 TFLOP/s"
QString fmtBandwidth(double bytesPerS);  // "2.04 TB/s"
QString fmtIntensity(double flopPerByte);
QString fmtPercent(double fraction, int decimals = 1);
QString fmtEnergy(double joules);
QString qstr(const std::string& s);

}  // namespace views
}  // namespace rl
