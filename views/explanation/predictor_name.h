#pragma once
// A predictor's name as results and the CLI spell it ("roofline", "hybrid",
// "learned"; core/predict and core/learned/learned_model.h) in the user's
// language. Results keep the English name (exports, JSON).
#include <string>

#include <QString>

namespace rl {
namespace views {

// The translated name; a name this table does not know comes back as it is.
QString predictorName(const std::string& name);

}  // namespace views
}  // namespace rl
