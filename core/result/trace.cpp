#include "core/result/trace.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "core/result/trace_names.h"

namespace rl {

namespace {

// Keeps a name -> index cache in step with its table. A table filled directly
// (push_back instead of the builder) leaves the cache short, so it is rebuilt
// from the table; the first occurrence of a name wins, as it would have.
template <class Table, class Key>
int lookupOrAdd(Table& table, std::unordered_map<std::string, int>& cache, const std::string& key,
                Key keyOf, auto makeEntry) {
    if (cache.size() != table.size()) {
        cache.clear();
        for (std::size_t i = 0; i < table.size(); ++i)
            cache.try_emplace(keyOf(table[i]), static_cast<int>(i));
    }
    auto [it, fresh] = cache.try_emplace(key, static_cast<int>(table.size()));
    if (fresh) table.push_back(makeEntry());
    return it->second;
}

std::string trackKey(const std::string& name, int group) {
    return std::to_string(group) + '\x1f' + name;
}

[[noreturn]] void bad(const std::string& what, std::size_t index, long long value,
                      std::size_t size) {
    throw std::invalid_argument("trace: " + what + " " + std::to_string(index) + " points at " +
                                std::to_string(value) + ", expected an index below " +
                                std::to_string(size));
}

void fillLongest(Trace& t) {
    t.trackLongest.assign(t.tracks.size(), 0.0);
    for (const TraceEvent& e : t.events) {
        double& longest = t.trackLongest[static_cast<std::size_t>(e.track)];
        longest = std::max(longest, e.duration);
    }
}

}  // namespace

std::string_view toString(TraceRef r) { return nameOf(kTraceRefNames, r, "none"); }

TraceGroup TraceGroup::device(int index) {
    return {"device " + std::to_string(index), TraceGroupKind::device, index, {}};
}

TraceGroup TraceGroup::replica(TraceGroupKind kind, int index) {
    const char* role = kind == TraceGroupKind::prefillReplica  ? " (prefill)"
                       : kind == TraceGroupKind::decodeReplica ? " (decode)"
                                                               : "";
    if (kind != TraceGroupKind::prefillReplica && kind != TraceGroupKind::decodeReplica)
        kind = TraceGroupKind::replica;
    return {"replica " + std::to_string(index) + role, kind, index, {}};
}

TraceGroup TraceGroup::rank(int index, TraceRankPlace place) {
    std::string name = "rank " + std::to_string(index);
    std::string coords;
    auto part = [&](const char* label, int value) {
        if (value < 0) return;
        coords += (coords.empty() ? "" : ", ") + std::string(label) + std::to_string(value);
    };
    part("stage ", place.stage);
    part("DP ", place.dp);
    part("CP ", place.cp);
    part("TP ", place.tp);
    if (!coords.empty()) name += " (" + coords + ")";
    return {std::move(name), TraceGroupKind::rank, index, place};
}

TraceTrack TraceTrack::stage(int stage, int group) {
    return {"stage " + std::to_string(stage), group, TraceTrackKind::stage, stage};
}

int Trace::group(const std::string& name) { return group(TraceGroup{name}); }

int Trace::group(const TraceGroup& g) {
    return lookupOrAdd(
        groups, groupIndex_, g.name, [](const TraceGroup& x) { return x.name; }, [&] { return g; });
}

int Trace::track(const std::string& name, int groupIndex) {
    return track(TraceTrack{name, groupIndex});
}

int Trace::track(const TraceTrack& t) {
    return lookupOrAdd(
        tracks, trackIndex_, trackKey(t.name, t.group),
        [](const TraceTrack& x) { return trackKey(x.name, x.group); }, [&] { return t; });
}

int Trace::category(const std::string& name) {
    return lookupOrAdd(
        categories, categoryIndex_, name, [](const std::string& c) { return c; },
        [&] { return name; });
}

int Trace::label(const std::string& name) {
    return lookupOrAdd(
        labels, labelIndex_, name, [](const std::string& l) { return l; }, [&] { return name; });
}

int Trace::typedLabel(const Phrase& phrase) {
    const int i = label(phrase.english());
    if (labelPhrases.size() <= static_cast<std::size_t>(i))
        labelPhrases.resize(static_cast<std::size_t>(i) + 1);
    labelPhrases[static_cast<std::size_t>(i)] = phrase;
    return i;
}

double Trace::endTime() const {
    double end = 0;
    for (const TraceEvent& e : events) end = std::max(end, e.start + e.duration);
    return end;
}

const std::string& Trace::labelOf(const TraceEvent& e) const {
    static const std::string none;
    if (e.label >= 0 && static_cast<std::size_t>(e.label) < labels.size())
        return labels[static_cast<std::size_t>(e.label)];
    if (e.category >= 0 && static_cast<std::size_t>(e.category) < categories.size())
        return categories[static_cast<std::size_t>(e.category)];
    return none;
}

const Phrase* Trace::labelPhraseOf(const TraceEvent& e) const {
    if (e.label < 0 || static_cast<std::size_t>(e.label) >= labelPhrases.size()) return nullptr;
    const Phrase& p = labelPhrases[static_cast<std::size_t>(e.label)];
    return p.empty() ? nullptr : &p;
}

void Trace::finish() {
    for (std::size_t i = 0; i < tracks.size(); ++i)
        if (tracks[i].group < 0 || static_cast<std::size_t>(tracks[i].group) >= groups.size())
            bad("track", i, tracks[i].group, groups.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const TraceEvent& e = events[i];
        if (e.track < 0 || static_cast<std::size_t>(e.track) >= tracks.size())
            bad("event", i, e.track, tracks.size());
        if (e.category < 0 || static_cast<std::size_t>(e.category) >= categories.size())
            bad("event", i, e.category, categories.size());
        if (e.label >= 0 && static_cast<std::size_t>(e.label) >= labels.size())
            bad("event", i, e.label, labels.size());
    }
    for (std::size_t i = 0; i < counters.size(); ++i) {
        if (counters[i].group < 0 || static_cast<std::size_t>(counters[i].group) >= groups.size())
            bad("counter", i, counters[i].group, groups.size());
        if (counters[i].times.size() != counters[i].values.size())
            throw std::invalid_argument("trace: counter " + std::to_string(i) + " has " +
                                        std::to_string(counters[i].times.size()) + " times but " +
                                        std::to_string(counters[i].values.size()) + " values");
    }
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const TraceFlow& f = flows[i];
        for (std::int64_t end : {f.from, f.to})
            if (end < 0 || static_cast<std::size_t>(end) >= events.size())
                bad("flow", i, end, events.size());
    }

    const bool inOrder =
        std::is_sorted(events.begin(), events.end(), [](const TraceEvent& x, const TraceEvent& y) {
            return x.track != y.track ? x.track < y.track : x.start < y.start;
        });
    if (inOrder) {
        trackBegin.assign(tracks.size() + 1, 0);
        for (const TraceEvent& e : events) ++trackBegin[static_cast<std::size_t>(e.track) + 1];
        for (std::size_t t = 0; t < tracks.size(); ++t) trackBegin[t + 1] += trackBegin[t];
        fillLongest(*this);
        return;
    }
    // Engines emit each track's events in time order, interleaved across
    // tracks: a stable counting sort by track is linear, and only a track
    // that is not in time order is sorted by start.
    std::vector<std::int64_t> begin(tracks.size() + 1, 0);
    for (const TraceEvent& e : events) ++begin[static_cast<std::size_t>(e.track) + 1];
    for (std::size_t t = 0; t < tracks.size(); ++t) begin[t + 1] += begin[t];
    std::vector<std::int64_t> order(events.size());
    {
        std::vector<std::int64_t> next(begin.begin(), begin.end() - 1);
        for (std::size_t i = 0; i < events.size(); ++i)
            order[static_cast<std::size_t>(next[static_cast<std::size_t>(events[i].track)]++)] =
                static_cast<std::int64_t>(i);
    }
    auto startOf = [&](std::int64_t i) { return events[static_cast<std::size_t>(i)].start; };
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        const auto first = order.begin() + begin[t], last = order.begin() + begin[t + 1];
        if (!std::is_sorted(first, last, [&](std::int64_t a, std::int64_t b) {
                return startOf(a) < startOf(b);
            }))
            std::stable_sort(first, last, [&](std::int64_t a, std::int64_t b) {
                return startOf(a) < startOf(b);
            });
    }
    std::vector<TraceEvent> sorted;
    sorted.reserve(events.size());
    std::vector<std::int64_t> newIndex(events.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        sorted.push_back(events[static_cast<std::size_t>(order[i])]);
        newIndex[static_cast<std::size_t>(order[i])] = static_cast<std::int64_t>(i);
    }
    events = std::move(sorted);
    for (TraceFlow& f : flows) {
        f.from = newIndex[static_cast<std::size_t>(f.from)];
        f.to = newIndex[static_cast<std::size_t>(f.to)];
    }

    trackBegin = std::move(begin);
    fillLongest(*this);
}

}  // namespace rl
