// Request streams for the serving simulator: synthetic arrival processes and
// length distributions, and trace replay from CSV files.
//
// Determinism: every random number comes from rl::sim::Random (xoshiro256**
// with our own transforms), never from std:: distributions, whose outputs
// differ between standard libraries. Arrivals, prompt lengths and output
// lengths draw from three separate streams derived from the seed, so changing
// one distribution leaves the other two sequences unchanged (what-ifs compare
// like with like).
#include "core/sim/serving/workload.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "core/learned/csv.h"
#include "core/result/engine_text.h"
#include "core/sim/engine/random.h"
#include "core/spec/input_file.h"
#include "core/spec/spec_limits.h"

namespace rl {
namespace {

using sim::Random;

MessageArg count(std::uint64_t v) { return {MessageArg::Kind::count, {}, static_cast<double>(v)}; }
MessageArg count(std::int64_t v) { return {MessageArg::Kind::count, {}, static_cast<double>(v)}; }
MessageArg count(int v) { return count(static_cast<std::int64_t>(v)); }

// Stream seeds: arrivals use the seed itself; lengths are offset so that the
// streams never coincide.
constexpr std::uint64_t kPromptStream = 0x5bd1e9955bd1e995ULL;
constexpr std::uint64_t kOutputStream = 0x27d4eb2f165667c5ULL;
// Bad rows beyond this many are counted, not listed one by one.
constexpr int kMaxRowDiagnostics = 20;

// A value as the user wrote it: shown as it is in every language.
Phrase asWritten(std::string value) { return {"%1", {PhraseArg::verbatim(std::move(value))}}; }

// ---------------------------------------------------------------- traces

struct TraceRow {
    // Arrival as whole seconds + fraction, so wall-clock timestamps (1.7e9 s
    // since 1970) keep their sub-microsecond digits when made relative.
    std::int64_t wholeSeconds = 0;
    double fraction = 0;
    std::int64_t prompt = 0, output = 0;
};

struct TraceTable {
    std::vector<TraceRow> rows;
    bool hasArrival = false;
};

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// civil-date arithmetic).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool readDigits(std::string_view s, std::size_t& pos, std::size_t count, int& out) {
    if (pos + count > s.size()) return false;
    out = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    pos += count;
    return true;
}

// "2023-11-16 18:15:46.6805900" (also with 'T' and a trailing 'Z') as seconds
// since 1970 in UTC; the time zone does not matter once made relative.
std::optional<std::pair<std::int64_t, double>> parseTimestamp(std::string_view s) {
    std::size_t p = 0;
    int y, mo, d, h, mi, se;
    auto expect = [&](char c) { return p < s.size() && s[p++] == c; };
    if (!readDigits(s, p, 4, y) || !expect('-') || !readDigits(s, p, 2, mo) || !expect('-') ||
        !readDigits(s, p, 2, d))
        return std::nullopt;
    if (p >= s.size() || (s[p] != ' ' && s[p] != 'T')) return std::nullopt;
    ++p;
    if (!readDigits(s, p, 2, h) || !expect(':') || !readDigits(s, p, 2, mi) || !expect(':') ||
        !readDigits(s, p, 2, se))
        return std::nullopt;
    double fraction = 0;
    if (p < s.size() && s[p] == '.') {
        double scale = 0.1;
        std::size_t digits = 0;
        for (++p; p < s.size() && s[p] >= '0' && s[p] <= '9'; ++p, ++digits, scale /= 10)
            fraction += (s[p] - '0') * scale;
        if (digits == 0) return std::nullopt;
    }
    if (p < s.size() && s[p] == 'Z') ++p;
    if (p != s.size()) return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return std::nullopt;
    const std::int64_t days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    return std::make_pair(days * 86400 + h * 3600 + mi * 60 + se, fraction);
}

class TraceReader {
  public:
    TraceReader(const TraceSource& source, Diagnostics& diag, std::vector<Message>* typed)
        : src_(source), diag_(diag), typed_(typed) {}

    // Reads up to `limit` good rows (all when negative). `wantArrival`: the
    // arrival column is required and parsed.
    TraceTable read(bool wantArrival, std::int64_t limit) {
        const std::string& path = src_.resolved.empty() ? src_.file : src_.resolved;
        // The guarded reader every input goes through (regular file, size
        // cap, UTF-8; a byte-order mark is dropped).
        InputText text = readInputFile(path, kMaxCsvFileBytes, "a trace CSV file");
        if (!text.ok()) {
            // The refusal's typed twins, so the GUI reads it in the user's language.
            fileError(text.refusal->line, text.refusal->valueText, text.refusal->expectedText,
                      Diagnostic::Severity::error, {}, text.refusal->column);
            throwEngineError(
                {RL_TR("EngineText", "cannot read trace file '%1'"), {PhraseArg::verbatim(path)}});
        }
        std::istringstream in(std::move(text.text));
        std::string line;
        int lineNo = 0;
        std::vector<std::string> header;
        while (std::getline(in, line)) {
            ++lineNo;
            if (csv::trim(line).empty()) continue;
            header = csv::splitLine(line);
            break;
        }
        for (std::string& h : header) h = csv::trim(h);
        if (header.empty()) {
            fileError(
                0, "",
                RL_TR("SpecText", "a CSV file with a header row naming its columns (it is empty)"));
            throwEngineError(
                {RL_TR("EngineText", "trace file '%1' is empty"), {PhraseArg::verbatim(path)}});
        }
        const int promptCol = findColumn(header, src_.columns.prompt, "prompt");
        const int outputCol = findColumn(header, src_.columns.output, "output");
        const int arrivalCol =
            wantArrival ? findColumn(header, src_.columns.arrival, "arrival") : -1;
        if (promptCol < 0 || outputCol < 0 || (wantArrival && arrivalCol < 0))
            throwEngineError({RL_TR("EngineText",
                                    "trace file '%1' lacks a column the scenario names (see "
                                    "diagnostics)"),
                              {PhraseArg::verbatim(path)}});
        const std::size_t needed =
            static_cast<std::size_t>(std::max({promptCol, outputCol, arrivalCol})) + 1;

        TraceTable table;
        table.hasArrival = wantArrival;
        enum class TimeKind { unknown, seconds, timestamp } timeKind = TimeKind::unknown;
        while ((limit < 0 || static_cast<std::int64_t>(table.rows.size()) < limit) &&
               std::getline(in, line)) {
            ++lineNo;
            if (csv::trim(line).empty()) continue;
            const std::vector<std::string> f = csv::splitLine(line);
            if (f.size() < needed) {
                badRow(lineNo, "", static_cast<int>(f.size()), "\"" + displayValue(line) + "\"",
                       {RL_TR("SpecText", "at least %1 fields (the row has %2)"),
                        {PhraseArg::integer(static_cast<std::int64_t>(needed)),
                         PhraseArg::integer(static_cast<std::int64_t>(f.size()))}},
                       MessageId::workloadRowTooShort, {count(needed), count(f.size())});
                continue;
            }
            TraceRow row;
            auto tokens = [&](int col, std::int64_t& into) {
                auto v = csv::toInteger(f[static_cast<std::size_t>(col)]);
                if (v && *v >= 0 && *v <= limits::kMaxTokens) {
                    into = *v;
                    return true;
                }
                badRow(lineNo, header[static_cast<std::size_t>(col)], col + 1,
                       "\"" + displayValue(f[static_cast<std::size_t>(col)]) + "\"",
                       {RL_TR("SpecText", "a whole number of tokens from 0 to %1 (row skipped)"),
                        {PhraseArg::integer(limits::kMaxTokens)}},
                       MessageId::workloadBadTokens, {count(limits::kMaxTokens)});
                return false;
            };
            if (!tokens(promptCol, row.prompt) || !tokens(outputCol, row.output)) continue;
            if (wantArrival) {
                const std::string& cell = f[static_cast<std::size_t>(arrivalCol)];
                const std::string text = csv::trim(cell);
                bool ok = false;
                if (timeKind != TimeKind::timestamp) {
                    if (auto v = csv::toNumber(text); v && *v >= 0 && *v < 1e15) {
                        row.wholeSeconds = static_cast<std::int64_t>(std::floor(*v));
                        row.fraction = *v - std::floor(*v);
                        ok = true;
                        timeKind = TimeKind::seconds;
                    }
                }
                if (!ok && timeKind != TimeKind::seconds) {
                    if (auto ts = parseTimestamp(text)) {
                        row.wholeSeconds = ts->first;
                        row.fraction = ts->second;
                        ok = true;
                        timeKind = TimeKind::timestamp;
                    }
                }
                if (!ok) {
                    badRow(lineNo, header[static_cast<std::size_t>(arrivalCol)], arrivalCol + 1,
                           "\"" + displayValue(cell) + "\"",
                           timeKind == TimeKind::timestamp
                               ? RL_TR("SpecText",
                                       "a timestamp such as \"2023-11-16 18:15:46.6805900\" like "
                                       "the rows above (row skipped)")
                           : timeKind == TimeKind::seconds
                               ? RL_TR("SpecText",
                                       "an arrival time in seconds >= 0 like the rows above (row "
                                       "skipped)")
                               : RL_TR("SpecText",
                                       "an arrival time in seconds, or a timestamp such as "
                                       "\"2023-11-16 18:15:46.6805900\" (row skipped)"),
                           timeKind == TimeKind::timestamp ? MessageId::workloadBadTimestamp
                           : timeKind == TimeKind::seconds ? MessageId::workloadBadSeconds
                                                           : MessageId::workloadBadArrival,
                           {});
                    continue;
                }
            }
            table.rows.push_back(row);
        }
        if (badRows_ > kMaxRowDiagnostics) {
            fileError(0,
                      {RL_TR("SpecText", "%1 more bad rows"),
                       {PhraseArg::integer(badRows_ - kMaxRowDiagnostics)}},
                      {RL_TR("SpecText",
                             "rows like the ones above (skipped; only the first %1 are listed)"),
                       {PhraseArg::integer(kMaxRowDiagnostics)}},
                      Diagnostic::Severity::warning);
            typedTwin(MessageId::workloadMoreBadRows,
                      {count(badRows_ - kMaxRowDiagnostics), count(kMaxRowDiagnostics)});
        }
        if (table.rows.empty()) {
            fileError(0, "", RL_TR("SpecText", "at least one usable row after the header"));
            throwEngineError({RL_TR("EngineText", "trace file '%1' has no usable rows"),
                              {PhraseArg::verbatim(path)}});
        }
        return table;
    }

  private:
    // `value` and `expected` keep their typed twins, so the GUI can translate them.
    void fileError(int line, Phrase value, Phrase expected,
                   Diagnostic::Severity severity = Diagnostic::Severity::error,
                   std::string column = {}, int col = 0) {
        Diagnostic d;
        d.severity = severity;
        d.file = src_.resolved.empty() ? src_.file : src_.resolved;
        d.path = column.empty() ? std::string("(file)") : std::move(column);
        d.setValue(std::move(value));
        d.setExpected(std::move(expected));
        d.line = line;
        d.column = col;
        diag_.add(std::move(d));
    }

    // A skipped row: a warning, and its typed twin `id` with the row's place, the
    // value and `extra` (docs/messages.md).
    void badRow(int line, const std::string& column, int col, std::string value, Phrase expected,
                MessageId id, std::vector<MessageArg> extra) {
        if (++badRows_ > kMaxRowDiagnostics) return;
        std::vector<MessageArg> args;
        if (!column.empty()) args.push_back({MessageArg::Kind::name, column, 0.0});
        args.push_back(count(line));
        args.push_back(count(col));
        args.push_back({MessageArg::Kind::name, value, 0.0});
        for (MessageArg& a : extra) args.push_back(std::move(a));
        fileError(line, asWritten(std::move(value)), std::move(expected),
                  Diagnostic::Severity::warning,
                  column.empty() ? "(row)" : "column \"" + column + "\"", col);
        typedTwin(id, std::move(args));
    }

    // The typed twin of the diagnostic just added: the file first, then `args`.
    void typedTwin(MessageId id, std::vector<MessageArg> args) {
        if (!typed_) return;
        args.insert(args.begin(), {MessageArg::Kind::name, diag_.items().back().file, 0.0});
        typed_->push_back({id, std::move(args), {}, diag_.items().back().format()});
    }

    int findColumn(const std::vector<std::string>& header, const std::string& name,
                   const char* role) {
        const std::string want = csv::trim(name);
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == want) return static_cast<int>(i);
        std::string present;
        for (const std::string& h : header)
            present += (present.empty() ? "\"" : ", \"") + displayValue(h, 40) + "\"";
        // One pattern per role: the role is a word to translate and a key to keep.
        const std::string_view r = role;
        const char* pattern =
            r == "prompt" ? RL_TR("SpecText",
                                  "the name of a column in the header row, for the prompt "
                                  "(scenario /serving/trace/columns/prompt); its columns are %1")
            : r == "output"
                ? RL_TR("SpecText",
                        "the name of a column in the header row, for the output "
                        "(scenario /serving/trace/columns/output); its columns are %1")
                : RL_TR("SpecText",
                        "the name of a column in the header row, for the arrival "
                        "(scenario /serving/trace/columns/arrival); its columns are %1");
        fileError(1, asWritten("\"" + displayValue(want, 80) + "\""),
                  {pattern, {PhraseArg::verbatim(present)}}, Diagnostic::Severity::error,
                  "(header row)", 1);
        return -1;
    }

    const TraceSource& src_;
    Diagnostics& diag_;
    std::vector<Message>* typed_;
    int badRows_ = 0;
};

// ---------------------------------------------------------------- lengths

// Zipf ranks 1..n with P(k) ~ k^-theta by rejection-inversion (Hörmann and
// Derflinger 1996): constant time per sample for any n, no table.
class ZipfSampler {
  public:
    ZipfSampler(std::int64_t n, double theta) : n_(static_cast<double>(n)), theta_(theta) {
        hX1_ = H(1.5) - 1.0;
        hN_ = H(n_ + 0.5);
        s_ = 2.0 - Hinv(H(2.5) - h(2.0));
    }
    std::int64_t sample(Random& rng) const {
        for (;;) {
            const double u = hN_ + rng.uniform() * (hX1_ - hN_);
            const double x = Hinv(u);
            double k = std::floor(x + 0.5);
            k = std::clamp(k, 1.0, n_);
            if (k - x <= s_ || u >= H(k + 0.5) - h(k)) return static_cast<std::int64_t>(k);
        }
    }

  private:
    // (e^x - 1) / x and log(1 + x) / x, continuous at 0.
    static double expm1OverX(double x) { return std::abs(x) > 1e-8 ? std::expm1(x) / x : 1.0; }
    static double log1pOverX(double x) { return std::abs(x) > 1e-8 ? std::log1p(x) / x : 1.0; }
    // H is an antiderivative of h(x) = x^-theta; Hinv its inverse.
    double h(double x) const { return std::exp(-theta_ * std::log(x)); }
    double H(double x) const {
        const double lx = std::log(x);
        return expm1OverX((1.0 - theta_) * lx) * lx;
    }
    double Hinv(double x) const {
        double t = x * (1.0 - theta_);
        if (t < -1.0) t = -1.0;  // rounding at the lower end
        return std::exp(log1pOverX(t) * x);
    }
    double n_, theta_, hX1_ = 0, hN_ = 0, s_ = 0;
};

class LengthSampler {
  public:
    LengthSampler(const LengthDistribution& d, std::uint64_t seed) : d_(d), rng_(seed) {
        // Resolved once: the kind is a string in the spec, sampling is per request.
        if (d.kind == "fixed")
            kind_ = Kind::fixed;
        else if (d.kind == "uniform")
            kind_ = Kind::uniform;
        else if (d.kind == "normal")
            kind_ = Kind::normal;
        else if (d.kind == "lognormal")
            kind_ = Kind::lognormal;
        else if (d.kind == "zipf")
            kind_ = Kind::zipf;
        else if (d.kind == "trace")
            kind_ = Kind::trace;
        else
            throwEngineError({RL_TR("EngineText", "unknown length distribution \"%1\""),
                              {PhraseArg::verbatim(d.kind)}});
        lo_ = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(d.min)));
        hi_ = std::max(lo_, static_cast<std::int64_t>(std::floor(d.max)));
        const double mean = d.mean, sd = d.stddev > 0 ? d.stddev : d.mean / 2;
        sd_ = sd;
        if (kind_ == Kind::lognormal) {
            // Parameters of log(X) from the mean and standard deviation of X.
            sigma_ = std::sqrt(std::log1p(sd * sd / (mean * mean)));
            mu_ = std::log(mean) - sigma_ * sigma_ / 2;
        }
        if (kind_ == Kind::zipf) zipf_.emplace(hi_ - lo_ + 1, d.theta);
    }

    // One length; `traceValue` is the trace row's value for kind "trace".
    std::int64_t sample(std::int64_t traceValue = 0) {
        double v = 0;
        switch (kind_) {
            case Kind::fixed:
                v = d_.mean;
                break;
            case Kind::uniform:
                v = static_cast<double>(lo_ + static_cast<std::int64_t>(rng_.below(
                                                  static_cast<std::uint64_t>(hi_ - lo_ + 1))));
                break;
            case Kind::normal:
                v = d_.mean + sd_ * rng_.normal();
                break;
            case Kind::lognormal:
                v = std::exp(mu_ + sigma_ * rng_.normal());
                break;
            case Kind::zipf:
                v = static_cast<double>(lo_ - 1 + zipf_->sample(rng_));
                break;
            case Kind::trace:
                v = static_cast<double>(traceValue);
                break;
        }
        if (!std::isfinite(v)) v = static_cast<double>(hi_);
        const double r = std::floor(v + 0.5);
        if (r <= static_cast<double>(lo_)) return lo_;
        if (r >= static_cast<double>(hi_)) return hi_;
        return static_cast<std::int64_t>(r);
    }

    Random& rng() { return rng_; }

  private:
    enum class Kind { fixed, uniform, normal, lognormal, zipf, trace };
    const LengthDistribution& d_;
    Kind kind_ = Kind::fixed;
    Random rng_;
    std::int64_t lo_ = 1, hi_ = 1;
    double sd_ = 0, mu_ = 0, sigma_ = 0;
    std::optional<ZipfSampler> zipf_;
};

// ---------------------------------------------------------------- arrivals

std::vector<double> arrivalTimes(const ServingScenario& s, std::int64_t n) {
    std::vector<double> t(static_cast<std::size_t>(n), 0.0);
    if (s.arrival == "closed_loop") return t;
    if (!(s.ratePerS > 0) || !std::isfinite(s.ratePerS))
        throwEngineError({RL_TR("EngineText", "arrival \"%1\" needs a rate_per_s > 0"),
                          {PhraseArg::verbatim(s.arrival)}});
    Random rng(s.seed);
    const double meanGap = 1.0 / s.ratePerS;
    double now = 0;
    if (s.arrival == "poisson") {
        for (double& x : t) x = now += rng.exponential(s.ratePerS);
    } else if (s.arrival == "gamma") {
        // Coefficient of variation c: shape 1/c^2, scale mean * c^2.
        const double cv = s.burstiness > 0 ? s.burstiness : 1.0;
        const double shape = 1.0 / (cv * cv);
        for (double& x : t) x = now += rng.gamma(shape, meanGap / shape);
    } else if (s.arrival == "constant" || s.arrival == "fixed") {
        for (std::size_t i = 0; i < t.size(); ++i) t[i] = static_cast<double>(i) * meanGap;
    } else {
        throwEngineError({RL_TR("EngineText", "unknown arrival process \"%1\""),
                          {PhraseArg::verbatim(s.arrival)}});
    }
    return t;
}

}  // namespace

ServingWorkload buildWorkload(const ServingScenario& s, Diagnostics& diag,
                              std::vector<Message>* typed) {
    if (s.requests < 1)
        throwEngineError(RL_TR("EngineText", "a serving scenario needs requests >= 1"));
    const bool replay = s.arrival == "trace";
    const bool promptTrace = s.promptLength.kind == "trace";
    const bool outputTrace = s.outputLength.kind == "trace";

    std::optional<TraceTable> trace;
    if (replay || promptTrace || outputTrace) {
        if (s.trace.file.empty() && s.trace.resolved.empty())
            throwEngineError(RL_TR(
                "EngineText",
                "the scenario replays a trace or resamples its lengths but names no trace file"));
        if (replay && s.trace.columns.arrival.empty())
            throwEngineError(RL_TR(
                "EngineText",
                "arrival \"trace\" needs the trace's arrival column (trace/columns/arrival)"));
        TraceReader reader(s.trace, diag, typed);
        // Replay takes the first `requests` rows; resampling uses them all.
        trace = reader.read(replay, replay ? s.requests : -1);
    }

    ServingWorkload w;
    std::int64_t n = s.requests;
    std::vector<double> arrivals;
    if (replay) {
        const auto& rows = trace->rows;
        if (static_cast<std::int64_t>(rows.size()) < n) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::warning;
            d.file = s.trace.resolved.empty() ? s.trace.file : s.trace.resolved;
            d.path = "(rows)";
            const auto usable = static_cast<std::int64_t>(rows.size());
            d.setValue({RL_TR("SpecText", "%1 usable rows"), {PhraseArg::integer(usable)}});
            d.setExpected(
                {RL_TR("SpecText",
                       "%1 requests as the scenario asks (replaying all %2 rows instead)"),
                 {PhraseArg::integer(n), PhraseArg::integer(usable)}});
            if (typed)
                typed->push_back({MessageId::workloadFewerRows,
                                  {{MessageArg::Kind::name, d.file, 0.0},
                                   count(rows.size()),
                                   count(n),
                                   count(rows.size())},
                                  {},
                                  d.format()});
            diag.add(std::move(d));
            n = static_cast<std::int64_t>(rows.size());
        }
        const auto first = std::min_element(rows.begin(), rows.end(), [](auto& a, auto& b) {
            return a.wholeSeconds != b.wholeSeconds ? a.wholeSeconds < b.wholeSeconds
                                                    : a.fraction < b.fraction;
        });
        const double scale = s.trace.timeScale > 0 ? s.trace.timeScale : 1.0;
        arrivals.reserve(rows.size());
        for (const TraceRow& r : rows)
            arrivals.push_back((static_cast<double>(r.wholeSeconds - first->wholeSeconds) +
                                (r.fraction - first->fraction)) /
                               scale);
    } else {
        arrivals = arrivalTimes(s, n);
    }

    LengthSampler prompts(s.promptLength, s.seed ^ kPromptStream);
    LengthSampler outputs(s.outputLength, s.seed ^ kOutputStream);
    w.requests.resize(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        ServingRequest& r = w.requests[static_cast<std::size_t>(i)];
        r.arrival = arrivals[static_cast<std::size_t>(i)];
        // Replay keeps each row's own lengths; otherwise a trace length is a
        // resampled row (prompt and output from the same row when both are
        // "trace", so their correlation survives).
        std::size_t row = static_cast<std::size_t>(i);
        if (!replay && trace)
            row = static_cast<std::size_t>(
                (promptTrace ? prompts : outputs).rng().below(trace->rows.size()));
        const TraceRow* tr = trace ? &trace->rows[row] : nullptr;
        r.promptTokens = prompts.sample(tr ? tr->prompt : 0);
        r.outputTokens = outputs.sample(tr ? tr->output : 0);
    }
    // Arrival order (synthetic processes already are; traces may not be);
    // stable, so equal times keep the trace's order.
    auto byArrival = [](const ServingRequest& a, const ServingRequest& b) {
        return a.arrival < b.arrival;
    };
    if (!std::is_sorted(w.requests.begin(), w.requests.end(), byArrival))
        std::stable_sort(
            w.requests.begin(), w.requests.end(),
            [](const ServingRequest& a, const ServingRequest& b) { return a.arrival < b.arrival; });
    for (std::size_t i = 0; i < w.requests.size(); ++i)
        w.requests[i].id = static_cast<std::int64_t>(i);
    if (s.arrival == "closed_loop") w.closedLoopClients = std::max<std::int64_t>(1, s.clients);
    return w;
}

}  // namespace rl
