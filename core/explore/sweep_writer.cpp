#include "core/explore/sweep_writer.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <limits>

#include "core/explore/sweep_files.h"
#include "core/explore/sweep_manifest.h"
#include "core/result/csv_writer.h"
#include "core/spec/atomic_save.h"
#include "core/spec/json_reader.h"
#include "core/spec/spec_phrases.h"

namespace rl::explore {

Phrase writableFolder(const std::string& error) {
    return Phrase(RL_TR("SpecText", "a writable folder (%1)"), {PhraseArg::verbatim(error)});
}

namespace {

namespace fs = std::filesystem;

std::string pathIn(const std::string& dir, const char* name) {
    return (fs::path(dir) / name).string();
}

// Complete records at the start of a file, up to `most`, and the byte
// offset just past the last of them. CSV records (csv::record) end with CRLF
// outside quotes (a quoted field may hold line breaks); JSON lines with LF.
// Reads in large blocks and keeps nothing, so memory stays flat.
struct Records {
    std::uint64_t count = 0;
    std::uint64_t end = 0;
};
Records scanRecords(const std::string& path, bool csv,
                    std::uint64_t most = std::numeric_limits<std::uint64_t>::max()) {
    Records r;
    std::ifstream in(path, std::ios::binary);
    std::vector<char> block(1 << 20);
    bool quoted = false;
    char prev = 0;
    std::uint64_t offset = 0;
    while (in && r.count < most) {
        in.read(block.data(), std::streamsize(block.size()));
        const auto got = std::size_t(in.gcount());
        for (std::size_t i = 0; i < got && r.count < most; ++i) {
            const char c = block[i];
            ++offset;
            if (csv && c == '"') quoted = !quoted;
            if (c == '\n' && !quoted && (!csv || prev == '\r')) r = {r.count + 1, offset};
            prev = c;
        }
    }
    return r;
}

std::string number(double v) {
    if (std::isnan(v)) return {};
    char buf[32];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

std::string sensitivityCsv(const SweepResult& r) {
    std::string out = csv::record({"axis", "objective", "base", "low", "at low", "high", "at high",
                                   "min", "min at", "max", "max at"});
    for (const SensitivityRow& s : r.sensitivity)
        out += csv::record({r.axes[s.axis].name, r.objectives[s.objective].name, number(s.base),
                            s.lowLabel, number(s.atLow), s.highLabel, number(s.atHigh),
                            number(s.min), s.minLabel, number(s.max), s.maxLabel});
    return out;
}

// Keeps the first `keep` points of a folder being resumed: cuts both point
// files after them and hands them to onKept. Returns "" or the reason.
std::string keepPrefix(const std::string& dir, const SweepResult& d, std::uint64_t begin,
                       const std::function<void(const SweepPoint&)>& onKept, std::uint64_t& kept) {
    const std::string csvPath = pathIn(dir, kPointsCsv);
    const std::string jsonPath = pathIn(dir, kPointsJsonl);
    const Records csvRecords = scanRecords(csvPath, true);
    const Records jsonLines = scanRecords(jsonPath, false);
    if (csvRecords.count == 0) return "points.csv has no header";
    // Only lines that parse, in index order, count; each is handed on as it
    // is read (a later bad line does not undo the ones before it).
    std::ifstream in(jsonPath, std::ios::binary);
    std::string line;
    std::uint64_t good = 0;
    const std::uint64_t limit = std::min(jsonLines.count, csvRecords.count - 1);
    while (good < limit && std::getline(in, line)) {
        auto p = parseJsonLine(d, line);
        if (!p || p->index != begin + good) break;
        if (onKept) onKept(*p);
        ++good;
    }
    in.close();
    std::error_code ec;
    fs::resize_file(csvPath, scanRecords(csvPath, true, good + 1).end, ec);
    if (!ec) fs::resize_file(jsonPath, scanRecords(jsonPath, false, good).end, ec);
    if (ec) return ec.message();
    kept = good;
    return {};
}

}  // namespace

std::unique_ptr<SweepWriter> SweepWriter::open(const std::string& dir, const SweepResult& d,
                                               std::uint64_t begin, std::uint64_t end, bool resume,
                                               const std::function<void(const SweepPoint&)>& onKept,
                                               Diagnostics& diag) {
    std::unique_ptr<SweepWriter> w(new SweepWriter());
    w->dir_ = dir;
    w->descriptors_ = d;
    w->descriptors_.points.clear();
    w->begin_ = begin;
    w->end_ = end;
    w->next_ = begin;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        diag.error("", quotedValue(dir),
                   Phrase(RL_TR("SpecText", "a folder that can be created (%1)"),
                          {PhraseArg::verbatim(ec.message())}));
        return nullptr;
    }
    const std::string manifestPath = pathIn(dir, kManifest);
    bool resuming = false;
    if (resume && fs::exists(manifestPath)) {
        Diagnostics local(manifestPath);
        SweepResult old;
        std::vector<std::uint64_t> ignored;
        auto doc = readJsonFile(manifestPath, local);
        if (!doc || !readManifest(*doc, manifestPath, old, ignored, local)) {
            diag.append(local);
            return nullptr;
        }
        if (old.fingerprint != d.fingerprint || old.rangeBegin != begin || old.rangeEnd != end) {
            diag.error("/fingerprint", manifestPath,
                       RL_TR("SpecText",
                             "the output of this very sweep and range to resume "
                             "(the folder holds another sweep, or other "
                             "--shard/range; use another --out or drop --resume)"));
            return nullptr;
        }
        std::uint64_t kept = 0;
        if (std::string e = keepPrefix(dir, d, begin, onKept, kept); !e.empty()) {
            diag.error("", quotedValue(dir),
                       Phrase(RL_TR("SpecText", "points files that can be resumed (%1)"),
                              {PhraseArg::verbatim(e)}));
            return nullptr;
        }
        w->next_ = begin + kept;
        resuming = true;
    }
    if (!resuming) {
        // Start afresh: a manifest that says "incomplete" first, so an
        // interrupted run can be resumed; no stale front or sensitivity.
        SweepResult start = w->descriptors_;
        start.rangeBegin = begin;
        start.rangeEnd = end;
        start.complete = false;
        start.front.clear();
        start.sensitivity.clear();
        if (std::string e = saveFileAtomically(manifestPath, manifestJson(start).dump(2) + "\n");
            !e.empty()) {
            diag.error("", quotedValue(manifestPath),
                       Phrase(RL_TR("SpecText", "a writable file (%1)"), {PhraseArg::verbatim(e)}));
            return nullptr;
        }
        fs::remove(pathIn(dir, kFrontCsv), ec);
        fs::remove(pathIn(dir, kSensitivityCsv), ec);
        std::ofstream(pathIn(dir, kPointsCsv), std::ios::binary | std::ios::trunc) << csvHeader(d);
        std::ofstream(pathIn(dir, kPointsJsonl), std::ios::binary | std::ios::trunc);
    }
    w->csv_.open(pathIn(dir, kPointsCsv), std::ios::binary | std::ios::app);
    w->jsonl_.open(pathIn(dir, kPointsJsonl), std::ios::binary | std::ios::app);
    if (!w->csv_ || !w->jsonl_) {
        diag.error("", quotedValue(dir),
                   RL_TR("SpecText", "a folder where points.csv and points.jsonl can be written"));
        return nullptr;
    }
    return w;
}

void SweepWriter::append(std::uint64_t index, std::string_view csvRecord,
                         std::string_view jsonLine) {
    if (index != next_) return;  // out of order: a caller bug; never write a gap
    csv_.write(csvRecord.data(), std::streamsize(csvRecord.size()));
    jsonl_.write(jsonLine.data(), std::streamsize(jsonLine.size()));
    jsonl_.put('\n');
    ++next_;
}

std::string SweepWriter::flush() {
    csv_.flush();
    jsonl_.flush();
    if (!csv_ || !jsonl_) return "writing the points failed (disk full?)";
    return {};
}

std::string SweepWriter::finish(const SweepResult& r) {
    if (std::string e = flush(); !e.empty()) return e;
    csv_.close();
    jsonl_.close();
    std::string front = csvHeader(r);
    for (std::size_t i : r.front) front += csvRecord(r, r.points[i]);
    if (std::string e = saveFileAtomically(pathIn(dir_, kFrontCsv), front); !e.empty()) return e;
    if (!r.sensitivity.empty())
        if (std::string e = saveFileAtomically(pathIn(dir_, kSensitivityCsv), sensitivityCsv(r));
            !e.empty())
            return e;
    SweepResult m = r;
    m.rangeBegin = begin_;
    m.rangeEnd = end_;
    return saveFileAtomically(pathIn(dir_, kManifest), manifestJson(m).dump(2) + "\n");
}

}  // namespace rl::explore
