// How the views write engine values: whole counts through fmtExact (every
// digit, unsigned ones above 2^63 too) and operator kinds through
// opKindDisplayName (one name per kind wherever a view shows one).
#include <QtTest>

#include <cstdint>
#include <limits>

#include "core/workload/operator_names.h"
#include "views/common/format.h"
#include "views/editors/field_schema.h"

using namespace rl;
using namespace rl::views;

class TestDisplayText : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // Through long long, 2^63 + 1 read "-9,223,372,036,854,775,807".
    void unsignedCountsKeepEveryDigit() {
        QCOMPARE(fmtExact(std::uint64_t{9223372036854775809ULL}),
                 QStringLiteral("9,223,372,036,854,775,809"));
        QCOMPARE(fmtExact(std::numeric_limits<unsigned long long>::max()),
                 QStringLiteral("18,446,744,073,709,551,615"));
        QCOMPARE(fmtExact(std::numeric_limits<std::size_t>::max()),
                 QStringLiteral("18,446,744,073,709,551,615"));
        QCOMPARE(fmtExact(0U), QStringLiteral("0"));
        QCOMPARE(fmtExact(std::uint32_t{4294967295U}), QStringLiteral("4,294,967,295"));
        // Signed counts keep their sign.
        QCOMPARE(fmtExact(std::int64_t{-1234567}), QStringLiteral("-1,234,567"));
        QCOMPARE(fmtExact(std::numeric_limits<long long>::min()),
                 QStringLiteral("-9,223,372,036,854,775,808"));
    }

    // Every kind the engine names has a display name of its own, the one its
    // drop-down shows, never the engine's snake_case.
    void operatorKindsAsDropDownsShowThem() {
        for (const auto& n : kOpKindNames) {
            const QString shown = opKindDisplayName(n.value);
            QCOMPARE(shown, choiceDisplayName(std::string(n.name)));
            QVERIFY2(!shown.contains('_'), qPrintable(shown));
        }
        QCOMPARE(opKindDisplayName(OpKind::batched_matmul), QStringLiteral("Batched matmul"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "test_display_text.moc"
