#pragma once
// One undoable replacement of an editor's JSON document: the editor's document
// is its single truth, so "before" and "after" are the whole story. Edits of
// the same field (same owner and merge id >= 0) merge into one step, so typing
// "2039" is one undo, not four.
#include <functional>

#include <QUndoCommand>

#include "core/spec/json_reader.h"

namespace rl {
namespace views {

class DocumentCommand : public QUndoCommand {
  public:
    using Apply = std::function<void(const rl::Json&)>;
    // `owner` tells editors apart when merging; `apply` installs a document.
    DocumentCommand(const void* owner, Apply apply, rl::Json before, rl::Json after,
                    const QString& text, int mergeId);
    void redo() override { apply_(after_); }
    void undo() override { apply_(before_); }
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

  private:
    const void* owner_;
    Apply apply_;
    rl::Json before_, after_;
    int mergeId_;
};

}  // namespace views
}  // namespace rl
