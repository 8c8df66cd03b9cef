#pragma once
// The one progress line the long commands (simulate, learn, profile,
// dataflow) print on stderr: "what: 42%", rewritten in place at most a few
// times a second from any thread, and ended with a newline once the work is
// done, so the tables on stdout and the messages on stderr never land in it.
#include <chrono>
#include <mutex>
#include <string>
#include <string_view>

#include "core/result/progress.h"

namespace rl::cli {

class ProgressLine {
  public:
    ProgressLine() = default;
    // A line still open when the work throws past it is ended, so the error
    // printed next starts on a line of its own.
    ~ProgressLine() { interrupt(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // Reports into this line; the line must outlive the work it is handed to.
    Progress progress();
    // Ends a line left open with "100%" (the engine's last report may be below it).
    void finish();
    // Ends a line left open as it stands: before printing a line of one's own,
    // or when the work stopped short.
    void interrupt();

  private:
    void report(double fraction, std::string_view what);

    std::mutex mu_;
    std::chrono::steady_clock::time_point last_;
    std::string what_;
    bool open_ = false;
};

}  // namespace rl::cli
