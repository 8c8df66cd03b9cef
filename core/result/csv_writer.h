#pragma once
// The one CSV writer of every export (predictions, CLI tables, learned
// datasets and evaluation points, serving requests, the operator table).
// RFC 4180: fields are separated by commas; a field holding a comma, a double
// quote, CR or LF is enclosed in double quotes with its quotes doubled;
// every record, the header included, ends with CRLF (kLineEnd). The reader
// side (core/learned/csv.h) accepts CRLF and LF.
#include <string>
#include <string_view>
#include <vector>

namespace rl::csv {

inline constexpr std::string_view kLineEnd = "\r\n";

// One field, quoted when it must be.
std::string field(std::string_view text);
// One record: every cell quoted as needed, joined by commas, ended by kLineEnd.
std::string record(const std::vector<std::string>& cells);

}  // namespace rl::csv
