// The one progress line of ridgeline-cli's long commands (app/cli/progress_line.h):
// what it prints on stderr when work reports, finishes, or stops short.
#include <unistd.h>

#include <QTemporaryFile>
#include <QtTest>
#include <cstdio>
#include <stdexcept>

#include "app/cli/progress_line.h"

namespace {

// Runs `work` with stderr sent to a file and returns what it printed.
template <class F>
QByteArray stderrOf(F work) {
    QTemporaryFile file;
    if (!file.open()) return "(no temporary file)";
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    ::dup2(file.handle(), STDERR_FILENO);
    work();
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    file.seek(0);
    return file.readAll();
}

}  // namespace

class TestProgressLine : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void aFinishedReportEndsTheLine() {
        const QByteArray out = stderrOf([] {
            rl::cli::ProgressLine line;
            const rl::Progress p = line.progress();
            p(0.25, "training");
            p(1.0, "training");
            line.finish();  // nothing left open: prints nothing more
        });
        QVERIFY2(out.startsWith("\rtraining:  25%   "), out.constData());
        QVERIFY2(out.endsWith("\rtraining: 100%   \n"), out.constData());
        QCOMPARE(out.count('\n'), 1);
    }

    void finishCompletesALineLeftOpen() {
        const QByteArray out = stderrOf([] {
            rl::cli::ProgressLine line;
            line.progress()(0.4, "mapping");
            line.finish();
        });
        QCOMPARE(out, QByteArray("\rmapping:  40%   \rmapping: 100%   \n"));
    }

    void interruptEndsTheLineAsItStands() {
        const QByteArray out = stderrOf([] {
            rl::cli::ProgressLine line;
            line.progress()(0.4, "mapping");
            line.interrupt();
            line.interrupt();  // already ended: no blank line
            line.finish();
        });
        QCOMPARE(out, QByteArray("\rmapping:  40%   \n"));
    }

    void outOfRangeFractionsAreClamped() {
        const QByteArray out = stderrOf([] {
            rl::cli::ProgressLine line;
            line.progress()(-0.5, "profiling");
            line.interrupt();
        });
        QCOMPARE(out, QByteArray("\rprofiling:   0%   \n"));
    }

    // Work that throws past an open line: the line ends before the error is
    // printed, so the error starts on a line of its own.
    void anErrorAfterAnOpenLineStartsItsOwnLine() {
        const QByteArray out = stderrOf([] {
            try {
                rl::cli::ProgressLine line;
                line.progress()(0.3, "learning");
                throw std::runtime_error("bad row");
            } catch (const std::exception& e) {
                std::fprintf(stderr, "error: %s\n", e.what());
            }
        });
        QCOMPARE(out, QByteArray("\rlearning:  30%   \nerror: bad row\n"));
    }
};

QTEST_GUILESS_MAIN(TestProgressLine)
#include "test_progress_line.moc"
