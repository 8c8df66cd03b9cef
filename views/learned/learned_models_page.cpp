#include "views/learned/learned_models_page.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>

#include "core/workload/operator_names.h"
#include "views/common/column_fitter.h"
#include "views/common/qcp.h"
#include "views/common/save_error_text.h"
#include "views/common/spaced_header.h"
#include "views/common/theme.h"
#include "views/editors/field_schema.h"

#include <algorithm>
#include <cmath>

#include "views/learned/dataset_table_model.h"
#include "views/start/sample_library.h"

namespace rl::views {

LearnedModelsPage::LearnedModelsPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("learnedModelsPage"));
    library_.addFolder(defaultHardwareFolder());

    auto* addButton = new QPushButton(tr("Add measurements…"), this);
    auto* clearButton = new QPushButton(tr("Clear"), this);
    predictor_ = new QComboBox(this);
    predictor_->addItem(tr("Hybrid (learned efficiency x roofline)"), int(PredictorKind::hybrid));
    predictor_->addItem(tr("Learned (time directly)"), int(PredictorKind::learned));
    algorithm_ = new QComboBox(this);
    algorithm_->addItem(tr("Gradient-boosted trees (XGBoost)"), int(Algorithm::xgboost));
    algorithm_->addItem(tr("Neural network (MLP)"), int(Algorithm::mlp));
    heldOut_ = new QComboBox(this);
    heldOut_->setToolTip(
        tr("Leave one device out of training and evaluate on it (transfer to an unseen device)"));
    trainButton_ = new QPushButton(tr("Train"), this);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setEnabled(false);
    saveButton_ = new QPushButton(tr("Save model…"), this);
    saveButton_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    status_ =
        new QLabel(tr("Add CSV measurements (generic, NeuSight or VIDUR format) to start."), this);
    status_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("learnedStatus"));

    // Two rows so the page fits a 1280 px window in every language. The
    // combos are as wide as their text when there is room and may shrink to
    // ten characters (eliding; the popup shows the full text) when not.
    for (QComboBox* c : {predictor_, algorithm_, heldOut_}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
        c->setMinimumWidth(c->minimumSizeHint().width());
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    // What is held out goes with the data, so the model's two combos keep
    // their whole text on the second row (German cut them to "Hybrid (gelernte
    // Effizienz × Roo" when all three shared it).
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(addButton);
    dataRow->addWidget(clearButton);
    dataRow->addWidget(saveButton_);
    dataRow->addStretch(1);
    dataRow->addWidget(new QLabel(tr("Hold out:"), this));
    dataRow->addWidget(heldOut_);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Predictor:"), this));
    controls->addWidget(predictor_);
    controls->addWidget(algorithm_);
    controls->addWidget(trainButton_);
    controls->addWidget(cancelButton_);
    controls->addStretch(1);

    tableModel_ = new DatasetTableModel(this);
    tableModel_->setDataset(&data_);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("learnedMeasurements"));
    table_->setModel(tableModel_);
    // The device name takes what the others leave: the table is as wide as all
    // of them need where the page allows (fitSplit); only a narrower page elides
    // it (the whole name is its tooltip). Operator, type, shape and time stay whole.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->verticalHeader()->setVisible(false);
    table_->setWordWrap(false);  // rows stay one line
    // Names of one vendor's devices differ at their end ("…, 2 threads").
    table_->setTextElideMode(Qt::ElideMiddle);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);

    plot_ = new QCustomPlot(this);
    // Over the error table, fits a 720 px screen (tall enough for the German
    // "Vorhergesagte Zeit (s)" beside its axis); beside the measurements, a 1280 px one.
    plot_->setMinimumSize(280, 165);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
    }
    plot_->xAxis->setLabel(tr("Measured time (s)"));
    plot_->yAxis->setLabel(tr("Predicted time (s)"));
    plot_->legend->setVisible(false);  // shown with the first result: an empty box says nothing
    restyleChart();
    connect(&Theme::instance(), &Theme::changed, this, &LearnedModelsPage::restyleChart);
    // Says what the empty chart is waiting for (hidden once it has points).
    emptyHint_ = new QCPItemText(plot_);
    emptyHint_->position->setType(QCPItemPosition::ptAxisRectRatio);
    emptyHint_->position->setCoords(0.5, 0.5);
    emptyHint_->setColor(Qt::gray);
    emptyHint_->setClipToAxisRect(false);
    // Broken into lines as wide as the axes at every replot: a narrow chart
    // beside the measurements must not cut the sentence at its edges.
    connect(plot_, &QCustomPlot::beforeReplot, this, [this] {
        const QString hint = tr("Train a model to compare its predictions with the measurements.");
        QTextLayout layout(hint, emptyHint_->font());
        layout.beginLayout();
        QStringList lines;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(80, plot_->axisRect()->width() - 16));
            lines << hint.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        emptyHint_->setText(lines.join(QLatin1Char('\n')));
    });

    errors_ = new QTableWidget(this);
    errors_->setObjectName(QStringLiteral("learnedErrors"));
    useSpacedHeader(errors_);  // Chinese titles ran together
    errors_->setColumnCount(6);
    errors_->setHorizontalHeaderLabels({tr("Hardware"), tr("Operator"), tr("Rows"),
                                        tr("Roofline MAPE"), tr("Model MAPE"), tr("Kendall τ")});
    errors_->verticalHeader()->setVisible(false);
    // Rows as the measurements' (Fusion's 30 px ones left the chart short of its
    // minimum at 720 px, cutting its axis title).
    errors_->verticalHeader()->setDefaultSectionSize(
        table_->verticalHeader()->defaultSectionSize());
    errors_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    errors_->setTextElideMode(Qt::ElideMiddle);  // as the measurements' devices
    // The table spans the page under the measurements and the chart: beside
    // the measurements at 1280 px its titles were cut and it scrolled sideways.
    // Where the page is narrower still, the numbers' titles wrap first, then the
    // operator's; the device fills the rest (each name is its tooltip).
    ColumnFitter::Options errorsFit;
    errorsFit.wrapping = {2, 5, 4, 3, 1};
    errorsFit.stretch = 0;
    errorsFitter_ = new ColumnFitter(errors_, std::move(errorsFit));

    // The error table keeps its header and two rows in view even before
    // training, when the measurements and the empty chart would otherwise take
    // the whole page and cover its header; as tall as its titles (two lines
    // where they wrap).
    errors_->horizontalHeader()->installEventFilter(this);
    fitErrorsHeight();
    split_ = new QSplitter(Qt::Horizontal, this);
    split_->setChildrenCollapsible(false);
    split_->addWidget(table_);
    split_->addWidget(plot_);
    split_->setStretchFactor(1, 1);
    split_->setSizes({500, 500});  // until shown: then fitSplit()
    // The user's divider stays where it was put.
    connect(split_, &QSplitter::splitterMoved, this, [this] { splitMoved_ = true; });
    connect(tableModel_, &QAbstractItemModel::modelReset, this, &LearnedModelsPage::fitSplit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(dataRow);
    layout->addLayout(controls);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    auto* results = new QSplitter(Qt::Vertical, this);
    results->setChildrenCollapsible(false);
    results->addWidget(split_);
    results->addWidget(errors_);
    results->setStretchFactor(0, 1);  // a taller page grows the measurements and the chart
    results->setSizes({10000, 1});    // the error table starts at its minimum
    layout->addWidget(results, 1);

    connect(addButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Measured kernel times"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!files.isEmpty()) addFiles(files);
    });
    connect(clearButton, &QPushButton::clicked, this, [this] {
        if (maybeSaveModel()) clearData();
    });
    connect(trainButton_, &QPushButton::clicked, this, &LearnedModelsPage::train);
    connect(cancelButton_, &QPushButton::clicked, this, &LearnedModelsPage::cancelTraining);
    connect(saveButton_, &QPushButton::clicked, this, &LearnedModelsPage::saveModel);
    connect(&runner_, &JobRunner::progress, this,
            [this](quint64, double f, const QString&) { setProgress(f); });
    connect(&runner_, &JobRunner::finished, this,
            [this](quint64, const JobResult& r) { onFinished(*resultAs<TrainingRun>(r)); });
    connect(&runner_, &JobRunner::cancelled, this,
            [this] { endTraining(false, QObject::tr("Training cancelled.")); });
    connect(&runner_, &JobRunner::failed, this, [this](quint64, const QString& error) {
        endTraining(false, QObject::tr("Training failed: %1").arg(error));
    });
    refreshDeviceChoices();
}

LearnedModelsPage::~LearnedModelsPage() {
    // ~JobRunner cancels and waits. The table's model (a child) outlives data_ (a
    // member): it must not read the dataset while the children go.
    tableModel_->setDataset(nullptr);
    // The error table empties its own model as it goes: nothing may fit it then.
    delete errorsFitter_;
}

void LearnedModelsPage::setTrainer(Trainer trainer) { trainer_ = std::move(trainer); }

void LearnedModelsPage::setHardwareFolder(const QString& folder) {
    library_ = DeviceLibrary();
    library_.addFolder(folder.toStdString());
}

QStringList LearnedModelsPage::addFiles(const QStringList& files) {
    std::vector<std::string> paths;
    for (const auto& f : files) paths.push_back(f.toStdString());
    ImportResult r = importFiles(paths, library_);
    tableModel_->setDataset(nullptr);
    for (auto& s : r.data.samples) data_.samples.push_back(std::move(s));
    tableModel_->setDataset(&data_);
    // A warning about a row that was still imported is not a skipped row.
    QStringList skipped, warnings;
    for (const auto& i : r.issues)
        (i.rowKept ? warnings : skipped) << QString::fromStdString(i.text());
    QString text = tr("%n row(s) loaded", nullptr, static_cast<int>(data_.samples.size()));
    if (!skipped.isEmpty())
        text += tr("; %n row(s) skipped, first: %1", nullptr, static_cast<int>(skipped.size()))
                    .arg(skipped.first());
    if (!warnings.isEmpty())
        text +=
            tr("; %n row(s) with a warning, first: %1", nullptr, static_cast<int>(warnings.size()))
                .arg(warnings.first());
    status_->setText(text);
    refreshDeviceChoices();
    return skipped;
}

void LearnedModelsPage::clearData() {
    if (runner_.isRunning()) return;
    tableModel_->setDataset(nullptr);
    data_.samples.clear();
    tableModel_->setDataset(&data_);
    clearResults();
    progress_->setValue(0);
    status_->setText(tr("Add CSV measurements (generic, NeuSight or VIDUR format) to start."));
    refreshDeviceChoices();
}

bool LearnedModelsPage::loadSampleDataset() {
    const QString folder = samplesDir() + QStringLiteral("/datasets");
    const QString file = folder + QStringLiteral("/cpu-kernels-epyc-vm.csv");
    if (!QFileInfo::exists(file)) return false;
    // The sample's devices have their specs beside it, not in the hardware library.
    library_.addFolder(folder.toStdString());
    const QStringList skipped = addFiles({file});
    if (data_.samples.empty()) return false;
    status_->setText(
        tr("Sample dataset: %1 kernels (GEMM, convolution, add) measured by ridgeline-cli "
           "profile on a 2-core AMD EPYC VM, with 2 threads and with 1 "
           "(samples/datasets/README.md). Train to fit a model, or Clear and add your own "
           "measurements.")
            .arg(data_.samples.size()) +
        (skipped.isEmpty() ? QString() : QLatin1Char(' ') + skipped.first()));
    return true;
}

void LearnedModelsPage::showEvent(QShowEvent* e) {
    QWidget::showEvent(e);
    // Not empty on first open: the sample, unless the user brought data first.
    if (firstShow_ && data_.samples.empty() && !runner_.isRunning()) loadSampleDataset();
    firstShow_ = false;
    fitSplit();
}

void LearnedModelsPage::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    fitSplit();
}

void LearnedModelsPage::changeEvent(QEvent* e) {
    QWidget::changeEvent(e);
    // Once the titles and cells are in the new language.
    if (e->type() == QEvent::LanguageChange) QTimer::singleShot(0, this, [this] { fitSplit(); });
}

bool LearnedModelsPage::eventFilter(QObject* watched, QEvent* e) {
    if (watched == errors_->horizontalHeader() && e->type() == QEvent::Resize) fitErrorsHeight();
    return QWidget::eventFilter(watched, e);
}

void LearnedModelsPage::fitErrorsHeight() {
    const QHeaderView* header = errors_->horizontalHeader();
    errors_->setMinimumHeight(2 * errors_->frameWidth() +
                              std::max(header->minimumHeight(), header->sizeHint().height()) +
                              2 * errors_->verticalHeader()->defaultSectionSize());
}

void LearnedModelsPage::fitSplit() {
    if (splitMoved_ || !isVisible()) return;
    const int total = split_->width() - split_->handleWidth();
    if (total <= 0) return;
    const QHeaderView* header = table_->horizontalHeader();
    const QAbstractItemView* cells = table_;  // sizeHintForColumn is public there
    int need = 2 * table_->frameWidth() + table_->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < tableModel_->columnCount(); ++c)
        need += std::max(header->sectionSizeHint(c), cells->sizeHintForColumn(c));
    // The chart keeps 30 % (and its minimum) or, on a narrow page, half: before
    // training it is empty; dragging the divider gives it more.
    const int chart = std::max(plot_->minimumWidth(), total * 3 / 10);
    const int most = std::max(total / 2, total - chart);
    const int width = std::min(need, most);
    split_->setSizes({width, total - width});
}

void LearnedModelsPage::restyleChart() {
    styleChart(plot_);
    // The band, the y = x line and the points of a result (showResult's order).
    if (plot_->graphCount() == 4) {
        const Theme& theme = Theme::instance();
        QColor band = theme.category(2), point = theme.category(0);
        band.setAlpha(60);
        point.setAlpha(160);
        plot_->graph(0)->setPen(Qt::NoPen);
        plot_->graph(0)->setBrush(band);
        plot_->graph(1)->setPen(Qt::NoPen);
        plot_->graph(2)->setPen(QPen(theme.chart().axis, 1, Qt::DashLine));
        plot_->graph(3)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, point, 4));
    }
    plot_->replot();
}

void LearnedModelsPage::clearResults() {
    plot_->clearGraphs();
    points_ = 0;
    emptyHint_->setVisible(true);
    plot_->legend->setVisible(false);
    plot_->replot();
    errors_->setRowCount(0);
    model_.reset();
    modelSaved_ = false;
    saveButton_->setEnabled(false);
}

void LearnedModelsPage::setProgress(double fraction) {
    // One training reports several stages (features, then each model); the
    // bar only moves forward so it never jumps back or starts full.
    const int value = std::clamp(static_cast<int>(fraction * 1000), 0, 1000);
    progress_->setValue(std::max(progress_->value(), value));
}

void LearnedModelsPage::refreshDeviceChoices() {
    const QString current = heldOut_->currentData().toString();
    heldOut_->clear();
    heldOut_->addItem(tr("none (fit on all)"), QString());
    for (const auto& d : data_.devices())
        heldOut_->addItem(QString::fromStdString(d), QString::fromStdString(d));
    const int i = heldOut_->findData(current);
    heldOut_->setCurrentIndex(i < 0 ? 0 : i);
    trainButton_->setEnabled(!data_.samples.empty() && !runner_.isRunning());
}

int LearnedModelsPage::datasetRows() const { return tableModel_->rowCount(); }
int LearnedModelsPage::errorTableRows() const { return errors_->rowCount(); }
int LearnedModelsPage::scatterPoints() const { return points_; }

void LearnedModelsPage::train() {
    if (runner_.isRunning() || data_.samples.empty()) return;
    if (!trainer_) {
        status_->setText(tr("Training is not available in this build."));
        return;
    }
    // The previous model's results must not pass for this one's.
    clearResults();
    trainButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    progress_->setValue(0);
    status_->setText(tr("Training…"));

    TrainOptions o;
    o.kind = static_cast<PredictorKind>(predictor_->currentData().toInt());
    o.algorithm = static_cast<Algorithm>(algorithm_->currentData().toInt());
    heldOutDevice_ = heldOut_->currentData().toString().toStdString();
    // The job owns copies of everything it reads.
    runner_.runNow(
        typedWork<TrainingRun>([trainer = trainer_, o, heldOut = heldOutDevice_, data = data_,
                                lib = library_](const Progress& progress) mutable {
            o.progress = progress;  // the runner's cancel flag and progress reports
            return trainer(data, lib, o, heldOut);
        }));
}

void LearnedModelsPage::cancelTraining() { runner_.cancel(); }

void LearnedModelsPage::onFinished(const TrainingRun& run) {
    QString message =
        heldOutDevice_.empty()
            ? QObject::tr("Fitted on %1 rows (training fit; hold a device out to see transfer).")
                  .arg(run.trainRows)
            : QObject::tr("Trained on %1 rows of the other devices; evaluated on %2 rows of %3.")
                  .arg(run.trainRows)
                  .arg(run.evalRows)
                  .arg(QString::fromStdString(heldOutDevice_));
    if (run.model->transfer().done) {
        // What the leave-one-training-device-out check found, averaged over devices.
        const auto& t = run.model->transfer();
        double roof = 0, full = 0, trusted = 0;
        for (const auto& d : t.devices) {
            roof += d.mapeRoofline / t.devices.size();
            full += d.mapeFull / t.devices.size();
            trusted += d.mapeTrusted / t.devices.size();
        }
        message += QLatin1Char(' ') +
                   QObject::tr(
                       "Transfer check: on devices it never saw, the correction is applied at %1% "
                       "strength (held-out MAPE: roofline %2%, full correction %3%, applied %4%).")
                       .arg(qRound(100 * t.trust))
                       .arg(roof, 0, 'f', 1)
                       .arg(full, 0, 'f', 1)
                       .arg(trusted, 0, 'f', 1);
    }
    model_ = run.model;
    modelSaved_ = false;
    saveButton_->setEnabled(true);
    progress_->setValue(1000);
    showResult(run);
    endTraining(true, message);
}

void LearnedModelsPage::endTraining(bool ok, const QString& message) {
    cancelButton_->setEnabled(false);
    if (!ok) progress_->setValue(0);  // a cancelled or failed run shows no progress
    trainButton_->setEnabled(!data_.samples.empty());
    status_->setText(message);
    Q_EMIT trainingFinished(ok, message);
}

void LearnedModelsPage::showResult(const TrainingRun& r) {
    plot_->clearGraphs();
    double lo = 1e300, hi = 0;
    QVector<double> x, y;
    for (std::size_t i = 0; i < r.measured.size(); ++i) {
        if (!(r.measured[i] > 0 && r.predicted[i] > 0)) continue;
        x << r.measured[i];
        y << r.predicted[i];
        lo = std::min({lo, r.measured[i], r.predicted[i]});
        hi = std::max({hi, r.measured[i], r.predicted[i]});
    }
    points_ = static_cast<int>(x.size());
    emptyHint_->setVisible(x.isEmpty());
    plot_->legend->setVisible(!x.isEmpty());
    if (x.isEmpty()) {
        plot_->replot();
        return;
    }
    lo /= 1.5;
    hi *= 1.5;
    // The +/-10% band: the upper edge filled down to the lower edge.
    QCPGraph* upper = plot_->addGraph();
    QCPGraph* lower = plot_->addGraph();
    upper->setData({lo, hi}, {lo * 1.1, hi * 1.1});
    lower->setData({lo, hi}, {lo * 0.9, hi * 0.9});
    upper->setChannelFillGraph(lower);
    upper->setName(tr("±10%"));
    lower->removeFromLegend();
    QCPGraph* diagonal = plot_->addGraph();
    diagonal->setData({lo, hi}, {lo, hi});
    diagonal->setName(tr("y = x"));
    QCPGraph* points = plot_->addGraph();
    points->setData(x, y);
    points->setLineStyle(QCPGraph::lsNone);
    points->setName(tr("operators"));
    plot_->xAxis->setRange(lo, hi);
    plot_->yAxis->setRange(lo, hi);
    restyleChart();  // colours the band, the diagonal and the points; replots

    errors_->setRowCount(0);
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        const auto& m = r.rows[i];
        const int row = errors_->rowCount();
        errors_->insertRow(row);
        const std::optional<rl::OpKind> kind = rl::parseOpKind(m.op);
        const QStringList cells = {
            m.hardware == "all" ? tr("all devices") : QString::fromStdString(m.hardware),
            // A kind's own name as the dataset table shows it, a
            // file's own label (VIDUR's "attn_qk") as written;
            // "all": validation's row for the device's total.
            m.op == "all" ? tr("all operators")
            : kind        ? opKindDisplayName(*kind)
                          : QString::fromStdString(m.op),
            QString::number(m.metrics.n),
            QStringLiteral("%1%").arg(r.roofline[i].metrics.mape, 0, 'f', 1),
            QStringLiteral("%1%").arg(m.metrics.mape, 0, 'f', 1),
            QString::number(m.metrics.kendallTau, 'f', 3)};
        for (int c = 0; c < cells.size(); ++c)
            errors_->setItem(row, c, new QTableWidgetItem(cells[c]));
        errors_->item(row, 0)->setToolTip(cells[0]);  // the device, where the column cuts it
    }
}

bool LearnedModelsPage::saveModel() {
    if (!model_) return false;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save model"), QStringLiteral("model.json"),
                                     tr("Ridgeline learned model (*.json)"));
    if (path.isEmpty()) return false;
    const QString err = saveModelTo(path);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Save model"), err);
    return err.isEmpty();
}

QString LearnedModelsPage::saveModelTo(const QString& path) {
    if (!model_) return tr("There is no trained model to save.");
    const rl::SaveError err = model_->saveTyped(path.toStdString());
    if (!err.ok()) {
        const QString reason = saveErrorText(err);
        status_->setText(reason);
        return reason;
    }
    modelSaved_ = true;
    status_->setText(tr("Saved %1").arg(path));
    return QString();
}

bool LearnedModelsPage::maybeSaveModel() {
    if (!hasUnsavedModel()) return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved model"),
        tr("The model trained on the Learned models page has not been saved and will be lost. "
           "Save it?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return saveModel();
    return answer == QMessageBox::Discard;
}

}  // namespace rl::views
