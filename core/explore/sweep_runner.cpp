#include "core/explore/sweep_runner.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "core/explore/pareto.h"
#include "core/explore/sensitivity.h"
#include "core/explore/sweep_files.h"
#include "core/explore/sweep_manifest.h"
#include "core/explore/sweep_writer.h"
#include "core/spec/spec_phrases.h"

namespace rl::explore {

PointRange shardRange(std::uint64_t pointCount, std::uint64_t shard, std::uint64_t shards) {
    if (shards == 0 || shard >= shards) return {pointCount, pointCount};
    // begin = floor(n * i / N) without overflowing n * i.
    auto at = [&](std::uint64_t i) {
        return pointCount / shards * i + pointCount % shards * i / shards;
    };
    return {at(shard), at(shard + 1)};
}

namespace {

// One batch of points, evaluated in parallel and handed on in index order.
// Every point has a row of objective then constraint values; the rendered
// point and its lines exist only when someone reads them (a file, onPoint,
// keepPoints), so a sweep kept in memory only as counts and front costs no
// string per point.
struct Batch {
    std::uint64_t first = 0;
    std::size_t count = 0;
    std::vector<double> rows;  // count x (objectives + constraints)
    std::vector<std::string> errors;
    std::vector<std::optional<Message>> reasons;  // typed errors, when rendering
    std::vector<unsigned char> feasible;
    std::vector<SweepPoint> points;  // when rendering
    std::vector<std::string> csv, json;
};

// Evaluates points (and renders them when asked); one per worker thread.
class PointWorker {
  public:
    PointWorker(const SweepSpec& spec, const SweepBase& base, const PointSpace& space,
                const PointEvaluator& evaluator, const SweepResult& descriptors)
        : base_(base),
          space_(space),
          evaluator_(evaluator),
          d_(descriptors),
          settings_(space.axisCount()),
          values_(spec.metrics().size()) {
        for (const Objective& o : spec.objectives) slots_.push_back(spec.metricSlot(o.metric));
        for (const Constraint& c : spec.constraints) slots_.push_back(spec.metricSlot(c.metric));
    }

    void run(Batch& b, std::size_t i, bool render) {
        const std::uint64_t index = b.first + i;
        space_.settings(index, settings_);
        std::fill(values_.begin(), values_.end(), kNoValue);
        PointError failure;
        try {
            failure = evaluator_.evaluate(PointDesign(index, settings_, space_, base_), values_);
        } catch (const Cancelled&) {
            throw;
        } catch (const std::exception& e) {
            failure = PointError(e);  // the contract says no throw; keep the sweep alive anyway
        }
        std::string& error = b.errors[i];
        error = std::move(failure.english);
        const bool ok = error.empty();
        double* row = b.rows.data() + i * slots_.size();
        for (std::size_t s = 0; s < slots_.size(); ++s) row[s] = ok ? values_[slots_[s]] : kNoValue;
        bool feasible = ok;
        const std::size_t k = d_.objectives.size();
        for (std::size_t c = 0; c < d_.constraints.size(); ++c)
            feasible = feasible && d_.constraints[c].holds(row[k + c]);
        b.feasible[i] = feasible;
        if (!render) return;
        SweepPoint& p = b.points[i];
        p.index = index;
        p.axes.resize(settings_.size());
        for (std::size_t a = 0; a < settings_.size(); ++a)
            p.axes[a] = space_.axisValue(a, settings_[a]);
        p.objectives.assign(row, row + k);
        p.constraints.assign(row + k, row + slots_.size());
        p.feasible = feasible;
        p.error = error;
        b.reasons[i] = std::move(failure.typed);
        b.csv[i] = csvRecord(d_, p);
        b.json[i] = jsonLine(d_, p, b.reasons[i] ? &*b.reasons[i] : nullptr);
    }

  private:
    const SweepBase& base_;
    const PointSpace& space_;
    const PointEvaluator& evaluator_;
    const SweepResult& d_;
    std::vector<AxisSetting> settings_;
    std::vector<double> values_;
    std::vector<std::size_t> slots_;  // metric slot of each objective, then each constraint
};

// Counts, front and kept points of the points handed on in index order.
class Collector {
  public:
    Collector(SweepResult& result, bool keepPoints)
        : result_(result),
          front_(senses(result), result.constraints.size()),
          keepPoints_(keepPoints) {}

    // A point found on disk (resume) or rendered, with its typed failure if any.
    void take(const SweepPoint& p, std::optional<Message>* reason = nullptr) {
        count(p.error.empty(), p.feasible);
        if (p.feasible) front_.add(p.index, p.objectives.data(), p.constraints.data());
        if (!keepPoints_) return;
        result_.points.push_back(p);
        if (reason && *reason) result_.failures.push_back({p.index, std::move(**reason)});
    }
    // A point known only by its row (nothing rendered).
    void take(std::uint64_t index, const double* row, bool ok, bool feasible) {
        count(ok, feasible);
        if (feasible) front_.add(index, row, row + result_.objectives.size());
    }

    // The front's points complete with their axis values (from the space);
    // their positions in result.points, which become the front when the
    // points were not kept.
    void finish(const PointSpace& space) {
        std::vector<SweepPoint> f = front_.take();
        std::vector<AxisSetting> settings(space.axisCount());
        for (SweepPoint& p : f) {
            space.settings(p.index, settings);
            p.axes.resize(settings.size());
            for (std::size_t a = 0; a < settings.size(); ++a)
                p.axes[a] = space.axisValue(a, settings[a]);
        }
        if (!keepPoints_) {
            result_.points = std::move(f);
            result_.front.resize(result_.points.size());
            for (std::size_t i = 0; i < result_.front.size(); ++i) result_.front[i] = i;
            return;
        }
        for (const SweepPoint& p : f) {
            auto it =
                std::lower_bound(result_.points.begin(), result_.points.end(), p.index,
                                 [](const SweepPoint& a, std::uint64_t i) { return a.index < i; });
            result_.front.push_back(std::size_t(it - result_.points.begin()));
        }
    }

  private:
    static std::vector<ObjectiveSense> senses(const SweepResult& r) {
        std::vector<ObjectiveSense> s;
        for (const SweepObjectiveInfo& o : r.objectives) s.push_back(o.sense);
        return s;
    }
    void count(bool ok, bool feasible) {
        ++result_.evaluated;
        result_.errorCount += ok ? 0 : 1;
        result_.feasibleCount += feasible ? 1 : 0;
    }
    SweepResult& result_;
    RunningFront front_;
    bool keepPoints_;
};

}  // namespace

RunReport runSweep(const SweepSpec& spec, const SweepBase& base, PointEvaluator& evaluator,
                   const RunOptions& options) {
    RunReport report;
    report.diagnostics.setFile(spec.file);
    Diagnostics& diag = report.diagnostics;
    std::optional<PointSpace> space = PointSpace::build(spec, diag);
    if (!space) return report;
    SweepResult& result = report.result;
    result = describeSweep(spec, space->size());
    evaluator.prepare(base, *space, diag);
    if (diag.hasErrors()) return report;

    const std::uint64_t n = space->size();
    const std::uint64_t begin = std::min(options.range.begin, n);
    const std::uint64_t end = std::clamp(options.range.end, begin, n);
    result.rangeBegin = begin;
    result.rangeEnd = end;
    Collector collect(result, options.keepPoints);

    std::unique_ptr<SweepWriter> writer;
    std::uint64_t next = begin;
    if (!options.outputDir.empty()) {
        auto kept = [&](const SweepPoint& p) { collect.take(p); };
        writer =
            SweepWriter::open(options.outputDir, result, begin, end, options.resume, kept, diag);
        if (!writer) return report;
        next = writer->next();
        report.resumedPoints = next - begin;
    }

    const bool render = writer || options.onPoint || options.keepPoints;
    const std::size_t width = result.objectives.size() + result.constraints.size();
    tbb::task_arena arena(options.threads > 0 ? options.threads : tbb::task_arena::automatic);
    tbb::enumerable_thread_specific<PointWorker> workers(
        [&] { return PointWorker(spec, base, *space, evaluator, result); });
    const std::uint64_t batchSize = std::max<std::uint64_t>(1, options.batchSize);
    Batch b;
    try {
        while (next < end) {
            options.progress.check();
            b.first = next;
            b.count = std::size_t(std::min(batchSize, end - next));
            b.rows.resize(b.count * width);
            b.errors.resize(b.count);
            b.feasible.resize(b.count);
            if (render) {
                b.points.resize(b.count);
                b.reasons.assign(b.count, std::nullopt);
                b.csv.resize(b.count);
                b.json.resize(b.count);
            }
            arena.execute([&] {
                tbb::parallel_for(tbb::blocked_range<std::size_t>(0, b.count),
                                  [&](const tbb::blocked_range<std::size_t>& r) {
                                      options.progress.check();
                                      PointWorker& w = workers.local();
                                      for (std::size_t i = r.begin(); i != r.end(); ++i)
                                          w.run(b, i, render);
                                  });
            });
            // Hand on in index order, whatever thread computed what.
            for (std::size_t i = 0; i < b.count; ++i) {
                if (!render) {
                    collect.take(b.first + i, b.rows.data() + i * width, b.errors[i].empty(),
                                 b.feasible[i] != 0);
                    continue;
                }
                if (writer) writer->append(b.first + i, b.csv[i], b.json[i]);
                if (options.onReason && b.reasons[i]) options.onReason(b.first + i, *b.reasons[i]);
                if (options.onPoint) options.onPoint(b.points[i], b.csv[i], b.json[i]);
                collect.take(b.points[i], &b.reasons[i]);
            }
            next += b.count;
            if (writer)
                if (std::string e = writer->flush(); !e.empty()) {
                    diag.error("", quotedValue(options.outputDir), writableFolder(e));
                    return report;
                }
            options.progress(end > begin ? double(next - begin) / double(end - begin) : 1.0,
                             "points");
        }
        if (options.sensitivity.value_or(spec.sensitivity) && begin == 0)
            arena.execute([&] {
                result.sensitivity =
                    computeSensitivity(spec, base, *space, evaluator, options.progress);
            });
    } catch (const Cancelled&) {
        report.cancelled = true;
    }
    collect.finish(*space);
    result.complete = !report.cancelled && next == end;
    if (writer)
        if (std::string e = writer->finish(result); !e.empty())
            diag.error("", quotedValue(options.outputDir), writableFolder(e));
    return report;
}

}  // namespace rl::explore
