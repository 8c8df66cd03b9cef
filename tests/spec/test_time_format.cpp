// Long times read as minutes, hours, days and years ("2.9 h", "4.2 d"),
// never with SI prefixes above the second ("ks", "Ms", "Gs"); short ones keep
// ms / us / ns. One formatter serves the CLI and the views.
#include <QtTest>

#include "core/spec/units.h"

using namespace rl;

namespace {
std::string fmt(double seconds) { return formatQuantity(seconds, Dimension::time, 3); }
}  // namespace

class TestTimeFormat : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void shortTimesKeepThePrefixes() {
        QCOMPARE(fmt(3e-9), std::string("3 ns"));
        QCOMPARE(fmt(41.18e-6), std::string("41.2 us"));
        QCOMPARE(fmt(12.5e-3), std::string("12.5 ms"));
        QCOMPARE(fmt(2.0), std::string("2 s"));
        QCOMPARE(fmt(174.0), std::string("174 s"));
        QCOMPARE(fmt(999.0), std::string("999 s"));
    }

    void boundaries_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        // From 1000 s on: minutes below an hour.
        QTest::newRow("999.4 s") << 999.4 << "999 s";
        QTest::newRow("999.6 s rounds into minutes") << 999.6 << "16.7 min";
        QTest::newRow("1000 s") << 1000.0 << "16.7 min";
        QTest::newRow("just under an hour") << 3590.0 << "59.8 min";
        // Rounding to "60 min" would be wrong: it is one hour.
        QTest::newRow("3599 s") << 3599.0 << "1 h";
        QTest::newRow("1 h") << 3600.0 << "1 h";
        QTest::newRow("2.9 h") << 2.9 * 3600 << "2.9 h";
        QTest::newRow("23.9 h") << 23.9 * 3600 << "23.9 h";
        QTest::newRow("1 d") << 86400.0 << "1 d";
        QTest::newRow("4.2 d") << 4.2 * 86400 << "4.2 d";
        QTest::newRow("364 d") << 364.0 * 86400 << "364 d";
        QTest::newRow("1 year") << 365.25 * 86400 << "1 year";
        QTest::newRow("3.1 years") << 3.1 * 365.25 * 86400 << "3.1 years";
        // The example: 174 Gs.
        QTest::newRow("174 Gs") << 174e9 << "5514 years";
        QTest::newRow("negative") << -2.9 * 3600 << "-2.9 h";
    }
    void boundaries() {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(fmt(seconds)), text);
    }

    void noPrefixAboveTheSecond() {
        for (double s = 1.0; s < 1e20; s *= 3.7) {
            const std::string text = fmt(s);
            for (const char* bad : {" ks", " Ms", " Gs", " Ts", " Ps", " Es", "e+"})
                QVERIFY2(text.find(bad) == std::string::npos, text.c_str());
        }
    }

    void longTimesParseBack() {
        for (double s : {1234.5, 3600.0, 10466.0, 362880.0, 97830720.0}) {
            const std::string text = formatQuantity(s, Dimension::time, 12);
            const auto back = parseQuantity(text, Dimension::time);
            QVERIFY2(std::holds_alternative<double>(back), text.c_str());
            QVERIFY2(std::fabs(std::get<double>(back) - s) <= 1e-9 * s, text.c_str());
        }
        QCOMPARE(std::get<double>(parseQuantity("4.2 d", Dimension::time)), 4.2 * 86400);
        QCOMPARE(std::get<double>(parseQuantity("2 years", Dimension::time)), 2 * 365.25 * 86400);
    }
};

QTEST_APPLESS_MAIN(TestTimeFormat)
#include "test_time_format.moc"
