// Quantities with units: parsing is strict, formatting round-trips.
#include <QtTest>

#include <cmath>

#include "core/spec/units.h"

using namespace rl;

namespace {
double parsed(const char* text, Dimension d) {
    auto r = parseQuantity(text, d);
    if (auto* v = std::get_if<double>(&r)) return *v;
    return std::nan("");
}
std::string errorOf(const char* text, Dimension d) {
    auto r = parseQuantity(text, d);
    if (auto* e = std::get_if<QuantityError>(&r)) return e->message;
    return {};
}
}  // namespace

class TestUnits : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void parsesEachDimension_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dim");
        QTest::addColumn<double>("expected");
        QTest::newRow("GiB") << "80 GiB" << int(Dimension::bytes) << 80.0 * 1073741824.0;
        QTest::newRow("KiB") << "192 KiB" << int(Dimension::bytes) << 196608.0;
        QTest::newRow("GB decimal") << "80 GB" << int(Dimension::bytes) << 80e9;
        QTest::newRow("bits") << "64 bit" << int(Dimension::bytes) << 8.0;
        QTest::newRow("TB/s") << "3.35 TB/s" << int(Dimension::bandwidth) << 3.35e12;
        QTest::newRow("Gbit/s") << "400 Gbit/s" << int(Dimension::bandwidth) << 50e9;
        QTest::newRow("TFLOP/s") << "989 TFLOP/s" << int(Dimension::flop_rate) << 989e12;
        QTest::newRow("TOPS") << "624 TOPS" << int(Dimension::flop_rate) << 624e12;
        QTest::newRow("GHz") << "1.41 GHz" << int(Dimension::frequency) << 1.41e9;
        QTest::newRow("ns") << "500 ns" << int(Dimension::time) << 500e-9;
        QTest::newRow("us") << "4 us" << int(Dimension::time) << 4e-6;
        QTest::newRow("W") << "700 W" << int(Dimension::power) << 700.0;
        QTest::newRow("pJ") << "0.845 pJ" << int(Dimension::energy) << 0.845e-12;
        QTest::newRow("pJ/B") << "7 pJ/B" << int(Dimension::energy_per_byte) << 7e-12;
        QTest::newRow("pJ/bit") << "1 pJ/bit" << int(Dimension::energy_per_byte) << 8e-12;
        QTest::newRow("pJ/FLOP") << "0.6 pJ/FLOP" << int(Dimension::energy_per_flop) << 0.6e-12;
        QTest::newRow("mm2") << "826 mm2" << int(Dimension::area) << 826e-6;
        QTest::newRow("USD/h") << "2.50 USD/h" << int(Dimension::money_rate) << 2.5;
        QTest::newRow("spaces") << "  12   GB  " << int(Dimension::bytes) << 12e9;
    }
    void parsesEachDimension() {
        QFETCH(QString, text);
        QFETCH(int, dim);
        QFETCH(double, expected);
        double v = parsed(text.toStdString().c_str(), Dimension(dim));
        QVERIFY2(std::fabs(v - expected) <= 1e-12 * std::fabs(expected),
                 qPrintable(QString::number(v)));
    }

    void rejectsBadText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dim");
        QTest::addColumn<QString>("why");
        QTest::newRow("bare number") << "3.35" << int(Dimension::bandwidth) << "unit is missing";
        QTest::newRow("empty") << "" << int(Dimension::bytes) << "empty";
        QTest::newRow("NaN") << "NaN TB/s" << int(Dimension::bandwidth) << "not finite";
        QTest::newRow("inf") << "inf GB" << int(Dimension::bytes) << "not finite";
        QTest::newRow("wrong dimension") << "80 GiB" << int(Dimension::bandwidth) << "unknown unit";
        QTest::newRow("junk") << "3 TB/s extra" << int(Dimension::bandwidth) << "unknown unit";
        QTest::newRow("no number") << "TB/s" << int(Dimension::bandwidth) << "no number";
        QTest::newRow("overflow") << "1e308 EB" << int(Dimension::bytes) << "overflows";
        QTest::newRow("too long") << QString(100, '1') + " B" << int(Dimension::bytes)
                                  << "too long";
    }
    void rejectsBadText() {
        QFETCH(QString, text);
        QFETCH(int, dim);
        QFETCH(QString, why);
        std::string err = errorOf(text.toStdString().c_str(), Dimension(dim));
        QVERIFY2(err.find(why.toStdString()) != std::string::npos, err.c_str());
        QVERIFY2(err.find("expected") != std::string::npos, err.c_str());
    }

    void formatRoundTrips() {
        const std::pair<double, Dimension> cases[] = {
            {3.35e12, Dimension::bandwidth},    {85899345920.0, Dimension::bytes},
            {989.4e12, Dimension::flop_rate},   {1.41e9, Dimension::frequency},
            {500e-9, Dimension::time},          {0.845e-12, Dimension::energy},
            {826e-6, Dimension::area},          {1.8, Dimension::money_rate},
            {7e-12, Dimension::energy_per_byte}};
        for (auto [v, d] : cases) {
            std::string text = formatQuantity(v, d, 12);
            double back = parsed(text.c_str(), d);
            QVERIFY2(std::fabs(back - v) <= 1e-10 * v, text.c_str());
        }
        QCOMPARE(formatQuantity(3.35e12, Dimension::bandwidth), std::string("3.35 TB/s"));
        QCOMPARE(formatQuantity(500e-9, Dimension::time), std::string("500 ns"));
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "test_units.moc"
