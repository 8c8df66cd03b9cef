#pragma once
// Output helpers every ridgeline-cli command can use: tables printed as
// aligned text (the default), RFC 4180 CSV or JSON, chosen with --format.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <QCommandLineParser>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace rl::cli {

enum class OutputFormat { table, json, csv };

// One table: a title (a heading in text output, the key in JSON output),
// column names and rows of already formatted cells.
struct Table {
    std::string title;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> rightAligned;  // per column; numbers read better right-aligned

    Table() = default;
    Table(std::string title, std::vector<std::string> columns);
    void addRow(std::vector<std::string> cells);
    // Marks columns as numeric (right-aligned in text output).
    void alignRight(std::initializer_list<std::size_t> columnsToAlign);
};

// Text with columns padded to their widest cell (UTF-8 aware), a title line
// and a rule under the header.
std::string renderText(const Table& t);
// One CSV record per row (core/result/csv_writer.h); the header is the first.
std::string renderCsv(const Table& t);
// An array of objects keyed by column name.
nlohmann::json tableToJson(const Table& t);

// Prints several tables in the chosen format to stdout: text tables separated
// by blank lines; CSV tables separated by a blank line, each preceded by a
// "# title" line only when there is more than one; JSON as one object keyed
// by title (or one array when there is a single untitled table).
void printTables(const std::vector<Table>& tables, OutputFormat format);
void printJson(const nlohmann::json& doc);

// Adds the standard --format and --help options.
void addStandardOptions(QCommandLineParser& parser, bool withFormat = true);
// Parses args. Returns an exit code when the command should stop now (after
// --help, or after printing a usage error to stderr), nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args);
// The --format value (call after parseArguments); prints an error and returns
// nullopt when it is not table, json or csv.
std::optional<OutputFormat> outputFormat(const QCommandLineParser& parser);

// "ridgeline-cli: <message>" on stderr; returns `code` for `return fail(...)`.
int fail(const std::string& message, int code = 1);

// Formatting helpers shared by commands.
std::string formatCount(double v);    // 6738415616 -> "6.738 B" style (k, M, B, T)
std::string formatInteger(double v);  // 6738415616 -> "6,738,415,616"
std::string formatNumber(double v, int significantDigits = 4);
// Memory sizes with binary prefixes, as datasheets state them: "80 GiB", "192 KiB".
std::string formatBytes(double bytes);

}  // namespace rl::cli
