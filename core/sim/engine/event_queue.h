#pragma once
// A discrete-event queue: events ordered by time, ties broken by insertion
// order so a run is deterministic. Payloads are two integers (what the event
// is about), so the queue never allocates per event once it has grown.
#include <cstdint>
#include <vector>

namespace rl::sim {

struct Event {
    double time = 0;
    std::uint64_t sequence = 0;  // insertion order: ties at equal time pop first-in first-out
    int kind = 0;                // caller-defined
    int target = 0;              // e.g. a replica index
    std::int64_t item = 0;       // e.g. a request index
};

class EventQueue {
  public:
    // Schedules an event; `time` may not be before now() (throws std::logic_error).
    void push(double time, int kind, int target = 0, std::int64_t item = 0);
    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    const Event& top() const { return heap_.front(); }
    // Removes the earliest event and advances the clock to its time.
    Event pop();
    double now() const { return now_; }
    std::uint64_t popped() const { return popped_; }
    void reserve(std::size_t n) { heap_.reserve(n); }

  private:
    std::vector<Event> heap_;
    std::uint64_t next_ = 0, popped_ = 0;
    double now_ = 0;
};

}  // namespace rl::sim
