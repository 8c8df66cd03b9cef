#include "app/cli/run_budget.h"

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>

#include "app/cli/output.h"

namespace rl::cli {
namespace {

// Shared with the signal handler, so they live at namespace scope; lock-free
// atomics are async-signal-safe.
std::atomic<bool> gCancel{false};
std::atomic<bool> gInterrupted{false};
std::atomic<bool> gTimedOut{false};
double gLimitS = 0;

extern "C" void onInterrupt(int) {
    gInterrupted.store(true);
    gCancel.store(true);
    // A second Ctrl-C ends the process the usual way.
    std::signal(SIGINT, SIG_DFL);
}

}  // namespace

RunBudget::~RunBudget() {
    if (!started_) return;
    {
        std::lock_guard<std::mutex> lock(mu_);
        finishing_ = true;
    }
    wake_.notify_all();
    if (timer_.joinable()) timer_.join();
    std::signal(SIGINT, SIG_DFL);
}

void RunBudget::addOptions(QCommandLineParser& parser) {
    parser.addOption({"time-limit",
                      "Stop after this many seconds and print the best result found so far, "
                      "marked partial (Ctrl-C does the same).",
                      "seconds"});
}

bool RunBudget::configure(const QCommandLineParser& parser) {
    if (!parser.isSet("time-limit")) return true;
    bool ok = false;
    const double s = parser.value("time-limit").toDouble(&ok);
    if (!ok || !std::isfinite(s) || s <= 0 || s > kMaxTimeLimitS) {
        fail("--time-limit must be a number of seconds > 0 and at most " +
                 formatNumber(kMaxTimeLimitS, 6) + " (one week); got \"" +
                 parser.value("time-limit").toStdString() + "\"",
             2);
        return false;
    }
    limitS_ = s;
    return true;
}

void RunBudget::start() {
    gCancel = false;
    gInterrupted = false;
    gTimedOut = false;
    started_ = true;
    std::signal(SIGINT, onInterrupt);
    if (!limitS_) return;
    gLimitS = *limitS_;
    timer_ = std::thread([this, limit = *limitS_] {
        std::unique_lock<std::mutex> lock(mu_);
        if (!wake_.wait_for(lock, std::chrono::duration<double>(limit),
                            [this] { return finishing_; })) {
            gTimedOut = true;
            gCancel = true;
        }
    });
}

const std::atomic<bool>* RunBudget::cancelFlag() const { return &gCancel; }
bool RunBudget::stopped() const { return gCancel.load(); }
bool RunBudget::interrupted() const { return gInterrupted.load(); }

std::string RunBudget::stopReason() const {
    if (gInterrupted) return "interrupted (Ctrl-C)";
    if (gTimedOut) return "time limit of " + formatNumber(gLimitS, 6) + " s reached";
    return {};
}

std::string RunBudget::partialNote(const std::string& what) const {
    return "partial result: " + stopReason() + "; " + what;
}

int RunBudget::exitCode(int normal) const { return interrupted() ? kInterruptedExitCode : normal; }

}  // namespace rl::cli
