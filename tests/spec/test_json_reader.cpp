// Diagnostics and the guarded JSON reader: errors carry file, pointer, value
// and expectation; hostile text never throws.
#include <QtTest>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"

using namespace rl;

class TestJsonReader : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void diagnosticFormat() {
        Diagnostics d("a100.json");
        d.error("/memory/1/bandwidth", "\"0 TB/s\"", "a bandwidth > 0", "did you mean x?");
        d.warning("", "", "something odd");
        QCOMPARE(d.errorCount(), 1);
        QCOMPARE(d.items()[0].format(),
                 std::string("a100.json: /memory/1/bandwidth: error: got \"0 TB/s\"; a bandwidth > "
                             "0 (did you mean x?)"));
        QCOMPARE(d.items()[1].format(),
                 std::string("a100.json: (document): warning: something odd"));
    }
    void diagnosticsAreCapped() {
        Diagnostics d("f");
        for (int i = 0; i < 10000; ++i) d.error("/x", "", "y");
        QVERIFY(d.items().size() <= 501);
        QVERIFY(d.items().back().expected.find("too many") != std::string::npos);
    }
    void displayValueEscapesAndShortens() {
        std::string raw = std::string("a\x01\x1b[31m") + std::string(200, 'z');
        std::string shown = displayValue(raw, 20);
        QVERIFY(shown.find('\x1b') == std::string::npos);
        QVERIFY(shown.find("\\x01") != std::string::npos);
        QVERIFY(shown.size() < 40);
    }
    void editDistanceWorks() {
        QCOMPARE(editDistance("bandwith", "bandwidth"), 1);
        QCOMPARE(editDistance("", "abc"), 3);
        QCOMPARE(editDistance("kitten", "sitting"), 3);
    }
    void syntaxErrorHasLineAndColumn() {
        Diagnostics d("x.json");
        auto doc = parseJsonDocument("{\n  \"a\": 1,\n  \"b\": ]\n}", d);
        QVERIFY(!doc);
        QCOMPARE(d.errorCount(), 1);
        QCOMPARE(d.items()[0].line, 3);
        QVERIFY(d.items()[0].format().find("(document)") != std::string::npos);
    }
    void hostileTextNeverThrows_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("deep arrays") << QByteArray(100000, '[');
        QTest::newRow("deep balanced") << (QByteArray(5000, '[') + QByteArray(5000, ']'));
        QTest::newRow("1e400") << QByteArray("{\"a\": 1e400}");
        QTest::newRow("-1e400") << QByteArray("[-1e400]");
        QTest::newRow("NUL") << QByteArray("{\"a\":\0 1}", 9);
        QTest::newRow("bad utf8") << QByteArray("{\"a\": \"\xff\xfe\"}");
        QTest::newRow("lone surrogate") << QByteArray("{\"a\": \"\\ud800\"}");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"ridgeline.hardw");
        QTest::newRow("NaN") << QByteArray("{\"a\": NaN}");
        QTest::newRow("comment") << QByteArray("{\"a\": 1 /* no */}");
    }
    void hostileTextNeverThrows() {
        QFETCH(QByteArray, text);
        Diagnostics d("h.json");
        auto doc = parseJsonDocument(
            std::string_view(text.constData(), static_cast<std::size_t>(text.size())), d);
        QVERIFY(!doc);
        QVERIFY(d.hasErrors());
    }
    void bomIsAccepted() {
        Diagnostics d("bom.json");
        auto doc = parseJsonDocument("\xEF\xBB\xBF{\"a\": 1}", d);
        QVERIFY(doc.has_value());
        QVERIFY(!d.hasErrors());
    }
    void duplicateKeysAreReportedWithTheirPath() {
        Diagnostics d("dup.json");
        auto doc =
            parseJsonDocument(R"({"a": 1, "list": [{"x": 1}, {"y": 2, "y": 3}], "a": 2})", d);
        QVERIFY(!doc);
        QCOMPARE(d.errorCount(), 2);
        QCOMPARE(d.items()[0].path, std::string("/list/1/y"));
        QCOMPARE(d.items()[1].path, std::string("/a"));
    }
    void pointerEscaping() {
        QCOMPARE(jsonPointerChild("/a", "b/c~d"), std::string("/a/b~1c~0d"));
        QCOMPARE(jsonPointerChild("/a", std::size_t(3)), std::string("/a/3"));
    }
    void objectReaderReportsEverything() {
        Diagnostics d("r.json");
        Json j =
            Json::parse(R"({"count": -3, "ratio": 1.5, "bw": 12, "size": "1 TB/s", "flag": "yes",
                                 "kind": "gpus", "bandwith": "1 TB/s", "n": 2.5})");
        ObjectReader r(j, "/top", d);
        QVERIFY(!r.integer("count", 0, 10));
        QVERIFY(!r.number("ratio", Range::fraction()));
        QVERIFY(!r.quantity("bw", Dimension::bandwidth, Range::positive()));
        QVERIFY(!r.quantity("size", Dimension::bytes, Range::positive()));
        QVERIFY(!r.boolean("flag"));
        QVERIFY(!r.choice("kind", {"gpu", "tpu"}));
        QVERIFY(!r.integer("n", 0, 10));
        QVERIFY(!r.quantity("bandwidth", Dimension::bandwidth, Range::positive(), Need::required));
        r.finish();
        QCOMPARE(d.errorCount(), 9);
        std::string all = d.format();
        QVERIFY(all.find("/top/bw: error: got 12 (a number); a bare number has no unit") !=
                std::string::npos);
        QVERIFY(all.find("did you mean \"gpu\"?") != std::string::npos);
        QVERIFY(all.find("/top/bandwith") != std::string::npos);
        QVERIFY(all.find("did you mean \"bandwidth\"?") != std::string::npos);
        QVERIFY(all.find("/top/bandwidth: error: the required key") != std::string::npos);
    }
    void readJsonFileMissing() {
        Diagnostics d;
        QVERIFY(!readJsonFile("/nonexistent/dir/file.json", d));
        QVERIFY(d.format().find("/nonexistent/dir/file.json") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestJsonReader)
#include "test_json_reader.moc"
