#pragma once
// A read-only copy of an XGBoost tree ensemble in flat arrays, for fast batch
// prediction in sweeps (XGBoost's own predictor pays a per-call setup and
// runs row-major through every tree). Built from XGBoost's JSON model and
// checked against XGBoost's predictions in the tests.
//
// Split convention (XGBoost's): a row goes left when x[feature] < threshold,
// else right. A NaN feature goes right here, whatever XGBoost's default_left
// says; callers never pass NaN.
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
    // Every split feature must be < cols.
    void predict(const float* x, std::size_t rows, std::size_t cols, float* out) const;
    std::size_t trees() const { return trees_.size(); }

    // Rows evaluated together: features are transposed per block, so a split
    // reads x from a small column-major buffer at offset feature * kBlock + row.
    static constexpr std::size_t kBlock = 64;
    // Deeper trees keep a linked layout instead of the padded complete one,
    // whose size doubles with every level.
    static constexpr int kMaxCompleteDepth = 10;

  private:
    // Complete layout: the internal nodes of a full tree of the tree's depth,
    // in breadth-first order (children of i are 2i+1 and 2i+2), then its
    // 2^depth leaves. A leaf above the bottom level is copied into every
    // bottom leaf below it, so the padding splits under it cannot matter.
    struct Split {
        float threshold;
        std::uint32_t offset;  // feature * kBlock
    };
    // Linked layout: a leaf is its own left and right child, so every row
    // takes the same number of branch-free steps.
    struct Node {
        float value;  // split threshold, or the leaf value
        std::uint32_t offset;
        std::int32_t child[2];  // left, right
    };
    struct Tree {
        int depth;  // steps from the root to every leaf
        bool complete;
        std::uint32_t splits = 0;  // first index in splits_ (complete) or nodes_ (linked)
        std::uint32_t leaves = 0;  // first index in leaves_ (complete)
    };
    void addTree(const std::vector<std::int32_t>& left, const std::vector<std::int32_t>& right,
                 const std::vector<std::int32_t>& feature, const std::vector<float>& value);

    std::vector<Tree> trees_;
    std::vector<Split> splits_;
    std::vector<float> leaves_;
    std::vector<Node> nodes_;
    std::uint32_t features_ = 0;  // 1 + the largest split feature
    float base_ = 0;
};

}  // namespace rl
