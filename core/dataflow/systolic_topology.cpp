#include "core/dataflow/systolic_topology.h"

#include <array>
#include <cctype>
#include <charconv>

#include "core/spec/input_file.h"

namespace rl::dataflow {
namespace {

constexpr std::int64_t kMaxDimension = 1 << 24;
constexpr double kMaxMacs = 1e17;

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A line's fields, each with its 1-based starting column; a trailing empty
// field (SCALE-Sim ends its rows with a comma) is dropped.
struct Field {
    std::string_view text;
    int column = 1;
};
std::vector<Field> splitFields(std::string_view line) {
    std::vector<Field> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = line.find(',', start);
        const auto piece =
            line.substr(start, comma == std::string_view::npos ? line.npos : comma - start);
        std::size_t lead = 0;  // point at the value, not the space before it
        while (lead < piece.size() && std::isspace(static_cast<unsigned char>(piece[lead]))) ++lead;
        out.push_back({trim(piece), static_cast<int>(start + lead) + 1});
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    if (out.size() > 1 && out.back().text.empty()) out.pop_back();
    return out;
}

std::string shown(std::string_view v) {
    std::string s(v.substr(0, 40));
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20) c = '?';
    return "\"" + s + (v.size() > 40 ? "...\"" : "\"");
}

struct Reader {
    const std::string& file;
    std::string& error;
    bool fail(int line, int column, const std::string& what) {
        error = file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + what;
        return false;
    }
    // A positive whole number no larger than kMaxDimension.
    bool number(const Field& f, int line, std::string_view name, std::int64_t& out) {
        const auto* b = f.text.data();
        const auto* e = b + f.text.size();
        auto [p, ec] = std::from_chars(b, e, out);
        if (f.text.empty() || ec != std::errc() || p != e || out < 1 || out > kMaxDimension)
            return fail(line, f.column,
                        std::string(name) + ": got " + shown(f.text) +
                            "; expected a whole number from 1 to " + std::to_string(kMaxDimension));
        return true;
    }
};

bool isGemmHeader(const std::vector<Field>& header) {
    return header.size() >= 4 && lower(header[1].text) == "m" && lower(header[2].text) == "n" &&
           lower(header[3].text) == "k";
}

constexpr std::array<std::string_view, 8> kConvColumns{
    "IFMAP Height", "IFMAP Width", "Filter Height", "Filter Width",
    "Channels",     "Num Filter",  "Strides",       "Stride width"};
constexpr std::array<std::string_view, 3> kGemmColumns{"M", "N", "K"};

}  // namespace

SystolicLayer gemmSystolicLayer(std::string name, std::int64_t m, std::int64_t n, std::int64_t k) {
    return SystolicLayer{std::move(name), m, k, 1, k, 1, n, 1, 1, 1};
}

std::optional<SystolicTopology> parseSystolicTopology(std::string_view text,
                                                      const std::string& file, std::string& error) {
    Reader rd{file, error};
    SystolicTopology topo;
    bool header = true;
    int lineNo = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t nl = text.find('\n', pos);
        std::string_view line =
            text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty()) continue;
        const auto fields = splitFields(line);
        if (header) {
            header = false;
            topo.gemm = isGemmHeader(fields);
            continue;
        }
        const std::size_t want = topo.gemm ? 4 : 8;
        // SCALE-Sim ignores columns after K in a GEMM row; so does this reader.
        if (fields.size() < want || (!topo.gemm && fields.size() > 9)) {
            rd.fail(lineNo, 1,
                    "got " + std::to_string(fields.size()) + " fields; expected " +
                        (topo.gemm ? std::string("at least 4 (Layer Name, M, N, K)")
                                   : std::string("8 or 9 (Layer name, IFMAP Height, IFMAP Width, "
                                                 "Filter Height, Filter Width, Channels, Num "
                                                 "Filter, Strides[, Stride width])")));
            return std::nullopt;
        }
        const std::string name(fields[0].text);
        if (name.empty()) {
            rd.fail(lineNo, fields[0].column, "Layer name: got \"\"; expected a name");
            return std::nullopt;
        }
        std::vector<std::int64_t> v;
        const std::size_t numbers = topo.gemm ? 3 : fields.size() - 1;
        for (std::size_t i = 1; i <= numbers; ++i) {
            std::int64_t x = 0;
            const auto col = topo.gemm ? kGemmColumns[i - 1] : kConvColumns[i - 1];
            if (!rd.number(fields[i], lineNo, col, x)) return std::nullopt;
            v.push_back(x);
        }
        SystolicLayer l;
        if (topo.gemm) {
            l = gemmSystolicLayer(name, v[0], v[1], v[2]);
        } else {
            if (v[2] > v[0] || v[3] > v[1]) {
                const bool h = v[2] > v[0];
                rd.fail(lineNo, fields[h ? 3 : 4].column,
                        std::string(h ? "Filter Height" : "Filter Width") + ": got " +
                            std::to_string(h ? v[2] : v[3]) + "; expected at most the IFMAP " +
                            (h ? "Height (" + std::to_string(v[0]) + ")"
                               : "Width (" + std::to_string(v[1]) + ")"));
                return std::nullopt;
            }
            const int strideW = static_cast<int>(v.size() == 8 ? v[7] : v[6]);
            l = SystolicLayer{name,    v[0], v[1], v[2], v[3], v[4], v[5], static_cast<int>(v[6]),
                              strideW, 1};
        }
        const double macs = static_cast<double>(l.ofmapH()) * static_cast<double>(l.ofmapW()) *
                            static_cast<double>(l.filterH * l.filterW) *
                            static_cast<double>(l.channels) * static_cast<double>(l.filters);
        if (macs > kMaxMacs) {
            rd.fail(lineNo, 1,
                    "layer \"" + name + "\" has " + std::to_string(macs) +
                        " MACs; expected at most 1e17");
            return std::nullopt;
        }
        const bool depthwise = !topo.gemm && name.find("DP") != std::string::npos;
        const std::size_t count = depthwise ? static_cast<std::size_t>(l.channels) : 1;
        if (topo.layers.size() + count > kMaxTopologyLayers) {
            rd.fail(lineNo, 1,
                    "got more than " + std::to_string(kMaxTopologyLayers) +
                        " layers (depthwise layers count once per channel); expected fewer");
            return std::nullopt;
        }
        if (!depthwise) {
            topo.layers.push_back(std::move(l));
            continue;
        }
        // SCALE-Sim runs a depthwise layer as one single-channel layer per channel.
        const std::int64_t channels = l.channels;
        l.channels = 1;
        for (std::int64_t c = 0; c < channels; ++c) {
            SystolicLayer one = l;
            one.name = name + "Channel_" + std::to_string(c);
            topo.layers.push_back(std::move(one));
        }
    }
    if (header) {
        error = file + ":1:1: got an empty file; expected a SCALE-Sim topology header line";
        return std::nullopt;
    }
    if (topo.layers.empty()) {
        error =
            file + ":" + std::to_string(lineNo) + ":1: got no layer rows; expected at least one";
        return std::nullopt;
    }
    return topo;
}

std::optional<SystolicTopology> readSystolicTopology(const std::string& path, std::string& error) {
    const InputText in = readInputFile(path, kMaxCsvFileBytes, "a topology CSV file");
    if (!in.ok()) {
        error = in.refusal->message(path);
        return std::nullopt;
    }
    return parseSystolicTopology(in.text, path, error);
}

}  // namespace rl::dataflow
