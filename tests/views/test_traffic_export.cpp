// The traffic view as people read it (no empty bars, repeated operators
// folded, training tensor classes), the operator table's layer column, and
// chart exports: SVG clipped to the axes, PNG at the chosen size and DPI,
// PDF pages at the chosen scale, the export dialog's numbers.
#include <cmath>
#include <map>
#include <memory>

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include "fake_prediction.h"
#include "views/common/chart_export.h"
#include "views/common/chart_export_dialog.h"
#include "views/common/op_selection.h"
#include "views/common/qcp.h"
#include "views/common/result_store.h"
#include "views/common/theme.h"
#include "views/optable/operator_table_model.h"
#include "views/traffic/traffic_view.h"

using namespace rl::views;

namespace {
constexpr int kW = static_cast<int>(rl::TensorClass::weights);
constexpr int kA = static_cast<int>(rl::TensorClass::activations);
constexpr int kKv = static_cast<int>(rl::TensorClass::kv_cache);
constexpr int kG = static_cast<int>(rl::TensorClass::gradients);
constexpr int kO = static_cast<int>(rl::TensorClass::optimizer_state);

rl::OpRecord op(const char* name, const char* phase, int layer, int span, double count,
                std::map<int, double> hbm) {
    // Three levels: HBM, L2 (nothing), SSD (nothing).
    rl::OpRecord r = rl::test::fakeOpRecord(name, phase, layer, count, 1e-3, 3);
    r.layerSpan = span;
    for (auto [c, b] : hbm) r.traffic[0].bytes[c] = b;
    return r;
}

// A Llama-like run: 32 folded layers in prefill (chunked attention) and decode.
std::shared_ptr<rl::Prediction> llamaLike() {
    auto p = rl::test::fakePrediction();
    p->levels = {"HBM", "L2", "SSD"};
    p->ops = {op("embedding", "prefill", -1, 1, 1, {{kW, 1e6}, {kA, 1e6}}),
              op("layer.qkv_proj", "prefill", 0, 32, 32, {{kW, 4e6}, {kA, 1e6}}),
              op("layer.attention.chunk0-3", "prefill", 0, 32, 128, {{kA, 1e6}, {kKv, 1e6}}),
              op("layer.attention.chunk4-7", "prefill", 0, 32, 128, {{kA, 1e6}, {kKv, 3e6}}),
              op("layer.qkv_proj", "decode", 0, 32, 32 * 100, {{kW, 4e6}, {kA, 1e3}}),
              op("layer.rope", "decode", 0, 32, 32 * 100, {}),  // no traffic at all
              op("lm_head", "decode", -1, 1, 100, {{kW, 2e6}})};
    return p;
}

// A training step: weights, activations, gradients and optimizer state.
std::shared_ptr<rl::Prediction> trainingLike() {
    auto p = rl::test::fakePrediction();
    p->levels = {"HBM", "L2", "SSD"};
    p->ops = {op("layer.mlp_up", "forward", 0, 4, 4, {{kW, 8e6}, {kA, 2e6}}),
              op("layer.mlp_up.backward", "backward", 0, 4, 4, {{kW, 8e6}, {kA, 4e6}, {kG, 8e6}}),
              op("optimizer_step", "optimizer", -1, 1, 1, {{kW, 3e7}, {kG, 3e7}, {kO, 1.2e8}})};
    return p;
}

}  // namespace

class TestTrafficExport : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // Every test starts from an empty store and selection.
    void init() { fresh = std::make_unique<Fresh>(); }

    void noEmptyBars() {
        TrafficView view(store(), selection());
        view.resize(900, 500);
        store()->setResult(llamaLike());
        // L2 and SSD carry nothing: not drawn, and the axis says so.
        QCOMPARE(view.groupLabels(), QStringList({"HBM"}));
        QCOMPARE(view.hiddenGroups(), 2);
        QVERIFY(view.plot()->xAxis->label().contains("2"));
        view.setGrouping(TrafficView::Grouping::op);
        // "rope" moves nothing: no bar, no slot.
        for (const QString& label : view.groupLabels())
            QVERIFY2(!label.contains("rope"), qPrintable(label));
        QCOMPARE(view.hiddenGroups(), 1);
        // No bar segment of zero height anywhere.
        for (int i = 0; i < view.plot()->plottableCount(); ++i) {
            auto* bars = qobject_cast<QCPBars*>(view.plot()->plottable(i));
            QVERIFY(bars);
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                QVERIFY2(it->value > 0, qPrintable(bars->name()));
        }
        for (int g = 0; g < view.groupLabels().size(); ++g) QVERIFY(view.groupTotal(g) > 0);
    }

    void repeatedOperatorsFold() {
        TrafficView view(store(), selection());
        store()->setResult(llamaLike());
        view.setGrouping(TrafficView::Grouping::op);
        const QStringList labels = view.groupLabels();
        // Two phases: each name once per phase, the layers as "×32", the
        // phases as sections (prefill first, as in the run).
        QCOMPARE(labels, QStringList({"attention ×32", "qkv_proj ×32", "embedding", "qkv_proj ×32",
                                      "lm_head"}));
        QCOMPARE(view.groupPhase(0), QString("prefill"));
        QCOMPARE(view.groupPhase(2), QString("prefill"));
        QCOMPARE(view.groupPhase(3), QString("decode"));
        QCOMPARE(view.groupPhase(4), QString("decode"));
        QVERIFY(view.describeBar(3, 0).contains("decode"));
        QCOMPARE(view.plot()->itemCount(), 3);  // two phase names, one line between them
        // The two attention chunks add up: (1e6 + 1e6 + 1e6 + 3e6) x 128 bytes.
        const int att = labels.indexOf("attention ×32");
        QCOMPARE(view.groupTotal(att), 6e6 * 128);
        QVERIFY(view.describeBar(att, 0).contains("32"));
        // Per layer: the folded stack spreads over layers 0..31 alike.
        view.setGrouping(TrafficView::Grouping::layer);
        QCOMPARE(view.groupLabels().size(), 33);
        QCOMPARE(view.groupLabels().first(), QString("–"));  // outside the stack
        QCOMPARE(view.groupLabels().at(1), QString("0"));
        QCOMPARE(view.groupLabels().last(), QString("31"));
        const double stack = 5e6 * 32 + 6e6 * 128 + 4.001e6 * 3200;
        QVERIFY(std::abs(view.groupTotal(1) - stack / 32) < 1e-6 * stack);
        QVERIFY(std::abs(view.groupTotal(1) - view.groupTotal(32)) < 1e-6 * stack);
    }

    void trainingShowsGradientsAndOptimizerState() {
        TrafficView view(store(), selection());
        store()->setResult(trainingLike());
        QCOMPARE(view.stackCount(), 4);  // weights, activations, gradients, optimizer state
        QList<int> classes;
        for (int k = 0; k < view.stackCount(); ++k) classes << view.stackClass(k);
        QVERIFY(classes.contains(kG));
        QVERIFY(classes.contains(kO));
        QVERIFY(!classes.contains(kKv));
        QStringList legend;
        for (int i = 0; i < view.plot()->legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(view.plot()->legend->item(i)))
                legend << item->plottable()->name();
        QVERIFY(legend.contains("gradients"));
        QVERIFY(legend.contains("optimizer state"));
        view.setGrouping(TrafficView::Grouping::phase);
        QCOMPARE(view.groupLabels(), QStringList({"forward", "backward", "optimizer"}));
        const int optimizer = 2;
        QCOMPARE(view.groupTotal(optimizer), 3e7 + 3e7 + 1.2e8);
        QVERIFY(view.describeBar(optimizer, 3).contains("optimizer state"));
        // The legend sits beside the axes, never over the bars.
        view.resize(900, 500);
        view.plot()->replot();
        QVERIFY(!view.plot()->axisRect()->rect().intersects(view.plot()->legend->outerRect()));
    }

    // A training result's bars are one iteration on one GPU: the title says
    // so (in the user's language); an inference run's title does not.
    void trainingTitleSaysPerGpuPerIteration() {
        TrafficView view(store(), selection());
        auto title = [&] {
            auto* t = qobject_cast<QCPTextElement*>(view.plot()->plotLayout()->element(0, 0));
            return t ? t->text() : QString();
        };
        store()->setResult(llamaLike());
        QVERIFY2(!title().contains("per GPU"), qPrintable(title()));
        auto training = trainingLike();
        training->opScope = rl::Prediction::OpScope::gpuIteration;
        store()->setResult(training);
        QCOMPARE(title(),
                 QString("Memory traffic by tensor class per GPU per iteration (all levels)"));
        QTranslator german;
        QVERIFY(german.load("ridgeline_de", RIDGELINE_QM_DIR));
        QCoreApplication::installTranslator(&german);
        view.setGrouping(TrafficView::Grouping::phase);  // rebuilds the chart
        const QString translated = title();
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(translated.contains("pro GPU und Iteration"), qPrintable(translated));
    }

    void tableShowsLayerRanges() {
        store()->setResult(llamaLike());
        OperatorTableModel model(store());
        const auto text = [&](int row) {
            return model.data(model.index(row, OperatorTableModel::Layer)).toString();
        };
        QCOMPARE(text(0), QString("–"));     // embedding
        QCOMPARE(text(1), QString("0–31"));  // the folded stack
        QCOMPARE(text(6), QString("–"));     // lm_head
        QVERIFY(model.data(model.index(1, OperatorTableModel::Layer), Qt::ToolTipRole)
                    .toString()
                    .contains("32"));
        const QStringList csv = model.toCsv().split("\r\n");
        QVERIFY2(csv.at(2).contains(",0-31,"), qPrintable(csv.at(2)));
    }

    void svgIsClippedToTheAxes() {
        // A line running far outside the visible range, in a colour of its own.
        QCustomPlot plot;
        plot.resize(600, 400);
        auto* graph = plot.addGraph();
        graph->setPen(QPen(QColor(0x12, 0x34, 0x56), 2));
        graph->setData({0, 5, 10}, {-50, 5, 60});
        plot.xAxis->setRange(2, 8);
        plot.yAxis->setRange(0, 10);
        plot.setViewport(QRect(0, 0, 600, 400));  // the layout of the export below
        plot.replot();
        const QRect axes = plot.axisRect()->rect();
        QTemporaryDir dir;
        const QString path = dir.filePath("clip.svg");
        ChartExportOptions options;
        options.width = 600;
        options.height = 400;
        QCOMPARE(exportChart(&plot, path, options), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Clip paths by id (their bounding boxes), then the line's groups.
        std::map<QString, QRectF> clips;
        QXmlStreamReader xml(&file);
        QString clipId;
        QStringList groupClips;  // the clip-path of each open <g>
        int linesSeen = 0, linesClipped = 0;
        static const QRegularExpression numbers("-?[0-9]+(\\.[0-9]+)?");
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto a = xml.attributes();
                if (xml.name() == QLatin1String("clipPath")) clipId = a.value("id").toString();
                if (xml.name() == QLatin1String("path") && !clipId.isEmpty()) {
                    QPolygonF pts;
                    const QString d = a.value("d").toString();
                    QList<double> v;
                    for (auto m = numbers.globalMatch(d); m.hasNext();)
                        v << m.next().captured().toDouble();
                    for (int i = 0; i + 1 < v.size(); i += 2) pts << QPointF(v[i], v[i + 1]);
                    clips[clipId] = pts.boundingRect();
                }
                if (xml.name() == QLatin1String("g")) {
                    QString clip = a.value("clip-path").toString();
                    if (clip.isEmpty() && !groupClips.isEmpty()) clip = groupClips.last();
                    groupClips << clip;
                    if (a.value("stroke").toString().compare("#123456", Qt::CaseInsensitive) == 0) {
                        ++linesSeen;
                        const QString id = clip.mid(5, clip.size() - 6);  // url(#id)
                        if (clips.count(id)) {
                            const QRectF c = clips[id];
                            if (std::abs(c.left() - axes.left()) <= 2 &&
                                std::abs(c.right() - axes.right()) <= 2 &&
                                std::abs(c.top() - axes.top()) <= 2 &&
                                std::abs(c.bottom() - axes.bottom()) <= 2)
                                ++linesClipped;
                        }
                    }
                }
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("clipPath")) clipId.clear();
                if (xml.name() == QLatin1String("g") && !groupClips.isEmpty())
                    groupClips.removeLast();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!clips.empty());
        QVERIFY(linesSeen >= 1);
        QCOMPARE(linesClipped, linesSeen);  // every piece of the line is clipped to the axes
    }

    void pngHonoursSizeAndDpi() {
        TrafficView view(store(), selection());
        store()->setResult(llamaLike());
        QTemporaryDir dir;
        ChartExportOptions options;
        options.width = 800;
        options.height = 500;
        options.dpi = 192;
        const QString png = dir.filePath("t.png");
        QCOMPARE(exportChart(view.plot(), png, options), QString());
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));
        QVERIFY(std::abs(image.dotsPerMeterX() - 192 / 0.0254) < 2);
        // PDF: the page is the size x scale (800 x 500 CSS px x 1.5 = 900 x 562.5 pt).
        options.scale = 1.5;
        const QString pdf = dir.filePath("t.pdf");
        QCOMPARE(exportChart(view.plot(), pdf, options), QString());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto m = QRegularExpression("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")
                           .match(QString::fromLatin1(bytes));
        QVERIFY2(m.hasMatch(), "no MediaBox");
        QVERIFY(std::abs(m.captured(1).toDouble() - 900) < 1);
        QVERIFY(std::abs(m.captured(2).toDouble() - 562.5) < 1);
        // SVG: width/height carry the scale, the view box the layout.
        const QString svg = dir.filePath("t.svg");
        QCOMPARE(exportChart(view.plot(), svg, options), QString());
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(s.readAll());
        QVERIFY(text.contains("viewBox=\"0 0 800 500\""));
        QVERIFY(text.contains("clipPath"));
        QVERIFY(text.contains("version=\"1.1\""));
    }

    void bindingResourcesHaveTheirOwnPalette() {
        // "Colour by binding resource" never reuses a phase colour, in either theme.
        for (ThemeKind kind : {ThemeKind::light, ThemeKind::dark}) {
            Theme::instance().apply(kind);
            for (int i = 0; i < 8; ++i)
                for (int j = 0; j < 8; ++j)
                    QVERIFY(Theme::instance().bindingResource(i) != Theme::instance().category(j));
        }
        Theme::instance().apply(ThemeKind::light);
    }

    void exportDialogNumbers() {
        ChartExportOptions o;
        o.width = 960;
        o.height = 480;
        o.dpi = 300;
        o.inches = true;
        ChartExportDialog dialog("Export chart", "/tmp/figure", chartFileFilter(), o);
        QCOMPARE(dialog.path(), QString("/tmp/figure.png"));  // no suffix: PNG
        QCOMPARE(dialog.options(), o);                        // 10 x 5 in shown, px kept
        QCOMPARE(dialog.summary(), QString("PNG: 3000 × 1500 px at 300 DPI"));
        dialog.setPath("/tmp/figure.pdf");
        o.scale = 2;
        dialog.setOptions(o);
        QCOMPARE(dialog.summary(), QString("PDF page: 20.00 × 10.00 in (50.8 × 25.4 cm)"));
    }

  private:
    struct Fresh {
        ResultStore store;
        OpSelection selection;
    };
    std::unique_ptr<Fresh> fresh;
    ResultStore* store() { return &fresh->store; }
    OpSelection* selection() { return &fresh->selection; }
};

QTEST_MAIN(TestTrafficExport)
#include "test_traffic_export.moc"
