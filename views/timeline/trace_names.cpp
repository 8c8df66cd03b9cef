#include "views/timeline/trace_names.h"

#include "core/result/engine_text.h"
#include "views/common/phrase_text.h"
#include "views/editors/field_schema.h"
#include "views/explanation/message_text.h"

#include <QCoreApplication>

namespace rl {
namespace views {

namespace {

constexpr const char* kContext = "rl::views::TraceNames";

// Exactly the words core/sim/training (iteration.cpp, rank_trace.cpp),
// core/sim/serving/simulation_report.cpp and core/analytical/timeline.cpp
// write as track and category names.
constexpr const char* kWords[] = {
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "forward"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "backward"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "weight gradients"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "recompute"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "optimizer"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "TP comm"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "CP comm"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "EP comm"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "PP comm"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "DP comm"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "PP send"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "DP reduce"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "DP all-gather"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "compute"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "network"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "steps"),
    // Counters of the serving simulator (core/sim/serving/simulation.cpp) and their units.
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "batch size"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "queue length"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "KV-cache blocks in use"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "requests"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "blocks"),
    // The counter of the analytical timeline (core/analytical/timeline.cpp) and its unit.
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "KV length"),
    QT_TRANSLATE_NOOP("rl::views::TraceNames", "tokens"),
};

}  // namespace

QString traceName(const std::string& word) {
    for (const char* known : kWords)
        if (word == known) return QCoreApplication::translate(kContext, known);
    // Phases ("prefill", "mixed"); then operator kinds, the analytical
    // timeline's categories ("norm" -> "Normalisierung"); else the word as is.
    const QString phase = MessageText::phase(word);
    return phase != QString::fromStdString(word) ? phase : choiceDisplayName(word);
}

QString traceName(const TraceGroup& g) {
    const QString n = QString::number(g.index);
    const TraceRankPlace& at = g.place;
    switch (g.kind) {
        case TraceGroupKind::device:
            return QCoreApplication::translate(kContext, "device %1").arg(n);
        case TraceGroupKind::replica:
            return QCoreApplication::translate(kContext, "replica %1").arg(n);
        case TraceGroupKind::prefillReplica:
            return QCoreApplication::translate(kContext, "replica %1 (prefill)").arg(n);
        case TraceGroupKind::decodeReplica:
            return QCoreApplication::translate(kContext, "replica %1 (decode)").arg(n);
        case TraceGroupKind::rank:
            if (at.dp < 0 || at.tp < 0)  // the per-stage report names a stage's first rank
                return QCoreApplication::translate(kContext, "rank %1 (stage %2)")
                    .arg(n, QString::number(at.stage));
            if (at.cp < 0)
                return QCoreApplication::translate(kContext, "rank %1 (stage %2, DP %3, TP %4)")
                    .arg(n, QString::number(at.stage), QString::number(at.dp),
                         QString::number(at.tp));
            return QCoreApplication::translate(kContext, "rank %1 (stage %2, DP %3, CP %4, TP %5)")
                .arg(n, QString::number(at.stage), QString::number(at.dp), QString::number(at.cp),
                     QString::number(at.tp));
        case TraceGroupKind::other:
            break;
    }
    return QString::fromStdString(g.name);
}

QString traceName(const TraceTrack& t) {
    if (t.kind == TraceTrackKind::stage)
        return QCoreApplication::translate(kContext, "stage %1").arg(t.index);
    return traceName(t.name);
}

QString traceLabel(const Trace& trace, const TraceEvent& event) {
    if (const Phrase* typed = trace.labelPhraseOf(event))
        return phraseText(*typed, kEngineTextContext);
    return QString::fromStdString(trace.labelOf(event));
}

}  // namespace views
}  // namespace rl
