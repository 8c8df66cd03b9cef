// The render plugin (render_plugin.h): `ridgeline-cli render` draws a chart
// of a project's prediction headless, for reports and CI (the same widgets as
// the GUI, offscreen); a dataflow view (--view dataflow-<key>) of a project's
// dataflow study is built through the GUI's own DataflowSession, so it shows
// the same design.
#include <cstdio>
#include <memory>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>

#include <QApplication>

#include "app/cli/cli_application.h"
#include "app/cli/render/render_plugin.h"
#include "core/analytical/analyze.h"
#include "core/spec/reference_policy.h"
#include "core/spec/spec_io.h"
#include "views/common/op_selection.h"
#include "views/common/result_store.h"
#include "views/common/theme.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_session.h"
#include "views/dataflow/dataflow_tabs.h"
#include "views/dataflow/dataflow_view.h"
#include "views/roofline/roofline_view.h"
#include "views/traffic/traffic_view.h"

namespace {

// The keys of the dataflow views (views/dataflow/dataflow_tabs.cpp).
QStringList dataflowViewKeys() {
    rl::views::DataflowPage page;
    rl::views::addDataflowTabs(&page);
    return page.viewKeys();
}

// --view dataflow-<key>: the project's dataflow design (the mapper's when the
// project has no mapping, waited for) in that view, exported by the view.
int renderDataflow(const rl::Project& project, const QString& projectPath, const QString& key,
                   const QString& out, int w, int h) {
    rl::views::DataflowPage page;
    rl::views::addDataflowTabs(&page);
    if (!page.view(key)) {
        std::fprintf(stderr, "render: --view dataflow-%s: no such view; there are dataflow-%s\n",
                     qPrintable(key), qPrintable(page.viewKeys().join(", dataflow-")));
        return 2;
    }
    if (!project.dataflow) {
        std::fprintf(stderr,
                     "render: --view dataflow-%s: the project has no \"dataflow\" object (an "
                     "accelerator, a problem and a mapping; docs/formats.md)\n",
                     qPrintable(key));
        return 1;
    }
    page.resize(w, h);
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.show();
    page.showView(key);
    rl::views::DataflowSession session(&page);
    QEventLoop loop;
    bool done = false;
    QString failure;
    QObject::connect(&session, &rl::views::DataflowSession::ready, &loop, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(&session, &rl::views::DataflowSession::failed, &loop, [&](const QString& why) {
        done = true;
        failure = why;
        loop.quit();
    });
    session.open(project, projectPath);
    if (!done) {
        std::fprintf(stderr, "render: no mapping in the project: running the mapper…\n");
        loop.exec();
    }
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "render: %s\n", qPrintable(failure));
        return 1;
    }
    QCoreApplication::processEvents();
    const QString error = page.view(key)->exportTo(out, w, h);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "render: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(out));
    return 0;
}

int runRender(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Render a chart of a project's prediction to PNG, PDF or SVG.");
    QCommandLineOption help({"h", "help"}, "Show this help.");
    QCommandLineOption project("project", "Project file to predict.", "project.json");
    QCommandLineOption view("view",
                            "Chart: roofline or traffic; or dataflow-<view> for a view of the "
                            "project's dataflow study (dataflow-loopnest, dataflow-storage, …).",
                            "view", "roofline");
    QCommandLineOption out("out",
                           "Output file; the format follows the suffix (.png, .pdf, .svg; .csv "
                           "for a dataflow view's numbers).",
                           "file");
    QCommandLineOption width("width", "Width in pixels.", "px", "1200");
    QCommandLineOption height("height", "Height in pixels.", "px", "800");
    QCommandLineOption level("level", "Memory level index for the roofline (0 = outermost).", "n",
                             "0");
    QCommandLineOption theme("theme", "light or dark.", "theme", "light");
    QCommandLineOption outside(
        "allow-outside-refs",
        "Let the project read files outside its folder and the sample library.");
    parser.addOptions({help, project, view, out, width, height, level, theme, outside});
    if (!parser.parse(args)) {
        std::fprintf(stderr, "render: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(outside)) rl::allowReferencesOutsideProject(true);
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.isSet(project) || !parser.isSet(out)) {
        std::fprintf(stderr, "render: --project and --out are required\n%s",
                     qPrintable(parser.helpText()));
        return 2;
    }
    const QString kind = parser.value(view);
    const bool dataflowView = kind.startsWith("dataflow-");
    if (kind != "roofline" && kind != "traffic" && !dataflowView) {
        std::fprintf(stderr,
                     "render: --view: got \"%s\"; expected roofline, traffic or dataflow-<view> "
                     "(dataflow-%s)\n",
                     qPrintable(kind), qPrintable(dataflowViewKeys().join(", dataflow-")));
        return 2;
    }
    bool okW = false, okH = false, okL = false;
    const int w = parser.value(width).toInt(&okW), h = parser.value(height).toInt(&okH);
    const int lvl = parser.value(level).toInt(&okL);
    if (!okW || !okH || w < 100 || h < 100 || w > 10000 || h > 10000 || !okL || lvl < 0) {
        std::fprintf(stderr,
                     "render: --width/--height: expected integers in [100, 10000]; --level: an "
                     "index >= 0\n");
        return 2;
    }
    const QString suffix = QFileInfo(parser.value(out)).suffix().toLower();
    if (suffix != "png" && suffix != "pdf" && suffix != "svg" &&
        !(dataflowView && suffix == "csv")) {
        std::fprintf(stderr, "render: --out: got \"%s\"; expected a .png, .pdf or .svg file%s\n",
                     qPrintable(parser.value(out)), dataflowView ? " (or .csv)" : "");
        return 2;
    }
    auto loaded = rl::loadProject(parser.value(project).toStdString());
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", loaded.diagnostics.format().c_str());
        return 1;
    }
    rl::views::Theme::instance().apply(rl::views::Theme::fromName(parser.value(theme)));
    if (dataflowView)
        return renderDataflow(*loaded.value, parser.value(project), kind.mid(9), parser.value(out),
                              w, h);
    if (!loaded.value->analysable()) {
        std::fprintf(stderr,
                     "render: --view %s: the project is a dataflow study without hardware, model "
                     "and scenario; render one of its views with --view dataflow-%s\n",
                     qPrintable(kind), qPrintable(dataflowViewKeys().join("|dataflow-")));
        return 2;
    }
    std::shared_ptr<const rl::Prediction> prediction;
    try {
        prediction = std::make_shared<const rl::Prediction>(
            rl::analyze(loaded.value->hardware, loaded.value->model, loaded.value->scenario));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "render: prediction failed: %s\n", e.what());
        return 1;
    }
    rl::views::ResultStore store;
    rl::views::OpSelection selection;
    QString error;
    if (kind == "roofline") {
        rl::views::RooflineView chart(&store, &selection);
        chart.resize(w, h);
        store.setResult(prediction);
        if (lvl >= static_cast<int>(prediction->levels.size())) {
            std::fprintf(stderr, "render: --level %d: the hardware has %zu memory levels\n", lvl,
                         prediction->levels.size());
            return 2;
        }
        chart.setLevel(lvl);
        error = chart.exportTo(parser.value(out), w, h);
    } else {
        rl::views::TrafficView chart(&store, &selection);
        chart.resize(w, h);
        store.setResult(prediction);
        error = chart.exportTo(parser.value(out), w, h);
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "render: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(parser.value(out)));
    return 0;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int ridgeline_cli_render_main(int argc,
                                                                                char** argv) {
    // Typed against the seam, so a changed signature fails to compile here.
    [[maybe_unused]] const RidgelineRenderMain checked = &ridgeline_cli_render_main;
    // Rendering charts needs a GUI application but never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int appArgc = 1;
    static char appName[] = "ridgeline-cli";
    static char* appArgv[] = {appName, nullptr};
    QApplication app(appArgc, appArgv);
    rl::cli::setUpCliApplication();
    QStringList args;
    for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    return runRender(args);
}
