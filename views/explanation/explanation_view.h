#pragma once
// The engine's bottleneck sentences (its typed messages, rendered in the
// user's language) and what-if table, for the whole run and for the selected
// operator, with a button per what-if that applies it to
// the spec (the main window turns the request into an undoable edit).
#include <QWidget>

#include "core/result/prediction.h"
#include "views/common/result_store.h"

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace rl {
namespace views {

class OpSelection;

class ExplanationView : public QWidget {
    Q_OBJECT
  public:
    ExplanationView(ResultStore* store, OpSelection* selection, QWidget* parent = nullptr);

    QTextBrowser* runText() const { return runText_; }
    QTableWidget* runWhatIfs() const { return runWhatIfs_; }
    QTextBrowser* opText() const { return opText_; }
    QTableWidget* opBounds() const { return opBounds_; }

  Q_SIGNALS:
    // The user asked to apply this what-if to the specs.
    void applyWhatIf(const rl::WhatIf& whatIf);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void setWhatIfHeaders();
    void refreshRun();
    void refreshOp();
    void fillWhatIfs(QTableWidget* table, const std::vector<rl::WhatIf>& whatIfs);

    ResultStore* store_;
    OpSelection* selection_;
    QTextBrowser* runText_;
    QTableWidget* runWhatIfs_;
    QLabel* opTitle_;
    QTextBrowser* opText_;
    QTableWidget* opBounds_;
    QTableWidget* opWhatIfs_;
};

}  // namespace views
}  // namespace rl

Q_DECLARE_METATYPE(rl::WhatIf)
