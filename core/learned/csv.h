#pragma once
// A small CSV tokenizer for measurement files: comma separated, optional
// double quotes around fields ("" inside quotes is a quote), CRLF tolerated.
// Writing goes through core/result/csv_writer.h.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rl::csv {

// Splits one line into fields.
std::vector<std::string> splitLine(std::string_view line);
// Strict number parsing: the whole field must be a finite number.
std::optional<double> toNumber(std::string_view field);
std::optional<long long> toInteger(std::string_view field);
std::string trim(std::string_view s);
std::string lower(std::string_view s);

}  // namespace rl::csv
