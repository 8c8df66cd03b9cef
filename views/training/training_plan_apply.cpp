#include "views/training/training_plan_apply.h"

#include <cstdint>
#include <string>

#include <QCoreApplication>

namespace rl {
namespace views {
namespace {

// lupdate files these tr() calls under the enclosing namespace: look them up there.
QString tr(const char* s) { return QCoreApplication::translate("rl::views", s); }

// The scenario's name of a schedule ("1f1b" is interleaved when interleave > 1).
std::string scheduleName(rl::training::Schedule s) {
    switch (s) {
        case rl::training::Schedule::gpipe:
            return "gpipe";
        case rl::training::Schedule::oneFOneB:
        case rl::training::Schedule::interleaved:
            return "1f1b";
        default:
            return std::string(rl::training::toString(s));  // "zero-bubble"
    }
}

// Writes object[key] = value unless the document already says so (a missing
// key means `fallback`, the scenario's default).
template <typename T>
void setIfDifferent(rl::Json& object, const char* key, const T& fallback, const T& value) {
    if (object.contains(key)) {
        try {
            if (object[key].get<T>() == value) return;
        } catch (const rl::Json::exception&) {
            // A value of the wrong type is replaced.
        }
        object[key] = value;
        return;
    }
    if (fallback != value) object[key] = value;
}

}  // namespace

WhatIfEdit applyTrainingPlan(const rl::training::TrainingPlan& p, const rl::Json& scenario) {
    WhatIfEdit out;
    out.document = scenario;
    if (!out.document.is_object() || !out.document.contains("training") ||
        !out.document["training"].is_object()) {
        out.error = tr("the scenario has no \"training\" section");
        return out;
    }
    out.target = WhatIfEdit::Target::scenario;
    if (!out.document.contains("parallelism") || !out.document["parallelism"].is_object())
        out.document["parallelism"] = rl::Json::object();
    rl::Json& par = out.document["parallelism"];
    rl::Json& t = out.document["training"];
    const rl::Parallelism pd;
    const rl::TrainingScenario td;
    using I = std::int64_t;
    setIfDifferent<I>(par, "tensor", pd.tensor, p.tp);
    setIfDifferent<I>(par, "pipeline", pd.pipeline, p.pp);
    setIfDifferent<I>(par, "data", pd.data, p.dp);
    setIfDifferent<I>(par, "expert", pd.expert, p.ep);
    setIfDifferent<I>(par, "context", pd.context, p.cp);
    setIfDifferent<I>(t, "global_batch", td.globalBatch, p.globalBatch);
    setIfDifferent<I>(t, "micro_batch", td.microBatch, p.microBatch);
    setIfDifferent<I>(t, "sequence", td.sequence, p.sequence);
    setIfDifferent<I>(t, "interleave", td.interleave, p.chunks);
    setIfDifferent<I>(t, "zero_stage", td.zeroStage, p.zeroStage);
    setIfDifferent<std::string>(t, "schedule", td.schedule, scheduleName(p.schedule));
    setIfDifferent<std::string>(t, "recompute", td.recompute,
                                std::string(rl::training::toString(p.recompute)));
    setIfDifferent(t, "sequence_parallel", td.sequenceParallel, p.sequenceParallel);
    setIfDifferent(t, "fp8", td.fp8, p.fp8);
    setIfDifferent(t, "overlap_grad_reduce", td.overlapGradReduce, p.overlapGradReduce);
    setIfDifferent(t, "overlap_param_gather", td.overlapParamGather, p.overlapParamGather);
    setIfDifferent(t, "overlap_tensor_comm", td.overlapTensorComm, p.overlapTensorComm);
    return out;
}

}  // namespace views
}  // namespace rl
