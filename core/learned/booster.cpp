#include "core/learned/booster.h"

#include <xgboost/c_api.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace rl {

namespace {

void check(int rc, const char* what) {
    if (rc == 0) return;
    // XGBoost appends a C++ stack trace to its message: keep the first line, no more than a line.
    std::string message = XGBGetLastError();
    message = message.substr(0, std::min(message.find('\n'), std::size_t{300}));
    throw std::runtime_error(std::string("XGBoost ") + what + ": " + message);
}

// An owned DMatrix.
struct Matrix {
    DMatrixHandle h = nullptr;
    ~Matrix() {
        if (h) XGDMatrixFree(h);
    }
};

std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

}  // namespace

Booster::~Booster() {
    if (handle_) XGBoosterFree(handle_);
}

Booster::Booster(Booster&& o) noexcept : handle_(o.handle_) { o.handle_ = nullptr; }

Booster& Booster::operator=(Booster&& o) noexcept {
    if (this != &o) {
        if (handle_) XGBoosterFree(handle_);
        handle_ = o.handle_;
        o.handle_ = nullptr;
    }
    return *this;
}

Booster Booster::train(const std::vector<float>& x, std::size_t rows, std::size_t cols,
                       const std::vector<float>& y, const BoosterParams& p,
                       const Progress& progress, double progressFrom, double progressTo) {
    if (rows == 0 || x.size() != rows * cols || y.size() != rows)
        throw std::runtime_error("XGBoost training: no rows or inconsistent sizes");
    Matrix m;
    check(
        XGDMatrixCreateFromMat(x.data(), rows, cols, std::numeric_limits<float>::quiet_NaN(), &m.h),
        "matrix");
    check(XGDMatrixSetFloatInfo(m.h, "label", y.data(), rows), "labels");
    double mean = 0;
    for (float v : y) mean += v;
    mean /= static_cast<double>(rows);

    Booster b;
    check(XGBoosterCreate(&m.h, 1, &b.handle_), "create");
    const std::pair<const char*, std::string> params[] = {
        {"objective", "reg:squarederror"},
        {"tree_method", "hist"},
        {"max_depth", std::to_string(p.maxDepth)},
        {"eta", num(p.eta)},
        {"subsample", num(p.subsample)},
        {"colsample_bytree", num(p.colsample)},
        {"min_child_weight", num(p.minChildWeight)},
        {"lambda", num(p.lambda)},
        {"seed", std::to_string(p.seed)},
        {"base_score", num(mean)},
        {"nthread", std::to_string(p.threads)},
        {"verbosity", "0"},
    };
    for (const auto& [k, v] : params) check(XGBoosterSetParam(b.handle_, k, v.c_str()), k);
    for (int i = 0; i < p.rounds; ++i) {
        progress.check();
        check(XGBoosterUpdateOneIter(b.handle_, i, m.h), "training");
        if ((i + 1) % 10 == 0 || i + 1 == p.rounds)
            progress(progressFrom + (progressTo - progressFrom) * (i + 1) / p.rounds,
                     "boosting rounds");
    }
    return b;
}

void Booster::predict(const float* x, std::size_t rows, std::size_t cols, float* out) const {
    if (!handle_) throw std::runtime_error("XGBoost predict: empty model");
    if (rows == 0) return;
    char iface[256];
    std::snprintf(iface, sizeof iface,
                  "{\"data\": [%llu, true], \"shape\": [%zu, %zu], \"typestr\": \"<f4\", "
                  "\"version\": 3}",
                  static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(x)), rows, cols);
    const char* config =
        "{\"type\": 0, \"training\": false, \"cache_id\": 0, \"iteration_begin\": 0, "
        "\"iteration_end\": 0, "
        "\"strict_shape\": false, \"missing\": NaN}";
    const bst_ulong* shape = nullptr;
    bst_ulong dim = 0;
    const float* result = nullptr;
    check(XGBoosterPredictFromDense(handle_, iface, config, nullptr, &shape, &dim, &result),
          "predict");
    std::copy(result, result + rows, out);
}

nlohmann::json Booster::toJson() const {
    if (!handle_) throw std::runtime_error("XGBoost save: empty model");
    bst_ulong len = 0;
    const char* data = nullptr;
    check(XGBoosterSaveModelToBuffer(handle_, "{\"format\": \"json\"}", &len, &data), "save");
    return nlohmann::json::parse(data, data + len);
}

Booster Booster::fromJson(const nlohmann::json& model) {
    const std::string text = model.dump();
    Booster b;
    check(XGBoosterCreate(nullptr, 0, &b.handle_), "create");
    check(XGBoosterLoadModelFromBuffer(b.handle_, text.data(), text.size()), "load");
    return b;
}

std::string xgboostVersion() {
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

}  // namespace rl
