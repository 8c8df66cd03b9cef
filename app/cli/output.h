#pragma once
// Output helpers every ridgeline-cli command can use: tables printed as
// aligned text (the default), RFC 4180 CSV or JSON, chosen with --format.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/cli/options.h"

namespace rl::cli {

enum class OutputFormat { table, json, csv };

// One table: a title (a heading in text output, the key in JSON output),
// column names and rows of already formatted cells.
struct Table {
    std::string title;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> rightAligned;  // per column; numbers read better right-aligned
    // For cells that show a quantity with its unit ("3.379 s"): the exact
    // number JSON writes instead, in the unit of its column's jsonUnits entry
    // (the JSON key becomes "time (s)"). Parallel to rows; nullopt: the text.
    std::vector<std::vector<std::optional<double>>> numbers;
    std::vector<std::string> jsonUnits;  // per column; empty: no unit in the key
    // Per row, for tables of one quantity per row ("quantity", "value"): the
    // unit of the row's number, written as the row's "unit" in JSON.
    std::vector<std::string> rowUnits;

    Table() = default;
    Table(std::string title, std::vector<std::string> columns);
    void addRow(std::vector<std::string> cells);
    // A row whose cells carry their numbers for JSON (see `numbers`), in
    // `unit` when the row has its own (see `rowUnits`).
    void addRow(std::vector<std::string> cells, std::vector<std::optional<double>> values,
                std::string unit = {});
    // The unit of a column's numbers in JSON ("s", "B").
    void setJsonUnit(std::size_t column, std::string unit);
    // Marks columns as numeric (right-aligned in text output).
    void alignRight(std::initializer_list<std::size_t> columnsToAlign);
};

// Text with columns padded to their widest cell (UTF-8 aware), a title line
// and a rule under the header.
std::string renderText(const Table& t);
// One CSV record per row (core/result/csv_writer.h); the header is the first.
std::string renderCsv(const Table& t);
// An array of objects keyed by column name. Columns of numbers (counts,
// percentages) are JSON numbers; the others stay text.
nlohmann::json tableToJson(const Table& t);
// The number a cell shows when it is a plain number as formatNumber or
// formatInteger write it ("52447", "1,048,576", "-2.5e-05", "80.5%": 80.5,
// with `percent` set); nullopt for anything else ("1.2 ms", "gemm").
std::optional<double> numberInCell(std::string_view cell, bool& percent);

// Prints several tables in the chosen format to stdout: text tables separated
// by blank lines; CSV tables separated by a blank line, each preceded by a
// "# title" line only when there is more than one; JSON as one object keyed
// by title (or one array when there is a single untitled table).
void printTables(const std::vector<Table>& tables, OutputFormat format);
void printJson(const nlohmann::json& doc);

// Adds the standard --format and --help options.
void addStandardOptions(OptionSet& parser, bool withFormat = true);
// Parses args. Returns an exit code when the command should stop now (after
// --help, or after printing a usage error to stderr), nullopt to go on.
std::optional<int> parseArguments(Options& parser, const std::vector<std::string>& args);
// The --format value (call after parseArguments); prints an error and returns
// nullopt when it is not table, json or csv.
std::optional<OutputFormat> outputFormat(const OptionSet& parser);
// The same for a --format value already read.
std::optional<OutputFormat> parseOutputFormat(const std::string& format);

// How many positional arguments a command takes, and the usage error printed
// when the count is off ("show needs exactly one FILE (see --help)").
struct PositionalCount {
    std::size_t min = 0, max = static_cast<std::size_t>(-1);
    std::string error;
};
// The first steps every command takes, in this order: parse args (stopping
// after --help or a usage error), read --format, check the positional count.
// The format to go on with, or nullopt with `exitCode` set to what to return.
std::optional<OutputFormat> startCommand(Options& parser, const std::vector<std::string>& args,
                                         int& exitCode, const PositionalCount& positionals = {});
// The last two steps, for either parser (the Qt overload below).
std::optional<OutputFormat> checkFormatAndPositionals(const OptionSet& parser,
                                                      std::size_t positionalCount,
                                                      const PositionalCount& positionals,
                                                      int& exitCode);

// "ridgeline-cli: <message>" on stderr; returns `code` for `return fail(...)`.
int fail(const std::string& message, int code = 1);

// Formatting helpers shared by commands.
std::string formatCount(double v);    // 6738415616 -> "6.738 B" style (k, M, B, T)
std::string formatInteger(double v);  // 6738415616 -> "6,738,415,616"
std::string formatNumber(double v, int significantDigits = 4);
// Memory sizes with binary prefixes, as datasheets state them: "80 GiB", "192 KiB".
std::string formatBytes(double bytes);

}  // namespace rl::cli

#ifdef QT_CORE_LIB
// The same for the commands built with Qt (libridgeline_cli_commands.so;
// output_qt.cpp): the messages and the help layout are the same.
#include <QCommandLineParser>
#include <QStringList>

namespace rl::cli {
void addStandardOptions(QCommandLineParser& parser, bool withFormat = true);
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args);
std::optional<OutputFormat> outputFormat(const QCommandLineParser& parser);
std::optional<OutputFormat> startCommand(QCommandLineParser& parser, const QStringList& args,
                                         int& exitCode, const PositionalCount& positionals = {});
}  // namespace rl::cli
#endif
