#include "core/explore/point_evaluator.h"

namespace rl::explore {

const Json& PointDesign::design() const {
    if (!design_) {
        Json d = base_->design;
        designError_ = space_->apply(d, settings_);
        design_ = designError_.empty() ? std::move(d) : Json();
    }
    return *design_;
}

}  // namespace rl::explore
