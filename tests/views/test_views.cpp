// Views driven by a known Prediction: what the roofline, traffic, table and
// explanation hold; linked selection; zoom; compare arrows; exports; editors.
#include <cmath>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSvgRenderer>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include "core/spec/spec_io.h"
#include "core/spec/units.h"
#include "fake_prediction.h"
#include "tests/views/sample_document.h"
#include "views/common/op_selection.h"
#include "views/common/qcp.h"
#include "views/common/result_store.h"
#include "views/common/wrapped_title.h"
#include "views/editors/spec_editor.h"
#include "views/editors/what_if_apply.h"
#include "views/explanation/explanation_view.h"
#include "views/optable/operator_table_model.h"
#include "views/optable/operator_table_view.h"
#include "views/roofline/roofline_view.h"
#include "views/traffic/traffic_view.h"

using namespace rl::views;

namespace {
using rl::test::readSample;
QByteArray head(const QString& path, int n) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.read(n);
}
}  // namespace

class TestViews : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void init() {
        store = new ResultStore(this);
        selection = new OpSelection(this);
    }
    void cleanup() {
        delete store;
        delete selection;
    }

    void rooflineCeilingsDotsAndAxes() {
        RooflineView view(store, selection);
        view.resize(900, 600);
        store->setResult(rl::test::fakePrediction());
        QCOMPARE(view.ceilingCount(), 4);  // fp16 and bf16 share a line
        QVERIFY(view.ceilingLabels().contains("fp16, bf16"));
        QCOMPARE(view.dotCount(), 3);    // the norm has no FLOPs: not on a log axis
        QCOMPARE(view.ridgeCount(), 2);  // HBM against fp16/bf16 and fp32
        QCOMPARE(view.plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(view.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(view.plot()->xAxis->label().contains("FLOP/byte"));
        QVERIFY(view.plot()->yAxis->label().contains("FLOP/s"));
        const QCPRange x = view.plot()->xAxis->range(), y = view.plot()->yAxis->range();
        // Decade bounds covering every dot (intensity 1..1000) and the ridge (50).
        QCOMPARE(std::log10(x.lower), std::round(std::log10(x.lower)));
        QCOMPARE(std::log10(x.upper), std::round(std::log10(x.upper)));
        QVERIFY(x.lower <= 0.5 && x.upper >= 2000);
        QVERIFY(y.upper >= 100e12 && y.lower <= 2e12);
        view.setCeilingVisible(2, false);
        QVERIFY(!view.ceilingVisible(2));
    }

    void rooflineLabelsDoNotOverlap() {
        RooflineView view(store, selection);
        view.resize(900, 600);
        view.show();
        store->setResult(rl::test::fakePrediction());
        view.plot()->replot();
        std::vector<QRectF> rects;
        for (int i = 0; i < view.plot()->itemCount(); ++i) {
            auto* t = qobject_cast<QCPItemText*>(view.plot()->item(i));
            if (!t || !t->visible() || t->text().isEmpty() || t->rotation() != 0) continue;
            if (t->position->type() != QCPItemPosition::ptAbsolute) continue;
            const QSizeF s = QFontMetricsF(t->font()).boundingRect(t->text()).size();
            const QPointF p = t->position->pixelPosition();
            rects.emplace_back(p.x() - s.width(), p.y() - s.height(), s.width(), s.height());
        }
        QVERIFY(rects.size() >= 2);
        for (std::size_t i = 0; i < rects.size(); ++i)
            for (std::size_t j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects[i].intersects(rects[j]));
    }

    void rooflineClickSelectsAndTableFollows() {
        RooflineView view(store, selection);
        OperatorTableView table(store, selection);
        view.resize(900, 600);
        view.show();
        store->setResult(rl::test::fakePrediction());
        view.plot()->replot();
        const QPointF dot = view.dotPixel(2);
        QVERIFY(dot.x() > 0);
        QCOMPARE(view.opAt(dot), 2);
        QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, dot.toPoint());
        QCOMPARE(selection->current(), 2);
        const QModelIndex current = table.table()->selectionModel()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(table.proxy()->mapToSource(current).row(), 2);
        QVERIFY(!view.describeOp(2).isEmpty());
    }

    void rooflineWheelZoomAndUndo() {
        RooflineView view(store, selection);
        view.resize(900, 600);
        view.show();
        store->setResult(rl::test::fakePrediction());
        view.plot()->replot();
        const QCPRange before = view.plot()->xAxis->range();
        const QPointF centre = view.plot()->axisRect()->center();
        QWheelEvent wheel(centre, view.plot()->mapToGlobal(centre), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.plot(), &wheel);
        const QCPRange after = view.plot()->xAxis->range();
        QVERIFY(after.size() < before.size() * 0.9 ||
                after.upper / after.lower < before.upper / before.lower);
        QVERIFY(view.zoomHistoryDepth() >= 1);
        QVERIFY(view.undoZoom());
        QCOMPARE(view.plot()->xAxis->range().lower, before.lower);
        QCOMPARE(view.plot()->xAxis->range().upper, before.upper);
    }

    void rooflineCompareDrawsArrows() {
        RooflineView view(store, selection);
        auto base = rl::test::fakePrediction(1e12);
        base->ops[2].timeEach *= 2;  // the HBM-bound op was twice as slow
        base->ops[2].time *= 2;
        store->setResult(base);
        store->pinCurrentAsBaseline();
        store->setResult(rl::test::fakePrediction());
        QVERIFY(view.arrowCount() >= 1);
        QVERIFY(view.describeOp(2).contains("-50"));
        store->clearBaseline();
        QCOMPARE(view.arrowCount(), 0);
    }

    void operatorTableModel() {
        OperatorTableModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        store->setResult(rl::test::fakePrediction());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(OperatorTableModel::ColumnCount));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(OperatorTableModel::kSortRole);
        proxy.sort(OperatorTableModel::Time, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, OperatorTableModel::Name).data().toString(),
                 QString("L0.mlp"));  // 100 x 0.5 ms
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString("prefill");
        QCOMPARE(proxy.rowCount(), 2);
        model.setLevel(1);
        QVERIFY(
            model.headerData(OperatorTableModel::Bytes, Qt::Horizontal).toString().contains("L2"));
        const QStringList csv = model.toCsv().trimmed().split('\n');
        QCOMPARE(csv.size(), 5);
        QVERIFY(csv[0].startsWith("name,kind,phase"));
        store->pinCurrentAsBaseline();  // the same result: no delta column
        QVERIFY(!model.hasBaseline());
        store->setResult(rl::test::fakePrediction(4e12));
        QVERIFY(model.hasBaseline());
    }

    // Long operator names (and long phase words, as German's "Vorwärtsdurchlauf")
    // make the columns wider than the dock: the name column gives way, elided,
    // with the whole name as its tooltip, and the last column is never cut off.
    // Kinds and bounds read in the user's words; the CSV keeps the engine's.
    void operatorTableFitsItsWidth() {
        OperatorTableView table(store, selection);
        table.resize(1200, 300);  // the table under a 1280 px window
        auto p = rl::test::fakePrediction();
        p->ops[0].name = "layers.0.attention.q_proj.lora_a.dropout.residual.with_a_long_name";
        p->ops[0].kind = rl::OpKind::gemm;
        store->setResult(p);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTableView* view = table.table();
        const QAbstractItemView* cells = view;  // its sizeHintForColumn is public
        const int last = OperatorTableModel::Binding;
        const int needed = std::max(cells->sizeHintForColumn(last),
                                    view->horizontalHeader()->sectionSizeHint(last));
        QVERIFY2(view->columnViewportPosition(last) + needed <= view->viewport()->width(),
                 qPrintable(QString("'Bound by' starts at %1, needs %2, the table shows %3 px")
                                .arg(view->columnViewportPosition(last))
                                .arg(needed)
                                .arg(view->viewport()->width())));
        QVERIFY(view->columnWidth(OperatorTableModel::Name) <
                cells->sizeHintForColumn(OperatorTableModel::Name));
        // Numbers gave way first: a numeric column is no wider than its widest value, or its
        // title broken onto two lines where that is wider; the header is tall enough for it.
        QHeaderView* header = view->horizontalHeader();
        const QFontMetrics titleMetrics = header->fontMetrics();
        int wrappedTitles = 0;
        for (int c :
             {OperatorTableModel::Layer, OperatorTableModel::Count, OperatorTableModel::Time,
              OperatorTableModel::Share, OperatorTableModel::Flops, OperatorTableModel::Bytes,
              OperatorTableModel::Intensity, OperatorTableModel::Attained}) {
            const QString title = table.model()->headerData(c, Qt::Horizontal).toString();
            const int chrome = header->sectionSizeHint(c) - titleMetrics.horizontalAdvance(title);
            const int allowed =
                std::max(cells->sizeHintForColumn(c),
                         rl::views::wrappedTitleWidth(titleMetrics, title) + chrome);
            QVERIFY2(view->columnWidth(c) <= allowed,
                     qPrintable(QString("'%1' is %2 px wide, its values and two-line title need %3")
                                    .arg(title)
                                    .arg(view->columnWidth(c))
                                    .arg(allowed)));
            const int textHeight =
                rl::views::wrappedTitleHeight(titleMetrics, title, view->columnWidth(c) - chrome);
            if (textHeight > titleMetrics.height()) ++wrappedTitles;
            QVERIFY2(header->height() - header->sizeHint().height() + titleMetrics.height() >=
                         textHeight,
                     qPrintable(QString("'%1' needs %2 px of text, the header is %3 px")
                                    .arg(title)
                                    .arg(textHeight)
                                    .arg(header->height())));
        }
        QVERIFY(wrappedTitles > 0);  // the case this checks: titles on two lines
        const QModelIndex name = table.model()->index(0, OperatorTableModel::Name);
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), QString::fromStdString(p->ops[0].name));
        // Wider again: the name gets its whole width back.
        table.resize(2400, 300);
        QCoreApplication::processEvents();
        QCOMPARE(view->columnWidth(OperatorTableModel::Name),
                 cells->sizeHintForColumn(OperatorTableModel::Name));
        // and the last column still reaches the right edge.
        QVERIFY(view->columnViewportPosition(last) + view->columnWidth(last) >=
                view->viewport()->width() - 1);
        const OperatorTableModel* model = table.model();
        QCOMPARE(model->index(0, last).data().toString(), QString("compute fp16"));
        QCOMPARE(model->index(3, last).data().toString(), QString("kernel launch"));
        QCOMPARE(model->index(2, last).data().toString(), QString("HBM"));
        QCOMPARE(model->index(0, OperatorTableModel::Kind).data().toString(), QString("GEMM"));
        QVERIFY(model->toCsv().contains(",gemm,"));
        QVERIFY(model->toCsv().contains(",launch"));
    }

    void tableSelectionDrivesSharedSelection() {
        OperatorTableView table(store, selection);
        store->setResult(rl::test::fakePrediction());
        const QModelIndex row = table.proxy()->mapFromSource(table.model()->index(1, 0));
        table.table()->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection->current(), 1);
        QVERIFY(!QTemporaryDir().path().isEmpty());
        QTemporaryDir dir;
        QVERIFY(table.exportCsv(dir.filePath("ops.csv")).isEmpty());
        QVERIFY(QFile(dir.filePath("ops.csv")).size() > 100);
    }

    void trafficBars() {
        TrafficView view(store, selection);
        view.resize(800, 500);
        store->setResult(rl::test::fakePrediction());
        QCOMPARE(view.groupLabels(), QStringList({"HBM", "L2"}));
        QCOMPARE(view.stackCount(), 2);  // weights and activations; no KV cache in this run
        const double hbm = 1e9 + 4e8 + 1e9 * 100 + 1e6 * 100;
        QVERIFY(std::abs(view.groupTotal(0) - hbm) < 1e-6 * hbm);
        view.setUnit(TrafficView::Unit::time);
        QVERIFY(std::abs(view.groupTotal(0) - hbm / 2e12) < 1e-6 * hbm / 2e12);
        view.setUnit(TrafficView::Unit::bytes);
        view.setGrouping(TrafficView::Grouping::phase);
        QCOMPARE(view.groupLabels(), QStringList({"prefill", "decode"}));
        view.setGrouping(TrafficView::Grouping::op);
        QCOMPARE(view.groupLabels().size(), 4);
        // Largest traffic first within each phase section (prefill, then decode).
        QCOMPARE(view.groupLabels(), QStringList({"L0.qkv", "L0.attention", "L0.mlp", "L0.norm"}));
        QCOMPARE(view.groupPhase(2), QString("decode"));
        QVERIFY(view.describeBar(0, 0).contains("weights"));
        view.setGrouping(TrafficView::Grouping::layer);
        QCOMPARE(view.groupLabels(), QStringList({"0"}));
    }

    void explanationRunAndSelectedOp() {
        ExplanationView view(store, selection);
        store->setResult(rl::test::fakePrediction());
        QVERIFY(view.runText()->toPlainText().contains("bound by HBM bandwidth"));
        QCOMPARE(view.runWhatIfs()->rowCount(), 1);
        selection->setCurrent(2);
        QVERIFY(view.opText()->toPlainText().contains("streams its weights"));
        QCOMPARE(view.opBounds()->rowCount(), 2);
        QSignalSpy spy(&view, &ExplanationView::applyWhatIf);
        auto* button = qobject_cast<QAbstractButton*>(view.runWhatIfs()->cellWidget(0, 4));
        QVERIFY(button);
        button->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<rl::WhatIf>().resource, std::string("HBM"));
    }

    // Prefill and decode operators share names; the explanation shown is the
    // one whose op index is selected, never another op of the same name.
    void explanationFollowsTheSelectedOpIndex() {
        ExplanationView view(store, selection);
        auto p = rl::test::fakePrediction();
        p->ops[2].name = p->ops[0].name;  // "L0.qkv" in prefill (0) and decode (2)
        rl::Explanation prefill;
        prefill.scope = p->ops[0].name;
        prefill.kind = rl::ExplanationScope::op;
        prefill.opIndex = 0;
        prefill.phase = "prefill";
        prefill.sentences = {"L0.qkv (prefill) is bound by compute."};
        p->explanations.back().scope = p->ops[2].name;
        p->explanations.insert(p->explanations.begin() + 1, prefill);
        store->setResult(p);
        selection->setCurrent(0);
        QVERIFY2(view.opText()->toPlainText().contains("(prefill) is bound by compute"),
                 qPrintable(view.opText()->toPlainText()));
        selection->setCurrent(2);
        QVERIFY2(view.opText()->toPlainText().contains("streams its weights"),
                 qPrintable(view.opText()->toPlainText()));
        // Operator explanations stay out of the whole-run text.
        QVERIFY(!view.runText()->toPlainText().contains("(prefill) is bound by compute"));
    }

    void exportsAreValidFiles() {
        RooflineView roofline(store, selection);
        TrafficView traffic(store, selection);
        store->setResult(rl::test::fakePrediction());
        QTemporaryDir dir;
        QVERIFY(roofline.exportTo(dir.filePath("r.png"), 800, 500).isEmpty());
        QCOMPARE(head(dir.filePath("r.png"), 4), QByteArray("\x89PNG", 4));
        QVERIFY(roofline.exportTo(dir.filePath("r.pdf"), 800, 500).isEmpty());
        QCOMPARE(head(dir.filePath("r.pdf"), 4), QByteArray("%PDF"));
        QVERIFY(traffic.exportTo(dir.filePath("t.svg"), 800, 500).isEmpty());
        QSvgRenderer svg(dir.filePath("t.svg"));
        QVERIFY(svg.isValid());
        QVERIFY(
            !roofline.exportTo(dir.filePath("r.bmpx")).isEmpty());  // unknown format is an error
    }

    void hardwareEditorValidatesAndUndoes() {
        const rl::Json a100 = readSample("hardware/nvidia-a100-sxm4-80gb.json");
        QVERIFY(a100.is_object());
        QUndoStack undo;
        SpecEditor editor(SpecEditor::Kind::hardware, &undo);
        editor.setDocument(a100, "a100.json");
        QVERIFY(editor.isValid());
        QVERIFY(editor.hardware().has_value());
        QLineEdit* bw = editor.lineEditFor("/memory/0/bandwidth");
        QVERIFY(bw);
        QSignalSpy changed(&editor, &SpecEditor::documentChanged);
        editor.editField("/memory/0/bandwidth", "very fast");
        QCOMPARE(changed.count(), 1);
        QVERIFY(!editor.isValid());
        QVERIFY(bw->property("hasProblem").toBool());
        QVERIFY(bw->toolTip().contains("/memory/0/bandwidth"));
        bool found = false;
        for (const auto& d : editor.diagnostics().items())
            found = found || d.path == "/memory/0/bandwidth";
        QVERIFY(found);
        // Only that field changed.
        rl::Json expected = a100;
        expected["memory"][0]["bandwidth"] = "very fast";
        QCOMPARE(editor.document(), expected);
        undo.undo();
        QVERIFY(editor.isValid());
        QCOMPARE(editor.document(), a100);
        QCOMPARE(bw->text(), QString("2039"));  // the number; the unit is in its chooser
        // Form -> JSON view.
        editor.editField("/memory/0/bandwidth", "3 TB/s");
        QVERIFY(editor.jsonEdit()->toPlainText().contains("3 TB/s"));
        // JSON view -> form (debounced).
        QString text = editor.jsonEdit()->toPlainText();
        text.replace("\"400 W\"", "\"500 W\"");
        editor.jsonEdit()->setPlainText(text);
        QTRY_COMPARE(editor.lineEditFor("/tdp")->text(), QString("500"));
    }

    void modelEditorShowsDerivedFigures() {
        QUndoStack undo;
        SpecEditor editor(SpecEditor::Kind::model, &undo);
        editor.setDocument(readSample("models/llama-2-7b.json"), "llama-2-7b.json");
        QVERIFY(editor.isValid());
        QVERIFY2(editor.derivedText().contains("Parameters: 6.7"),
                 qPrintable(editor.derivedText()));
        editor.editField("/transformer/num_hidden_layers", "64");
        QVERIFY2(editor.derivedText().contains("Parameters: 13."),
                 qPrintable(editor.derivedText()));
    }

    void whatIfEditsTheSpec() {
        const rl::Json a100 = readSample("hardware/nvidia-a100-sxm4-80gb.json");
        const rl::Json chat = readSample("scenarios/chat-batch1-fp16.json");
        using Target = rl::ResourceEdit::Target;
        auto whatIf = [](const char* label, const char* resource, Target target, int level) {
            rl::WhatIf w;
            w.label = label;
            w.resource = resource;
            w.edit.target = target;
            w.edit.level = level;
            return w;
        };
        auto edit = applyWhatIfToSpecs(
            whatIf("2x HBM2e bandwidth", "HBM2e", Target::memoryBandwidth, 0), a100, chat);
        QVERIFY(edit.target == WhatIfEdit::Target::hardware);
        auto v = rl::parseQuantity(edit.document["memory"][0]["bandwidth"].get<std::string>(),
                                   rl::Dimension::bandwidth);
        QCOMPARE(std::get<double>(v), 2 * 2039e9);
        edit = applyWhatIfToSpecs(whatIf("2x batch", "batch", Target::batch, -1), a100, chat);
        QVERIFY(edit.target == WhatIfEdit::Target::scenario);
        QCOMPARE(edit.document["inference"]["batch"].get<int>(), 2);
        // A level the hardware does not have (the prediction is of another spec).
        edit =
            applyWhatIfToSpecs(whatIf("2x SRAM", "SRAM", Target::memoryBandwidth, 7), a100, chat);
        QVERIFY(edit.target == WhatIfEdit::Target::none);
        QVERIFY(!edit.error.isEmpty());
    }

  private:
    ResultStore* store = nullptr;
    OpSelection* selection = nullptr;
};

QTEST_MAIN(TestViews)
#include "test_views.moc"
