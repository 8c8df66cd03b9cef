#pragma once
// The "Learned models" page: measured datasets, training of the learned and
// hybrid predictors off the GUI thread (progress, cancel), a predicted-vs-
// measured log-log scatter with the y = x line and a +/-10% band, and the
// error table per device and operator. Self-contained: the main window only
// creates it.
#include <atomic>
#include <memory>
#include <vector>

#include <QWidget>

#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/learned/learned_model.h"
#include "core/learned/metrics.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QCustomPlot;

namespace rl::views {

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
    void clearData();
    // Starts training in the background (no-op while one runs).
    void train();
    void cancelTraining();
    bool isTraining() const { return running_; }

    // For tests and the main window.
    int datasetRows() const;
    int errorTableRows() const;
    int scatterPoints() const;
    const LearnedModel* model() const { return model_.get(); }
    std::shared_ptr<const LearnedModel> sharedModel() const { return model_; }

  Q_SIGNALS:
    void trainingFinished(bool ok, const QString& message);

  private:
    struct Result;
    void onFinished(int job, std::shared_ptr<Result> result);
    void showResult(const Result& r);
    void refreshDeviceChoices();
    void saveModel();

    DeviceLibrary library_;
    Dataset data_;
    DatasetTableModel* tableModel_ = nullptr;
    QTableView* table_ = nullptr;
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
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<const LearnedModel> model_;
    int job_ = 0;
    bool running_ = false;
    int points_ = 0;
};

}  // namespace rl::views
