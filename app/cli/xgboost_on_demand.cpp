// XGBoost's C API as core/learned/booster.cpp calls it, defined here so the
// linker needs no libxgboost: each call opens the library on first use
// (dlopen) and forwards to it. Only the commands that train or load an XGBoost
// model (learn, --predictor learned|hybrid) pay for loading XGBoost and its
// OpenMP and dmlc libraries; the rest start without them (BENCHMARKS.md, "CLI
// start-up"). The signatures come from XGBoost's own header, so a change there
// fails to compile here. When the library cannot be opened every call fails
// the way XGBoost's own calls fail (-1), and XGBGetLastError says why.
#include <dlfcn.h>

#include <filesystem>
#include <string>

#include <xgboost/c_api.h>

namespace {

struct XgboostLibrary {
    void* handle = nullptr;
    std::string error;
};

const XgboostLibrary& library() {
    static const XgboostLibrary lib = [] {
        XgboostLibrary l;
        // The library this executable was built against, then the loader's search path.
        const std::string built = RIDGELINE_XGBOOST_LIBRARY;
        for (const std::string& name : {built, std::filesystem::path(built).filename().string()}) {
            if ((l.handle = dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL))) return l;
            const char* why = dlerror();
            l.error += (l.error.empty() ? "" : "; ") + std::string(why ? why : name);
        }
        l.error = "cannot load the XGBoost library (" + l.error +
                  "); install it (Debian: libxgboost0) to train or load XGBoost models";
        return l;
    }();
    return lib;
}

// The library's definition of the function `Self` is this file's stand-in for.
template <auto Self>
decltype(Self) real(const char* name) {
    static const auto fn = library().handle
                               ? reinterpret_cast<decltype(Self)>(dlsym(library().handle, name))
                               : nullptr;
    return fn;
}

constexpr int kFailed = -1;  // what XGBoost's calls return on failure

}  // namespace

extern "C" {

const char* XGBGetLastError() {
    if (!library().handle) return library().error.c_str();
    const auto fn = real<&XGBGetLastError>("XGBGetLastError");
    return fn ? fn() : "XGBoost library without XGBGetLastError";
}

void XGBoostVersion(int* major, int* minor, int* patch) {
    if (const auto fn = real<&XGBoostVersion>("XGBoostVersion")) return fn(major, minor, patch);
    *major = *minor = *patch = 0;
}

int XGDMatrixCreateFromMat(const float* data, bst_ulong nrow, bst_ulong ncol, float missing,
                           DMatrixHandle* out) {
    const auto fn = real<&XGDMatrixCreateFromMat>("XGDMatrixCreateFromMat");
    return fn ? fn(data, nrow, ncol, missing, out) : kFailed;
}

int XGDMatrixSetFloatInfo(DMatrixHandle handle, const char* field, const float* array,
                          bst_ulong len) {
    const auto fn = real<&XGDMatrixSetFloatInfo>("XGDMatrixSetFloatInfo");
    return fn ? fn(handle, field, array, len) : kFailed;
}

int XGDMatrixFree(DMatrixHandle handle) {
    const auto fn = real<&XGDMatrixFree>("XGDMatrixFree");
    return fn ? fn(handle) : kFailed;
}

int XGBoosterCreate(const DMatrixHandle dmats[], bst_ulong len, BoosterHandle* out) {
    const auto fn = real<&XGBoosterCreate>("XGBoosterCreate");
    return fn ? fn(dmats, len, out) : kFailed;
}

int XGBoosterFree(BoosterHandle handle) {
    const auto fn = real<&XGBoosterFree>("XGBoosterFree");
    return fn ? fn(handle) : kFailed;
}

int XGBoosterSetParam(BoosterHandle handle, const char* name, const char* value) {
    const auto fn = real<&XGBoosterSetParam>("XGBoosterSetParam");
    return fn ? fn(handle, name, value) : kFailed;
}

int XGBoosterUpdateOneIter(BoosterHandle handle, int iter, DMatrixHandle dtrain) {
    const auto fn = real<&XGBoosterUpdateOneIter>("XGBoosterUpdateOneIter");
    return fn ? fn(handle, iter, dtrain) : kFailed;
}

int XGBoosterPredictFromDense(BoosterHandle handle, char const* values, char const* config,
                              DMatrixHandle m, bst_ulong const** out_shape, bst_ulong* out_dim,
                              const float** out_result) {
    const auto fn = real<&XGBoosterPredictFromDense>("XGBoosterPredictFromDense");
    return fn ? fn(handle, values, config, m, out_shape, out_dim, out_result) : kFailed;
}

int XGBoosterSaveModelToBuffer(BoosterHandle handle, char const* config, bst_ulong* out_len,
                               char const** out_dptr) {
    const auto fn = real<&XGBoosterSaveModelToBuffer>("XGBoosterSaveModelToBuffer");
    return fn ? fn(handle, config, out_len, out_dptr) : kFailed;
}

int XGBoosterLoadModelFromBuffer(BoosterHandle handle, const void* buf, bst_ulong len) {
    const auto fn = real<&XGBoosterLoadModelFromBuffer>("XGBoosterLoadModelFromBuffer");
    return fn ? fn(handle, buf, len) : kFailed;
}

}  // extern "C"
