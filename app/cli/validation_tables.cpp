#include "app/cli/validation_tables.h"

#include <cstdio>
#include <iostream>

namespace rl::cli {
namespace {

std::string pct(double v) { return formatNumber(v, 3) + "%"; }
// Interval coverage as a percentage; "-" when the predictor gave no interval.
std::string coverage(const ErrorMetrics& m) {
    return m.coverage < 0 ? std::string("-") : formatNumber(100 * m.coverage, 3) + "%";
}

// A cell as Markdown shows it: pipes escaped, line breaks flattened.
std::string markdownCell(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

}  // namespace

Table heldOutTable(const ValidationReport& report, bool withLearned) {
    Table t(
        "held-out devices",
        {"held-out hardware", "op", "rows", "roofline MAPE", "learned MAPE", "learned 90% coverage",
         "hybrid MAPE", "hybrid 90% coverage", "hybrid median APE", "hybrid Kendall tau", "trust",
         "hybrid MAPE, full correction", "learned 90% width", "hybrid 90% width"});
    t.alignRight({2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
    // Median high / low of the interval, "x2.1"; "-" without one.
    const auto width = [](double w) { return w > 0 ? "x" + formatNumber(w, 3) : std::string("-"); };
    for (const auto& r : report.rows)
        t.addRow({r.hardware, r.op, std::to_string(r.n), pct(r.roofline.mape),
                  withLearned ? pct(r.learned.mape) : "-", withLearned ? coverage(r.learned) : "-",
                  pct(r.hybrid.mape), coverage(r.hybrid), pct(r.hybrid.medianApe),
                  formatNumber(r.hybrid.kendallTau, 3), formatNumber(r.trust, 2),
                  pct(r.hybridFull.mape), withLearned ? width(r.learnedWidth) : "-",
                  width(r.hybridWidth)});
    return t;
}

Table kshotTable(const ValidationReport& report) {
    Table k("k-shot calibration (hybrid)",
            {"hardware", "k", "MAPE (retrain)", "best draw", "worst draw", "MAPE (offset)"});
    k.alignRight({1, 2, 3, 4, 5});
    for (const auto& pt : report.kshot)
        k.addRow({pt.hardware, std::to_string(pt.k), pct(pt.mape), pct(pt.mapeMin), pct(pt.mapeMax),
                  pct(pt.mapeOffset)});
    return k;
}

Table physicsTable(const ValidationReport& report) {
    Table t("sustained-clock physics per fold (fp32 FMA path)",
            {"held-out hardware", "TDP / (units x GHz)", "full-clock budget (fold)",
             "achievable (fold)", "predicted efficiency", "measured efficiency"});
    t.alignRight({1, 2, 3, 4, 5});
    for (const auto& f : report.physics)
        t.addRow({f.heldOut, formatNumber(f.budget, 3) + " W",
                  formatNumber(f.model.fullClockBudget, 3) + " W", formatNumber(f.achievable, 3),
                  formatNumber(f.predicted, 3),
                  f.measured > 0 ? formatNumber(f.measured, 3) : "-"});
    return t;
}

std::string renderMarkdown(const Table& t) {
    std::string out;
    if (!t.title.empty()) out += "**" + markdownCell(t.title) + "**\n\n";
    auto line = [](const std::vector<std::string>& cells) {
        std::string s = "|";
        for (const auto& c : cells) s += " " + markdownCell(c) + " |";
        return s + "\n";
    };
    out += line(t.columns);
    std::string rule = "|";
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        rule += c < t.rightAligned.size() && t.rightAligned[c] ? "---:|" : "---|";
    out += rule + "\n";
    for (const auto& row : t.rows) out += line(row);
    return out;
}

bool wantsMarkdown(const QCommandLineParser& parser) {
    return parser.value("format") == QStringLiteral("markdown");
}

void printMarkdown(const std::vector<Table>& tables) {
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (i) std::cout << "\n";
        std::cout << renderMarkdown(tables[i]);
    }
    std::cout << std::flush;
}

}  // namespace rl::cli
