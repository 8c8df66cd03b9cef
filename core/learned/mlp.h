#pragma once
// A small multi-layer perceptron regressor with Eigen: standardised inputs,
// ReLU hidden layers, a linear output, Adam on mini-batches. Deterministic for
// a seed. Weights are stored in plain JSON.
#include <cstddef>
#include <vector>

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

#include "core/result/progress.h"

namespace rl {

struct MlpParams {
    int hidden = 64;  // units per hidden layer
    int layers = 2;   // hidden layers
    int epochs = 150;
    int batch = 128;
    double learningRate = 2e-3;
    double weightDecay = 1e-5;
    unsigned seed = 42;
};

class Mlp {
  public:
    static Mlp train(const std::vector<float>& x, std::size_t rows, std::size_t cols,
                     const std::vector<float>& y, const MlpParams& params,
                     const Progress& progress = {}, double progressFrom = 0, double progressTo = 1);
    void predict(const float* x, std::size_t rows, std::size_t cols, float* out) const;
    nlohmann::json toJson() const;
    static Mlp fromJson(const nlohmann::json& j);  // throws std::runtime_error

  private:
    Eigen::VectorXd mean_, scale_;
    double yMean_ = 0, yScale_ = 1;
    std::vector<Eigen::MatrixXd> w_;  // layer i: out x in
    std::vector<Eigen::VectorXd> b_;
};

}  // namespace rl
