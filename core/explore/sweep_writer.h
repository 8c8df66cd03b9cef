#pragma once
// Writes a sweep's output folder (layout: sweep_files.h) as points stream in.
// points.csv and points.jsonl grow by one line per point in index order and
// are flushed per batch; front.csv, sensitivity.csv and sweep.json are
// written atomically at the end. Opening with resume keeps the points already
// on disk (a truncated last line is cut off) and tells where to go on.
#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result/sweep_result.h"
#include "core/spec/diagnostics.h"

namespace rl::explore {

// "a writable folder (<the I/O error>)": what an output folder that failed to
// take a write was expected to be.
Phrase writableFolder(const std::string& error);

class SweepWriter {
  public:
    // `descriptors` gives the columns (axes, objectives, constraints, name,
    // pointCount); [begin, end) is the range this folder holds. With
    // `resume`, the points of an earlier run of the same sweep and range are
    // kept and handed to `onKept` in index order (for the front and counts); otherwise the
    // folder's files are replaced. Nothing after reporting into `diag`.
    static std::unique_ptr<SweepWriter> open(const std::string& dir, const SweepResult& descriptors,
                                             std::uint64_t begin, std::uint64_t end, bool resume,
                                             const std::function<void(const SweepPoint&)>& onKept,
                                             Diagnostics& diag);

    // The first point index not yet on disk.
    std::uint64_t next() const { return next_; }
    // One point's lines, as csvRecord()/jsonLine() render them, in index order.
    void append(std::uint64_t index, std::string_view csvRecord, std::string_view jsonLine);
    // Makes what was appended durable (called per batch, so an interruption
    // loses at most a batch). Returns "" or the I/O error.
    std::string flush();
    // Writes front.csv, sensitivity.csv and sweep.json from `result` (its
    // counts, front and sensitivity). Returns "" or the I/O error.
    std::string finish(const SweepResult& result);

  private:
    SweepWriter() = default;
    std::string dir_;
    SweepResult descriptors_;
    std::uint64_t begin_ = 0, end_ = 0, next_ = 0;
    std::ofstream csv_, jsonl_;
};

}  // namespace rl::explore
