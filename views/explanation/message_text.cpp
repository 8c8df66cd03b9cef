#include "views/explanation/message_text.h"

#include <cmath>

#include "core/result/prediction.h"
#include "views/common/format.h"

namespace rl {
namespace views {
namespace {

using Kind = rl::MessageArg::Kind;

// One argument as the user reads it.
QString argText(const rl::MessageArg& a) {
    switch (a.kind) {
        case Kind::name:
            return qstr(a.text);
        case Kind::resource:
            return MessageText::resource(a.text);
        case Kind::phase:
            return MessageText::phase(a.text);
        case Kind::tensorClass:
            return MessageText::tensorClass(a.text);
        case Kind::seconds:
            return fmtTime(a.value);
        case Kind::bytes:
            return fmtBytes(a.value);
        case Kind::share:
            return fmtPercent(a.value, 0);
        case Kind::factor:
            return MessageText::factor(a.value);
        case Kind::count:  // as the operator table shows counts: 8160, not 8,160
            return QString::number(static_cast<qint64>(std::llround(a.value)));
        case Kind::rate:
            return fmtNumber(a.value);
    }
    return qstr(a.text);
}

// `pattern` with %1..%n replaced in one pass (a value holding "%1" stays as
// it is) by `leading`, the message's arguments, then `extra` (rendered
// clauses).
// Missing arguments (a message from a newer engine) read as empty.
QString fill(const QString& pattern, const rl::Message& m, const QStringList& extra = {},
             const QStringList& leading = {}) {
    QStringList values = leading;
    for (const auto& a : m.args) values << argText(a);
    values << extra;
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        qsizetype j = i + 1;
        int n = 0;
        while (pattern[i] == QLatin1Char('%') && j < pattern.size() && j < i + 3 &&
               pattern[j].isDigit())
            n = n * 10 + pattern[j++].digitValue();
        if (n == 0) {
            out += pattern[i];
            continue;
        }
        if (n <= values.size()) out += values[n - 1];
        i = j - 1;
    }
    return out;
}

QString capitalised(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

}  // namespace

QString MessageText::factor(double ratio) {
    if (!std::isfinite(ratio)) return QStringLiteral("–");
    // Scale factors of what-ifs are whole ("2×"); measured ratios keep two
    // decimals, so 1.00× (no change) reads apart from a rounded 1×.
    const bool scale = ratio >= 2 && std::abs(ratio - std::round(ratio)) < 1e-9;
    return QStringLiteral("%1×").arg(ratio, 0, 'f', scale ? 0 : 2);
}

QString MessageText::resource(const std::string& r) {
    if (r == "launch") return tr("kernel launch overhead");
    if (r.rfind("compute ", 0) == 0) return tr("compute (%1 matrix units)").arg(qstr(r.substr(8)));
    if (r.rfind("vector ", 0) == 0) return tr("vector compute (%1)").arg(qstr(r.substr(7)));
    return tr("%1 bandwidth").arg(qstr(r));
}

QString MessageText::phase(const std::string& p) {
    if (p == "prefill") return tr("prefill");
    if (p == "decode") return tr("decode");
    if (p == "forward") return tr("forward");
    if (p == "run") return tr("run");
    // Training iterations (core/sim/training/traffic_records.h) and the
    // serving simulator's mixed prefill-and-decode iterations.
    if (p == "backward") return tr("backward");
    if (p == "recompute") return tr("recompute");
    if (p == "optimizer") return tr("optimizer");
    if (p == "mixed") return tr("mixed");
    return qstr(p);
}

QString MessageText::tensorClass(const std::string& c) {
    if (c == "weights") return tr("weights");
    if (c == "activations") return tr("activations");
    if (c == "kv_cache") return tr("KV cache");
    if (c == "gradients") return tr("gradients");
    if (c == "optimizer_state") return tr("optimizer state");
    return qstr(c);
}

QString MessageText::whatIfLabel(const rl::WhatIf& w) {
    return w.labelMessage.english.empty() ? qstr(w.label) : text(w.labelMessage);
}

QString MessageText::text(const rl::Message& m) {
    using Id = rl::MessageId;
    // Clauses rendered and joined; the sentence's template places them.
    const auto clauses = [&m](const QString& separator, const QString& prefix = QString()) {
        QStringList parts;
        for (const rl::Message& c : m.clauses) parts << prefix + text(c);
        return parts.join(separator);
    };
    const QString label = m.clauses.empty() ? qstr(m.english) : text(m.clauses.front());
    switch (m.id) {
        case Id::runSummary:
            return fill(tr("%1 on %2: %3 in all%4."), m, {clauses(QString(), tr("; "))});
        case Id::phaseShare:
            return fill(tr("%1 %2 (%3)"), m);
        case Id::llmMetrics:
            return fill(tr("Time to first token %1; %2 per output token; %3 tokens/s; MFU %4; "
                           "%5 bandwidth utilisation %6."),
                        m);
        case Id::communicationShare:
            return fill(tr("Communication takes %1 of the time."), m);
        case Id::memoryFits:
            return fill(tr("Fits: needs %1 of %2; the largest batch that fits is %3."), m);
        case Id::memoryWeightsDoNotFit:
            return fill(tr("Does not fit: needs %1, has %2 (the weights alone need %3)."), m);
        case Id::memoryDoesNotFit:
            return fill(tr("Does not fit: needs %1, has %2 at batch %3; the largest batch that "
                           "fits is %4."),
                        m);
        case Id::runBound:
            return fill(tr("The run is bound by %1: %2 of its time is in operators it binds."), m);
        case Id::runBoundTraffic:
            return fill(tr("The run is bound by %1: %2 of its time is in operators it binds, "
                           "whose %3 traffic is %4."),
                        m, {clauses(tr(", "))});
        case Id::phaseBound:
            return capitalised(
                fill(tr("%1 is bound by %2: %3 of its time is in operators it binds."), m));
        case Id::phaseBoundTraffic:
            return capitalised(fill(tr("%1 is bound by %2: %3 of its time is in operators it "
                                       "binds, whose %4 traffic is %5."),
                                    m, {clauses(tr(", "))}));
        case Id::trafficShare:
            return fill(tr("%1 %2"), m);
        case Id::nextBoundWouldNeed:
            return fill(tr("The next bound, %1, would need %2 of the time %3 needs."), m);
        case Id::opBound:
            return fill(tr("%1 (%2) is bound by %3 at %4 each, %5 of the run."), m);
        case Id::opBoundRepeated:
            return fill(tr("%1 (%2, ×%3) is bound by %4 at %5 each, %6 of the run."), m);
        case Id::opNextBound:
            return fill(tr("The next bound, %1, is %2 of it."), m);
        case Id::whatIfFaster:
            return fill(tr("%1: %2 faster."), m, {}, {label});
        case Id::whatIfThroughput:
            return fill(tr("%1: %2 throughput, %3 latency."), m, {}, {label});
        case Id::whatIfBandwidth:
            return fill(tr("%1 %2 bandwidth"), m);
        case Id::whatIfCompute:
            return fill(tr("%1 compute"), m);
        case Id::whatIfPrecision:
            return fill(tr("%1 weights, %2 activations"), m);
        case Id::whatIfPrecisionKv:
            return fill(tr("%1 weights, %2 activations, %3 KV cache"), m);
        case Id::whatIfBatch:
            return fill(tr("%1 batch"), m);
    }
    return qstr(m.english);
}

}  // namespace views
}  // namespace rl
