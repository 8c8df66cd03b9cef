#pragma once
// The dataflow page: the centre of the workbench for an accelerator project.
// It owns the current DataflowDesign (architecture + problem + mapping +
// evaluation) and hands it to every view it hosts as a tab (loop nest, PE
// array, storage, step-through, mapper, network, systolic). Views that pick
// a mapping (the mapper's scatter, a layer of the network) call loadMapping /
// loadProblem; the page re-evaluates and every view follows.
#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

#include "core/dataflow/design.h"
#include "core/workload/operator.h"

class QLabel;
class QTabWidget;

namespace rl::views {

class DataflowView;
class RunProgress;

// The model a problem was taken from (for the whole-network view).
struct DataflowModelSource {
    std::string name;                 // "ResNet-50"
    std::vector<Operator> operators;  // lowered for the project's scenario
};

class DataflowPage : public QWidget {
    Q_OBJECT
  public:
    explicit DataflowPage(QWidget* parent = nullptr);

    // Hosts `view` as a tab titled `title`; `key` ("loopnest") names it for
    // the GUI's --tab dataflow-<key> and `ridgeline-cli render --view dataflow-<key>`.
    void addView(DataflowView* view, const QString& title, const QString& key);
    DataflowView* view(const QString& key) const;  // nullptr if none
    DataflowView* currentView() const;             // the view of the current tab
    QStringList viewKeys() const;
    bool showView(const QString& key);  // makes it the current tab; false if unknown

    std::shared_ptr<const dataflow::DataflowDesign> design() const { return design_; }
    std::shared_ptr<const DataflowModelSource> model() const { return model_; }

    // The strip above the views for a background run (the mapper of a project
    // without a mapping); hidden while nothing runs.
    RunProgress* progress() const { return progress_; }
    // A banner above the views (empty: hidden), e.g. why there is no design yet.
    void setNotice(const QString& text);
    QString notice() const;
    // The edited design is not valid: the banner says why and that the views
    // still show the last valid design. The next setDesign() clears it.
    void markStale(const QString& reason);
    bool isStale() const { return stale_; }

  public Q_SLOTS:
    // The design every view shows (nullptr: none valid; views say so).
    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design);
    void setModel(std::shared_ptr<const DataflowModelSource> model);
    // Evaluates `mapping` on the current architecture and problem and shows it.
    // Returns false (and shows nothing new) when it does not validate.
    bool loadMapping(const dataflow::MappingNest& mapping, const QString& label);
    // Shows another problem (a layer of the model) with its mapping.
    bool loadProblem(const DataflowProblem& problem, const dataflow::MappingNest& mapping,
                     const QString& problemLabel, const QString& mappingLabel);

  Q_SIGNALS:
    void designChanged(std::shared_ptr<const rl::dataflow::DataflowDesign> design);
    void modelChanged(std::shared_ptr<const rl::views::DataflowModelSource> model);

  private:
    QTabWidget* tabs_;
    QLabel* notice_;
    RunProgress* progress_;
    bool stale_ = false;
    std::vector<std::pair<QString, DataflowView*>> views_;
    std::shared_ptr<const dataflow::DataflowDesign> design_;
    std::shared_ptr<const DataflowModelSource> model_;
};

}  // namespace rl::views
