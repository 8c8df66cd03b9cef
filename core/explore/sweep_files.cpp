// Rendering points as CSV records and JSON lines, and reading sweep folders
// back (readSweepFolder, mergeSweepFolders).
#include "core/explore/sweep_files.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "core/explore/pareto.h"
#include "core/explore/sweep_manifest.h"
#include "core/explore/sweep_writer.h"
#include "core/result/csv_writer.h"
#include "core/result/message_json.h"
#include "core/spec/json_reader.h"
#include "core/spec/spec_phrases.h"

namespace rl::explore {
namespace {

namespace fs = std::filesystem;

// Shortest text that reads back as the same double; "" for NaN.
void appendNumber(std::string& out, double v) {
    if (std::isnan(v)) return;
    char buf[32];
    auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out.append(buf, end);
}

// The same, as JSON (null for NaN, which JSON cannot spell).
void appendJsonNumber(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    appendNumber(out, v);
}

// Plain printable ASCII (labels, most errors) needs no escapes; anything
// else goes through the JSON library.
void appendJsonString(std::string& out, const std::string& s) {
    const bool plain = std::all_of(
        s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
    if (!plain) {
        out += Json(s).dump();
        return;
    }
    out += '"';
    out += s;
    out += '"';
}

std::string withUnit(const std::string& name, const std::string& unit) {
    return unit.empty() ? name : name + " [" + unit + "]";
}

}  // namespace

std::string csvHeader(const SweepResult& d) {
    std::vector<std::string> cells = {"index"};
    for (const SweepAxisInfo& a : d.axes)
        cells.push_back(withUnit(a.name, a.numeric ? a.unit : ""));
    for (const SweepObjectiveInfo& o : d.objectives) cells.push_back(withUnit(o.name, o.unit));
    for (const SweepConstraintInfo& c : d.constraints) cells.push_back(withUnit(c.name, c.unit));
    cells.push_back("feasible");
    cells.push_back("error");
    return csv::record(cells);
}

std::string csvRecord(const SweepResult& d, const SweepPoint& p) {
    std::string line = std::to_string(p.index);
    for (std::size_t i = 0; i < p.axes.size(); ++i) {
        line += ',';
        // Numeric axes as SI numbers (what a plot wants), others by name.
        if (d.axes[i].numeric && !std::isnan(p.axes[i].number))
            appendNumber(line, p.axes[i].number);
        else
            line += csv::field(p.axes[i].label);
    }
    for (double v : p.objectives) appendNumber(line += ',', v);
    for (double v : p.constraints) appendNumber(line += ',', v);
    line += p.feasible ? ",1," : ",0,";
    line += csv::field(p.error);
    line += csv::kLineEnd;
    return line;
}

std::string jsonLine(const SweepResult&, const SweepPoint& p, const Message* reason) {
    std::string line = "{\"index\":" + std::to_string(p.index) + ",\"axes\":[";
    for (std::size_t i = 0; i < p.axes.size(); ++i) {
        if (i) line += ',';
        line += '[';
        appendJsonNumber(line, p.axes[i].number);
        line += ',';
        appendJsonString(line, p.axes[i].label);
        line += ',' + std::to_string(p.axes[i].position) + ']';
    }
    line += "],\"objectives\":[";
    for (std::size_t i = 0; i < p.objectives.size(); ++i)
        appendJsonNumber(line += (i ? "," : ""), p.objectives[i]);
    line += "],\"constraints\":[";
    for (std::size_t i = 0; i < p.constraints.size(); ++i)
        appendJsonNumber(line += (i ? "," : ""), p.constraints[i]);
    line += "],\"feasible\":";
    line += p.feasible ? "true" : "false";
    line += ",\"error\":";
    appendJsonString(line, p.error);
    if (reason && !p.error.empty()) line += ",\"reason\":" + messageToJson(*reason).dump();
    line += '}';
    return line;
}

std::optional<SweepPoint> parseJsonLine(const SweepResult& d, const std::string& line,
                                        std::optional<Message>* reason) {
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    auto number = [](const Json& v) { return v.is_number() ? v.get<double>() : kNoValue; };
    try {
        SweepPoint p;
        p.index = j.at("index").get<std::uint64_t>();
        const Json& axes = j.at("axes");
        const Json& obj = j.at("objectives");
        const Json& con = j.at("constraints");
        if (axes.size() != d.axes.size() || obj.size() != d.objectives.size() ||
            con.size() != d.constraints.size())
            return std::nullopt;
        for (const Json& a : axes)
            p.axes.push_back(
                {number(a.at(0)), a.at(1).get<std::string>(), a.at(2).get<std::int64_t>()});
        for (const Json& v : obj) p.objectives.push_back(number(v));
        for (const Json& v : con) p.constraints.push_back(number(v));
        p.feasible = j.at("feasible").get<bool>();
        p.error = j.at("error").get<std::string>();
        if (reason) {
            reason->reset();
            if (auto it = j.find("reason"); it != j.end() && !p.error.empty())
                *reason = messageFromJson(*it);
        }
        return p;
    } catch (const Json::exception&) {
        return std::nullopt;
    }
}

namespace {

// Reads `dir`'s manifest and calls `each` for every point line of
// points.jsonl in order, with its typed reason if any; false after reporting
// a problem.
template <class Each>
bool readFolder(const std::string& dir, SweepResult& out, std::vector<std::uint64_t>& frontIndices,
                Diagnostics& diag, Each each) {
    const std::string manifest = (fs::path(dir) / kManifest).string();
    Diagnostics local(manifest);
    auto doc = readJsonFile(manifest, local);
    if (!doc || !readManifest(*doc, manifest, out, frontIndices, local)) {
        diag.append(local);
        return false;
    }
    const std::string points = (fs::path(dir) / kPointsJsonl).string();
    std::ifstream in(points, std::ios::binary);
    if (!in) {
        diag.error("", quotedValue(points),
                   RL_TR("SpecText", "a readable points.jsonl beside sweep.json"));
        return false;
    }
    std::string line;
    std::uint64_t expected = out.rangeBegin;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        std::optional<Message> reason;
        auto p = parseJsonLine(out, line, &reason);
        if (!p || p->index != expected) {
            Diagnostic e;
            e.file = points;
            e.line = lineNo;
            e.setValue(displayValue(line));
            e.setExpected(Phrase(
                RL_TR("SpecText", "the point with index %1 as ridgeline-cli sweep writes it"),
                {PhraseArg::integer(static_cast<std::int64_t>(expected))}));
            diag.add(e);
            return false;
        }
        ++expected;
        each(std::move(*p), std::move(reason));
    }
    return true;
}

}  // namespace

std::optional<SweepResult> readSweepFolder(const std::string& dir, bool withPoints,
                                           Diagnostics& diag) {
    SweepResult r;
    std::vector<std::uint64_t> frontIndices;
    std::unordered_set<std::uint64_t> front(frontIndices.begin(), frontIndices.end());
    bool frontKnown = false;
    auto keep = [&](SweepPoint p, std::optional<Message> reason) {
        if (!frontKnown) {
            front.insert(frontIndices.begin(), frontIndices.end());
            frontKnown = true;
        }
        const bool onFront = front.count(p.index) > 0;
        if (withPoints || onFront) {
            if (onFront) r.front.push_back(r.points.size());
            if (reason) r.failures.push_back({p.index, std::move(*reason)});
            r.points.push_back(std::move(p));
        }
    };
    if (!readFolder(dir, r, frontIndices, diag, keep)) return std::nullopt;
    return r;
}

std::optional<SweepResult> mergeSweepFolders(const std::vector<std::string>& dirs,
                                             const std::string& outDir, Diagnostics& diag) {
    // Order the shards by their ranges from the manifests, then check that
    // they tile [0, points) of one sweep.
    struct Shard {
        std::string dir;
        SweepResult info;
    };
    std::vector<Shard> shards;
    for (const std::string& dir : dirs) {
        const std::string manifest = (fs::path(dir) / kManifest).string();
        Diagnostics local(manifest);
        Shard s{dir, {}};
        std::vector<std::uint64_t> ignored;
        auto doc = readJsonFile(manifest, local);
        if (!doc || !readManifest(*doc, manifest, s.info, ignored, local)) {
            diag.append(local);
            return std::nullopt;
        }
        shards.push_back(std::move(s));
    }
    if (shards.empty()) {
        diag.error("", RL_TR("SpecText", "no folders"),
                   RL_TR("SpecText", "the output folders of the shards to merge"));
        return std::nullopt;
    }
    std::sort(shards.begin(), shards.end(),
              [](const Shard& a, const Shard& b) { return a.info.rangeBegin < b.info.rangeBegin; });
    std::uint64_t next = 0;
    for (const Shard& s : shards) {
        const std::string where = (fs::path(s.dir) / kManifest).string();
        Diagnostics local(where);
        if (s.info.fingerprint != shards[0].info.fingerprint ||
            s.info.pointCount != shards[0].info.pointCount) {
            local.error("/fingerprint", quotedValue(s.info.fingerprint),
                        Phrase(RL_TR("SpecText",
                                     "a shard of the same sweep as \"%1\" (same "
                                     "axes, values, sampling, objectives and "
                                     "predictor)"),
                               {PhraseArg::verbatim(shards[0].dir)}));
        } else if (!s.info.complete) {
            local.error("/complete", "false",
                        RL_TR("SpecText", "a finished shard (run it again with --resume)"));
        } else if (s.info.rangeBegin != next) {
            local.error("/range",
                        Phrase(RL_TR("SpecText", "points %1 to %2"),
                               {PhraseArg::integer(static_cast<std::int64_t>(s.info.rangeBegin)),
                                PhraseArg::integer(static_cast<std::int64_t>(s.info.rangeEnd))}),
                        Phrase(RL_TR("SpecText",
                                     "the shard starting at point %1 (shards must "
                                     "cover every point once)"),
                               {PhraseArg::integer(static_cast<std::int64_t>(next))}));
        }
        if (local.hasErrors()) {
            diag.append(local);
            return std::nullopt;
        }
        next = s.info.rangeEnd;
    }
    if (next != shards[0].info.pointCount) {
        diag.error(
            "/range",
            Phrase(RL_TR("SpecText", "points up to %1"),
                   {PhraseArg::integer(static_cast<std::int64_t>(next))}),
            Phrase(RL_TR("SpecText", "shards covering all %1 points"),
                   {PhraseArg::integer(static_cast<std::int64_t>(shards[0].info.pointCount))}));
        return std::nullopt;
    }

    SweepResult merged = shards[0].info;
    merged.rangeBegin = 0;
    merged.rangeEnd = merged.pointCount;
    merged.evaluated = merged.feasibleCount = merged.errorCount = 0;
    merged.front.clear();
    merged.sensitivity = shards[0].info.sensitivity;  // only the shard from point 0 has them
    std::unique_ptr<SweepWriter> writer =
        SweepWriter::open(outDir, merged, 0, merged.pointCount, false, nullptr, diag);
    if (!writer) return std::nullopt;
    std::vector<ObjectiveSense> senses;
    for (const SweepObjectiveInfo& o : merged.objectives) senses.push_back(o.sense);
    RunningFront front(senses);
    for (const Shard& s : shards) {
        SweepResult info;
        std::vector<std::uint64_t> ignored;
        std::uint64_t lines = 0;
        auto each = [&](SweepPoint p, std::optional<Message> reason) {
            ++lines;
            writer->append(p.index, csvRecord(merged, p),
                           jsonLine(merged, p, reason ? &*reason : nullptr));
            ++merged.evaluated;
            merged.feasibleCount += p.feasible ? 1 : 0;
            merged.errorCount += p.error.empty() ? 0 : 1;
            if (p.feasible) front.add(std::move(p));
        };
        if (!readFolder(s.dir, info, ignored, diag, each)) return std::nullopt;
        if (lines != info.rangeEnd - info.rangeBegin) {
            diag.error("/evaluated", (fs::path(s.dir) / kPointsJsonl).string(),
                       Phrase(RL_TR("SpecText", "all %1 points of the shard's range"),
                              {PhraseArg::integer(
                                  static_cast<std::int64_t>(info.rangeEnd - info.rangeBegin))}));
            return std::nullopt;
        }
    }
    merged.points = front.take();
    for (std::size_t i = 0; i < merged.points.size(); ++i) merged.front.push_back(i);
    merged.complete = true;
    if (std::string e = writer->finish(merged); !e.empty()) {
        diag.error("", quotedValue(outDir), writableFolder(e));
        return std::nullopt;
    }
    return merged;
}

}  // namespace rl::explore
