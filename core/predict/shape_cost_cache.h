#pragma once
// Memoizes one predictor's operator records on one device by operator shape:
// kind, count, data types, detail and the shape fields. Operators that differ
// only in name, phase or layer (the same linear layer in every transformer
// layer, every decode step) are costed once. What simulators lean on when
// they cost the same shapes millions of times. Safe to share between threads.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/analytical/roofline.h"
#include "core/predict/operator_cost_model.h"

namespace rl {

class ShapeCostCache {
  public:
    ShapeCostCache(std::shared_ptr<const OperatorCostModel> model, const Hardware& hw);
    ShapeCostCache(const ShapeCostCache&) = delete;
    ShapeCostCache& operator=(const ShapeCostCache&) = delete;

    // The record of `op` (its own name, phase and layer), exactly as
    // model->cost(op, hw) gives it.
    OpRecord cost(const Operator& op);

    std::size_t hits() const;
    std::size_t misses() const;  // shapes costed

    const OperatorCostModel& model() const { return *model_; }
    const Hardware& hardware() const { return hw_; }

  private:
    std::shared_ptr<const OperatorCostModel> model_;
    Hardware hw_;
    RooflineDevice device_;  // precomputed once, points at hw_
    mutable std::mutex mutex_;
    std::unordered_map<std::string, OpRecord> records_;
    std::size_t hits_ = 0;
};

// The key the cache files an operator under (equal for equal costs).
std::string shapeKey(const Operator& op);

}  // namespace rl
