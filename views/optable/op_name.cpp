#include "views/optable/op_name.h"

#include "core/sim/training/op_names.h"
#include "views/common/format.h"
#include "views/explanation/message_text.h"
#include "views/training/collective_purpose_name.h"

namespace rl {
namespace views {

QString opName(const rl::OpRecord& op) {
    const rl::Message& typed = op.nameMessage;
    // Untyped, or a name edited after the engine typed it: as written.
    if (typed.english.empty() || typed.english != op.name) return qstr(op.name);
    if (const auto purpose = rl::training::collectivePurposeOf(typed))
        return collectivePurposeName(*purpose);
    return MessageText::text(typed);
}

}  // namespace views
}  // namespace rl
