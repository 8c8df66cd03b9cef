// The one CSV writer (core/result/csv_writer.h): RFC 4180 quoting, CRLF
// records, and what the reader side (core/learned/csv.h) reads back.
#include <QtTest>

#include "core/result/csv_writer.h"

using namespace rl;

class TestCsvWriter : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void plainFieldsStayAsTheyAre() {
        QCOMPARE(csv::field(""), std::string());
        QCOMPARE(csv::field("layer.qkv_proj"), std::string("layer.qkv_proj"));
        QCOMPARE(csv::field("1.5e-06"), std::string("1.5e-06"));
        QCOMPARE(csv::field(" padded "), std::string(" padded "));  // spaces are data
        QCOMPARE(csv::field("µs"), std::string("µs"));
    }

    void specialFieldsAreQuoted() {
        QCOMPARE(csv::field("a,b"), std::string("\"a,b\""));
        QCOMPARE(csv::field("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(csv::field("two\nlines"), std::string("\"two\nlines\""));
        QCOMPARE(csv::field("cr\r"), std::string("\"cr\r\""));
        QCOMPARE(csv::field("\""), std::string("\"\"\"\""));
    }

    void recordsEndWithCrlf() {
        QCOMPARE(csv::kLineEnd, std::string_view("\r\n"));
        QCOMPARE(csv::record({}), std::string("\r\n"));
        QCOMPARE(csv::record({"name", "time_s"}), std::string("name,time_s\r\n"));
        QCOMPARE(csv::record({"L0.attn, fused", "", "3"}),
                 std::string("\"L0.attn, fused\",,3\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
