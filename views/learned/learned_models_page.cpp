#include "views/learned/learned_models_page.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "views/common/qcp.h"

#include <algorithm>
#include <cmath>

#include "core/learned/feature_table.h"
#include "views/learned/dataset_table_model.h"

namespace rl::views {

// What a background training job hands back to the GUI thread.
struct LearnedModelsPage::Result {
    bool ok = false;
    QString message;
    std::shared_ptr<const LearnedModel> model;
    std::vector<double> measured, predicted;
    std::vector<MetricsRow> rows;      // the model on the evaluated rows
    std::vector<MetricsRow> roofline;  // the roofline on the same rows
};

LearnedModelsPage::LearnedModelsPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("learnedModelsPage"));
    library_.addFolder(defaultHardwareFolder());

    auto* addButton = new QPushButton(tr("Add measurements…"), this);
    auto* clearButton = new QPushButton(tr("Clear"), this);
    predictor_ = new QComboBox(this);
    predictor_->addItem(tr("Hybrid (learned efficiency x roofline)"), QStringLiteral("hybrid"));
    predictor_->addItem(tr("Learned (time directly)"), QStringLiteral("learned"));
    algorithm_ = new QComboBox(this);
    algorithm_->addItem(tr("Gradient-boosted trees (XGBoost)"), QStringLiteral("xgboost"));
    algorithm_->addItem(tr("Neural network (MLP)"), QStringLiteral("mlp"));
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

    auto* controls = new QHBoxLayout;
    controls->addWidget(addButton);
    controls->addWidget(clearButton);
    controls->addWidget(new QLabel(tr("Predictor:"), this));
    controls->addWidget(predictor_);
    controls->addWidget(algorithm_);
    controls->addWidget(new QLabel(tr("Hold out:"), this));
    controls->addWidget(heldOut_);
    controls->addWidget(trainButton_);
    controls->addWidget(cancelButton_);
    controls->addWidget(saveButton_);
    controls->addStretch(1);

    tableModel_ = new DatasetTableModel(this);
    tableModel_->setDataset(&data_);
    table_ = new QTableView(this);
    table_->setModel(tableModel_);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->setVisible(false);

    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(320, 260);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
    }
    plot_->xAxis->setLabel(tr("Measured time (s)"));
    plot_->yAxis->setLabel(tr("Predicted time (s)"));
    plot_->legend->setVisible(true);

    errors_ = new QTableWidget(this);
    errors_->setColumnCount(6);
    errors_->setHorizontalHeaderLabels({tr("Hardware"), tr("Operator"), tr("Rows"),
                                        tr("Roofline MAPE"), tr("Model MAPE"), tr("Kendall τ")});
    errors_->horizontalHeader()->setStretchLastSection(true);
    errors_->verticalHeader()->setVisible(false);
    errors_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(plot_);
    right->addWidget(errors_);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(table_);
    split->addWidget(right);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(split, 1);

    connect(addButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Measured kernel times"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!files.isEmpty()) addFiles(files);
    });
    connect(clearButton, &QPushButton::clicked, this, &LearnedModelsPage::clearData);
    connect(trainButton_, &QPushButton::clicked, this, &LearnedModelsPage::train);
    connect(cancelButton_, &QPushButton::clicked, this, &LearnedModelsPage::cancelTraining);
    connect(saveButton_, &QPushButton::clicked, this, &LearnedModelsPage::saveModel);
    refreshDeviceChoices();
}

LearnedModelsPage::~LearnedModelsPage() {
    if (cancel_) cancel_->store(true);  // a running job stops at its next check
}

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
    QStringList issues;
    for (const auto& i : r.issues) issues << QString::fromStdString(i.text());
    status_->setText(tr("%n row(s) loaded", nullptr, static_cast<int>(data_.samples.size())) +
                     (issues.isEmpty() ? QString()
                                       : tr("; %n row(s) skipped, first: %1", nullptr,
                                            static_cast<int>(issues.size()))
                                             .arg(issues.first())));
    refreshDeviceChoices();
    return issues;
}

void LearnedModelsPage::clearData() {
    if (running_) return;
    tableModel_->setDataset(nullptr);
    data_.samples.clear();
    tableModel_->setDataset(&data_);
    refreshDeviceChoices();
}

void LearnedModelsPage::refreshDeviceChoices() {
    const QString current = heldOut_->currentData().toString();
    heldOut_->clear();
    heldOut_->addItem(tr("none (fit on all)"), QString());
    for (const auto& d : data_.devices())
        heldOut_->addItem(QString::fromStdString(d), QString::fromStdString(d));
    const int i = heldOut_->findData(current);
    heldOut_->setCurrentIndex(i < 0 ? 0 : i);
    trainButton_->setEnabled(!data_.samples.empty() && !running_);
}

int LearnedModelsPage::datasetRows() const { return tableModel_->rowCount(); }
int LearnedModelsPage::errorTableRows() const { return errors_->rowCount(); }
int LearnedModelsPage::scatterPoints() const { return points_; }

void LearnedModelsPage::train() {
    if (running_ || data_.samples.empty()) return;
    running_ = true;
    const int job = ++job_;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    trainButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    progress_->setValue(0);
    status_->setText(tr("Training…"));

    TrainOptions o;
    o.kind = predictor_->currentData().toString() == QLatin1String("learned")
                 ? PredictorKind::learned
                 : PredictorKind::hybrid;
    o.algorithm = algorithm_->currentData().toString() == QLatin1String("mlp") ? Algorithm::mlp
                                                                               : Algorithm::xgboost;
    o.progress.cancel = cancel_.get();
    QPointer<QProgressBar> bar = progress_;
    o.progress.report = [bar](double f, std::string_view) {
        QMetaObject::invokeMethod(
            bar,
            [bar, f] {
                if (bar) bar->setValue(static_cast<int>(f * 1000));
            },
            Qt::QueuedConnection);
    };
    const std::string heldOut = heldOut_->currentData().toString().toStdString();
    // The job owns copies of everything it reads; the cancel flag is shared.
    auto cancel = cancel_;
    QPointer<LearnedModelsPage> self(this);
    (void)QtConcurrent::run([self, job, o, heldOut, cancel, data = data_,
                             lib = library_]() mutable {
        auto res = std::make_shared<Result>();
        try {
            const FeatureTable all = buildFeatureTable(data, lib, o.progress);
            const FeatureTable trainSet =
                heldOut.empty() ? all : all.subset(all.rowsOf({heldOut}, false));
            const FeatureTable evalSet =
                heldOut.empty() ? all : all.subset(all.rowsOf({heldOut}, true));
            if (trainSet.size() == 0) throw std::runtime_error("no rows left to train on");
            auto model = std::make_shared<LearnedModel>(LearnedModel::train(trainSet, o));
            model->predict(evalSet, res->predicted);
            res->measured = evalSet.measured;
            res->rows = breakdown(res->predicted, evalSet.measured, evalSet.hardware, evalSet.op);
            res->roofline =
                breakdown(evalSet.roofline, evalSet.measured, evalSet.hardware, evalSet.op);
            res->model = model;
            res->ok = true;
            res->message =
                heldOut.empty()
                    ? QObject::tr(
                          "Fitted on %1 rows (training fit; hold a device out to see transfer).")
                          .arg(trainSet.size())
                    : QObject::tr(
                          "Trained on %1 rows of the other devices; evaluated on %2 rows of %3.")
                          .arg(trainSet.size())
                          .arg(evalSet.size())
                          .arg(QString::fromStdString(heldOut));
            if (model->transfer().done) {
                // What the leave-one-training-device-out check found, averaged over devices.
                const auto& t = model->transfer();
                double roof = 0, full = 0, trusted = 0;
                for (const auto& d : t.devices) {
                    roof += d.mapeRoofline / t.devices.size();
                    full += d.mapeFull / t.devices.size();
                    trusted += d.mapeTrusted / t.devices.size();
                }
                res->message +=
                    QLatin1Char(' ') +
                    QObject::tr(
                        "Transfer check: on devices it never saw, the correction is applied at %1% "
                        "strength (held-out MAPE: roofline %2%, full correction %3%, applied %4%).")
                        .arg(qRound(100 * t.trust))
                        .arg(roof, 0, 'f', 1)
                        .arg(full, 0, 'f', 1)
                        .arg(trusted, 0, 'f', 1);
            }
        } catch (const Cancelled&) {
            res->message = QObject::tr("Training cancelled.");
        } catch (const std::exception& e) {
            res->message = QObject::tr("Training failed: %1").arg(QString::fromStdString(e.what()));
        }
        QMetaObject::invokeMethod(
            self,
            [self, job, res] {
                if (self) self->onFinished(job, res);
            },
            Qt::QueuedConnection);
    });
}

void LearnedModelsPage::cancelTraining() {
    if (cancel_) cancel_->store(true);
}

void LearnedModelsPage::onFinished(int job, std::shared_ptr<Result> result) {
    if (job != job_) return;  // a stale job
    running_ = false;
    cancelButton_->setEnabled(false);
    trainButton_->setEnabled(!data_.samples.empty());
    status_->setText(result->message);
    if (result->ok) {
        model_ = result->model;
        saveButton_->setEnabled(true);
        progress_->setValue(1000);
        showResult(*result);
    }
    Q_EMIT trainingFinished(result->ok, result->message);
}

void LearnedModelsPage::showResult(const Result& r) {
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
    upper->setPen(Qt::NoPen);
    lower->setPen(Qt::NoPen);
    upper->setBrush(QColor(60, 160, 60, 50));
    upper->setChannelFillGraph(lower);
    upper->setName(tr("±10%"));
    lower->removeFromLegend();
    QCPGraph* diagonal = plot_->addGraph();
    diagonal->setData({lo, hi}, {lo, hi});
    diagonal->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    diagonal->setName(tr("y = x"));
    QCPGraph* points = plot_->addGraph();
    points->setData(x, y);
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(30, 90, 200, 140), 4));
    points->setName(tr("operators"));
    plot_->xAxis->setRange(lo, hi);
    plot_->yAxis->setRange(lo, hi);
    plot_->replot();

    errors_->setRowCount(0);
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        const auto& m = r.rows[i];
        const int row = errors_->rowCount();
        errors_->insertRow(row);
        const QStringList cells = {QString::fromStdString(m.hardware),
                                   QString::fromStdString(m.op),
                                   QString::number(m.metrics.n),
                                   QStringLiteral("%1%").arg(r.roofline[i].metrics.mape, 0, 'f', 1),
                                   QStringLiteral("%1%").arg(m.metrics.mape, 0, 'f', 1),
                                   QString::number(m.metrics.kendallTau, 'f', 3)};
        for (int c = 0; c < cells.size(); ++c)
            errors_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

void LearnedModelsPage::saveModel() {
    if (!model_) return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save model"), QStringLiteral("model.json"),
                                     tr("Ridgeline learned model (*.json)"));
    if (path.isEmpty()) return;
    const std::string err = model_->save(path.toStdString());
    status_->setText(err.empty() ? tr("Saved %1").arg(path) : QString::fromStdString(err));
}

}  // namespace rl::views
