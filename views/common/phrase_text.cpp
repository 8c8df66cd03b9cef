#include "views/common/phrase_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

#include "views/common/format.h"

namespace rl {
namespace views {

QString fillPattern(const QString& pattern, const QStringList& values) {
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

QString phraseArgText(const rl::PhraseArg& a) {
    switch (a.kind) {
        case rl::PhraseArg::Kind::text:
            return qstr(a.text);
        case rl::PhraseArg::Kind::integer:  // as the CLI and the operator table: 8160
            return QString::number(static_cast<qint64>(std::llround(a.value)));
        case rl::PhraseArg::Kind::number:
            return QLocale().toString(a.value, 'g', a.digits);
        case rl::PhraseArg::Kind::quantity:
            return fmtQuantity(a.value, a.dimension);
    }
    return qstr(a.text);
}

QString phraseText(const rl::Phrase& p, const char* context, const QStringList& extra) {
    const QString pattern = QCoreApplication::translate(context, p.pattern.c_str());
    if (p.args.empty() && extra.empty()) return pattern;
    QStringList values;
    for (const auto& a : p.args) values << phraseArgText(a);
    values << extra;
    return fillPattern(pattern, values);
}

}  // namespace views
}  // namespace rl
