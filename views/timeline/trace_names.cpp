#include "views/timeline/trace_names.h"

#include "views/explanation/message_text.h"

#include <iterator>

#include <QCoreApplication>
#include <QRegularExpression>

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
};

// The serving simulator's replica group titles: "replica 2", "replica 0 (prefill)".
QString replicaTitle(const QString& name) {
    static const QRegularExpression replica(
        QStringLiteral(R"(^replica (\d+)(?: \((prefill|decode)\))?$)"));
    const QRegularExpressionMatch m = replica.match(name);
    if (!m.hasMatch()) return {};
    if (m.captured(2) == QLatin1String("prefill"))
        return QCoreApplication::translate(kContext, "replica %1 (prefill)").arg(m.captured(1));
    if (m.captured(2) == QLatin1String("decode"))
        return QCoreApplication::translate(kContext, "replica %1 (decode)").arg(m.captured(1));
    return QCoreApplication::translate(kContext, "replica %1").arg(m.captured(1));
}

// The group titles the training simulator builds from typed ids.
QString rankTitle(const QString& name) {
    static const QRegularExpression rank(
        QStringLiteral(R"(^rank (\d+) \(stage (\d+), DP (\d+)(?:, CP (\d+))?, TP (\d+)\)$)"));
    const QRegularExpressionMatch m = rank.match(name);
    if (!m.hasMatch()) return {};
    if (m.captured(4).isEmpty())
        return QCoreApplication::translate(kContext, "rank %1 (stage %2, DP %3, TP %4)")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(5));
    return QCoreApplication::translate(kContext, "rank %1 (stage %2, DP %3, CP %4, TP %5)")
        .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
}

}  // namespace

QString traceName(const std::string& name) {
    for (const char* word : kWords)
        if (name == word) return QCoreApplication::translate(kContext, word);
    const QString text = QString::fromStdString(name);
    static const QRegularExpression stage(QStringLiteral(R"(^stage (\d+)$)"));
    if (const QRegularExpressionMatch m = stage.match(text); m.hasMatch())
        return QCoreApplication::translate(kContext, "stage %1").arg(m.captured(1));
    if (QString title = rankTitle(text); !title.isEmpty()) return title;
    if (QString title = replicaTitle(text); !title.isEmpty()) return title;
    return MessageText::phase(name);  // phases ("prefill", "mixed"), else the name as is
}

}  // namespace views
}  // namespace rl
