// Why a file cannot be saved or read, in the user's language. Each reason is
// raised by a real input: a save into a missing folder or under a regular
// file, a chart export there, a file that does not exist, CSV files over the
// size cap, graph ops with the wrong number of dims, broken JSON. The English
// stays what the CLI printed before, byte for byte; German and Chinese show
// no English word of the patterns, no %n, and the values in place.
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "core/sim/serving/workload.h"
#include "core/spec/atomic_save.h"
#include "core/spec/input_file.h"
#include "core/spec/json_text.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"
#include "tests/views/translation_helpers.h"
#include "views/common/chart_export.h"
#include "views/common/phrase_text.h"
#include "views/common/qcp.h"
#include "views/common/save_error_text.h"
#include "views/editors/diagnostic_text.h"
#include "views/editors/json_pane.h"
#include "views/explanation/message_text.h"

using namespace rl;

namespace {

using Translation = rl::test::InstalledTranslation;
using rl::test::containsWord;

const QStringList kLanguages = {"de", "zh_CN"};

// `text` less what stays as written in every language: placeholders, quoted
// values (ASCII, German or Chinese quotes, single quotes) and paths.
QString withoutValues(QString text) {
    static const QRegularExpression kept(
        QString::fromUtf8("%\\d|\"[^\"]*\"|„[^“]*“|“[^”]*”|'[^']*'|\\S*/\\S*"));
    return text.remove(kept);
}

// The English words of `patterns` (lower case, three letters or more).
QStringList englishWords(const std::vector<std::string>& patterns) {
    static const QRegularExpression word(QStringLiteral("\\b[a-z][a-z-]{2,}\\b"));
    QStringList out;
    for (const std::string& p : patterns)
        for (auto it = word.globalMatch(withoutValues(QString::fromStdString(p))); it.hasNext();) {
            const QString w = it.next().captured();
            if (!out.contains(w)) out << w;
        }
    return out;
}

// `shown` is a translation of `english`: it differs, keeps no English word of
// `patterns` and no %n, and holds every one of `values`.
void checkTranslated(const QString& shown, const std::string& english,
                     const std::vector<std::string>& patterns, const QStringList& values = {}) {
    QVERIFY2(shown != QString::fromStdString(english), qPrintable(shown));
    QVERIFY2(!shown.contains(QRegularExpression("%\\d")), qPrintable(shown));
    for (const QString& w : englishWords(patterns))
        QVERIFY2(!containsWord(withoutValues(shown), w),
                 qPrintable(QString("'%1' left in: %2").arg(w, shown)));
    for (const QString& v : values)
        QVERIFY2(shown.contains(v), qPrintable(v + " missing in: " + shown));
}

std::vector<std::string> patternsOf(const SaveError& e) {
    std::vector<std::string> out{e.sentence.pattern};
    for (const Phrase& p : e.parts) out.push_back(p.pattern);
    return out;
}

// A file of `bytes` that takes no room (sparse).
std::string sparseFile(const QTemporaryDir& dir, const char* name, qint64 bytes) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || !f.resize(bytes)) return {};
    return f.fileName().toStdString();
}

// The parser's own message as the reader showed it before it was typed.
std::string parserEnglish(const std::string& text) {
    try {
        if (Json::parse(text).is_discarded()) return {};
    } catch (const Json::parse_error& e) {
        std::string what = e.what();
        what = what.substr(what.find("] ") + 2);
        const auto start = text.find_first_not_of(" \t\r\n");
        const bool json = start != std::string::npos && (text[start] == '{' || text[start] == '[');
        if (!json)
            if (auto pos = what.find("; last read"); pos != std::string::npos) what.resize(pos);
        return "valid JSON (" + displayValue(what, 200) + ")";
    } catch (const std::exception& e) {
        std::string what = e.what();
        return "valid JSON (" + displayValue(what.substr(what.find("] ") + 2), 200) +
               "; numbers must fit a double)";
    }
    return {};
}

}  // namespace

class TestFileErrorText : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    // The C library's words for the common errors are the patterns, so the
    // catalogue translates them; the English stays strerror.
    void systemReasons() {
        for (int err : {ENOENT, EACCES, EPERM, EROFS, ENOSPC, EDQUOT, EISDIR, ENOTDIR, ENAMETOOLONG,
                        ELOOP, EEXIST, EMFILE, ENFILE, EXDEV, EIO}) {
            const Phrase reason = systemReason(err);
            QCOMPARE(reason.english(), std::string(std::strerror(err)));
            QVERIFY2(reason.args.empty(), std::strerror(err));
            for (const QString& language : kLanguages) {
                Translation t(language);
                QVERIFY(t.ok);
                checkTranslated(views::phraseText(reason), reason.english(), {reason.pattern});
            }
        }
        // Another error stays as the system words it.
        const Phrase other = systemReason(EDOM);
        QCOMPARE(other.english(), std::string(std::strerror(EDOM)));
        QCOMPARE(other.args.size(), std::size_t(1));
    }

    void saveIntoMissingFolder() {
        const std::string folder = dir_.filePath("missing").toStdString();
        const std::string path = folder + "/out.json";
        const std::string english = "cannot save \"" + path +
                                    "\": cannot create a temporary file in \"" + folder +
                                    "\" (No such file or directory)";
        const SaveError err = saveFileTyped(path, "{}");
        QCOMPARE(err.english, english);
        QCOMPARE(saveFileAtomically(path, "{}"), english);
        QCOMPARE(saveJsonAtomically(path, Json::object()), english);
        QCOMPARE(saveJsonTyped(path, Json::object()).english, english);
        QCOMPARE(err.parts.size(), std::size_t(2));
        for (const QString& language : kLanguages) {
            Translation t(language);
            checkTranslated(views::saveErrorText(err), english, patternsOf(err),
                            {QString::fromStdString(path), QString::fromStdString(folder)});
        }
        // Without a catalogue the GUI shows the English.
        QCOMPARE(views::saveErrorText(err), QString::fromStdString(english));
    }

    void saveUnderRegularFile() {
        const QString plain = dir_.filePath("plain");
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const std::string path = plain.toStdString() + "/out.csv";
        const SaveError err = saveFileTyped(path, "a,b\n");
        QCOMPARE(err.english, "cannot save \"" + path + "\": cannot create a temporary file in \"" +
                                  plain.toStdString() + "\" (Not a directory)");
        for (const QString& language : kLanguages) {
            Translation t(language);
            checkTranslated(views::saveErrorText(err), err.english, patternsOf(err),
                            {QString::fromStdString(path)});
        }
    }

    void saveOverFolder() {
        const std::string path = dir_.path().toStdString();
        AtomicFile file(path);
        QVERIFY(!file.ok());
        QCOMPARE(file.error(), "cannot save to \"" + path + "\": it is a directory");
        QCOMPARE(file.failure().english, file.error());
        for (const QString& language : kLanguages) {
            Translation t(language);
            checkTranslated(views::saveErrorText(file.failure()), file.error(),
                            patternsOf(file.failure()), {QString::fromStdString(path)});
        }
        const SaveError unnamed = saveFileTyped("", "x");
        QCOMPARE(unnamed.english, std::string("cannot save: no file name given"));
        Translation de("de");
        checkTranslated(views::saveErrorText(unnamed), unnamed.english, patternsOf(unnamed));
    }

    // A GUI place that shows a save failure: a chart exported into a folder
    // under a regular file reads in the user's language.
    void chartExportFailure() {
        QCustomPlot plot;
        plot.resize(200, 150);
        const QString path = dir_.filePath("plain") + "/chart.png";
        const SaveError err = saveFileTyped(path.toStdString(), "x");
        QCOMPARE(views::exportChart(&plot, path), QString::fromStdString(err.english));
        for (const QString& language : kLanguages) {
            Translation t(language);
            const QString shown = views::exportChart(&plot, path);
            QCOMPARE(shown, views::saveErrorText(err));
            checkTranslated(shown, err.english, patternsOf(err), {path});
        }
    }

    void openMissingFile() {
        const std::string path = dir_.filePath("nothere.csv").toStdString();
        const InputText in = readInputFile(path, kMaxCsvFileBytes, "a CSV file");
        QVERIFY(!in.ok());
        QCOMPARE(in.refusal->message(path),
                 path + ": expected a readable file (cannot open it: No such file or directory)");
        QCOMPARE(in.refusal->expectedText.english(), in.refusal->expected);
        QVERIFY(in.refusal->expectedText.args.empty());  // the sentence is whole
        // Through a spec reader: the Diagnostic a window shows.
        const Loaded<Hardware> hw = loadHardware(dir_.filePath("nothere.json").toStdString());
        QCOMPARE(hw.diagnostics.items().size(), std::size_t(1));
        const Diagnostic& d = hw.diagnostics.items().front();
        for (const QString& language : kLanguages) {
            Translation t(language);
            checkTranslated(views::phraseText(in.refusal->expectedText), in.refusal->expected,
                            {in.refusal->expectedText.pattern});
            checkTranslated(views::diagnosticReason(d), d.expected, {d.expectedText.pattern});
        }
    }

    // CSV files over the 256 MiB cap, named by their kind in whole sentences.
    void csvOverCap() {
        const std::string big = sparseFile(dir_, "big.csv", (257ll << 20));
        QVERIFY(!big.empty());
        for (const char* kind : {"a CSV file", "a trace CSV file", "a topology CSV file"}) {
            const InputText in = readInputFile(big, kMaxCsvFileBytes, kind);
            QVERIFY(!in.ok());
            QCOMPARE(in.refusal->reason(),
                     "got 257 MiB; expected " + std::string(kind) + " of at most 256 MiB");
            QCOMPARE(in.refusal->expectedText.english(), in.refusal->expected);
            for (const QString& language : kLanguages) {
                Translation t(language);
                checkTranslated(views::phraseText(in.refusal->expectedText), in.refusal->expected,
                                {in.refusal->expectedText.pattern}, {"256 MiB"});
            }
        }
        // The serving trace reader hands the refusal on with its typed twins.
        ServingScenario s;
        s.arrival = "trace";
        s.trace.file = s.trace.resolved = big;
        s.trace.columns = {"t", "in", "out"};
        Diagnostics diag;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildWorkload(s, diag));
        QCOMPARE(diag.items().size(), std::size_t(1));
        const Diagnostic& d = diag.items().front();
        QCOMPARE(QString::fromStdString(d.format()),
                 QString::fromStdString(
                     big + ": (file): error: got 257 MiB; a trace CSV file of at most 256 MiB"));
        QCOMPARE(d.expectedText.english(), d.expected);
        for (const QString& language : kLanguages) {
            Translation t(language);
            checkTranslated(views::diagnosticReason(d), d.format(),
                            {d.expectedText.pattern, "got %1; expected %2"},
                            {"257 MiB", "256 MiB"});
        }
    }

    // A graph op with the wrong number of dims: the reader's expectation and
    // the lowering's, each with the dims help translated.
    void graphDims() {
        struct Bad {
            const char* kind;
            const char* dims;
            std::string english;
        };
        const Bad cases[] = {
            {"gemm", "[64, 64]", "for \"gemm\": [m, n, k] or [batch, m, n, k]"},
            {"conv2d", "[1, 2]",
             "for \"conv2d\": [batch, in_channels, out_channels, height, width, kernel, stride?, "
             "padding?, groups?]"},
            {"send_recv", "[1, 2, 3]", "for \"send_recv\": [bytes] or [bytes, ranks]"},
        };
        for (const Bad& bad : cases) {
            const Json doc = Json::parse(
                std::string("{\"format\": \"ridgeline.model\", \"version\": 1, \"name\": \"g\", "
                            "\"graph\": {\"ops\": [{\"name\": \"op\", \"kind\": \"") +
                bad.kind + "\", \"dims\": " + bad.dims + "}]}}");
            const Loaded<ModelSpec> m = parseModel(doc, "g.json");
            QVERIFY(!m.ok());
            const Diagnostic& d = m.diagnostics.items().front();
            QCOMPARE(d.path, std::string("/graph/ops/0/dims"));
            QCOMPARE(d.expected, bad.english);
            QCOMPARE(d.expectedText.english(), d.expected);
            for (const QString& language : kLanguages) {
                Translation t(language);
                checkTranslated(views::diagnosticReason(d), d.expected,
                                {d.expectedText.pattern, "got %1; expected %2"}, {bad.kind});
            }
        }
        // The lowering's error names the dims help on its own (a graph built in code).
        ModelSpec graph;
        graph.name = "g";
        graph.kind = "graph";
        graph.graph = {{"mm", "gemm", {64, 64}, {}, 1}};
        Scenario sc;
        sc.name = "i";
        sc.kind = "inference";
        try {
            lowerModel(graph, sc);
            QFAIL("a gemm with two dims lowered");
        } catch (const std::invalid_argument& e) {
            QCOMPARE(std::string(e.what()),
                     std::string("graph op 'mm' (gemm): dims [64, 64] do not fit; expected [m, n, "
                                 "k] or [batch, m, n, k]"));
            for (const QString& language : kLanguages) {
                Translation t(language);
                // The sentence around it is test_run_error_text's; here the help.
                const QString shown = views::MessageText::error(e);
                checkTranslated(shown, e.what(), {"[m, n, k] or [batch, m, n, k]"}, {"mm"});
                QVERIFY2(!shown.contains("[m, n, k] or"), qPrintable(shown));
            }
        }
    }

    // Broken JSON: the English is the parser's message as before; the typed
    // twin says what we know (the character, the line and column, the bracket
    // still open) in the user's language.
    void brokenJson_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shownValue");  // a value the translation must show
        QTest::newRow("unexpected brace") << "{\"a\": 1,}"
                                          << "'}'";
        QTest::newRow("second document") << "{\"a\": 1} {\"b\": 2}"
                                         << "'{'";
        QTest::newRow("ends inside object") << "{\"a\": {\"b\": 1}"
                                            << "{";
        QTest::newRow("ends inside array") << "{\"a\": [1, 2"
                                           << "[";
        QTest::newRow("blank") << "  \n  "
                               << "";
        QTest::newRow("number where a colon") << "{\"a\" 1}"
                                              << "";
        QTest::newRow("string after string") << "{\"a\": \"b\" \"c\"}"
                                             << "";
        QTest::newRow("literal after literal") << "{\"a\": true true}"
                                               << "true";
        QTest::newRow("invalid literal") << "{\"a\": tru}"
                                         << "";
        QTest::newRow("not JSON at all") << "hello"
                                         << "";
        QTest::newRow("invalid number") << "{\"a\": -}"
                                        << "";
        QTest::newRow("missing closing quote") << "{\"a\": \"abc"
                                               << "";
        QTest::newRow("control character") << "{\"a\": \"x\ny\"}"
                                           << "U+000A";
        QTest::newRow("bad escape") << "{\"a\": \"\\x\"}"
                                    << "";
        QTest::newRow("number overflow") << "{\"a\": 1e400}"
                                         << "'1e400'";
    }

    void brokenJson() {
        QFETCH(QString, text);
        QFETCH(QString, shownValue);
        const std::string bytes = text.toStdString();
        Diagnostics diag("broken.json");
        QVERIFY(!parseJsonText(bytes, kMaxSpecFileBytes, diag));
        QCOMPARE(diag.items().size(), std::size_t(1));
        const Diagnostic& d = diag.items().front();
        QCOMPARE(d.expected, parserEnglish(bytes));
        QCOMPARE(d.expectedText.english(), d.expected);
        // Typed: not the parser's words as one value.
        QVERIFY2(d.expectedText.pattern != "valid JSON (%1)" &&
                     d.expectedText.pattern != "valid JSON (%1; numbers must fit a double)",
                 d.expected.c_str());
        QStringList values;
        if (!shownValue.isEmpty()) values << shownValue;
        if (d.line > 0) values << QString::number(d.line) << QString::number(d.column);
        for (const QString& language : kLanguages) {
            Translation t(language);
            checkTranslated(views::phraseText(d.expectedText), d.expected, {d.expectedText.pattern},
                            values);
        }
    }

    // Two exact English messages, as the CLI prints them.
    void brokenJsonEnglish() {
        Diagnostics diag("x.json");
        parseJsonText("{\"a\": 1,}", kMaxSpecFileBytes, diag);
        QCOMPARE(QString::fromStdString(diag.format()),
                 QString::fromStdString(
                     "x.json: (document) (line 1, column 9): error: valid JSON "
                     "(parse error at line 1, column 9: syntax error while parsing object "
                     "key - unexpected '}'; expected string literal)\n"));
        Diagnostics open("y.json");
        parseJsonText("{\"a\": [1, 2", kMaxSpecFileBytes, open);
        const Diagnostic& d = open.items().front();
        QCOMPARE(d.expected, std::string("valid JSON (parse error at line 1, column 12: syntax "
                                         "error while parsing array - unexpected end of input; "
                                         "expected ']')"));
        Translation de("de");
        // Where the text ends and where the open bracket was opened.
        QCOMPARE(views::phraseText(d.expectedText),
                 QString::fromUtf8("gültiges JSON (der Text endet in Zeile 1, Spalte 12, solange "
                                   "das in Zeile 1, Spalte 7 geöffnete „[“ noch offen ist)"));
    }

    // The JSON pane of a spec editor shows a syntax error in the user's
    // language. With RIDGELINE_SCREENSHOT_DIR set it saves
    // json-error-<language>.png (the pane at 640x360).
    void jsonPaneSyntaxError() {
        for (const QString& language : kLanguages) {
            Translation t(language);
            views::JsonPane pane;
            pane.resize(640, 360);
            pane.setFileLabel("hardware.json");
            pane.show();
            Diagnostics got;
            QObject::connect(&pane, &views::JsonPane::syntaxError,
                             [&got](const Diagnostics& d) { got = d; });
            pane.edit()->setPlainText(
                "{\n  \"name\": \"A100\",\n  \"tdp\": \"400 W\",\n  "
                "\"memory\": [\n    {\"name\": \"HBM2e\"\n  ]\n}\n");
            QTRY_VERIFY_WITH_TIMEOUT(!got.items().empty(), 5000);
            QString shown;
            for (const QLabel* label : pane.findChildren<QLabel*>())
                if (label->text().contains("hardware.json"))
                    shown = QTextDocumentFragment::fromHtml(label->text()).toPlainText();
            const Diagnostic& d = got.items().front();
            checkTranslated(shown, d.format(), {d.expectedText.pattern},
                            {"']'", QString::number(d.line), QString::number(d.column)});
            if (const QString dir = qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR");
                !dir.isEmpty())
                QVERIFY(pane.grab().save(QDir(dir).filePath("json-error-" + language + ".png")));
        }
    }

  private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestFileErrorText)
#include "test_file_error_text.moc"
