#pragma once
// Timelines of every engine in one type: tracks grouped by replica, rank,
// pipeline stage or stream; events with typed identities; counters; flows.
// The analytical engine, the serving simulator and the training simulator
// all fill it; views/timeline draws it; export.h writes it as a Chrome /
// Perfetto trace (one process per group, one thread per track).
//
// Compact on purpose: a serving run may hold millions of events, so names and
// categories are indices into small tables, not strings per event.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/spec/phrase.h"

namespace rl {

// What an event's `id` points at, so a view can follow it without parsing text.
enum class TraceRef : std::uint8_t {
    none,
    op,         // Prediction::ops index
    iteration,  // ServingReport::iterations index
    request,    // ServingReport::requests index
    task,       // a training simulator task index
};
std::string_view toString(TraceRef r);  // "none", "op", "iteration", "request", "task"

// What a group of tracks stands for, so a view can name it in the user's
// language from typed ids instead of parsing the English name.
enum class TraceGroupKind : std::uint8_t {
    other,           // only a name
    device,          // the analytical engine's device `index`
    replica,         // serving replica `index`
    prefillReplica,  // disaggregated serving: a replica that only prefills
    decodeReplica,   // ... and one that only decodes
    rank,            // training rank `index` (global), at `place`
};

// A training rank's coordinates in its parallel plan; -1: not part of the name.
struct TraceRankPlace {
    int stage = -1, dp = -1, cp = -1, tp = -1;
    bool operator==(const TraceRankPlace&) const = default;
};

struct TraceGroup {
    std::string name;  // English, as exports write it: "replica 0", "rank 3 (stage 1, DP 0, TP 1)"
    TraceGroupKind kind = TraceGroupKind::other;
    int index = -1;
    TraceRankPlace place;  // kind == rank only
    bool operator==(const TraceGroup&) const = default;

    // Typed groups with their English names built from the ids.
    static TraceGroup device(int index);
    static TraceGroup replica(TraceGroupKind kind, int index);  // one of the replica kinds
    static TraceGroup rank(int index, TraceRankPlace place);
};

enum class TraceTrackKind : std::uint8_t {
    named,  // a stream named by a word ("compute", "TP comm")
    stage,  // pipeline stage `index`
};

struct TraceTrack {
    std::string name;  // English: "stage 0", "compute", "TP comm"
    int group = 0;     // index into Trace::groups
    TraceTrackKind kind = TraceTrackKind::named;
    int index = -1;  // kind == stage: the stage

    static TraceTrack stage(int stage, int group);
};

struct TraceEvent {
    double start = 0, duration = 0;  // s
    std::int32_t track = 0;          // index into Trace::tracks
    std::int32_t category = 0;       // index into Trace::categories (colour, legend)
    std::int32_t label = -1;         // index into Trace::labels; -1: the category's name
    TraceRef ref = TraceRef::none;
    std::int64_t id = -1;  // index into what `ref` names
};

// A value over time drawn under a group's tracks (batch size, KV-cache use).
struct TraceCounter {
    std::string name;  // "KV-cache blocks in use"
    std::string unit;  // "blocks", "requests", "" for a plain count
    int group = 0;
    std::vector<double> times, values;  // step function: values[i] holds from times[i]
};

// An arrow from one event to another (a KV-cache transfer, a pipeline send).
struct TraceFlow {
    std::int64_t from = 0, to = 0;  // indices into Trace::events
};

struct Trace {
    std::vector<TraceGroup> groups;
    std::vector<TraceTrack> tracks;
    std::vector<std::string> categories;
    std::vector<std::string> labels;
    // The typed twin of a label made by typedLabel() ("decode step %1, KV
    // %2" and its numbers), so a view says it in the user's language; empty
    // or missing for a plain name (an op's name), which stays as written.
    std::vector<Phrase> labelPhrases;
    std::vector<TraceEvent> events;  // sorted by (track, start) once finish() ran
    std::vector<TraceCounter> counters;
    std::vector<TraceFlow> flows;

    // Table builders: return the index of `name`, adding it when new. Groups
    // are keyed by name, tracks by (name, group); a plain name makes an
    // untyped group (TraceGroupKind::other) or a named track.
    int group(const std::string& name);
    int group(const TraceGroup& group);
    int track(const std::string& name, int group);
    int track(const TraceTrack& track);
    int category(const std::string& name);
    int label(const std::string& name);
    int typedLabel(const Phrase& phrase);  // labels gets phrase.english()

    double endTime() const;  // latest event end (0 when empty)
    const std::string& labelOf(const TraceEvent& e) const;
    // The typed twin of e's label; nullptr for a plain name or no label.
    const Phrase* labelPhraseOf(const TraceEvent& e) const;
    // Sorts events by (track, start) and remaps flows; views rely on it.
    // Throws std::invalid_argument naming the first event, counter or flow
    // whose index points outside its table.
    void finish();

    // Filled by finish(): the events of track t are
    // events[trackBegin[t], trackBegin[t + 1]), and the longest of them lasts
    // trackLongest[t] s (so a view finds what overlaps a time range by binary
    // search on start).
    std::vector<std::int64_t> trackBegin;
    std::vector<double> trackLongest;

    // Lookup caches of the table builders (rebuilt when a table was filled
    // directly); not part of the trace's value.
    std::unordered_map<std::string, int> groupIndex_, trackIndex_, categoryIndex_, labelIndex_;
};

}  // namespace rl
