#pragma once
// Progress and cancellation for long work (mapper search, analysis, training),
// in plain C++ so the GUI, the CLI and the tests share it.
#include <atomic>
#include <functional>
#include <stdexcept>
#include <string_view>

namespace rl {

struct Cancelled : std::runtime_error {
    Cancelled() : std::runtime_error("cancelled") {}
};

struct Progress {
    // Called with a fraction in [0, 1] and a short description; may be empty.
    // Must be cheap and thread-safe: engines may call it from worker threads.
    std::function<void(double fraction, std::string_view what)> report;
    const std::atomic<bool>* cancel = nullptr;  // set to true to stop the work

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    // Throws Cancelled if cancellation was requested.
    void check() const {
        if (cancelled()) throw Cancelled();
    }
    void operator()(double fraction, std::string_view what = {}) const {
        if (report) report(fraction, what);
    }
};

}  // namespace rl
