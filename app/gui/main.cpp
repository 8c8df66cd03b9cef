// ridgeline: the workbench GUI.
//   ridgeline [project.json] [--screenshot out.png [--size 1280x720]
//             [--tab roofline|traffic|traffic-phases|traffic-layers|traffic-operators
//                    |explanation|timeline|learned|serving|explore|training
//                    |training-breakdown|training-memory|training-collectives|training-search
//                    |dataflow|dataflow-<key>|dataflow-mapper-compare
//                    |dataflow-editor-architecture|-problem|-mapping|-invalid]]
//             [--compare-hardware other.json] [--side-by-side] [--select-top] [--theme light|dark]
//             [--learned-model model.json] [--language en|de|zh_CN]
#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

#include <chrono>
#include <iostream>

#include "app/gui/language_switch.h"
#include "app/gui/main_window.h"
#include "app/gui/predictor_chooser.h"
#include "app/gui/settings.h"
#include "core/spec/json_reader.h"
#include "core/spec/reference_policy.h"
#include "views/common/op_selection.h"
#include "views/common/theme.h"
#include "views/dataflow/dataflow_page.h"
#include "views/roofline/roofline_view.h"
#include "views/start/sample_library.h"

int main(int argc, char** argv) {
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName("Ridgeline");
    QApplication::setOrganizationName("Ridgeline");
    QApplication::setApplicationVersion("0.1.0");

    const rl::gui::Settings settings = rl::gui::Settings::load();
    // Language: the preference, else the system locale; English is the source.
    rl::gui::LanguageSwitch::instance().setLanguage(
        settings.language.isEmpty() ? QLocale::system().name() : settings.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Ridgeline performance workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("project",
                                 QApplication::translate("main", "Project or spec file to open."),
                                 "[project.json]");
    QCommandLineOption screenshot(
        "screenshot",
        QApplication::translate("main",
                                "Save the window to <png> after the first result, then exit."),
        "png");
    QCommandLineOption tab(
        "tab",
        QApplication::translate("main",
                                "Result tab shown: roofline, traffic, explanation, timeline, "
                                "learned, serving, explore or training (training-breakdown, "
                                "training-memory, training-collectives, training-search: "
                                "a tab of the training page; dataflow-<view>: a view of the "
                                "dataflow page, e.g. dataflow-loopnest)."),
        "tab", "roofline");
    QCommandLineOption compare(
        "compare-hardware",
        QApplication::translate("main",
                                "Pin the first result as baseline, then predict on this hardware."),
        "hardware.json");
    QCommandLineOption sideBySide("side-by-side",
                                  QApplication::translate("main",
                                                          "Compare rooflines side by side, not "
                                                          "overlaid with arrows."));
    QCommandLineOption selectTop(
        "select-top", QApplication::translate("main", "Select the most time-consuming operator."));
    QCommandLineOption theme(
        "theme", QApplication::translate("main", "light or dark (default: the preference)."),
        "theme");
    QCommandLineOption learnedModel(
        "learned-model",
        QApplication::translate(
            "main", "Predict with this learned or hybrid model file instead of the roofline."),
        "model.json");
    QCommandLineOption languageOption(
        "language",
        QApplication::translate("main",
                                "Interface language: en, de or zh_CN (default: the "
                                "preference, else the system's)."),
        "language");
    QCommandLineOption size(
        "size", QApplication::translate("main", "Window size for --screenshot (default 1500x950)."),
        "WxH", "1500x950");
    parser.addOptions({screenshot, tab, compare, selectTop, theme, learnedModel, languageOption,
                       size, sideBySide});
    parser.process(app);
    if (parser.isSet(languageOption)) {
        const QString wanted = parser.value(languageOption);
        if (!rl::gui::LanguageSwitch::languages().contains(wanted)) {
            std::cerr << "ridgeline: --language expects one of "
                      << rl::gui::LanguageSwitch::languages().join(", ").toStdString() << ", not \""
                      << wanted.toStdString() << "\"\n";
            return 1;
        }
        rl::gui::LanguageSwitch::instance().setLanguage(wanted);
    }

    rl::views::Theme::instance().apply(
        rl::views::Theme::fromName(parser.isSet(theme) ? parser.value(theme) : settings.theme));

    // Projects may reference the sample library wherever it is installed.
    rl::addTrustedReferenceRoot(rl::views::samplesDir().toStdString());
    rl::gui::MainWindow window;
    window.runs()->setDebounceMs(settings.debounceMs);
    const bool automated = parser.isSet(screenshot);
    if (automated) {
        const QStringList wh = parser.value(size).split('x');
        const int w = wh.size() == 2 ? wh[0].toInt() : 0, h = wh.size() == 2 ? wh[1].toInt() : 0;
        if (w < 320 || h < 240) {
            std::cerr << "ridgeline: --size expects WIDTHxHEIGHT, at least 320x240, not \""
                      << parser.value(size).toStdString() << "\"\n";
            return 1;
        }
        window.resize(w, h);
        // A screenshot run never waits for a person: a file that cannot be
        // read, or a result that never comes, ends it with an error.
        if (parser.isSet(compare)) {
            rl::Diagnostics diag(parser.value(compare).toStdString());
            if (!rl::readJsonFile(parser.value(compare).toStdString(), diag)) {
                std::cerr << "ridgeline: --compare-hardware: " << diag.format() << "\n";
                return 1;
            }
        }
        QTimer::singleShot(std::chrono::minutes(3), &app, [] {
            std::cerr << "ridgeline: --screenshot: no result to show within 3 minutes\n";
            QCoreApplication::exit(1);
        });
        const QString tabName = parser.value(tab);
        const QStringList dataflowViews =
            window.dataflowPage()->viewKeys() + rl::gui::MainWindow::scriptedDataflowTabs();
        if (tabName.startsWith("dataflow-") && !dataflowViews.contains(tabName.mid(9))) {
            std::cerr << "ridgeline: --tab " << tabName.toStdString()
                      << " names no view of the dataflow page; there are: dataflow-"
                      << dataflowViews.join(", dataflow-").toStdString() << "\n";
            return 1;
        }
        window.screenshotAfterFirstResult(parser.value(screenshot), tabName);
    }
    window.show();
    if (parser.isSet(learnedModel)) {
        const QString error = window.predictorChooser()->loadFile(parser.value(learnedModel));
        if (!error.isEmpty()) {
            std::cerr << "ridgeline: " << error.toStdString() << "\n";
            if (automated) return 1;
        }
    }

    if (parser.isSet(sideBySide))
        if (auto* roofline = window.findChild<rl::views::RooflineView*>())
            roofline->setSideBySide(true);
    if (parser.isSet(compare) || parser.isSet(selectTop)) {
        // Automation: act on the first result, screenshot the next view update.
        const QString shot = automated ? parser.value(screenshot) : QString();
        const QString hw = parser.value(compare);
        const bool top = parser.isSet(selectTop);
        if (!hw.isEmpty()) window.screenshotAfterFirstResult(QString(), parser.value(tab));
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = QObject::connect(window.results(), &rl::views::ResultStore::resultChanged, &window,
                                 [&window, conn, hw, top, shot, tab = parser.value(tab)] {
                                     const auto& r = window.results()->result();
                                     if (top && r && !r->ops.empty()) {
                                         int best = 0;
                                         for (int i = 0; i < static_cast<int>(r->ops.size()); ++i)
                                             if (r->ops[i].time > r->ops[best].time) best = i;
                                         window.selection()->setCurrent(best);
                                     }
                                     if (!hw.isEmpty()) {
                                         QObject::disconnect(*conn);
                                         if (!shot.isEmpty())
                                             window.screenshotAfterFirstResult(shot, tab);
                                         window.compareWithHardware(hw);
                                     }
                                 });
    }

    const QStringList args = parser.positionalArguments();
    if (automated) {
        if (!args.isEmpty() && !window.openFile(args.first())) return 1;
    } else {
        window.openAtStartup(args.value(0));
    }
    return app.exec();
}
