#include "views/common/format.h"

#include <cmath>

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/spec/units.h"

namespace rl {
namespace views {
QString fmtQuantity(double v, rl::Dimension d) {
    if (!std::isfinite(v)) return QStringLiteral("–");
    // The engine writes micro as ASCII "u" (CLI output stays ASCII); on
    // screen it is the micro sign.
    static const QRegularExpression asciiMicro(QStringLiteral(" u(?=[A-Za-z])"));
    QString text = QString::fromStdString(rl::formatQuantity(v, d, 3))
                       .replace(asciiMicro, QStringLiteral(" \u00b5"));
    // Long times end in a word, not a symbol ("3.1 years"): shown in the
    // user's language. min, h and d are symbols in every language we ship.
    if (d == rl::Dimension::time) {
        if (text.endsWith(QLatin1String(" years")))
            text = text.chopped(5) + QCoreApplication::translate("rl::views::Format", "years");
        else if (text.endsWith(QLatin1String(" year")))
            text = text.chopped(4) + QCoreApplication::translate("rl::views::Format", "year");
    }
    return text;
}

QString fmtTime(double s) { return fmtQuantity(s, rl::Dimension::time); }
QString fmtBytes(double b) { return fmtQuantity(b, rl::Dimension::bytes); }
QString fmtFlops(double f) { return fmtQuantity(f, rl::Dimension::flops); }
QString fmtFlopRate(double f) { return fmtQuantity(f, rl::Dimension::flop_rate); }
QString fmtBandwidth(double b) { return fmtQuantity(b, rl::Dimension::bandwidth); }
QString fmtEnergy(double j) { return fmtQuantity(j, rl::Dimension::energy); }

QString fmtIntensity(double x) {
    if (!std::isfinite(x) || x <= 0) return QStringLiteral("–");
    int decimals = x >= 100 ? 0 : (x >= 10 ? 1 : 2);
    return QStringLiteral("%1 FLOP/B").arg(x, 0, 'f', decimals);
}

QString fmtPercent(double fraction, int decimals) {
    if (!std::isfinite(fraction)) return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', decimals);
}

QString fmtNumber(double v) {
    if (!std::isfinite(v)) return QStringLiteral("–");
    const double a = std::abs(v);
    if (a >= 1e4) {
        const char* prefixes[] = {"k", "M", "G", "T"};
        int i = 0;
        double scaled = v / 1e3;
        while (std::abs(scaled) >= 1e3 && i < 3) {
            scaled /= 1e3;
            ++i;
        }
        return QStringLiteral("%1 %2").arg(QString::number(scaled, 'g', 3), prefixes[i]);
    }
    if (v == std::round(v)) return QString::number(static_cast<long long>(v));
    if (a < 1) return QString::number(v, 'g', 3);
    const int decimals = a >= 100 ? 0 : (a >= 10 ? 1 : 2);
    return QString::number(v, 'f', decimals);
}

namespace {
// Commas between groups of three digits left of the point ("1536.5" -> "1,536.5").
QString groupThousands(QString digits) {
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    for (qsizetype i = (point < 0 ? digits.size() : point) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}
}  // namespace

QString fmtExact(double value, int decimals) {
    if (!std::isfinite(value)) return QStringLiteral("–");
    const QString text = groupThousands(QString::number(std::abs(value), 'f', decimals));
    // No "-0" when a tiny negative value rounds to zero.
    const bool negative = value < 0 && text.contains(QRegularExpression(QStringLiteral("[1-9]")));
    return negative ? QLatin1Char('-') + text : text;
}

QString fmtExact(long long count) {
    // Unsigned magnitude, so the most negative value has a positive twin.
    const auto magnitude = count < 0 ? 0ULL - static_cast<unsigned long long>(count)
                                     : static_cast<unsigned long long>(count);
    const QString text = fmtExact(magnitude);
    return count < 0 ? QLatin1Char('-') + text : text;
}

QString fmtExact(unsigned long long count) { return groupThousands(QString::number(count)); }

QString fmtRate(double perSecond, const QString& what) {
    if (!std::isfinite(perSecond)) return QStringLiteral("–");
    return QStringLiteral("%1 %2/s").arg(fmtNumber(perSecond), what);
}

QString fmtUsd(double dollars) {
    if (!std::isfinite(dollars)) return QStringLiteral("–");
    return QStringLiteral("$%1").arg(QString::number(dollars, 'g', 3));
}

QString qstr(const std::string& s) { return QString::fromStdString(s); }

}  // namespace views
}  // namespace rl
