// ridgeline-cli validate FILE...: checks spec files and reports every problem.
#include <cstdio>

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/explore/sweep_spec.h"
#include "core/spec/spec_io.h"

namespace rl::cli {
namespace {

nlohmann::json diagnosticToJson(const Diagnostic& d) {
    nlohmann::json j = {
        {"severity", d.severity == Diagnostic::Severity::error ? "error" : "warning"},
        {"file", d.file},
        {"path", d.path},
        {"value", d.value},
        {"expected", d.expected},
        {"message", d.format()}};
    if (!d.suggestion.empty()) j["suggestion"] = d.suggestion;
    if (d.line > 0) {
        j["line"] = d.line;
        j["column"] = d.column;
    }
    return j;
}

// Sweep files are core/explore's format, which core/spec's detectSpecKind
// cannot know (core/spec does not depend on core/explore).
constexpr const char* kSweepKind = "sweep";

bool isSweep(const Json& doc) {
    if (!doc.is_object()) return false;
    const auto format = doc.find("format");
    return format != doc.end() && format->is_string() && *format == "ridgeline.sweep";
}

// The kind of a file that parsed as JSON, for the "ok:" line.
std::string kindOf(const std::string& path) {
    Diagnostics scratch(path);
    auto doc = readJsonFile(path, scratch);
    if (!doc) return "unknown";
    return isSweep(*doc) ? kSweepKind : toString(detectSpecKind(*doc));
}

// Every problem of the file, read by the reader of its kind.
Diagnostics validate(const std::string& path, const std::string& kind) {
    return kind == kSweepKind ? explore::loadSweep(path).diagnostics : validateFile(path);
}

int run(const std::vector<std::string>& args) {
    Options parser;
    parser.setApplicationDescription(
        "Validates Ridgeline spec files (hardware, model, scenario, project, sweep, and the\n"
        "dataflow formats) and reports every problem of every file: file, JSON path, value, "
        "expectation.\n"
        "Exit code 0 when all files are valid (warnings allowed), 1 otherwise.");
    addStandardOptions(parser);
    parser.addPositionalArgument("files", "Spec files (.json) to check.", "FILE...");
    int exitCode = 0;
    const auto format = startCommand(
        parser, args, exitCode,
        {1, static_cast<std::size_t>(-1), "validate needs at least one FILE (see --help)"});
    if (!format) return exitCode;
    const std::vector<std::string>& files = parser.positionalArguments();

    bool allValid = true;
    nlohmann::json report = nlohmann::json::array();
    Table csv("", {"file", "kind", "severity", "path", "value", "expected", "suggestion", "line",
                   "column"});
    for (const std::string& path : files) {
        const std::string kind = kindOf(path);
        Diagnostics diag = validate(path, kind);
        const bool valid = !diag.hasErrors();
        allValid = allValid && valid;
        if (*format == OutputFormat::table) {
            std::fflush(stdout);
            for (const auto& d : diag.items()) std::fprintf(stderr, "%s\n", d.format().c_str());
            std::fflush(stderr);
            if (valid)
                std::printf("ok: %s (%s)\n", path.c_str(), kind.c_str());
            else
                std::fprintf(stderr, "invalid: %s (%d error(s))\n", path.c_str(),
                             diag.errorCount());
        } else if (*format == OutputFormat::json) {
            nlohmann::json items = nlohmann::json::array();
            for (const auto& d : diag.items()) items.push_back(diagnosticToJson(d));
            report.push_back(
                {{"file", path}, {"kind", kind}, {"valid", valid}, {"diagnostics", items}});
        } else {
            for (const auto& d : diag.items())
                csv.addRow({d.file, kind,
                            d.severity == Diagnostic::Severity::error ? "error" : "warning", d.path,
                            d.value, d.expected, d.suggestion, d.line ? std::to_string(d.line) : "",
                            d.line ? std::to_string(d.column) : ""});
            if (diag.items().empty()) csv.addRow({path, kind, "ok", "", "", "", "", "", ""});
        }
    }
    if (*format == OutputFormat::json)
        printJson({{"valid", allValid}, {"files", report}});
    else if (*format == OutputFormat::csv)
        printTables({csv}, OutputFormat::csv);
    std::fflush(stdout);
    return allValid ? 0 : 1;
}

}  // namespace

static const bool registered = registerCommand(
    {"validate", "Check spec files and report every error (exit 0 when all are valid)", run});

}  // namespace rl::cli
