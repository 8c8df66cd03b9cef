#include "app/cli/sweep_output.h"

#include <cmath>
#include <cstdio>

#include "core/explore/field_values.h"
#include "core/explore/sweep_files.h"

namespace rl::cli {
namespace {

// A text table of every point is readable up to this many rows; beyond, the
// points are in points.csv and the table shows the front.
constexpr std::uint64_t kMaxTablePoints = 200;

// Text tables show a tie group by its first axis (the others move with it;
// the CSV and JSON have them all).
bool leadsItsGroup(const SweepResult& d, std::size_t axis) {
    const int g = d.axes[axis].group;
    if (g < 0) return true;
    for (std::size_t i = 0; i < axis; ++i)
        if (d.axes[i].group == g) return false;
    return true;
}

std::vector<std::string> pointHeader(const SweepResult& d) {
    std::vector<std::string> cols = {"index"};
    for (std::size_t i = 0; i < d.axes.size(); ++i)
        if (leadsItsGroup(d, i)) cols.push_back(d.axes[i].name);
    for (const SweepObjectiveInfo& o : d.objectives)
        cols.push_back(o.name + (o.sense == ObjectiveSense::minimise ? " (min)" : " (max)"));
    for (const SweepConstraintInfo& c : d.constraints) cols.push_back(c.name);
    cols.push_back("feasible");
    cols.push_back("error");
    return cols;
}

std::vector<std::string> pointRow(const SweepResult& d, const SweepPoint& p) {
    std::vector<std::string> row = {std::to_string(p.index)};
    for (std::size_t i = 0; i < p.axes.size(); ++i)
        if (leadsItsGroup(d, i)) row.push_back(p.axes[i].label);
    for (std::size_t i = 0; i < p.objectives.size(); ++i)
        row.push_back(formatSweepValue(p.objectives[i], d.objectives[i].unit));
    for (std::size_t i = 0; i < p.constraints.size(); ++i)
        row.push_back(formatSweepValue(p.constraints[i], d.constraints[i].unit));
    row.push_back(p.feasible ? "yes" : "no");
    row.push_back(p.error);
    return row;
}

Table pointTable(const SweepResult& d, const std::string& title) {
    Table t(title, pointHeader(d));
    const std::size_t values = d.objectives.size() + d.constraints.size();
    for (std::size_t c = t.columns.size() - 2 - values; c + 2 < t.columns.size(); ++c)
        t.rightAligned[c] = true;
    return t;
}

nlohmann::json summaryJson(const SweepResult& r, const std::string& dir) {
    nlohmann::json j = {{"name", r.name},
                        {"points", r.pointCount},
                        {"range", {r.rangeBegin, r.rangeEnd}},
                        {"evaluated", r.evaluated},
                        {"feasible", r.feasibleCount},
                        {"errors", r.errorCount},
                        {"complete", r.complete}};
    if (!dir.empty()) j["output"] = dir;
    return j;
}

}  // namespace

std::string formatSweepValue(double v, const std::string& unit) {
    if (std::isnan(v)) return "";
    if (unit == "USD") return "$" + formatNumber(v, 4);
    if (unit == "1/s") return formatNumber(v, 4) + " /s";
    if (unit == "B") return formatBytes(v);
    if (auto dim = explore::dimensionOfUnit(unit)) return formatQuantity(v, *dim, 4);
    return formatNumber(v, 4) + (unit.empty() ? "" : " " + unit);
}

void SweepPrinter::begin(const SweepResult& d, std::uint64_t points) {
    if (format_ == OutputFormat::csv && !frontOnly_) {
        pending_ = explore::csvHeader(d);
    } else if (format_ == OutputFormat::json) {
        pending_ = "{\"points\": [";
    } else if (format_ == OutputFormat::table) {
        tablePoints_ = !frontOnly_ && points <= kMaxTablePoints;
    }
}

void SweepPrinter::printPending() {
    std::fputs(pending_.c_str(), stdout);
    pending_.clear();
}

void SweepPrinter::point(const SweepPoint& p, std::string_view csvRecord,
                         std::string_view jsonLine) {
    printPending();
    if (format_ == OutputFormat::csv && !frontOnly_) {
        std::fwrite(csvRecord.data(), 1, csvRecord.size(), stdout);
    } else if (format_ == OutputFormat::json && !frontOnly_) {
        if (!firstJson_) std::fputc(',', stdout);
        std::fputs("\n  ", stdout);
        std::fwrite(jsonLine.data(), 1, jsonLine.size(), stdout);
        firstJson_ = false;
    }
}

void SweepPrinter::end(const SweepResult& r, const std::string& dir, const std::string& note) {
    printPending();
    if (format_ == OutputFormat::csv) {
        if (frontOnly_) {
            std::string out = explore::csvHeader(r);
            for (std::size_t i : r.front) out += explore::csvRecord(r, r.points[i]);
            std::fputs(out.c_str(), stdout);
        }
        std::fflush(stdout);
        return;
    }
    if (format_ == OutputFormat::json) {
        std::string out = "],\n\"front\": [";
        for (std::size_t k = 0; k < r.front.size(); ++k)
            out += (k ? ",\n  " : "\n  ") + explore::jsonLine(r, r.points[r.front[k]]);
        out += "],\n\"sensitivity\": ";
        nlohmann::json rows = nlohmann::json::array();
        for (const SensitivityRow& s : r.sensitivity)
            rows.push_back({{"axis", r.axes[s.axis].name},
                            {"objective", r.objectives[s.objective].name},
                            {"base", s.base},
                            {"low", s.lowLabel},
                            {"at_low", s.atLow},
                            {"high", s.highLabel},
                            {"at_high", s.atHigh},
                            {"min", s.min},
                            {"max", s.max}});
        out += rows.dump();
        nlohmann::json summary = summaryJson(r, dir);
        if (!note.empty()) summary["note"] = note;
        out += ",\n\"sweep\": " + summary.dump() + "}\n";
        std::fputs(out.c_str(), stdout);
        std::fflush(stdout);
        return;
    }
    std::vector<Table> tables;
    Table sum("sweep", {"quantity", "value"});
    sum.addRow({"name", r.name});
    sum.addRow({"points", formatInteger(double(r.pointCount))});
    if (r.rangeBegin != 0 || r.rangeEnd != r.pointCount)
        sum.addRow({"range", std::to_string(r.rangeBegin) + " to " + std::to_string(r.rangeEnd)});
    sum.addRow({"evaluated", formatInteger(double(r.evaluated))});
    sum.addRow({"feasible", formatInteger(double(r.feasibleCount))});
    sum.addRow({"errors", formatInteger(double(r.errorCount))});
    sum.addRow({"on the Pareto front", formatInteger(double(r.front.size()))});
    if (!dir.empty()) sum.addRow({"output", dir});
    if (!note.empty()) sum.addRow({"note", note});
    tables.push_back(sum);
    if (tablePoints_ && !r.points.empty()) {
        Table all = pointTable(r, "points");
        for (const SweepPoint& p : r.points) all.addRow(pointRow(r, p));
        tables.push_back(std::move(all));
    }
    Table front = pointTable(r, r.objectives.size() == 1 ? "best" : "Pareto front");
    for (std::size_t i : r.front) front.addRow(pointRow(r, r.points[i]));
    tables.push_back(std::move(front));
    if (!r.sensitivity.empty()) {
        Table s("sensitivity (one axis at a time around the base)",
                {"axis", "objective", "base", "low", "at low", "high", "at high", "swing"});
        s.alignRight({2, 4, 6, 7});
        for (const SensitivityRow& row : r.sensitivity) {
            const std::string& unit = r.objectives[row.objective].unit;
            s.addRow({r.axes[row.axis].name, r.objectives[row.objective].name,
                      formatSweepValue(row.base, unit), row.lowLabel,
                      formatSweepValue(row.atLow, unit), row.highLabel,
                      formatSweepValue(row.atHigh, unit),
                      formatSweepValue(row.max - row.min, unit)});
        }
        tables.push_back(std::move(s));
    }
    printTables(tables, OutputFormat::table);
}

}  // namespace rl::cli
