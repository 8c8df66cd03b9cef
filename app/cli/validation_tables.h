#pragma once
// The tables `learn evaluate` prints for cross-device validation (held-out
// devices with MAPE and 90% interval coverage side by side; k-shot curves),
// and a Markdown rendering of any table, which `--format markdown` writes so
// that tools/validate.sh can paste the tables into the docs.
#include <string>
#include <vector>

#include "app/cli/output.h"
#include "core/learned/validation.h"

namespace rl::cli {

Table heldOutTable(const ValidationReport& report, bool withLearned);
Table kshotTable(const ValidationReport& report);
// The sustained-clock constants of each fold and the fp32 efficiency they give.
Table physicsTable(const ValidationReport& report);

// A GitHub-flavoured Markdown table ("| a | b |", right-aligned numeric
// columns), preceded by "**title**" when the table has one.
std::string renderMarkdown(const Table& t);

// True when --format asks for markdown (which outputFormat() does not know).
bool wantsMarkdown(const QCommandLineParser& parser);
void printMarkdown(const std::vector<Table>& tables);

}  // namespace rl::cli
