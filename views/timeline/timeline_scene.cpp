#include "views/timeline/timeline_scene.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>

#include <QCoreApplication>

#include "core/spec/units.h"
#include "views/common/format.h"
#include "views/timeline/trace_names.h"

namespace rl {
namespace views {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("rl::views::TimelineScene", s); }

bool finite(const TraceEvent& e) { return std::isfinite(e.start) && std::isfinite(e.duration); }

// A tick label with just enough significant digits to tell neighbours apart
// (12.3452 s next to 12.3454 s), in the unit the project's formatter picks.
QString tickText(double t, double step) {
    if (std::abs(t) < step * 1e-6)
        return QString::fromStdString(formatQuantity(0.0, Dimension::time, 1));
    const int digits = static_cast<int>(std::floor(std::log10(std::abs(t))) -
                                        std::floor(std::log10(step) + 1e-9)) +
                       1;
    // At least 3: a value in its unit (1 to 999) never goes to exponent form.
    return QString::fromStdString(formatQuantity(t, Dimension::time, std::clamp(digits, 3, 15)));
}

}  // namespace

QString TimelineScene::setTrace(std::shared_ptr<const Trace> trace,
                                const TimelineMetrics& metrics) {
    metrics_ = metrics;
    trace_.reset();
    rows_.clear();
    trackRow_.clear();
    counterRange_.clear();
    end_ = 1.0;
    if (!trace) return {};
    if (trace->trackBegin.size() != trace->tracks.size() + 1 ||
        trace->trackLongest.size() != trace->tracks.size()) {
        auto copy = std::make_shared<Trace>(*trace);
        try {
            copy->finish();
        } catch (const std::invalid_argument& e) {
            return QString::fromStdString(e.what());
        }
        trace = std::move(copy);
    }
    trace_ = std::move(trace);
    double end = trace_->endTime();
    for (const TraceCounter& c : trace_->counters) {
        // The values' own range (the gutter prints it), so a KV length
        // growing from 512 to 575 shows its growth instead of a flat line.
        double lo = INFINITY, hi = -INFINITY;
        for (double v : c.values)
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        if (!(lo <= hi)) lo = hi = 0;
        if (hi <= lo) lo -= 0.5, hi += 0.5;
        counterRange_.emplace_back(lo, hi);
        for (double t : c.times)
            if (std::isfinite(t)) end = std::max(end, t);
    }
    end_ = end > 0 ? end : 1.0;
    layout();
    buildLevels();
    return {};
}

void TimelineScene::buildLevels() {
    levels_.clear();
    if (!trace_) return;
    const Trace& t = *trace_;
    levels_.resize(t.tracks.size());
    for (std::size_t k = 0; k < t.tracks.size(); ++k) {
        const std::int64_t first = t.trackBegin[k], n = t.trackBegin[k + 1] - first;
        const std::int64_t size = std::int64_t(1) << kFirstLevel;
        if (n < size * 2) continue;
        auto& levels = levels_[k];
        // The first level straight from the events; a block with a
        // non-finite event gets NaN times, which no comparison accepts.
        std::vector<Block> base(static_cast<std::size_t>(n / size));
        for (std::size_t b = 0; b < base.size(); ++b) {
            Block& blk = base[b];
            blk.end = -INFINITY;
            const std::int64_t from = first + static_cast<std::int64_t>(b) * size;
            blk.firstStart = t.events[static_cast<std::size_t>(from)].start;
            blk.lastStart = t.events[static_cast<std::size_t>(from + size - 1)].start;
            for (std::int64_t i = from; i < from + size; ++i) {
                const TraceEvent& e = t.events[static_cast<std::size_t>(i)];
                if (!finite(e)) blk.firstStart = blk.lastStart = std::nan("");
                blk.end = std::max(blk.end, e.start + e.duration);
                if (blk.longestEvent < 0 || e.duration > blk.longest) {
                    blk.longest = e.duration;
                    blk.longestEvent = i;
                    blk.category = e.category;
                }
            }
        }
        levels.push_back(std::move(base));
        while (levels.back().size() >= 2) {
            const std::vector<Block>& below = levels.back();
            std::vector<Block> up(below.size() / 2);
            for (std::size_t b = 0; b < up.size(); ++b) {
                const Block &l = below[2 * b], &r = below[2 * b + 1];
                up[b].firstStart = l.firstStart;
                up[b].end = std::max(l.end, r.end);
                up[b].lastStart = std::isnan(l.lastStart) ? l.lastStart : r.lastStart;
                const bool right = r.longest > l.longest;
                up[b].longest = right ? r.longest : l.longest;
                up[b].longestEvent = right ? r.longestEvent : l.longestEvent;
                up[b].category = right ? r.category : l.category;
            }
            levels.push_back(std::move(up));
        }
    }
}

void TimelineScene::setMetrics(const TimelineMetrics& metrics) {
    metrics_ = metrics;
    layout();
}

void TimelineScene::layout() {
    rows_.clear();
    if (!trace_) return;
    const Trace& t = *trace_;
    trackRow_.assign(t.tracks.size(), -1);
    double y = 0;
    auto add = [&](TimelineRow::Kind kind, int group, int index, double h, QString title) {
        TimelineRow r;
        r.kind = kind;
        r.group = group;
        r.index = index;
        r.top = y;
        r.height = h;
        r.title = std::move(title);
        rows_.push_back(std::move(r));
        y += h;
    };
    for (std::size_t g = 0; g < t.groups.size(); ++g) {
        const int gi = static_cast<int>(g);
        add(TimelineRow::Kind::header, gi, -1, metrics_.headerHeight, traceName(t.groups[g]));
        for (std::size_t k = 0; k < t.tracks.size(); ++k)
            if (t.tracks[k].group == gi) {
                trackRow_[k] = static_cast<int>(rows_.size());
                add(TimelineRow::Kind::track, gi, static_cast<int>(k), metrics_.trackHeight,
                    traceName(t.tracks[k]));
            }
        for (std::size_t c = 0; c < t.counters.size(); ++c)
            if (t.counters[c].group == gi) {
                const TraceCounter& counter = t.counters[c];
                add(TimelineRow::Kind::counter, gi, static_cast<int>(c), metrics_.counterHeight,
                    counter.unit.empty() ? traceName(counter.name)
                                         : QStringLiteral("%1 (%2)").arg(traceName(counter.name),
                                                                         traceName(counter.unit)));
            }
    }
}

double TimelineScene::contentHeight() const {
    return rows_.empty() ? 0.0 : rows_.back().top + rows_.back().height;
}

int TimelineScene::rowOfTrack(int track) const {
    return track >= 0 && static_cast<std::size_t>(track) < trackRow_.size()
               ? trackRow_[static_cast<std::size_t>(track)]
               : -1;
}

std::pair<std::int64_t, std::int64_t> TimelineScene::visible(int track, double t0,
                                                             double t1) const {
    const Trace& t = *trace_;
    const auto k = static_cast<std::size_t>(track);
    const auto first = t.events.begin() + t.trackBegin[k];
    const auto last = t.events.begin() + t.trackBegin[k + 1];
    // Sorted by start: anything that overlaps [t0, t1] starts after
    // t0 - (the track's longest event) and before t1.
    const double from = t0 - t.trackLongest[k];
    auto lo = std::lower_bound(first, last, from,
                               [](const TraceEvent& e, double v) { return e.start < v; });
    auto hi =
        std::upper_bound(lo, last, t1, [](double v, const TraceEvent& e) { return v < e.start; });
    return {lo - t.events.begin(), hi - t.events.begin()};
}

TimelineFrame TimelineScene::frame(double t0, double t1, double plotWidth, double y0,
                                   double y1) const {
    TimelineFrame f;
    if (!(t1 > t0) || !(plotWidth > 0)) return f;
    f.ticks = ticks(t0, t1, plotWidth, metrics_.minTickSpacing);
    if (!trace_) return f;
    const Trace& t = *trace_;
    const double scale = plotWidth / (t1 - t0);
    for (std::size_t ri = 0; ri < rows_.size(); ++ri) {
        const TimelineRow& row = rows_[ri];
        if (row.top + row.height <= y0 || row.top >= y1) continue;
        const int rowIndex = static_cast<int>(ri);
        if (row.kind == TimelineRow::Kind::track) {
            const auto [begin, end] = visible(row.index, t0, t1);
            // The block being merged: events narrower than minEventWidth that
            // start in the same pixel column, or extend a block under 1 px.
            bool open = false;
            TimelineRect cur;
            double curLongest = -1;
            // Whole blocks of tiny events that start in cur's pixel column
            // join it at once; returns the first event not swallowed.
            const auto& levels = levels_[static_cast<std::size_t>(row.index)];
            const std::int64_t trackFirst = t.trackBegin[static_cast<std::size_t>(row.index)];
            const double tiny = metrics_.minEventWidth / scale;
            auto swallowBlocks = [&](std::int64_t next, std::int64_t stop, TimelineRect& block,
                                     double& longest) {
                if (levels.empty()) return next;
                const double columnEnd = t0 + (std::floor(block.x0) + 1) / scale;
                for (;;) {
                    const std::int64_t local = next - trackFirst;
                    // The largest block aligned at `next`.
                    int k = std::min(
                        static_cast<int>(levels.size()) - 1 + kFirstLevel,
                        local == 0 ? 62 : std::countr_zero(static_cast<std::uint64_t>(local)));
                    if (k < kFirstLevel) return next;
                    bool took = false;
                    for (; k >= kFirstLevel; --k) {
                        const std::int64_t size = std::int64_t(1) << k;
                        const auto& level = levels[static_cast<std::size_t>(k - kFirstLevel)];
                        const auto b = static_cast<std::size_t>(local >> k);
                        if (next + size > stop || b >= level.size()) continue;
                        const Block& blk = level[b];
                        if (!(blk.firstStart >= t0 && blk.lastStart < columnEnd &&
                              blk.longest < tiny))
                            continue;
                        block.x1 =
                            std::max(block.x1, std::min(plotWidth + 1, (blk.end - t0) * scale));
                        block.merged += size;
                        if (blk.longest > longest) {
                            longest = blk.longest;
                            block.category = blk.category;
                            block.event = blk.longestEvent;
                        }
                        next += size;
                        took = true;
                        break;
                    }
                    if (!took) return next;
                }
            };
            auto flush = [&] {
                if (!open) return;
                open = false;
                cur.x1 = std::max(cur.x1, cur.x0 + 1);
                // Neighbouring merged blocks of one colour draw as one rectangle.
                if (!f.rects.empty()) {
                    TimelineRect& prev = f.rects.back();
                    if (prev.row == cur.row && prev.merged > 1 && cur.merged > 1 &&
                        prev.category == cur.category && cur.x0 <= prev.x1 + 0.5) {
                        prev.x1 = std::max(prev.x1, cur.x1);
                        prev.merged += cur.merged;
                        return;
                    }
                }
                f.rects.push_back(cur);
            };
            for (std::int64_t i = begin; i < end; ++i) {
                const TraceEvent& e = t.events[static_cast<std::size_t>(i)];
                if (!finite(e) || e.start + e.duration < t0) continue;
                const double x0 = std::max(-1.0, (e.start - t0) * scale);
                const double x1 = std::min(plotWidth + 1, (e.start + e.duration - t0) * scale);
                if (x1 - x0 >= metrics_.minEventWidth) {
                    flush();
                    TimelineRect r{rowIndex, x0, x1, e.category, i, 1};
                    f.rects.push_back(r);
                    const QString text = traceLabel(t, e);
                    const double visibleX0 = std::max(0.0, x0), visibleX1 = std::min(plotWidth, x1);
                    const double room = visibleX1 - visibleX0 - 6;
                    // Room for six characters at least: "la…" tells nobody anything.
                    if (room >= metrics_.charWidth * std::min<qsizetype>(text.size(), 6))
                        f.labels.push_back({rowIndex, visibleX0, visibleX1 - visibleX0, text});
                    continue;
                }
                const bool sameColumn = open && (std::floor(x0) <= std::floor(cur.x0) ||
                                                 (x0 <= cur.x1 && cur.x1 - cur.x0 < 1));
                if (sameColumn) {
                    cur.x1 = std::max(cur.x1, x1);
                    ++cur.merged;
                    if (e.duration > curLongest) {
                        curLongest = e.duration;
                        cur.category = e.category;
                        cur.event = i;
                    }
                } else {
                    flush();
                    open = true;
                    cur = TimelineRect{rowIndex, x0, x1, e.category, i, 1};
                    curLongest = e.duration;
                }
                i = swallowBlocks(i + 1, end, cur, curLongest) - 1;
            }
            flush();
        } else if (row.kind == TimelineRow::Kind::counter) {
            const TraceCounter& c = t.counters[static_cast<std::size_t>(row.index)];
            const auto [lo, hi] = counterRange_[static_cast<std::size_t>(row.index)];
            const double pad = 3, h = row.height - 2 * pad;
            auto yOf = [&](double v) { return pad + h * (1 - (v - lo) / (hi - lo)); };
            TimelineCounterPath path;
            path.row = rowIndex;
            path.counter = row.index;
            const std::size_t n = std::min(c.times.size(), c.values.size());
            // The last sample at or before t0 sets the value the line enters with.
            std::size_t i = static_cast<std::size_t>(
                std::upper_bound(c.times.begin(), c.times.begin() + static_cast<std::ptrdiff_t>(n),
                                 t0) -
                c.times.begin());
            double last = std::nan("");
            if (i > 0) {
                last = c.values[i - 1];
                path.points.emplace_back(0.0, yOf(last));
            }
            // Per pixel column: one vertical span from the lowest to the
            // highest value it saw, then on at the last one.
            while (i < n && c.times[i] <= t1) {
                const double x = std::floor((c.times[i] - t0) * scale);
                double mn = c.values[i], mx = c.values[i], now = c.values[i];
                // The column's samples: times before its right edge (and t1).
                const double columnEnd = std::min(t1, t0 + (x + 1) / scale);
                std::size_t j = i + 1;
                for (; j < n && c.times[j] < columnEnd; ++j) {
                    mn = std::min(mn, c.values[j]);
                    mx = std::max(mx, c.values[j]);
                    now = c.values[j];
                }
                if (std::isfinite(last)) {
                    path.points.emplace_back(x, yOf(last));
                    mn = std::min(mn, last);
                    mx = std::max(mx, last);
                }
                if (mn != mx) {
                    path.points.emplace_back(x, yOf(mn));
                    path.points.emplace_back(x, yOf(mx));
                }
                path.points.emplace_back(x, yOf(now));
                last = now;
                i = j;
            }
            if (std::isfinite(last)) {
                // The last value holds to the end of the trace.
                const double xEnd = std::min(plotWidth, (end_ - t0) * scale);
                if (!path.points.empty() && xEnd > path.points.back().x())
                    path.points.emplace_back(xEnd, yOf(last));
            }
            path.lastValue = last;
            if (path.points.size() >= 2) f.counters.push_back(std::move(path));
        }
    }
    return f;
}

std::int64_t TimelineScene::hit(double t0, double t1, double plotWidth, double x, double y,
                                double tolerancePx) const {
    if (!trace_ || !(t1 > t0) || !(plotWidth > 0)) return -1;
    auto row = std::find_if(rows_.begin(), rows_.end(), [&](const TimelineRow& r) {
        return y >= r.top && y < r.top + r.height;
    });
    if (row == rows_.end() || row->kind != TimelineRow::Kind::track) return -1;
    const double scale = plotWidth / (t1 - t0);
    const double t = t0 + x / scale, tol = tolerancePx / scale;
    const auto [begin, end] = visible(row->index, t - tol, t + tol);
    std::int64_t best = -1;
    double bestDistance = 0, bestDuration = 0;
    for (std::int64_t i = begin; i < end; ++i) {
        const TraceEvent& e = trace_->events[static_cast<std::size_t>(i)];
        if (!finite(e)) continue;
        const double d =
            t < e.start ? e.start - t : (t > e.start + e.duration ? t - e.start - e.duration : 0.0);
        if (d > tol) continue;
        if (best < 0 || d < bestDistance || (d == bestDistance && e.duration < bestDuration)) {
            best = i;
            bestDistance = d;
            bestDuration = e.duration;
        }
    }
    return best;
}

std::vector<std::int64_t> TimelineScene::eventsFor(TraceRef ref, std::int64_t id) const {
    std::vector<std::int64_t> out;
    if (!trace_ || ref == TraceRef::none) return out;
    const auto& ev = trace_->events;
    for (std::size_t i = 0; i < ev.size(); ++i)
        if (ev[i].ref == ref && ev[i].id == id) out.push_back(static_cast<std::int64_t>(i));
    return out;
}

bool TimelineScene::eventRect(std::int64_t event, double t0, double t1, double plotWidth,
                              double& x0, double& x1, double& top, double& height) const {
    if (!trace_ || event < 0 || static_cast<std::size_t>(event) >= trace_->events.size() ||
        !(t1 > t0))
        return false;
    const TraceEvent& e = trace_->events[static_cast<std::size_t>(event)];
    const int r = rowOfTrack(e.track);
    if (r < 0 || !finite(e)) return false;
    const double scale = plotWidth / (t1 - t0);
    x0 = (e.start - t0) * scale;
    x1 = std::max(x0 + 1, (e.start + e.duration - t0) * scale);
    top = rows_[static_cast<std::size_t>(r)].top;
    height = rows_[static_cast<std::size_t>(r)].height;
    return true;
}

QString TimelineScene::describe(std::int64_t event) const {
    if (!trace_ || event < 0 || static_cast<std::size_t>(event) >= trace_->events.size()) return {};
    const Trace& t = *trace_;
    const TraceEvent& e = t.events[static_cast<std::size_t>(event)];
    const auto& track = t.tracks[static_cast<std::size_t>(e.track)];
    QStringList lines;
    lines << traceLabel(t, e);
    lines << tr("category: %1").arg(traceName(t.categories[static_cast<std::size_t>(e.category)]));
    lines << tr("start: %1").arg(fmtTime(e.start));
    lines << tr("duration: %1").arg(fmtTime(e.duration));
    lines << tr("track: %1 / %2")
                 .arg(traceName(t.groups[static_cast<std::size_t>(track.group)]), traceName(track));
    if (e.ref != TraceRef::none)
        lines << tr("%1 #%2").arg(qstr(std::string(toString(e.ref)))).arg(e.id);
    lines << tr("event #%1").arg(event);
    return lines.join(QLatin1Char('\n'));
}

std::pair<double, double> TimelineScene::counterRange(int counter) const {
    if (counter < 0 || static_cast<std::size_t>(counter) >= counterRange_.size()) return {0, 1};
    return counterRange_[static_cast<std::size_t>(counter)];
}

std::vector<TimelineTick> TimelineScene::ticks(double t0, double t1, double plotWidth,
                                               double minSpacing) {
    std::vector<TimelineTick> out;
    if (!(t1 > t0) || !(plotWidth > 0)) return out;
    const double scale = plotWidth / (t1 - t0);
    const double raw = std::max(minSpacing, 1.0) / scale;  // s between labelled ticks, at least
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    double step = decade;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * decade >= raw * (1 - 1e-9)) {
            step = m * decade;
            break;
        }
    const double minor = step / 5;
    const double firstMinor = std::ceil(t0 / minor - 1e-9);
    for (double k = firstMinor;; k += 1) {
        const double time = k * minor;
        if (time > t1 + minor * 1e-6) break;
        TimelineTick tick;
        tick.time = time;
        tick.x = (time - t0) * scale;
        // Every fifth minor tick (a multiple of `step`) is labelled.
        if (std::fmod(std::abs(k), 5.0) == 0) tick.text = tickText(time, step);
        out.push_back(std::move(tick));
        if (out.size() > 10000) break;  // a degenerate range; never loop forever
    }
    return out;
}

}  // namespace views
}  // namespace rl
