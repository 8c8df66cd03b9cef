#pragma once
// A read-only copy of an XGBoost tree ensemble in flat arrays, for fast batch
// prediction in sweeps (XGBoost's own predictor pays a per-call setup and
// runs row-major through every tree). Built from XGBoost's JSON model and
// checked against XGBoost's predictions in the tests.
#include <cstddef>
#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

namespace rl {

class FlatForest {
public:
    // Throws std::runtime_error if the JSON is not a gbtree regression model.
    static FlatForest fromXgboostJson(const nlohmann::json& model);
    // rows x cols row-major features -> out[rows] (the margin: base score + leaves).
    void predict(const float* x, std::size_t rows, std::size_t cols, float* out) const;
    std::size_t trees() const { return roots_.size(); }

private:
    // A leaf is its own left and right child (feature 0), so every row can take
    // the same number of branch-free steps through a tree.
    struct Node {
        float value;           // split threshold, or the leaf value
        std::int32_t feature;
        std::int32_t left, right;
    };
    std::vector<Node> nodes_;
    std::vector<std::int32_t> roots_;
    std::vector<std::int32_t> depths_;  // steps to reach every leaf of each tree
    float base_ = 0;
};

}  // namespace rl
