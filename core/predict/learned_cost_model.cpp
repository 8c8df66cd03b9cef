#include "core/predict/learned_cost_model.h"

#include "core/result/engine_text.h"

namespace rl {

LearnedCostModel::LearnedCostModel(std::shared_ptr<const LearnedModel> model)
    : model_(std::move(model)) {
    if (!model_) throwEngineError(RL_TR("EngineText", "LearnedCostModel needs a model"));
}

void LearnedCostModel::refine(const Operator& op, const Hardware& hw, OpRecord& rec) const {
    if (!model_->knows(op.kind)) {
        rec.note = "roofline kept: the " + toString(model_->kind()) + " model was not trained on " +
                   std::string(toString(op.kind)) + " operators";
        using Kind = MessageArg::Kind;
        rec.noteMessages = {{MessageId::noteRooflineKept,
                             {{Kind::name, toString(model_->kind()), 0.0},
                              {Kind::name, std::string(toString(op.kind)), 0.0}},
                             {},
                             rec.note}};
        return;
    }
    const LearnedPrediction p = model_->predict(op, hw, rec);
    rec.timeEach = p.time;
    rec.time = p.time * rec.count;
    rec.timeLow = p.low;
    rec.timeHigh = p.high;
    rec.note = p.note;
    rec.noteMessages = p.noteMessages;
}

}  // namespace rl
