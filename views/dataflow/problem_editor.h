#pragma once
// The problem editor: kind, the seven loop bounds N K C P Q R S, strides and
// dilations, weights per batch, as a form kept in sync with the problem's JSON.
#include "views/dataflow/dataflow_doc_editor.h"

class QLabel;

namespace rl::views {

class ProblemEditor : public DataflowDocEditor {
    Q_OBJECT
  public:
    explicit ProblemEditor(QUndoStack* undo, QWidget* parent = nullptr);

  protected:
    void refreshForm() override;
    QString markProblems() override;

  private:
    QLabel* derived_;
};

}  // namespace rl::views
