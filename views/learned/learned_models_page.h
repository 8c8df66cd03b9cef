#pragma once
// The "Learned models" page: measured datasets, training of the learned and
// hybrid predictors off the GUI thread (progress, cancel), a predicted-vs-
// measured log-log scatter with the y = x line and a +/-10% band, and the
// error table per device and operator. Training runs on the one job runner
// (views/common/job_runner.h) through the trainer the app wires in
// (rl::trainAndEvaluate), so no engine pipeline lives in views/.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <QWidget>

#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/learned/learned_model.h"
#include "core/learned/metrics.h"
#include "core/learned/training_run.h"
#include "views/common/job_runner.h"

class QComboBox;
class QEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QCustomPlot;
class QCPItemText;
class QResizeEvent;
class QShowEvent;
class QSplitter;

namespace rl::views {

class ColumnFitter;
class DatasetTableModel;

class LearnedModelsPage : public QWidget {
    Q_OBJECT
  public:
    explicit LearnedModelsPage(QWidget* parent = nullptr);
    ~LearnedModelsPage() override;

    // Hardware specs devices map to (default: the bundled samples/hardware).
    void setHardwareFolder(const QString& folder);
    // Imports CSV files (generic, NeuSight or VIDUR); returns the skipped-row messages.
    QStringList addFiles(const QStringList& files);
    // Removes every row, the trained model and its results (no prompt).
    void clearData();
    // The bundled sample (samples/datasets): loaded the first time the page is
    // shown if nothing else was; false if it is missing or loads no row.
    bool loadSampleDataset();
    using Trainer = std::function<TrainingRun(const Dataset&, const DeviceLibrary&,
                                              const TrainOptions&, const std::string& heldOut)>;
    // What train() runs (off the GUI thread); the app passes rl::trainAndEvaluate.
    void setTrainer(Trainer trainer);
    // Starts training in the background (no-op while one runs or without a trainer).
    void train();
    void cancelTraining();
    bool isTraining() const { return runner_.isRunning(); }

    // For tests and the main window.
    int datasetRows() const;
    int errorTableRows() const;
    int scatterPoints() const;
    const LearnedModel* model() const { return model_.get(); }
    std::shared_ptr<const LearnedModel> sharedModel() const { return model_; }
    // A model was trained and not saved since.
    bool hasUnsavedModel() const { return model_ && !modelSaved_; }
    // Before the model would be lost (quitting, Clear): asks Save model /
    // Discard / Cancel. True when it is saved, discarded or there is none.
    bool maybeSaveModel();
    // Saves the model to `path`; an error message or "".
    QString saveModelTo(const QString& path);

  Q_SIGNALS:
    void trainingFinished(bool ok, const QString& message);

  protected:
    void showEvent(QShowEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void changeEvent(QEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

  private:
    void onFinished(const TrainingRun& run);
    // Empties the scatter, the error table and the model: nothing stale stays.
    void clearResults();
    void setProgress(double fraction);
    void endTraining(bool ok, const QString& message);
    void showResult(const TrainingRun& r);
    // The chart and a result's graphs in the theme's colours (dark on dark).
    void restyleChart();
    void refreshDeviceChoices();
    // Gives the measurements the width their columns need (the whole device
    // name), as far as the chart beside them allows; not after the user moved
    // the divider.
    void fitSplit();
    // The error table's least height: its header (as its titles wrap) and two rows.
    void fitErrorsHeight();
    bool saveModel();  // asks for a file; false if cancelled or failed

    DeviceLibrary library_;
    Dataset data_;
    DatasetTableModel* tableModel_ = nullptr;
    QTableView* table_ = nullptr;
    QSplitter* split_ = nullptr;
    bool splitMoved_ = false;
    QComboBox* predictor_ = nullptr;
    QComboBox* algorithm_ = nullptr;
    QComboBox* heldOut_ = nullptr;
    QPushButton* trainButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QTableWidget* errors_ = nullptr;
    ColumnFitter* errorsFitter_ = nullptr;
    std::shared_ptr<const LearnedModel> model_;
    Trainer trainer_;
    std::string heldOutDevice_;  // of the running job
    int points_ = 0;
    bool modelSaved_ = false;
    bool firstShow_ = true;
    QCPItemText* emptyHint_ = nullptr;  // on the scatter while it has no points
    JobRunner runner_;                  // last: destroyed first, it waits for the job
};

}  // namespace rl::views
