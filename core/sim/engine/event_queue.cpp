#include "core/sim/engine/event_queue.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace rl::sim {

namespace {
// std heap algorithms build a max-heap: "less" means "later".
bool later(const Event& a, const Event& b) {
    return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
}
}  // namespace

void EventQueue::push(double time, int kind, int target, std::int64_t item) {
    if (!(time >= now_))
        throw std::logic_error("event scheduled at t = " + std::to_string(time) +
                               " s, before the clock (" + std::to_string(now_) + " s)");
    heap_.push_back({time, next_++, kind, target, item});
    std::push_heap(heap_.begin(), heap_.end(), later);
}

Event EventQueue::pop() {
    std::pop_heap(heap_.begin(), heap_.end(), later);
    Event e = heap_.back();
    heap_.pop_back();
    now_ = e.time;
    ++popped_;
    return e;
}

}  // namespace rl::sim
