// Fuzz target: the learned-model loader. A file must either load or be
// refused with ModelFileError; a model that loads must predict finite times
// for ordinary operators (XGBoost and the flat forest run on whatever the
// loader accepted, so a tree it should have refused shows up here).
#include <cmath>
#include <cstdlib>
#include <optional>

#include "core/learned/dataset.h"
#include "core/learned/learned_model.h"
#include "core/spec/spec_io.h"
#include "tests/fuzz/fuzz_target.h"

namespace {

const rl::Hardware& a100() {
    static const rl::Hardware hw = [] {
        auto loaded = rl::loadHardware(std::string(RIDGELINE_SAMPLES) +
                                       "/hardware/nvidia-a100-sxm4-80gb.json");
        if (!loaded.ok()) std::abort();  // the sample library must load
        return *loaded.value;
    }();
    return hw;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rl::Diagnostics diag("fuzz-model.json");
    const auto doc = rl::parseJsonDocument(rl::fuzz::asText(data, size), diag);
    if (!doc) return 0;
    std::optional<rl::LearnedModel> model;
    try {
        model = rl::LearnedModel::fromJson(*doc, "fuzz-model.json");
    } catch (const rl::ModelFileError&) {
        return 0;  // refused with a message: the contract
    }
    const rl::Sample gemm =
        rl::gemmSample("linear", 1, 512, 1024, 768, rl::DType::fp16, false, false);
    const rl::Sample conv = rl::convSample("conv", 8, 64, 128, 56, 56, 3, 1, 1, 1, rl::DType::fp16);
    for (const rl::Sample* s : {&gemm, &conv}) {
        const rl::LearnedPrediction p = model->predict(s->op, a100());
        if (!std::isfinite(p.time) || p.time < 0) std::abort();
    }
    return 0;
}
