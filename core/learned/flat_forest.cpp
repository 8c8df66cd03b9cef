#include "core/learned/flat_forest.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace rl {

FlatForest FlatForest::fromXgboostJson(const nlohmann::json& model) {
    FlatForest f;
    try {
        const auto& learner = model.at("learner");
        const auto& param = learner.at("learner_model_param");
        f.base_ = std::stof(param.at("base_score").get<std::string>());
        const auto& booster = learner.at("gradient_booster");
        if (booster.at("name").get<std::string>() != "gbtree")
            throw std::runtime_error("only gbtree models are supported");
        for (const auto& tree : booster.at("model").at("trees")) {
            const auto left = tree.at("left_children").get<std::vector<std::int32_t>>();
            const auto right = tree.at("right_children").get<std::vector<std::int32_t>>();
            const auto feature = tree.at("split_indices").get<std::vector<std::int32_t>>();
            const auto value = tree.at("split_conditions").get<std::vector<float>>();
            const std::size_t n = left.size();
            if (right.size() != n || feature.size() != n || value.size() != n || n == 0)
                throw std::runtime_error("inconsistent tree arrays");
            const auto base = static_cast<std::int32_t>(f.nodes_.size());
            std::vector<int> depth(n, 0);
            int maxDepth = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const auto self = base + static_cast<std::int32_t>(i);
                if (left[i] < 0) {
                    f.nodes_.push_back({value[i], 0, self, self});
                    continue;
                }
                if (left[i] >= static_cast<std::int32_t>(n) || right[i] < 0 ||
                    right[i] >= static_cast<std::int32_t>(n) || left[i] <= static_cast<std::int32_t>(i) ||
                    right[i] <= static_cast<std::int32_t>(i) || feature[i] < 0)
                    throw std::runtime_error("malformed tree (child index or feature out of range)");
                f.nodes_.push_back({value[i], feature[i], base + left[i], base + right[i]});
                depth[left[i]] = depth[right[i]] = depth[i] + 1;  // XGBoost numbers parents first
                maxDepth = std::max(maxDepth, depth[i] + 1);
            }
            f.roots_.push_back(base);
            f.depths_.push_back(maxDepth);
        }
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("XGBoost model JSON: ") + e.what());
    }
    return f;
}

void FlatForest::predict(const float* x, std::size_t rows, std::size_t cols, float* out) const {
    // Tree-major over blocks of rows keeps one tree's nodes hot in cache; all
    // rows of a block step through a level together (independent loads, no
    // data-dependent branches), which hides the load latency.
    constexpr std::size_t block = 64;
    const Node* nodes = nodes_.data();
    for (std::size_t start = 0; start < rows; start += block) {
        const std::size_t n = std::min(block, rows - start);
        float acc[block];
        std::int32_t idx[block];
        for (std::size_t j = 0; j < n; ++j) acc[j] = 0;
        for (std::size_t t = 0; t < roots_.size(); ++t) {
            for (std::size_t j = 0; j < n; ++j) idx[j] = roots_[t];
            for (int d = 0; d < depths_[t]; ++d) {
                for (std::size_t j = 0; j < n; ++j) {
                    const Node& node = nodes[idx[j]];
                    idx[j] = x[(start + j) * cols + node.feature] < node.value ? node.left : node.right;
                }
            }
            for (std::size_t j = 0; j < n; ++j) acc[j] += nodes[idx[j]].value;
        }
        for (std::size_t j = 0; j < n; ++j) out[start + j] = acc[j] + base_;
    }
}

}  // namespace rl
