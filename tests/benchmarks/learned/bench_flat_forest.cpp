// Benchmark and cross-check of FlatForest::predict on synthetic XGBoost-format
// forests (no training needed, so it runs in seconds):
//  - predictions/s and ns per tree per row for batches of 1, 1000 and 1M rows,
//  - the same for a plain reference walk (the linked-node evaluator FlatForest
//    used before the complete-tree layout), whose sums must match bit for bit,
//  - exactness on odd shapes: unbalanced trees, single-leaf trees, trees too
//    deep for the complete layout, ragged batch sizes.
// Usage: bench_flat_forest [--trees N] [--depth D] [--cols C]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/learned/flat_forest.h"

using namespace rl;
using Clock = std::chrono::steady_clock;

namespace {

struct RandomTree {
    std::vector<std::int32_t> left, right, feature;
    std::vector<float> value;
};

// A tree of at most maxDepth levels in XGBoost's numbering (parents before
// children); below level 2 a node stops early with probability pLeaf.
RandomTree randomTree(std::mt19937& rng, int maxDepth, int cols, double pLeaf) {
    RandomTree t;
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::uniform_int_distribution<int> f(0, cols - 1);
    std::vector<int> depth{0};
    for (std::size_t i = 0; i < depth.size(); ++i) {
        const bool leaf = depth[i] == maxDepth || (depth[i] >= 2 && u(rng) < pLeaf);
        if (leaf) {
            t.left.push_back(-1);
            t.right.push_back(-1);
            t.feature.push_back(0);
            t.value.push_back(u(rng) - 0.5f);
            continue;
        }
        t.left.push_back(static_cast<std::int32_t>(depth.size()));
        t.right.push_back(static_cast<std::int32_t>(depth.size() + 1));
        t.feature.push_back(f(rng));
        t.value.push_back(u(rng));
        depth.push_back(depth[i] + 1);
        depth.push_back(depth[i] + 1);
    }
    return t;
}

nlohmann::json toXgboostJson(const std::vector<RandomTree>& trees, float base) {
    nlohmann::json list = nlohmann::json::array();
    for (const RandomTree& t : trees)
        list.push_back({{"left_children", t.left},
                        {"right_children", t.right},
                        {"split_indices", t.feature},
                        {"split_conditions", t.value}});
    return {{"learner",
             {{"learner_model_param", {{"base_score", std::to_string(base)}}},
              {"gradient_booster", {{"name", "gbtree"}, {"model", {{"trees", list}}}}}}}};
}

// The straightforward evaluator: per row, per tree, follow the children.
// Adds the leaves in tree order, then the base score, as FlatForest does.
void referencePredict(const std::vector<RandomTree>& trees, float base, const float* x,
                      std::size_t rows, std::size_t cols, float* out) {
    for (std::size_t r = 0; r < rows; ++r) {
        const float* row = x + r * cols;
        float acc = 0;
        for (const RandomTree& t : trees) {
            std::int32_t i = 0;
            while (t.left[i] >= 0) i = row[t.feature[i]] < t.value[i] ? t.left[i] : t.right[i];
            acc += t.value[i];
        }
        out[r] = acc + base;
    }
}

double seconds(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// Runs predict repeatedly over x for about a second; returns rows per second.
template <typename Predict>
double throughput(Predict&& predict, const std::vector<float>& x, std::size_t cols,
                  std::size_t batch, std::vector<float>& out) {
    const std::size_t total = x.size() / cols;
    std::size_t done = 0;
    const auto t0 = Clock::now();
    for (std::size_t at = 0; done == 0 || seconds(t0) < 1.0;
         at = (at + batch) % (total - batch + 1)) {
        predict(x.data() + at * cols, batch, out.data() + at);
        done += batch;
    }
    return double(done) / seconds(t0);
}

int checkShapes(std::mt19937& rng, int cols) {
    int failures = 0;
    const float base = 0.25f;
    struct Case {
        const char* name;
        int trees, depth;
        double pLeaf;
    };
    for (const Case& c :
         {Case{"balanced depth 6", 50, 6, 0.0}, Case{"unbalanced depth 8", 50, 8, 0.3},
          Case{"single leaves", 5, 0, 0.0}, Case{"depth 10", 10, 10, 0.2},
          Case{"deep (linked layout)", 20, 16, 0.35}, Case{"depth 1", 10, 1, 0.0}}) {
        std::vector<RandomTree> trees;
        for (int t = 0; t < c.trees; ++t) trees.push_back(randomTree(rng, c.depth, cols, c.pLeaf));
        // Mix in other shapes so one forest holds several layouts.
        trees.push_back(randomTree(rng, 0, cols, 0));
        trees.push_back(randomTree(rng, 3, cols, 0));
        const FlatForest f = FlatForest::fromXgboostJson(toXgboostJson(trees, base));
        for (std::size_t rows : {std::size_t(1), std::size_t(7), std::size_t(64), std::size_t(65),
                                 std::size_t(1001)}) {
            std::vector<float> x(rows * cols);
            std::uniform_real_distribution<float> u(0.0f, 1.0f);
            for (float& v : x) v = u(rng);
            std::vector<float> a(rows), b(rows);
            referencePredict(trees, base, x.data(), rows, cols, a.data());
            f.predict(x.data(), rows, cols, b.data());
            if (std::memcmp(a.data(), b.data(), rows * sizeof(float)) != 0) {
                std::printf("MISMATCH: %s, %zu rows\n", c.name, rows);
                ++failures;
            }
        }
    }
    std::printf("shape checks: %s\n", failures ? "FAILED" : "all exact");
    return failures;
}

}  // namespace

int main(int argc, char** argv) {
    int nTrees = 100, depth = 6, cols = 24;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--trees"))
            nTrees = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--depth"))
            depth = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--cols"))
            cols = std::atoi(argv[i + 1]);
    }
    std::mt19937 rng(12345);
    const int failures = checkShapes(rng, cols);

    std::vector<RandomTree> trees;
    for (int t = 0; t < nTrees; ++t) trees.push_back(randomTree(rng, depth, cols, 0.1));
    const float base = 0.5f;
    const FlatForest f = FlatForest::fromXgboostJson(toXgboostJson(trees, base));
    const std::size_t total = std::size_t(1) << 20;
    std::vector<float> x(total * cols), out(total);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    for (float& v : x) v = u(rng);
    std::printf("%d trees, depth <= %d, %d columns, one thread\n", nTrees, depth, cols);
    for (std::size_t batch : {std::size_t(1), std::size_t(1000), total}) {
        const double flat =
            throughput([&](const float* p, std::size_t n, float* o) { f.predict(p, n, cols, o); },
                       x, cols, batch, out);
        const double ref =
            throughput([&](const float* p, std::size_t n,
                           float* o) { referencePredict(trees, base, p, n, cols, o); },
                       x, cols, batch, out);
        std::printf(
            "batch %7zu: FlatForest %.3g rows/s (%.2f ns/tree/row)   reference walk %.3g rows/s "
            "(%.2f ns/tree/row)\n",
            batch, flat, 1e9 / flat / nTrees, ref, 1e9 / ref / nTrees);
    }
    return failures ? 1 : 0;
}
