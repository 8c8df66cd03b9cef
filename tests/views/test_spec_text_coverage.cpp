// Every diagnostic the spec readers give for a corpus of bad files (the
// hostile corpus and systematic mutations of every sample, see
// spec_text_corpus.h) is typed and reads in German and Chinese: its
// expectation, and its value and suggestion where they carry values, are
// patterns the catalogues translate; the rendered line keeps no "%1"; and the
// English the CLI prints is what the typed twins say.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <map>
#include <set>

#include "core/spec/reference_policy.h"
#include "tests/views/spec_text_corpus.h"
#include "views/common/phrase_text.h"
#include "views/editors/diagnostic_text.h"

using namespace rl;

namespace {

const QRegularExpression kPlaceholder(QStringLiteral("%\\d"));

struct Translation {
    explicit Translation(const QString& language) {
        // RIDGELINE_QM_DIR in the environment tries other catalogues (one missing a pattern fails).
        ok = translator.load("ridgeline_" + language,
                             qEnvironmentVariable("RIDGELINE_QM_DIR", RIDGELINE_QM_DIR));
        if (ok) QCoreApplication::installTranslator(&translator);
    }
    ~Translation() { QCoreApplication::removeTranslator(&translator); }
    QTranslator translator;
    bool ok = false;
};

struct Seen {
    Diagnostic diagnostic;
    std::string family, label;
};

// A part with values of its own (not a bare "%1" around a user's text), or a
// fixed expectation: both must be in the catalogue.
bool mustTranslate(const Phrase& p, bool expectation) {
    if (p.empty()) return false;
    if (expectation) return true;
    return !p.args.empty() && p.pattern != "%1";
}

bool isTranslated(const Phrase& p) {
    return QCoreApplication::translate(kSpecTextContext, p.pattern.c_str()) !=
           QString::fromStdString(p.pattern);
}

}  // namespace

class TestSpecTextCoverage : public QObject {
    Q_OBJECT
    std::vector<Seen> seen_;                                // one per distinct diagnostic
    std::map<std::string, std::pair<int, int>> perFamily_;  // rows, diagnostics

  private Q_SLOTS:
    void initTestCase() {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        // Projects are written beside a copy of the library so their references resolve.
        for (const char* folder : {"hardware", "models", "scenarios"}) {
            const QDir from(QStringLiteral(RIDGELINE_SAMPLES "/") + folder);
            QVERIFY(QDir(root.path()).mkpath(folder));
            for (const QString& f : from.entryList({"*.json"}, QDir::Files))
                QVERIFY(QFile::copy(from.filePath(f), root.path() + "/" + folder + "/" + f));
        }
        addTrustedReferenceRoot(root.path().toStdString());
        std::set<std::string> keys;
        const auto rows = test::buildCorpus(RIDGELINE_SAMPLES, RIDGELINE_TEST_DATA);
        for (const auto& row : rows) {
            std::string path = row.inPlace;
            for (const auto& [name, bytes] : row.files) {
                const QString file = root.path() + "/" + QString::fromStdString(name);
                QDir().mkpath(QFileInfo(file).path());
                QFile out(file);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(bytes.data(), static_cast<qint64>(bytes.size()));
                if (path.empty()) path = file.toStdString();
            }
            const Diagnostics d = row.read(path);
            auto& [rowCount, diagCount] = perFamily_[row.family];
            ++rowCount;
            for (const auto& item : d.items()) {
                ++diagCount;
                // The same sentence with the same values counts once.
                const std::string key = item.valueText.pattern + '\x1f' +
                                        item.expectedText.pattern + '\x1f' +
                                        item.suggestionText.pattern + '\x1f' + item.value + '\x1f' +
                                        item.expected + '\x1f' + item.suggestion;
                if (keys.insert(key).second) seen_.push_back({item, row.family, row.label});
            }
        }
        QVERIFY2(seen_.size() > 300, qPrintable(QString::number(seen_.size())));
    }

    // The English fields are what the typed twins say, and every part is typed.
    void everyDiagnosticIsTyped() {
        QStringList failures;
        for (const auto& s : seen_) {
            const Diagnostic& d = s.diagnostic;
            auto check = [&](const Phrase& twin, const std::string& english, const char* part) {
                if (english.empty() || twin.english() == english) return;
                failures << QString("%1 %2 (%3): %4 twin \"%5\" != \"%6\"")
                                .arg(QString::fromStdString(s.family),
                                     QString::fromStdString(s.label),
                                     QString::fromStdString(d.path), part,
                                     QString::fromStdString(twin.english()),
                                     QString::fromStdString(english));
            };
            check(d.valueText, d.value, "value");
            check(d.expectedText, d.expected, "expected");
            check(d.suggestionText, d.suggestion, "suggestion");
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join('\n')));
    }

    void readsInGermanAndChinese_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("zh_CN") << "zh_CN";
    }
    void readsInGermanAndChinese() {
        QFETCH(QString, language);
        Translation t(language);
        QVERIFY2(t.ok, "the .qm files are built with the GUI (lrelease)");
        std::set<std::string> untranslated;
        QStringList failures;
        int parts = 0, lines = 0;
        for (const auto& s : seen_) {
            const Diagnostic& d = s.diagnostic;
            const std::pair<const Phrase*, bool> partsOf[] = {
                {&d.valueText, false}, {&d.expectedText, true}, {&d.suggestionText, false}};
            for (const auto& [phrase, expectation] : partsOf) {
                if (!mustTranslate(*phrase, expectation)) continue;
                ++parts;
                const QString shown = views::phraseText(*phrase);
                if (!isTranslated(*phrase) || shown == QString::fromStdString(phrase->english()))
                    if (untranslated.insert(phrase->pattern).second)
                        failures << QString("%1 (%2): \"%3\"")
                                        .arg(QString::fromStdString(s.family),
                                             QString::fromStdString(s.label),
                                             QString::fromStdString(phrase->pattern));
            }
            const QString line = views::diagnosticLine(d);
            ++lines;
            if (line.contains(kPlaceholder)) failures << QString("placeholder left: %1").arg(line);
        }
        qInfo("%s: %d parts and %d lines rendered, %d untranslated", qPrintable(language), parts,
              lines, static_cast<int>(untranslated.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 25).join('\n')));
    }

    // The frame of a line is translated too: severity, "(document)", line and column.
    void frameIsTranslated() {
        Diagnostic d;
        d.file = "a.json";
        d.line = 3;
        d.column = 7;
        d.setExpected("valid JSON (x)");
        {
            Translation t("de");
            QVERIFY(t.ok);
            const QString line = views::diagnosticLine(d);
            QVERIFY2(
                line.contains("Fehler") && line.contains("Zeile 3") && line.contains("(Dokument)"),
                qPrintable(line));
        }
        {
            Translation t("zh_CN");
            QVERIFY(t.ok);
            const QString line = views::diagnosticLine(d);
            QVERIFY2(line.contains(QString::fromUtf8("错误")) &&
                         line.contains(QString::fromUtf8("第 3 行")),
                     qPrintable(line));
        }
        // Without a catalogue the line is the CLI's English.
        QCOMPARE(views::diagnosticLine(d), QString::fromStdString(d.format()));
    }

    void printCounts() {
        std::set<std::string> patterns;
        for (const auto& s : seen_)
            for (const Phrase* p : {&s.diagnostic.valueText, &s.diagnostic.expectedText,
                                    &s.diagnostic.suggestionText})
                if (!p->args.empty() || p == &s.diagnostic.expectedText)
                    if (!p->empty()) patterns.insert(p->pattern);
        for (const auto& [family, counts] : perFamily_)
            qInfo("%-16s %6d files %7d diagnostics", family.c_str(), counts.first, counts.second);
        qInfo("%d distinct diagnostics, %d distinct patterns", static_cast<int>(seen_.size()),
              static_cast<int>(patterns.size()));
        QVERIFY(patterns.size() > 80);
    }
};

QTEST_MAIN(TestSpecTextCoverage)
#include "test_spec_text_coverage.moc"
