#include "views/serving/serving_what_if_apply.h"

#include <cmath>
#include <cstdint>

#include <QCoreApplication>

namespace rl {
namespace views {
namespace {

// lupdate files these tr() calls under the enclosing namespace: look them up there.
QString tr(const char* s) { return QCoreApplication::translate("rl::views", s); }

std::int64_t integerAt(const rl::Json& object, const char* key, std::int64_t fallback) {
    return object.contains(key) && object[key].is_number_integer() ? object[key].get<std::int64_t>()
                                                                   : fallback;
}

}  // namespace

WhatIfEdit applyServingWhatIf(const rl::ServingWhatIf& w, const rl::Json& scenario) {
    WhatIfEdit out;
    out.target = WhatIfEdit::Target::scenario;
    out.document = scenario;
    if (!out.document.is_object() || !out.document.contains("serving") ||
        !out.document["serving"].is_object()) {
        out.target = WhatIfEdit::Target::none;
        out.error = tr("the scenario has no \"serving\" section");
        return out;
    }
    rl::Json& s = out.document["serving"];
    const bool positive = std::isfinite(w.value) && w.value > 0;
    const auto whole = static_cast<std::int64_t>(std::llround(positive ? w.value : 0.0));
    switch (w.change) {
        case rl::ServingWhatIf::Change::addReplica:
            if (whole < 1) break;
            s["replicas"] = integerAt(s, "replicas", 1) + whole;
            return out;
        case rl::ServingWhatIf::Change::chunkSize:
            if (whole < 1) break;
            s["chunk_size"] = whole;
            if (!w.scheduler.empty()) s["scheduler"] = w.scheduler;
            return out;
        case rl::ServingWhatIf::Change::maxBatch:
            if (whole < 1) break;
            s["max_batch"] = whole;
            return out;
        case rl::ServingWhatIf::Change::rate:
            if (!positive) break;
            s["rate_per_s"] = w.value;
            return out;
        case rl::ServingWhatIf::Change::scheduler:
            if (w.scheduler.empty()) break;
            s["scheduler"] = w.scheduler;
            return out;
        case rl::ServingWhatIf::Change::kvCacheFp8:
            out.document["precision"]["kv_cache"] = "fp8";
            return out;
    }
    out.target = WhatIfEdit::Target::none;
    out.error = tr("the what-if carries no usable value (%1)").arg(w.value);
    return out;
}

}  // namespace views
}  // namespace rl
