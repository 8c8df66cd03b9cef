#pragma once
// Budgets for the long commands (searches and simulations): --time-limit and
// Ctrl-C both set one cancel flag that the engines poll (rl::Progress::cancel).
// The command then prints the best result found so far, marked partial, and
// says why it stopped. A second Ctrl-C ends the process at once.
// Exit codes: a run stopped by its time limit ends normally (0: the partial
// result is what was asked for); one stopped by Ctrl-C ends with 130.
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <QCommandLineParser>

namespace rl::cli {

// The longest --time-limit accepted: one week.
inline constexpr double kMaxTimeLimitS = 7 * 24 * 3600.0;
inline constexpr int kInterruptedExitCode = 130;  // 128 + SIGINT, as shells report it

class RunBudget {
  public:
    RunBudget() = default;
    RunBudget(const RunBudget&) = delete;
    RunBudget& operator=(const RunBudget&) = delete;
    ~RunBudget();

    static void addOptions(QCommandLineParser& parser);
    // Reads --time-limit. Prints the problem and returns false when it is not
    // a number of seconds in (0, kMaxTimeLimitS].
    bool configure(const QCommandLineParser& parser);
    // Installs the Ctrl-C handler and starts the clock (one budget at a time).
    void start();

    // For rl::Progress::cancel.
    const std::atomic<bool>* cancelFlag() const;
    bool stopped() const;
    bool interrupted() const;  // by Ctrl-C (as opposed to the time limit)
    // "time limit of 30 s reached" or "interrupted (Ctrl-C)"; "" while running.
    std::string stopReason() const;
    // The note printed with a partial result: "partial result: <reason>; <what>".
    std::string partialNote(const std::string& what) const;
    // 130 after Ctrl-C, else `normal`.
    int exitCode(int normal = 0) const;

  private:
    std::optional<double> limitS_;
    std::thread timer_;
    std::mutex mu_;
    std::condition_variable wake_;
    bool finishing_ = false;
    bool started_ = false;
};

}  // namespace rl::cli
