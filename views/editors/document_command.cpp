#include "views/editors/document_command.h"

namespace rl {
namespace views {

DocumentCommand::DocumentCommand(const void* owner, Apply apply, rl::Json before, rl::Json after,
                                 const QString& text, int mergeId)
    : QUndoCommand(text),
      owner_(owner),
      apply_(std::move(apply)),
      before_(std::move(before)),
      after_(std::move(after)),
      mergeId_(mergeId) {}

int DocumentCommand::id() const { return mergeId_ >= 0 ? 0x5e1 : -1; }

bool DocumentCommand::mergeWith(const QUndoCommand* other) {
    auto* o = dynamic_cast<const DocumentCommand*>(other);
    if (!o || o->owner_ != owner_ || o->mergeId_ != mergeId_) return false;
    after_ = o->after_;
    return true;
}

}  // namespace views
}  // namespace rl
