#include "core/learned/mlp.h"

#include <cmath>
#include <random>
#include <stdexcept>

namespace rl {

namespace {

// Portable uniform in [0, 1) from mt19937 (the standard distributions are
// implementation-defined; files must not depend on the library).
double uniform(std::mt19937& g) { return (g() >> 5) * (1.0 / 134217728.0); }

Eigen::MatrixXd standardise(const float* x, std::size_t rows, std::size_t cols,
                            const Eigen::VectorXd& mean, const Eigen::VectorXd& scale) {
    Eigen::MatrixXd m(cols, rows);  // column per sample
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c) m(c, r) = (x[r * cols + c] - mean[c]) / scale[c];
    return m;
}

nlohmann::json toJsonMatrix(const Eigen::MatrixXd& m) {
    nlohmann::json rows = nlohmann::json::array();
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (Eigen::Index c = 0; c < m.cols(); ++c) row.push_back(m(r, c));
        rows.push_back(std::move(row));
    }
    return rows;
}

Eigen::MatrixXd fromJsonMatrix(const nlohmann::json& j) {
    if (!j.is_array() || j.empty() || !j[0].is_array()) throw std::runtime_error("bad matrix");
    Eigen::MatrixXd m(j.size(), j[0].size());
    for (std::size_t r = 0; r < j.size(); ++r) {
        if (j[r].size() != j[0].size()) throw std::runtime_error("ragged matrix");
        for (std::size_t c = 0; c < j[r].size(); ++c) m(r, c) = j[r][c].get<double>();
    }
    return m;
}

}  // namespace

Mlp Mlp::train(const std::vector<float>& x, std::size_t rows, std::size_t cols,
               const std::vector<float>& y, const MlpParams& p, const Progress& progress,
               double progressFrom, double progressTo) {
    if (rows == 0 || x.size() != rows * cols || y.size() != rows)
        throw std::runtime_error("MLP training: no rows or inconsistent sizes");
    Mlp net;
    net.mean_ = Eigen::VectorXd::Zero(cols);
    net.scale_ = Eigen::VectorXd::Ones(cols);
    for (std::size_t c = 0; c < cols; ++c) {
        double s = 0, s2 = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            s += x[r * cols + c];
            s2 += double(x[r * cols + c]) * x[r * cols + c];
        }
        const double mu = s / rows;
        net.mean_[c] = mu;
        net.scale_[c] = std::max(1e-6, std::sqrt(std::max(0.0, s2 / rows - mu * mu)));
    }
    double ys = 0, ys2 = 0;
    for (float v : y) {
        ys += v;
        ys2 += double(v) * v;
    }
    net.yMean_ = ys / rows;
    net.yScale_ = std::max(1e-6, std::sqrt(std::max(0.0, ys2 / rows - net.yMean_ * net.yMean_)));

    const Eigen::MatrixXd X = standardise(x.data(), rows, cols, net.mean_, net.scale_);
    Eigen::RowVectorXd Y(rows);
    for (std::size_t r = 0; r < rows; ++r) Y[r] = (y[r] - net.yMean_) / net.yScale_;

    std::mt19937 g(p.seed);
    std::vector<int> sizes{static_cast<int>(cols)};
    for (int i = 0; i < p.layers; ++i) sizes.push_back(p.hidden);
    sizes.push_back(1);
    for (std::size_t i = 0; i + 1 < sizes.size(); ++i) {
        const double limit = std::sqrt(6.0 / sizes[i]);  // He-uniform for ReLU
        Eigen::MatrixXd w(sizes[i + 1], sizes[i]);
        for (Eigen::Index k = 0; k < w.size(); ++k) w.data()[k] = (2 * uniform(g) - 1) * limit;
        net.w_.push_back(w);
        net.b_.push_back(Eigen::VectorXd::Zero(sizes[i + 1]));
    }
    const std::size_t L = net.w_.size();
    std::vector<Eigen::MatrixXd> mw(L), vw(L);
    std::vector<Eigen::VectorXd> mb(L), vb(L);
    for (std::size_t i = 0; i < L; ++i) {
        mw[i] = vw[i] = Eigen::MatrixXd::Zero(net.w_[i].rows(), net.w_[i].cols());
        mb[i] = vb[i] = Eigen::VectorXd::Zero(net.b_[i].size());
    }
    const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
    std::vector<std::size_t> order(rows);
    for (std::size_t i = 0; i < rows; ++i) order[i] = i;
    long step = 0;
    std::vector<Eigen::MatrixXd> act(L + 1);
    for (int epoch = 0; epoch < p.epochs; ++epoch) {
        progress.check();
        for (std::size_t i = rows; i > 1; --i) std::swap(order[i - 1], order[g() % i]);
        const double lr = p.learningRate * (0.5 + 0.5 * std::cos(M_PI * epoch / p.epochs));
        for (std::size_t start = 0; start < rows; start += p.batch) {
            const std::size_t n = std::min<std::size_t>(p.batch, rows - start);
            act[0].resize(cols, n);
            Eigen::RowVectorXd target(n);
            for (std::size_t j = 0; j < n; ++j) {
                act[0].col(j) = X.col(order[start + j]);
                target[j] = Y[order[start + j]];
            }
            for (std::size_t l = 0; l < L; ++l) {
                act[l + 1] = (net.w_[l] * act[l]).colwise() + net.b_[l];
                if (l + 1 < L) act[l + 1] = act[l + 1].cwiseMax(0.0);
            }
            Eigen::MatrixXd delta = (act[L] - target) * (2.0 / n);  // d(MSE)/d(out)
            ++step;
            const double c1 = 1 - std::pow(beta1, step), c2 = 1 - std::pow(beta2, step);
            for (std::size_t l = L; l-- > 0;) {
                Eigen::MatrixXd gw = delta * act[l].transpose() + p.weightDecay * net.w_[l];
                Eigen::VectorXd gb = delta.rowwise().sum();
                if (l > 0) {
                    delta = (net.w_[l].transpose() * delta)
                                .cwiseProduct((act[l].array() > 0).cast<double>().matrix());
                }
                mw[l] = beta1 * mw[l] + (1 - beta1) * gw;
                vw[l] = beta2 * vw[l] + (1 - beta2) * gw.cwiseAbs2();
                mb[l] = beta1 * mb[l] + (1 - beta1) * gb;
                vb[l] = beta2 * vb[l] + (1 - beta2) * gb.cwiseAbs2();
                net.w_[l].array() -=
                    lr * (mw[l].array() / c1) / ((vw[l].array() / c2).sqrt() + eps);
                net.b_[l].array() -=
                    lr * (mb[l].array() / c1) / ((vb[l].array() / c2).sqrt() + eps);
            }
        }
        progress(progressFrom + (progressTo - progressFrom) * (epoch + 1) / p.epochs, "MLP epochs");
    }
    return net;
}

void Mlp::predict(const float* x, std::size_t rows, std::size_t cols, float* out) const {
    if (w_.empty() || static_cast<std::size_t>(mean_.size()) != cols)
        throw std::runtime_error("MLP predict: model and features disagree");
    constexpr std::size_t chunk = 1024;
    for (std::size_t start = 0; start < rows; start += chunk) {
        const std::size_t n = std::min(chunk, rows - start);
        Eigen::MatrixXd a = standardise(x + start * cols, n, cols, mean_, scale_);
        for (std::size_t l = 0; l < w_.size(); ++l) {
            a = (w_[l] * a).colwise() + b_[l];
            if (l + 1 < w_.size()) a = a.cwiseMax(0.0);
        }
        for (std::size_t j = 0; j < n; ++j)
            out[start + j] = static_cast<float>(a(0, j) * yScale_ + yMean_);
    }
}

nlohmann::json Mlp::toJson() const {
    nlohmann::json j;
    j["input_mean"] = std::vector<double>(mean_.data(), mean_.data() + mean_.size());
    j["input_scale"] = std::vector<double>(scale_.data(), scale_.data() + scale_.size());
    j["target_mean"] = yMean_;
    j["target_scale"] = yScale_;
    nlohmann::json layers = nlohmann::json::array();
    for (std::size_t l = 0; l < w_.size(); ++l) {
        layers.push_back(
            {{"weights", toJsonMatrix(w_[l])},
             {"bias", std::vector<double>(b_[l].data(), b_[l].data() + b_[l].size())}});
    }
    j["layers"] = layers;
    return j;
}

Mlp Mlp::fromJson(const nlohmann::json& j) {
    try {
        Mlp net;
        const auto mean = j.at("input_mean").get<std::vector<double>>();
        const auto scale = j.at("input_scale").get<std::vector<double>>();
        if (mean.size() != scale.size()) throw std::runtime_error("input sizes differ");
        net.mean_ = Eigen::Map<const Eigen::VectorXd>(mean.data(), mean.size());
        net.scale_ = Eigen::Map<const Eigen::VectorXd>(scale.data(), scale.size());
        net.yMean_ = j.at("target_mean").get<double>();
        net.yScale_ = j.at("target_scale").get<double>();
        Eigen::Index in = net.mean_.size();
        for (const auto& layer : j.at("layers")) {
            Eigen::MatrixXd w = fromJsonMatrix(layer.at("weights"));
            const auto b = layer.at("bias").get<std::vector<double>>();
            if (w.cols() != in || static_cast<std::size_t>(w.rows()) != b.size())
                throw std::runtime_error("layer sizes do not chain");
            in = w.rows();
            net.w_.push_back(w);
            net.b_.push_back(Eigen::Map<const Eigen::VectorXd>(b.data(), b.size()));
        }
        if (net.w_.empty() || in != 1) throw std::runtime_error("no layers or output is not 1-D");
        return net;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("MLP weights: ") + e.what());
    }
}

}  // namespace rl
