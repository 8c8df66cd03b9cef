// The options layer of the built-in commands (app/cli/options.h, glibc's
// getopt_long_only) against QCommandLineParser, which the other commands use:
// the same declarations and arguments must give the same result, values,
// positional arguments, error text and help text.
#include <QCommandLineParser>
#include <QTest>

#include <string>
#include <vector>

#include "app/cli/options.h"

namespace {

struct Decl {
    std::vector<std::string> names;
    std::string description, valueName, defaultValue;
};

const std::vector<Decl> kDecls = {
    {{"h", "help"}, "Show this help.", "", ""},
    {{"format"}, "Output format: table (default), json or csv.", "table|json|csv", "table"},
    {{"project"}, "Project file (instead of --hardware/--model/--scenario).", "file", ""},
    {{"top"}, "How many operators to list without --ops (default 10).", "N", "10"},
    {{"ops"}, "List every operator in order (default: the top operators by time).", "", ""},
    {{"as-inference"},
     "Analyse a serving or training scenario as one inference pass anyway (batch, prompt and "
     "generated tokens of its inference settings, by default 1, 512 and 128 … with more words "
     "to wrap).",
     "",
     ""},
};

QString q(const std::string& s) { return QString::fromStdString(s); }

void declare(rl::cli::Options& mine, QCommandLineParser& qt) {
    qt.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const Decl& d : kDecls) {
        mine.addOption(rl::cli::Option(d.names, d.description, d.valueName, d.defaultValue));
        QStringList names;
        for (const auto& n : d.names) names << q(n);
        qt.addOption(
            QCommandLineOption(names, q(d.description), q(d.valueName), q(d.defaultValue)));
    }
    mine.setApplicationDescription("Does things.\nOn two lines.");
    qt.setApplicationDescription("Does things.\nOn two lines.");
    mine.addPositionalArgument("file", "A spec file.", "FILE...");
    qt.addPositionalArgument("file", "A spec file.", "FILE...");
}

}  // namespace

class TestCliOptions : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void sameAsQt_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("long with value") << QStringList{"--project", "p.json", "--top", "3"};
        QTest::newRow("equals") << QStringList{"--project=a=b.json", "--format=json"};
        QTest::newRow("single dash words") << QStringList{"-project", "p.json", "-format", "csv"};
        QTest::newRow("short help") << QStringList{"-h"};
        QTest::newRow("positional mixed") << QStringList{"a.json", "--ops", "b.json", "-", "c"};
        QTest::newRow("double dash") << QStringList{"--ops", "--", "--top", "-x"};
        QTest::newRow("repeated value") << QStringList{"--top", "1", "--top", "2"};
        QTest::newRow("negative value") << QStringList{"--top", "-1"};
        QTest::newRow("empty value") << QStringList{"--top="};
        QTest::newRow("unknown") << QStringList{"--bogus", "x"};
        QTest::newRow("two unknown") << QStringList{"--bogus", "-x", "--ops"};
        QTest::newRow("unknown with value") << QStringList{"--bogus=1"};
        QTest::newRow("abbreviation") << QStringList{"--proj", "p.json"};
        QTest::newRow("single dash abbreviation") << QStringList{"-f", "json"};
        QTest::newRow("missing value") << QStringList{"--ops", "--top"};
        QTest::newRow("value for a flag") << QStringList{"--ops=1"};
        QTest::newRow("value takes a dash word") << QStringList{"--project", "--ops"};
        QTest::newRow("utf-8") << QStringList{"--project", "Modèle 模型.json", "é"};
    }

    void sameAsQt() {
        QFETCH(QStringList, args);
        rl::cli::Options mine;
        QCommandLineParser qt;
        declare(mine, qt);
        std::vector<std::string> mineArgs = {"ridgeline-cli test"};
        for (const QString& a : args) mineArgs.push_back(a.toStdString());
        const bool mineOk = mine.parse(mineArgs);
        const bool qtOk = qt.parse(QStringList{"ridgeline-cli test"} + args);
        QCOMPARE(mineOk, qtOk);
        QCOMPARE(q(mine.errorText()), qt.errorText());
        if (!qtOk) return;
        for (const Decl& d : kDecls)
            for (const std::string& n : d.names) {
                QCOMPARE(mine.isSet(n), qt.isSet(q(n)));
                QCOMPARE(q(mine.value(n)), qt.value(q(n)));
                QStringList values;
                for (const auto& v : mine.values(n)) values << q(v);
                QCOMPARE(values, qt.values(q(n)));
            }
        QStringList positional;
        for (const auto& p : mine.positionalArguments()) positional << q(p);
        QCOMPARE(positional, qt.positionalArguments());
    }

    // Qt puts the executable's path in the usage line; the commands replace it
    // with "ridgeline-cli <name>", which Options writes from args[0].
    void sameHelpText() {
        rl::cli::Options mine;
        QCommandLineParser qt;
        declare(mine, qt);
        QVERIFY(mine.parse({"ridgeline-cli test", "--help"}));
        QString expected = qt.helpText();
        expected = "Usage: ridgeline-cli test" + expected.mid(expected.indexOf(" [options]"));
        QCOMPARE(q(mine.helpText()), expected);
        QVERIFY(mine.helpText().find("--as-inference") != std::string::npos);
    }

    void integers() {
        QCOMPARE(rl::cli::toInt("12"), std::optional<int>(12));
        QCOMPARE(rl::cli::toInt(" 7 "), std::optional<int>(7));
        QCOMPARE(rl::cli::toInt("-3"), std::optional<int>(-3));
        QVERIFY(!rl::cli::toInt("x"));
        QVERIFY(!rl::cli::toInt("1.5"));
        QVERIFY(!rl::cli::toInt(""));
        QVERIFY(!rl::cli::toInt("99999999999"));
        QCOMPARE(rl::cli::toLongLong("99999999999"), std::optional<long long>(99999999999LL));
    }
};

QTEST_APPLESS_MAIN(TestCliOptions)
#include "test_cli_options.moc"
