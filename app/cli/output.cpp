#include "app/cli/output.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "core/result/csv_writer.h"
#include "core/spec/reference_policy.h"

namespace rl::cli {
namespace {

// Display width of UTF-8 text: counts code points, not bytes.
std::size_t displayWidth(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

void writeOut(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

}  // namespace

Table::Table(std::string t, std::vector<std::string> cols)
    : title(std::move(t)), columns(std::move(cols)), rightAligned(columns.size(), false) {}

void Table::addRow(std::vector<std::string> cells) { addRow(std::move(cells), {}); }

void Table::addRow(std::vector<std::string> cells, std::vector<std::optional<double>> values,
                   std::string unit) {
    cells.resize(columns.size());
    values.resize(columns.size());
    rows.push_back(std::move(cells));
    numbers.push_back(std::move(values));
    rowUnits.resize(rows.size() - 1);
    rowUnits.push_back(std::move(unit));
}

void Table::setJsonUnit(std::size_t column, std::string unit) {
    jsonUnits.resize(columns.size());
    if (column < jsonUnits.size()) jsonUnits[column] = std::move(unit);
}

void Table::alignRight(std::initializer_list<std::size_t> columnsToAlign) {
    rightAligned.resize(columns.size(), false);
    for (auto c : columnsToAlign)
        if (c < rightAligned.size()) rightAligned[c] = true;
}

std::string renderText(const Table& t) {
    std::vector<std::size_t> width(t.columns.size(), 0);
    for (std::size_t c = 0; c < t.columns.size(); ++c) width[c] = displayWidth(t.columns[c]);
    for (const auto& row : t.rows)
        for (std::size_t c = 0; c < row.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], displayWidth(row[c]));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < width.size(); ++c) {
            const std::string cell = c < cells.size() ? cells[c] : std::string();
            std::string pad(width[c] - std::min(width[c], displayWidth(cell)), ' ');
            bool right = c < t.rightAligned.size() && t.rightAligned[c];
            if (c > 0) out += "  ";
            out += right ? pad + cell : cell + (c + 1 < width.size() ? pad : std::string());
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out;
    if (!t.title.empty()) out += t.title + "\n";
    out += line(t.columns);
    std::size_t total = 0;
    for (std::size_t c = 0; c < width.size(); ++c) total += width[c] + (c > 0 ? 2 : 0);
    out += std::string(total, '-') + "\n";
    for (const auto& row : t.rows) out += line(row);
    return out;
}

std::string renderCsv(const Table& t) {
    std::string out = csv::record(t.columns);
    for (const auto& row : t.rows) out += csv::record(row);
    return out;
}

std::optional<double> numberInCell(std::string_view cell, bool& percent) {
    percent = !cell.empty() && cell.back() == '%';
    if (percent) cell.remove_suffix(1);
    // A plain number as formatNumber and formatInteger write it: sign, digits
    // (grouped by commas in threes), fraction, exponent; no unit, no spaces.
    std::string plain;
    std::size_t i = 0, digitsInGroup = 0;
    bool grouped = false, digits = false;
    if (i < cell.size() && (cell[i] == '-' || cell[i] == '+')) plain += cell[i++];
    for (; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c >= '0' && c <= '9') {
            plain += c, digits = true, ++digitsInGroup;
        } else if (c == ',' && digits && (!grouped || digitsInGroup == 3)) {
            grouped = true, digitsInGroup = 0;
        } else {
            break;
        }
    }
    if (!digits || (grouped && digitsInGroup != 3)) return std::nullopt;
    if (i < cell.size() && cell[i] == '.') {
        plain += cell[i++];
        while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') plain += cell[i++];
    }
    if (i < cell.size() && (cell[i] == 'e' || cell[i] == 'E')) {
        plain += cell[i++];
        if (i < cell.size() && (cell[i] == '-' || cell[i] == '+')) plain += cell[i++];
        const std::size_t start = i;
        while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') plain += cell[i++];
        if (i == start) return std::nullopt;
    }
    if (i != cell.size()) return std::nullopt;
    const double v = std::strtod(plain.c_str(), nullptr);
    if (!std::isfinite(v)) return std::nullopt;
    return v;
}

namespace {

// The exact number behind a cell, when the command gave one.
std::optional<double> givenNumber(const Table& t, std::size_t row, std::size_t column) {
    if (row >= t.numbers.size() || column >= t.numbers[row].size()) return std::nullopt;
    const auto& v = t.numbers[row][column];
    return v && std::isfinite(*v) ? v : std::nullopt;
}

// A cell that states no value: empty, or the tables' "-" (no interval, no
// model). It does not make a column of numbers text; JSON writes it as null.
bool absentCell(std::string_view cell) { return cell.empty() || cell == "-"; }

// A number as JSON: whole numbers written without a fraction stay integers.
nlohmann::json jsonNumber(double v, std::string_view text) {
    const bool whole = text.find_first_of(".eE") == std::string_view::npos;
    if (whole && std::fabs(v) < 9e15 && v == std::floor(v)) return static_cast<std::int64_t>(v);
    return v;
}

}  // namespace

nlohmann::json tableToJson(const Table& t) {
    // A column whose every cell is a number (a count, a percentage) or
    // carries one (a quantity with its unit, see Table::numbers) is written as
    // JSON numbers, its key marked with its unit or "(%)"; a column with any
    // other text (a name) stays text. A column that states no value in any
    // row ("-" throughout, such as a model's MAPE with the roofline alone) is
    // null, not the text "-".
    const std::size_t columns = t.columns.size();
    std::vector<bool> numeric(columns, true), percent(columns, true);
    for (std::size_t c = 0; c < columns; ++c) {
        bool any = false, dash = false;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const auto& row = t.rows[r];
            if (c < row.size() && row[c] == "-") dash = true;
            if (c >= row.size() || absentCell(row[c])) continue;
            any = true;
            if (givenNumber(t, r, c)) {
                percent[c] = false;
                continue;
            }
            bool pc = false;
            if (!numberInCell(row[c], pc)) numeric[c] = false;
            percent[c] = percent[c] && pc;
        }
        numeric[c] = numeric[c] && (any || dash);
        percent[c] = percent[c] && any;
    }
    std::vector<std::string> keys = t.columns;
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string unit = c < t.jsonUnits.size() ? t.jsonUnits[c] : std::string();
        if (numeric[c] && !unit.empty())
            keys[c] += " (" + unit + ")";
        else if (numeric[c] && percent[c] && keys[c].find('%') == std::string::npos)
            keys[c] += " (%)";
    }
    // In a table of one figure per row ("quantity", "value") each value is
    // a number or text on its own, with "%" as the row's unit.
    const bool figures = t.columns == std::vector<std::string>{"quantity", "value"};
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        nlohmann::json obj = nlohmann::json::object();
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string cell = c < row.size() ? row[c] : "";
            bool pc = false;
            if (auto given = givenNumber(t, r, c)) {
                obj[keys[c]] = *given;
            } else if (figures && c == 1 && numberInCell(cell, pc)) {
                obj[keys[c]] = jsonNumber(*numberInCell(cell, pc), cell);
                if (pc) obj["unit"] = "%";
            } else if (!numeric[c])
                obj[keys[c]] = cell;
            else if (auto v = numberInCell(cell, pc))
                obj[keys[c]] = jsonNumber(*v, cell);
            else
                obj[keys[c]] = nullptr;  // an empty or "-" cell of a numeric column
        }
        if (r < t.rowUnits.size() && !t.rowUnits[r].empty()) obj["unit"] = t.rowUnits[r];
        rows.push_back(obj);
    }
    return rows;
}

void printJson(const nlohmann::json& doc) {
    writeOut(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

void printTables(const std::vector<Table>& tables, OutputFormat format) {
    switch (format) {
        case OutputFormat::table:
            for (std::size_t i = 0; i < tables.size(); ++i) {
                if (i) writeOut("\n");
                writeOut(renderText(tables[i]));
            }
            break;
        case OutputFormat::csv:
            for (std::size_t i = 0; i < tables.size(); ++i) {
                if (i) writeOut("\r\n");
                if (tables.size() > 1) writeOut("# " + tables[i].title + "\r\n");
                writeOut(renderCsv(tables[i]));
            }
            break;
        case OutputFormat::json: {
            if (tables.size() == 1 && tables[0].title.empty()) {
                printJson(tableToJson(tables[0]));
                break;
            }
            nlohmann::json doc = nlohmann::json::object();
            for (const auto& t : tables) doc[t.title] = tableToJson(t);
            printJson(doc);
            break;
        }
    }
    std::fflush(stdout);
}

void addStandardOptions(OptionSet& parser, bool withFormat) {
    parser.addOption(Option(std::vector<std::string>{"h", "help"}, "Show this help."));
    parser.addOption(Option("allow-outside-refs",
                            "Let a project read files outside its folder and the sample library "
                            "(docs/reliability.md)."));
    if (withFormat)
        parser.addOption(Option("format", "Output format: table (default), json or csv.",
                                "table|json|csv", "table"));
}

std::optional<int> parseArguments(Options& parser, const std::vector<std::string>& args) {
    if (!parser.parse(args)) {
        fail(parser.errorText() + " (see --help)");
        return 2;
    }
    if (parser.isSet("help")) {
        writeOut(parser.helpText());  // its usage line names the command (args[0])
        return 0;
    }
    if (parser.isSet("allow-outside-refs")) allowReferencesOutsideProject(true);
    return std::nullopt;
}

std::optional<OutputFormat> parseOutputFormat(const std::string& f) {
    if (f == "table" || f.empty()) return OutputFormat::table;
    if (f == "json") return OutputFormat::json;
    if (f == "csv") return OutputFormat::csv;
    fail("unknown --format '" + f + "'; expected table, json or csv");
    return std::nullopt;
}

std::optional<OutputFormat> outputFormat(const OptionSet& parser) {
    return parseOutputFormat(parser.value("format"));
}

std::optional<OutputFormat> checkFormatAndPositionals(const OptionSet& parser,
                                                      std::size_t positionalCount,
                                                      const PositionalCount& positionals,
                                                      int& exitCode) {
    exitCode = 2;
    const auto format = outputFormat(parser);
    if (!format) return std::nullopt;
    if (positionalCount < positionals.min || positionalCount > positionals.max) {
        fail(positionals.error, 2);
        return std::nullopt;
    }
    exitCode = 0;
    return format;
}

std::optional<OutputFormat> startCommand(Options& parser, const std::vector<std::string>& args,
                                         int& exitCode, const PositionalCount& positionals) {
    if (auto code = parseArguments(parser, args)) {
        exitCode = *code;
        return std::nullopt;
    }
    return checkFormatAndPositionals(parser, parser.positionalArguments().size(), positionals,
                                     exitCode);
}

int fail(const std::string& message, int code) {
    std::fflush(stdout);
    std::fprintf(stderr, "ridgeline-cli: %s\n", message.c_str());
    return code;
}

std::string formatNumber(double v, int significantDigits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", significantDigits, v);
    return buf;
}

std::string formatCount(double v) {
    static constexpr std::pair<double, const char*> kScale[] = {
        {1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
    for (auto [s, name] : kScale)
        if (std::fabs(v) >= s) return formatNumber(v / s, 4) + " " + name;
    return formatNumber(v, 4);
}

std::string formatBytes(double bytes) {
    static constexpr std::pair<double, const char*> kScale[] = {{1125899906842624.0, "PiB"},
                                                                {1099511627776.0, "TiB"},
                                                                {1073741824.0, "GiB"},
                                                                {1048576.0, "MiB"},
                                                                {1024.0, "KiB"}};
    for (auto [s, name] : kScale)
        if (std::fabs(bytes) >= s) return formatNumber(bytes / s, 4) + " " + name;
    return formatNumber(bytes, 4) + " B";
}

std::string formatInteger(double v) {
    if (!std::isfinite(v) || std::fabs(v) >= 9e18) return formatNumber(v, 6);
    long long n = std::llround(v);
    std::string digits = std::to_string(n < 0 ? -n : n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ",";
        out += digits[i];
    }
    return (n < 0 ? "-" : "") + out;
}

}  // namespace rl::cli
