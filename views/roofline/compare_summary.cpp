#include "views/roofline/compare_summary.h"

#include <cmath>

#include <QCoreApplication>
#include <QStringList>

#include "views/common/format.h"

namespace rl {
namespace views {
// The context is spelled out at each call: lupdate reads translate() calls
// with a literal context, not a local tr() helper.

QString timeChange(double before, double after) {
    QString text = fmtTime(before) + " → " + fmtTime(after);
    if (before > 0 && std::isfinite(after))
        text += QString::asprintf(" (%+.0f %%)", (after / before - 1) * 100);
    return text;
}

QString compareSummary(const rl::Prediction& baseline, const rl::Prediction& current) {
    QStringList parts;
    parts << QCoreApplication::translate("rl::views::CompareSummary", "total %1")
                 .arg(timeChange(baseline.totalTime, current.totalTime));
    if (baseline.llm && current.llm) {
        if (baseline.llm->timeToFirstToken > 0 && current.llm->timeToFirstToken > 0)
            parts << QCoreApplication::translate("rl::views::CompareSummary", "TTFT %1")
                         .arg(timeChange(baseline.llm->timeToFirstToken,
                                         current.llm->timeToFirstToken));
        if (baseline.llm->timePerOutputToken > 0 && current.llm->timePerOutputToken > 0)
            parts << QCoreApplication::translate("rl::views::CompareSummary", "TPOT %1")
                         .arg(timeChange(baseline.llm->timePerOutputToken,
                                         current.llm->timePerOutputToken));
    }
    return parts.join(" · ");
}

}  // namespace views
}  // namespace rl
