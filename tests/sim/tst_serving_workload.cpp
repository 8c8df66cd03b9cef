// The serving workload: sample statistics of every arrival process and length
// distribution for a fixed seed (tolerances several standard errors wide),
// determinism, and trace replay of CSV files, including the real traces in
// ../shared/data/traces (skipped with a message where that folder is absent).
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/sim/serving/workload.h"

using namespace rl;

namespace {

struct Stats {
    double mean = 0, sd = 0, min = 0, max = 0;
    double cv() const { return sd / mean; }
};

Stats stats(const std::vector<double>& v) {
    Stats s;
    s.min = s.max = v.front();
    for (double x : v) s.mean += x, s.min = std::min(s.min, x), s.max = std::max(s.max, x);
    s.mean /= double(v.size());
    for (double x : v) s.sd += (x - s.mean) * (x - s.mean);
    s.sd = std::sqrt(s.sd / double(v.size() - 1));
    return s;
}

std::vector<double> gaps(const ServingWorkload& w) {
    std::vector<double> g;
    double last = 0;
    for (const ServingRequest& r : w.requests) g.push_back(r.arrival - last), last = r.arrival;
    return g;
}

std::vector<double> prompts(const ServingWorkload& w) {
    std::vector<double> v;
    for (const ServingRequest& r : w.requests) v.push_back(double(r.promptTokens));
    return v;
}

std::vector<double> outputs(const ServingWorkload& w) {
    std::vector<double> v;
    for (const ServingRequest& r : w.requests) v.push_back(double(r.outputTokens));
    return v;
}

ServingScenario base(const std::string& arrival, std::int64_t n = 20000) {
    ServingScenario s;
    s.arrival = arrival;
    s.ratePerS = 5;
    s.requests = n;
    s.seed = 7;
    s.promptLength = {"fixed", 100, 100, 100};
    s.outputLength = {"fixed", 10, 10, 10};
    return s;
}

ServingWorkload build(const ServingScenario& s) {
    Diagnostics d;
    ServingWorkload w = buildWorkload(s, d);
    if (d.hasErrors()) qWarning("%s", d.format().c_str());
    return w;
}

bool near(double value, double expected, double relTol) {
    return std::abs(value - expected) <= relTol * std::abs(expected);
}

QString describe(const char* what, double got, double want) {
    return QString("%1: got %2, expected %3").arg(what).arg(got).arg(want);
}

std::string sharedTraces() { return RIDGELINE_SHARED_DATA "/traces"; }

bool sharedAvailable() { return std::filesystem::exists(sharedTraces()); }

void writeFile(const QString& path, const std::string& text) {
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

ServingScenario replay(const std::string& file, TraceColumns cols, std::int64_t n) {
    ServingScenario s = base("trace", n);
    s.trace.file = s.trace.resolved = file;
    s.trace.columns = cols;
    s.promptLength = {"trace", 0, 1, 1e8};
    s.outputLength = {"trace", 0, 1, 1e8};
    return s;
}

const Diagnostic* find(const Diagnostics& d, const std::string& fragment) {
    for (const Diagnostic& item : d.items())
        if (item.format().find(fragment) != std::string::npos) return &item;
    return nullptr;
}

}  // namespace

class TestServingWorkload : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void poissonArrivals() {
        // 20000 exponential gaps: the sample mean and CV have standard errors
        // of 0.7%; 3% is over four of them.
        const ServingWorkload w = build(base("poisson"));
        QCOMPARE(w.requests.size(), std::size_t(20000));
        const Stats g = stats(gaps(w));
        QVERIFY2(near(g.mean, 0.2, 0.03), qPrintable(describe("mean gap", g.mean, 0.2)));
        QVERIFY2(near(g.cv(), 1.0, 0.03), qPrintable(describe("CV", g.cv(), 1.0)));
        QVERIFY(g.min >= 0);
        QCOMPARE(w.closedLoopClients, std::int64_t(0));
    }

    void gammaArrivalsHaveTheAskedBurstiness() {
        for (double cv : {0.5, 2.0, 4.0}) {
            ServingScenario s = base("gamma", 40000);
            s.burstiness = cv;
            const Stats g = stats(gaps(build(s)));
            QVERIFY2(near(g.mean, 0.2, 0.04), qPrintable(describe("mean gap", g.mean, 0.2)));
            // The CV's standard error grows with the tail (about 1.5% at CV 4 here).
            QVERIFY2(near(g.cv(), cv, 0.08), qPrintable(describe("CV", g.cv(), cv)));
        }
    }

    void constantArrivalsAreEvenlySpaced() {
        for (const char* name : {"constant", "fixed"}) {
            const ServingWorkload w = build(base(name, 100));
            for (std::size_t i = 0; i < w.requests.size(); ++i)
                QVERIFY(std::abs(w.requests[i].arrival - double(i) * 0.2) < 1e-12);
        }
    }

    void closedLoopSendsEverythingAtOnce() {
        ServingScenario s = base("closed_loop", 50);
        s.clients = 8;
        const ServingWorkload w = build(s);
        QCOMPARE(w.closedLoopClients, std::int64_t(8));
        QCOMPARE(w.requests.size(), std::size_t(50));
        for (const ServingRequest& r : w.requests) QCOMPARE(r.arrival, 0.0);
    }

    void lengthDistributions() {
        ServingScenario s = base("poisson", 40000);
        // Fixed and uniform.
        s.promptLength = {"fixed", 300, 300, 300};
        s.outputLength = {"uniform", 150, 100, 200};
        ServingWorkload w = build(s);
        for (const ServingRequest& r : w.requests) QCOMPARE(r.promptTokens, std::int64_t(300));
        Stats o = stats(outputs(w));
        QCOMPARE(o.min, 100.0);
        QCOMPARE(o.max, 200.0);
        QVERIFY2(near(o.mean, 150, 0.01), qPrintable(describe("uniform mean", o.mean, 150)));
        // A discrete uniform over 101 values: sd = sqrt((101^2 - 1) / 12) = 29.15.
        QVERIFY2(near(o.sd, 29.15, 0.03), qPrintable(describe("uniform sd", o.sd, 29.15)));

        // Normal and lognormal with bounds far out: the moments are the asked ones.
        s.promptLength = {"normal", 1000, 1, 100000, 200};
        s.outputLength = {"lognormal", 500, 1, 1e7, 400};
        w = build(s);
        Stats p = stats(prompts(w));
        o = stats(outputs(w));
        QVERIFY2(near(p.mean, 1000, 0.01), qPrintable(describe("normal mean", p.mean, 1000)));
        QVERIFY2(near(p.sd, 200, 0.03), qPrintable(describe("normal sd", p.sd, 200)));
        QVERIFY2(near(o.mean, 500, 0.02), qPrintable(describe("lognormal mean", o.mean, 500)));
        QVERIFY2(near(o.sd, 400, 0.08), qPrintable(describe("lognormal sd", o.sd, 400)));
        // Standard deviation 0 means mean / 2.
        s.promptLength = {"normal", 1000, 1, 100000, 0};
        QVERIFY(near(stats(prompts(build(s))).sd, 500, 0.03));

        // Clamping: every sample inside [min, max].
        s.promptLength = {"normal", 100, 80, 120, 100};
        p = stats(prompts(build(s)));
        QCOMPARE(p.min, 80.0);
        QCOMPARE(p.max, 120.0);
    }

    void zipfFollowsItsLaw() {
        ServingScenario s = base("poisson", 100000);
        s.outputLength = {"zipf", 0, 10, 1009, 0, 1.1};  // ranks 1..1000 over 10..1009
        const ServingWorkload w = build(s);
        std::map<std::int64_t, double> count;
        for (const ServingRequest& r : w.requests) {
            QVERIFY(r.outputTokens >= 10 && r.outputTokens <= 1009);
            count[r.outputTokens] += 1;
        }
        double norm = 0;
        for (int k = 1; k <= 1000; ++k) norm += std::pow(k, -1.1);
        for (int k : {1, 2, 3, 5, 10}) {
            const double expected = 100000 * std::pow(k, -1.1) / norm;
            const double got = count[9 + k];
            // Within four binomial standard deviations.
            QVERIFY2(std::abs(got - expected) < 4 * std::sqrt(expected),
                     qPrintable(describe("rank count", got, expected)));
        }
        // theta = 1 (the harmonic case) and a huge range need no table.
        s.outputLength = {"zipf", 0, 1, 1e8, 0, 1.0};
        const Stats z = stats(outputs(build(s)));
        QVERIFY(z.min >= 1 && z.max <= 1e8);
    }

    void deterministicForASeed() {
        ServingScenario s = base("gamma", 2000);
        s.burstiness = 3;
        s.promptLength = {"lognormal", 800, 1, 8000, 600};
        s.outputLength = {"zipf", 0, 1, 500, 0, 0.8};
        const ServingWorkload a = build(s), b = build(s);
        QCOMPARE(a.requests.size(), b.requests.size());
        for (std::size_t i = 0; i < a.requests.size(); ++i) {
            QCOMPARE(a.requests[i].arrival, b.requests[i].arrival);
            QCOMPARE(a.requests[i].promptTokens, b.requests[i].promptTokens);
            QCOMPARE(a.requests[i].outputTokens, b.requests[i].outputTokens);
        }
        QVERIFY(a.requests[0].arrival > 0);
        s.seed = 8;
        const ServingWorkload c = build(s);
        QVERIFY(c.requests[5].arrival != a.requests[5].arrival);
        // Streams are separate: another prompt distribution keeps arrivals and outputs.
        s.seed = 7;
        s.promptLength = {"uniform", 50, 1, 100};
        const ServingWorkload d = build(s);
        for (std::size_t i = 0; i < a.requests.size(); ++i) {
            QCOMPARE(d.requests[i].arrival, a.requests[i].arrival);
            QCOMPARE(d.requests[i].outputTokens, a.requests[i].outputTokens);
        }
    }

    void pinnedAcrossPlatforms() {
        // Uniform lengths use integer arithmetic only, so these values are the
        // same on every platform and standard library (std:: distributions are
        // not); a change here changes every user's simulation.
        ServingScenario s = base("constant", 5);
        s.promptLength = {"uniform", 50, 1, 100};
        s.outputLength = {"uniform", 500, 1, 1000};
        const ServingWorkload w = build(s);
        const std::int64_t expected[5][2] = {{15, 633}, {45, 551}, {26, 659}, {52, 105}, {57, 130}};
        for (std::size_t i = 0; i < 5; ++i) {
            QCOMPARE(w.requests[i].promptTokens, expected[i][0]);
            QCOMPARE(w.requests[i].outputTokens, expected[i][1]);
        }
    }

    void traceWithSecondsAndBadRows() {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.csv");
        // A BOM, CRLF line ends, a quoted field, blank lines and three bad rows.
        writeFile(path,
                  "\xEF\xBB\xBFt,\"in\",out,extra\r\n"
                  "10.0,100,20,x\r\n"
                  "10.5,\"200\",30,y\r\n"
                  "\r\n"
                  "11.0,abc,30,z\r\n"
                  "11.5,300\r\n"
                  "oops,300,40,w\r\n"
                  "12.0,400,50,v\r\n");
        ServingScenario s = replay(path.toStdString(), {"t", "in", "out"}, 10);
        Diagnostics d;
        const ServingWorkload w = buildWorkload(s, d);
        QCOMPARE(w.requests.size(), std::size_t(3));
        QCOMPARE(w.requests[0].arrival, 0.0);
        QCOMPARE(w.requests[1].arrival, 0.5);
        QCOMPARE(w.requests[2].arrival, 2.0);
        QCOMPARE(w.requests[1].promptTokens, std::int64_t(200));
        QCOMPARE(w.requests[2].outputTokens, std::int64_t(50));
        QVERIFY(!d.hasErrors());
        const Diagnostic* abc = find(d, "\"abc\"");
        QVERIFY2(abc && abc->line == 5 && abc->path == "column \"in\"", d.format().c_str());
        QVERIFY(abc->file == path.toStdString());
        const Diagnostic* shortRow = find(d, "at least 3 fields");
        QVERIFY2(shortRow && shortRow->line == 6, d.format().c_str());
        const Diagnostic* oops = find(d, "\"oops\"");
        QVERIFY2(oops && oops->line == 7 && oops->expected.find("seconds") != std::string::npos,
                 d.format().c_str());
        // Fewer usable rows than requests: all of them, with a warning.
        QVERIFY2(find(d, "10 requests"), d.format().c_str());

        // Time scale 2 replays at twice the rate; `requests` takes the first rows.
        s.trace.timeScale = 2;
        s.requests = 2;
        Diagnostics d2;
        const ServingWorkload fast = buildWorkload(s, d2);
        QCOMPARE(fast.requests.size(), std::size_t(2));
        QCOMPARE(fast.requests[1].arrival, 0.25);
        QVERIFY2(d2.items().size() == 0, d2.format().c_str());
    }

    void traceMissingColumnNamesWhatIsThere() {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.csv");
        writeFile(path, "time,prompt_tokens,output_tokens\n1,2,3\n");
        ServingScenario s = replay(path.toStdString(), {"TIMESTAMP", "prompt_tokens", "out"}, 5);
        Diagnostics d;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildWorkload(s, d));
        QVERIFY(d.hasErrors());
        const Diagnostic* ts = find(d, "got \"TIMESTAMP\"");
        QVERIFY2(ts && ts->expected.find("\"time\", \"prompt_tokens\", \"output_tokens\"") !=
                           std::string::npos,
                 d.format().c_str());
        QVERIFY(ts->line == 1 && ts->path == "(header row)");
        QVERIFY(find(d, "got \"out\""));
        // Unreadable and empty files.
        s.trace.resolved = dir.filePath("none.csv").toStdString();
        Diagnostics d2;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildWorkload(s, d2));
        QVERIFY(d2.hasErrors());
        writeFile(dir.filePath("empty.csv"), "");
        s.trace.resolved = dir.filePath("empty.csv").toStdString();
        Diagnostics d3;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildWorkload(s, d3));
        QVERIFY(find(d3, "header row"));
    }

    void azureConversationTrace() {
        if (!sharedAvailable()) QSKIP("../shared/data/traces is absent: trace tests skipped");
        const std::string file = sharedTraces() + "/azure_llm_2023_conv.csv";
        ServingScenario s =
            replay(file, {"TIMESTAMP", "ContextTokens", "GeneratedTokens"}, 1'000'000);
        Diagnostics d;
        const ServingWorkload w = buildWorkload(s, d);
        QVERIFY(!d.hasErrors());
        QCOMPARE(w.requests.size(), std::size_t(19366));  // all rows, with a warning
        QVERIFY(find(d, "19366 usable rows"));
        QCOMPARE(w.requests.front().arrival, 0.0);
        // "2023-11-16 18:15:46.6805900" to "...18:15:50.9951690".
        QVERIFY(std::abs(w.requests[1].arrival - 4.314579) < 1e-6);
        const double span = w.requests.back().arrival;
        QVERIFY2(span > 3000 && span < 4000, qPrintable(QString::number(span)));
        QVERIFY(near(stats(prompts(w)).mean, 1154.7, 0.001));
        QVERIFY(near(stats(outputs(w)).mean, 211.1, 0.001));
        QCOMPARE(w.requests[0].promptTokens, std::int64_t(374));

        // Twice the rate: half the span; the first rows only.
        s.trace.timeScale = 2;
        s.requests = 1000;
        Diagnostics d2;
        const ServingWorkload half = buildWorkload(s, d2);
        QCOMPARE(half.requests.size(), std::size_t(1000));
        QVERIFY(std::abs(half.requests[1].arrival - 4.314579 / 2) < 1e-6);
        QVERIFY(d2.items().empty());
    }

    void azureCodeTrace() {
        if (!sharedAvailable()) QSKIP("../shared/data/traces is absent: trace tests skipped");
        ServingScenario s = replay(sharedTraces() + "/azure_llm_2023_code.csv",
                                   {"TIMESTAMP", "ContextTokens", "GeneratedTokens"}, 8819);
        Diagnostics d;
        const ServingWorkload w = buildWorkload(s, d);
        QCOMPARE(w.requests.size(), std::size_t(8819));
        QVERIFY2(d.items().empty(), d.format().c_str());
        QVERIFY(near(stats(prompts(w)).mean, 2047.8, 0.001));
    }

    void arxivLengthsAreResampled() {
        if (!sharedAvailable()) QSKIP("../shared/data/traces is absent: trace tests skipped");
        // Lengths only: Poisson arrivals, prompt and output resampled from the rows.
        ServingScenario s = base("poisson", 40000);
        s.trace.file = s.trace.resolved = sharedTraces() + "/arxiv_summarization_lengths.csv";
        s.trace.columns = {"", "num_prefill_tokens", "num_decode_tokens"};
        s.promptLength = {"trace", 0, 1, 1e8};
        s.outputLength = {"trace", 0, 1, 1e8};
        Diagnostics d;
        const ServingWorkload w = buildWorkload(s, d);
        QVERIFY2(d.items().empty(), d.format().c_str());
        QCOMPARE(w.requests.size(), std::size_t(40000));
        // Trace: prompt mean 2588.1 (sd 944.7), output mean 291.4 (sd 530.5).
        const Stats p = stats(prompts(w)), o = stats(outputs(w));
        QVERIFY2(near(p.mean, 2588.1, 0.01), qPrintable(describe("prompt", p.mean, 2588.1)));
        QVERIFY2(near(o.mean, 291.4, 0.03), qPrintable(describe("output", o.mean, 291.4)));
        QVERIFY(p.min >= 1 && p.max <= 4054);
        // A clamp applies to resampled values too.
        s.outputLength.max = 100;
        QCOMPARE(stats(outputs(buildWorkload(s, d))).max, 100.0);
    }
};

QTEST_GUILESS_MAIN(TestServingWorkload)
#include "tst_serving_workload.moc"
