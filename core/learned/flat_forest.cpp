#include "core/learned/flat_forest.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <utility>

namespace rl {

namespace {

// Rows walked in lockstep through one tree: their loads are independent, so
// the core overlaps them instead of waiting on one row's chain of loads.
constexpr std::size_t kGroup = 8;

// The direction as 0 (left) or 1 (right), computed without a branch: the
// splits are close to coin flips, so a branch would mispredict half the time.
inline std::size_t goesRight(float x, float threshold) { return !(x < threshold); }

}  // namespace

void FlatForest::addTree(const std::vector<std::int32_t>& left,
                         const std::vector<std::int32_t>& right,
                         const std::vector<std::int32_t>& feature,
                         const std::vector<float>& value) {
    const std::size_t n = left.size();
    const auto size = static_cast<std::int32_t>(n);
    std::vector<int> depth(n, 0);
    int maxDepth = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (left[i] < 0) continue;
        const auto self = static_cast<std::int32_t>(i);
        if (left[i] >= size || right[i] < 0 || right[i] >= size || left[i] <= self ||
            right[i] <= self || feature[i] < 0 || feature[i] >= (1 << 24))
            throw std::runtime_error("malformed tree (child index or feature out of range)");
        depth[left[i]] = depth[right[i]] = depth[i] + 1;  // XGBoost numbers parents first
        maxDepth = std::max(maxDepth, depth[i] + 1);
        features_ = std::max(features_, static_cast<std::uint32_t>(feature[i]) + 1);
    }
    Tree t{maxDepth, maxDepth <= kMaxCompleteDepth};
    if (t.complete) {
        const std::size_t internal = (std::size_t(1) << maxDepth) - 1;
        t.splits = static_cast<std::uint32_t>(splits_.size());
        t.leaves = static_cast<std::uint32_t>(leaves_.size());
        splits_.resize(splits_.size() + internal, Split{0, 0});
        leaves_.resize(leaves_.size() + internal + 1, 0.0f);
        Split* s = splits_.data() + t.splits;
        float* leaf = leaves_.data() + t.leaves;
        // Depth-first copy of node i into slot pos of the complete tree.
        auto place = [&](auto&& self, std::int32_t i, std::size_t pos, int level) -> void {
            if (left[i] < 0) {
                const std::size_t span = std::size_t(1) << (maxDepth - level);
                std::fill_n(leaf + ((pos + 1) * span - 1 - internal), span, value[i]);
                return;
            }
            if (level >= maxDepth)
                throw std::runtime_error("malformed tree (a node has two parents)");
            s[pos] = {value[i],
                      static_cast<std::uint32_t>(feature[i]) * static_cast<std::uint32_t>(kBlock)};
            self(self, left[i], 2 * pos + 1, level + 1);
            self(self, right[i], 2 * pos + 2, level + 1);
        };
        place(place, 0, 0, 0);
    } else {
        const auto base = static_cast<std::int32_t>(nodes_.size());
        t.splits = static_cast<std::uint32_t>(base);
        for (std::size_t i = 0; i < n; ++i) {
            const auto self = base + static_cast<std::int32_t>(i);
            if (left[i] < 0)
                nodes_.push_back({value[i], 0, {self, self}});
            else
                nodes_.push_back(
                    {value[i],
                     static_cast<std::uint32_t>(feature[i]) * static_cast<std::uint32_t>(kBlock),
                     {base + left[i], base + right[i]}});
        }
    }
    trees_.push_back(t);
}

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
            f.addTree(left, right, feature, value);
        }
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("XGBoost model JSON: ") + e.what());
    }
    return f;
}

namespace {

// Adds the leaves of one complete tree of depth D to acc[0..G) for the
// first G rows of the transposed block xt. Children of slot i: 2i+1 (left)
// and 2i+2 (right).
template <int D, std::size_t G, typename Split>
inline void walkGroup(const Split* s, const float* leaf, const float* xt, float* acc) {
    std::size_t i[G];
    for (std::size_t g = 0; g < G; ++g) i[g] = 0;
        // Fully unrolled, so i[] lives in registers.
#pragma GCC unroll 16
    for (int d = 0; d < D; ++d)
#pragma GCC unroll 16
        for (std::size_t g = 0; g < G; ++g)
            i[g] = 2 * i[g] + 1 + goesRight(xt[s[i[g]].offset + g], s[i[g]].threshold);
    for (std::size_t g = 0; g < G; ++g) acc[g] += leaf[i[g] - ((std::size_t(1) << D) - 1)];
}

// The same for n rows: groups of kGroup, then one at a time.
template <int D, typename Split>
void walkComplete(const Split* s, const float* leaf, const float* xt, float* acc, std::size_t n) {
    std::size_t j = 0;
    for (; j + kGroup <= n; j += kGroup) walkGroup<D, kGroup>(s, leaf, xt + j, acc + j);
    for (; j < n; ++j) walkGroup<D, 1>(s, leaf, xt + j, acc + j);
}

// One row through kGroup complete trees of depth D stored back to back: a
// lone row has no other rows to overlap with, so it overlaps trees instead.
// Adds the leaves in tree order, as the row-group walk does.
template <int D, typename Split>
void walkTrees(const Split* s, const float* leaf, const float* xt, float* acc) {
    constexpr std::size_t inner = (std::size_t(1) << D) - 1;
    std::size_t i[kGroup];
    for (std::size_t g = 0; g < kGroup; ++g) i[g] = 0;
#pragma GCC unroll 16
    for (int d = 0; d < D; ++d)
#pragma GCC unroll 16
        for (std::size_t g = 0; g < kGroup; ++g) {
            const Split& node = s[g * inner + i[g]];
            i[g] = 2 * i[g] + 1 + goesRight(xt[node.offset], node.threshold);
        }
    for (std::size_t g = 0; g < kGroup; ++g) *acc += leaf[g * (inner + 1) + i[g] - inner];
}

template <typename Split, int... D>
constexpr auto makeRowKernels(std::integer_sequence<int, D...>) {
    return std::array{&walkComplete<D, Split>...};
}

template <typename Split, int... D>
constexpr auto makeTreeKernels(std::integer_sequence<int, D...>) {
    return std::array{&walkTrees<D, Split>...};
}

}  // namespace

void FlatForest::predict(const float* x, std::size_t rows, std::size_t cols, float* out) const {
    if (features_ > cols)
        throw std::invalid_argument("FlatForest::predict: fewer columns than the model uses");
    // One kernel per depth, so each walk is fully unrolled.
    static constexpr auto rowKernels =
        makeRowKernels<Split>(std::make_integer_sequence<int, kMaxCompleteDepth + 1>{});
    static constexpr auto treeKernels =
        makeTreeKernels<Split>(std::make_integer_sequence<int, kMaxCompleteDepth + 1>{});
    // Tree-major over blocks of rows keeps one tree hot in cache while the
    // block's features (transposed, column-major) stay in L1.
    thread_local std::vector<float> buffer;
    buffer.resize(std::size_t(features_) * kBlock);
    float* xt = buffer.data();
    for (std::size_t start = 0; start < rows; start += kBlock) {
        const std::size_t n = std::min(kBlock, rows - start);
        const std::size_t grouped = n - n % kGroup;  // rows walked kGroup at a time
        for (std::size_t j = 0; j < n; ++j)
            for (std::size_t c = 0; c < features_; ++c)
                xt[c * kBlock + j] = x[(start + j) * cols + c];
        float acc[kBlock] = {};
        for (std::size_t k = 0; k < trees_.size();) {
            const Tree& t = trees_[k];
            // With rows left over, take kGroup trees of one depth at once if
            // the next ones qualify (consecutive complete trees lie back to back).
            std::size_t run = 1;
            if (grouped < n && t.complete)
                while (run < kGroup && k + run < trees_.size() && trees_[k + run].complete &&
                       trees_[k + run].depth == t.depth)
                    ++run;
            if (run == kGroup) {
                for (std::size_t r = 0; r < run; ++r) {
                    const Tree& u = trees_[k + r];
                    rowKernels[u.depth](splits_.data() + u.splits, leaves_.data() + u.leaves, xt,
                                        acc, grouped);
                }
                for (std::size_t j = grouped; j < n; ++j)
                    treeKernels[t.depth](splits_.data() + t.splits, leaves_.data() + t.leaves,
                                         xt + j, acc + j);
                k += run;
                continue;
            }
            ++k;
            if (t.complete) {
                rowKernels[t.depth](splits_.data() + t.splits, leaves_.data() + t.leaves, xt, acc,
                                    n);
                continue;
            }
            // Linked tree: the block's rows step through a level together.
            std::int32_t i[kBlock];
            std::fill_n(i, n, static_cast<std::int32_t>(t.splits));
            for (int d = 0; d < t.depth; ++d)
                for (std::size_t j = 0; j < n; ++j) {
                    const Node& node = nodes_[i[j]];
                    i[j] = node.child[goesRight(xt[node.offset + j], node.value)];
                }
            for (std::size_t j = 0; j < n; ++j) acc[j] += nodes_[i[j]].value;
        }
        for (std::size_t j = 0; j < n; ++j) out[start + j] = acc[j] + base_;
    }
}

}  // namespace rl
