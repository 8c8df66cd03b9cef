#include "app/cli/progress_line.h"

#include <algorithm>
#include <cstdio>

namespace rl::cli {

Progress ProgressLine::progress() {
    Progress p;
    p.report = [this](double f, std::string_view what) { report(f, what); };
    return p;
}

void ProgressLine::report(double f, std::string_view what) {
    std::lock_guard<std::mutex> lock(mu_);
    const auto now = std::chrono::steady_clock::now();
    // A redraw per report would flood a terminal (the mapper reports per evaluation).
    if (f < 1.0 && open_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    what_.assign(what);  // copied only when drawn: most reports are throttled away
    std::fprintf(stderr, "\r%s: %3.0f%%   ", what_.c_str(), std::clamp(f, 0.0, 1.0) * 100);
    open_ = f < 1.0;
    if (!open_) std::fputc('\n', stderr);
    std::fflush(stderr);
}

void ProgressLine::finish() {
    std::lock_guard<std::mutex> lock(mu_);
    if (!open_) return;
    std::fprintf(stderr, "\r%s: 100%%   \n", what_.c_str());
    open_ = false;
}

void ProgressLine::interrupt() {
    std::lock_guard<std::mutex> lock(mu_);
    if (open_) std::fputc('\n', stderr);
    open_ = false;
}

}  // namespace rl::cli
