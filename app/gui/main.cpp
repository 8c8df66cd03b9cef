// ridgeline: the workbench GUI.
//   ridgeline [project.json] [--screenshot out.png [--size 1280x720]
//             [--tab roofline|traffic|explanation|timeline|learned|serving|explore|training
//                    |training-breakdown|training-memory|training-collectives|training-search
//                    |dataflow|dataflow-<key>]]
//             [--compare-hardware other.json] [--select-top] [--theme light|dark]
//             [--learned-model model.json]
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <iostream>

#include "app/gui/main_window.h"
#include "app/gui/predictor_chooser.h"
#include "app/gui/settings.h"
#include "core/spec/reference_policy.h"
#include "views/common/op_selection.h"
#include "views/common/theme.h"
#include "views/dataflow/dataflow_page.h"
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
    const QString language =
        settings.language.isEmpty() ? QLocale::system().name() : settings.language;
    QTranslator translator, qtTranslator;
    if (!language.startsWith("en") && translator.load(":/i18n/ridgeline_" + language))
        app.installTranslator(&translator);
    else if (translator.load(":/i18n/ridgeline_" + language.section('_', 0, 0)))
        app.installTranslator(&translator);
    if (qtTranslator.load("qtbase_" + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);

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
    QCommandLineOption size(
        "size", QApplication::translate("main", "Window size for --screenshot (default 1500x950)."),
        "WxH", "1500x950");
    parser.addOptions({screenshot, tab, compare, selectTop, theme, learnedModel, size});
    parser.process(app);

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
        const QString tabName = parser.value(tab);
        const QStringList dataflowViews = window.dataflowPage()->viewKeys();
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
