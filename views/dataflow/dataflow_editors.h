#pragma once
// The three dataflow specs side by side as editors: the architecture (a table
// of storage levels and the MAC), the problem (kind, seven dimensions,
// strides, dilations) and the mapping (a loop nest per level). Each editor
// keeps its form and its JSON pane in sync; every edit is one step on the
// shared undo stack and is validated at once: on success the bound, evaluated
// design is emitted (core/dataflow/design.h makeDesign), otherwise the reason,
// with the offending field marked in its editor.
#include <QString>
#include <QWidget>
#include <memory>

#include "core/dataflow/design.h"
#include "core/spec/accelerator_spec.h"
#include "core/spec/json_reader.h"

class QLabel;
class QTabWidget;
class QUndoStack;

namespace rl::views {

class ArchEditor;
class ProblemEditor;
class MappingEditor;

class DataflowEditors : public QWidget {
    Q_OBJECT
  public:
    explicit DataflowEditors(QWidget* parent = nullptr);

    // Replaces all three documents (opening a project; not undoable) and
    // validates them. The file names label the documents and their diagnostics.
    void load(const Json& arch, const Json& problem, const Json& mapping, const QString& archFile,
              const QString& problemFile, const QString& mappingFile);
    // A mapping from the mapper or the network table: replaces the mapping as
    // one undoable edit.
    void showMapping(const rl::Mapping& m);

    Json archJson() const;
    Json problemJson() const;
    Json mappingJson() const;
    // True once any document differs from what load() gave.
    bool isModified() const;
    QUndoStack* undoStack() const { return undo_; }

    // The editors (tests, jumping from messages).
    ArchEditor* archEditor() const { return arch_; }
    ProblemEditor* problemEditor() const { return problem_; }
    MappingEditor* mappingEditor() const { return mapping_; }
    // The last validation's outcome in words ("valid: 1536 cycles" or the reason).
    QString statusText() const;

  Q_SIGNALS:
    // After an edit that validates (all three documents parse, bind and fit).
    void designEdited(std::shared_ptr<const rl::dataflow::DataflowDesign> design);
    // After an edit that does not; `reason` lists the problems.
    void designInvalid(const QString& reason);

  private:
    void revalidate();

    QUndoStack* undo_;
    QTabWidget* tabs_;
    QLabel* status_;
    ArchEditor* arch_;
    ProblemEditor* problem_;
    MappingEditor* mapping_;
    std::shared_ptr<const rl::dataflow::DataflowDesign> design_;
    bool loading_ = false;
};

}  // namespace rl::views
