// A sweep file's names in the user's language: a name is a string
// or an object of names by language code; the exploration page shows a sample
// sweep's title, axes and objectives in German and Chinese, opened from the
// file and from its output folder, while the English stays the column header
// of points.csv; a name in a shape the reader refuses is reported with a typed
// diagnostic that reads in German and Chinese.
#include <fstream>
#include <sstream>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_files.h"
#include "core/explore/sweep_manifest.h"
#include "core/explore/sweep_runner.h"
#include "core/explore/sweep_spec.h"
#include "tests/views/sweep_run.h"
#include "tests/views/translation_helpers.h"
#include "views/common/phrase_text.h"
#include "views/editors/diagnostic_text.h"
#include "views/explore/explore_page.h"
#include "views/explore/localized_name.h"
#include "views/explore/sweep_builder_dialog.h"
#include "views/explore/sweep_table_model.h"
#include "views/start/start_page.h"

using namespace rl;
using namespace rl::explore;

namespace {

const std::string kSample =
    std::string(RIDGELINE_SAMPLES) + "/sweeps/hbm-x-flops-decode-heavy.json";

Json readJson(const std::string& path) {
    std::ifstream in(path);
    return Json::parse(in);
}

// The name the sample file gives in `language` (the file is the oracle).
QString fileName(const Json& name, const QString& language) {
    return QString::fromStdString(name.at(language.toStdString()).get<std::string>());
}

QStringList headers(const views::ExplorePage& page) {
    QStringList out;
    for (int c = 0; c < page.model()->columnCount(); ++c)
        out << page.model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return out;
}

QStringList comboItems(const QComboBox* box) {
    QStringList out;
    for (int i = 0; i < box->count(); ++i) out << box->itemText(i);
    return out;
}

}  // namespace

class TestExploreLocalizedNames : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

  private Q_SLOTS:
    void picksTheLanguageElseEnglish() {
        const NameTranslations t = {{"de_AT", "Bandbreite (AT)"}, {"zh_CN", "带宽"}};
        QCOMPARE(views::localizedName("bandwidth", t, "zh_CN"), QString::fromUtf8("带宽"));
        // The same language of another territory before English.
        QCOMPARE(views::localizedName("bandwidth", t, "de"), QString("Bandbreite (AT)"));
        QCOMPARE(views::localizedName("bandwidth", t, "fr"), QString("bandwidth"));
        QCOMPARE(views::localizedName("bandwidth", t, "en"), QString("bandwidth"));
        QCOMPARE(views::localizedName("bandwidth", {}, "de"), QString("bandwidth"));
    }

    void languageIsTheCatalogues() {
        QCOMPARE(views::interfaceLanguage(), QString("en"));
        for (const QString language : {"de", "zh_CN"}) {
            test::InstalledTranslation t(language);
            QVERIFY2(t.ok, "the .qm files are built with the GUI (lrelease)");
            QCOMPARE(views::interfaceLanguage(), language);
        }
        QCOMPARE(views::interfaceLanguage(), QString("en"));
    }

    void pageShowsTheSampleInTheLanguage_data() { test::translatedLanguageRows(); }
    void pageShowsTheSampleInTheLanguage() {
        QFETCH(QString, language);
        const Json file = readJson(kSample);
        const QString axis = fileName(file["axes"][0]["name"], language);
        const QString title = fileName(file["name"], language);
        LoadedSweep loaded = loadSweep(kSample);
        QVERIFY2(loaded.ok(), loaded.diagnostics.format().c_str());
        // The English stays the engine's: points.csv's header is the file's "en".
        const std::string english = file["axes"][0]["name"]["en"];
        QVERIFY(csvHeader(describeSweep(*loaded.spec, 0)).find(english) != std::string::npos);

        test::InstalledTranslation t(language);
        QVERIFY(t.ok);
        views::ExplorePage page;
        page.setSweep(*loaded.spec, *loaded.base);  // no runner: the sweep's frame only
        QVERIFY2(headers(page).contains(axis), qPrintable(headers(page).join(" | ")));
        QVERIFY2(comboItems(page.xCombo()).contains(axis),
                 qPrintable(comboItems(page.xCombo()).join(" | ")));
        QVERIFY2(page.summaryLabel()->text().contains(title),
                 qPrintable(page.summaryLabel()->text()));
        QVERIFY(!headers(page).contains(QString::fromStdString(english)));
    }

    // The output folder keeps the names in the file's form; the page opening
    // it shows them in the user's language.
    // The start page lists the sample sweeps by name and reads them again
    // when the language changes while it is open.
    void startPageFollowsTheLanguage() {
        const Json title = readJson(kSample).at("name");
        const auto listed = [](const views::StartPage& page, const QString& name) {
            for (int i = 0; i < page.samplesList()->count(); ++i)
                if (page.samplesList()->item(i)->text().contains(name)) return true;
            return false;
        };
        views::StartPage page;
        QVERIFY(listed(page, fileName(title, "en")));
        {
            test::InstalledTranslation t("de");
            QVERIFY(listed(page, fileName(title, "de")));
            QVERIFY(!listed(page, fileName(title, "en")));
        }
        QVERIFY(listed(page, fileName(title, "en")));
    }

    void resultFolderKeepsTheNames() {
        RunOptions options;
        options.outputDir = dir_.filePath("decode").toStdString();
        test::runSweepFile(kSample, options);
        const Json file = readJson(kSample);
        const Json manifest = readJson(options.outputDir + "/" + kManifest);
        QCOMPARE(manifest["name"], file["name"]);
        QCOMPARE(manifest["axes"][1]["name"], file["axes"][1]["name"]);

        test::InstalledTranslation t("de");
        QVERIFY(t.ok);
        views::ExplorePage page;
        QCOMPARE(page.openResults(QString::fromStdString(options.outputDir)), QString());
        QVERIFY2(headers(page).contains(fileName(file["axes"][1]["name"], "de")),
                 qPrintable(headers(page).join(" | ")));
        QVERIFY(page.summaryLabel()->text().contains(fileName(file["name"], "de")));
    }

    // The builder names an axis by the field's keys and, in German, by the
    // field's German label beside them; the reader and toJson keep both.
    void builderNamesAxesInTheLanguage() {
        const QString project =
            QStringLiteral(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json";
        const QString field = "/hardware/memory/0/bandwidth";
        {
            views::SweepBuilderDialog dialog(project);
            QVERIFY(dialog.chooseField(field));
            QCOMPARE(dialog.sweepDocument()["axes"][0]["name"], Json("memory bandwidth"));
        }
        test::InstalledTranslation t("de");
        QVERIFY(t.ok);
        views::SweepBuilderDialog dialog(project);
        QVERIFY(dialog.chooseField(field));
        dialog.setAxisValues(field, 2, QString(), "1 TB/s", "4 TB/s", 3);
        const Json name = dialog.sweepDocument()["axes"][0]["name"];
        QCOMPARE(name.value("en", ""), std::string("memory bandwidth"));
        const std::string german = name.value("de", "");
        QVERIFY2(!german.empty() && german != "memory bandwidth", name.dump().c_str());
        auto loaded = dialog.read();
        QVERIFY2(loaded, qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(loaded->spec->axes[0].nameTranslations.at("de"), german);
        QCOMPARE(toJson(*loaded->spec)["axes"][0]["name"], name);
    }

    // Every refusal of a name's shape is typed and translated.
    void badShapesReadInGermanAndChinese_data() { test::translatedLanguageRows(); }
    void badShapesReadInGermanAndChinese() {
        QFETCH(QString, language);
        Json doc = readJson(kSample);
        doc["project"] = std::string(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-h100.json";
        doc["name"] = {{"de", "nur Deutsch"}};                            // no "en"
        doc["axes"][0]["name"] = 5;                                       // neither form
        doc["axes"][1]["name"] = {{"en", "peak"}, {"German", "x"}};       // not a language code
        doc["objectives"][0]["name"] = {{"en", "time"}, {"zh_CN", " "}};  // blank
        const LoadedSweep read = parseSweep(doc, "names.json");
        const std::vector<std::string> paths = {"/name", "/axes/0/name", "/axes/1/name/German",
                                                "/objectives/0/name/zh_CN"};
        test::InstalledTranslation t(language);
        QVERIFY(t.ok);
        for (const std::string& path : paths) {
            const Diagnostic* found = nullptr;
            for (const Diagnostic& d : read.diagnostics.items())
                if (d.path == path) found = &d;
            QVERIFY2(found, (path + " in\n" + read.diagnostics.format()).c_str());
            QCOMPARE(found->expectedText.english(), found->expected);  // typed
            const QString shown = views::phraseText(found->expectedText);
            QVERIFY2(shown != QString::fromStdString(found->expected), qPrintable(shown));
            const QString line = views::diagnosticLine(*found);
            QVERIFY2(!line.contains(QRegularExpression("%\\d")), qPrintable(line));
        }
    }
};

QTEST_MAIN(TestExploreLocalizedNames)
#include "test_explore_localized_names.moc"
