#pragma once
// Gradient-boosted regression trees through XGBoost's C API. The model is
// kept as XGBoost's own JSON format so files stay readable across versions.
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result/progress.h"

namespace rl {

struct BoosterParams {
    int rounds = 100;
    int maxDepth = 6;
    double eta = 0.25;
    double subsample = 0.8;
    double colsample = 0.8;
    double minChildWeight = 2.0;
    double lambda = 1.0;
    unsigned seed = 42;
    int threads = 0;  // 0: all cores
};

class Booster {
  public:
    Booster() = default;
    ~Booster();
    Booster(Booster&& o) noexcept;
    Booster& operator=(Booster&& o) noexcept;
    Booster(const Booster&) = delete;
    Booster& operator=(const Booster&) = delete;

    // Row-major features (rows x cols) and one target per row. Progress is
    // reported per round; throws Cancelled if asked, std::runtime_error on
    // XGBoost errors.
    static Booster train(const std::vector<float>& x, std::size_t rows, std::size_t cols,
                         const std::vector<float>& y, const BoosterParams& params,
                         const Progress& progress = {}, double progressFrom = 0,
                         double progressTo = 1);

    // Predicts rows x cols row-major features into out[rows].
    void predict(const float* x, std::size_t rows, std::size_t cols, float* out) const;

    nlohmann::json toJson() const;                         // XGBoost's JSON model
    static Booster fromJson(const nlohmann::json& model);  // throws std::runtime_error
    bool valid() const { return handle_ != nullptr; }

  private:
    void* handle_ = nullptr;
};

// "1.7.4"
std::string xgboostVersion();

}  // namespace rl
