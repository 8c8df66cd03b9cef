#pragma once
// An operator record's name as a view shows it: a training run's worded
// names ("LM head and loss", "DP reduce-scatter (gradients)") in the user's
// language through their typed twin (OpRecord::nameMessage); an identifier
// ("layers.4.qkv_proj") or a record read from a file as written.
#include <QString>

#include "core/result/prediction.h"

namespace rl {
namespace views {

QString opName(const rl::OpRecord& op);

}  // namespace views
}  // namespace rl
