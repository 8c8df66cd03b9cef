#pragma once
// Explanations of a simulated iteration and re-simulated what-ifs: each
// what-if carries the edited plan it stands for, so a caller applies it
// without parsing its label.
#include <string>
#include <vector>

#include "core/result/message.h"
#include "core/sim/training/iteration.h"

namespace rl::training {

struct TrainingWhatIf {
    std::string label;     // "128 micro-batches instead of 64", for people only
    Message labelMessage;  // the label typed for translation (MessageId::trainingWhatIf*)
    TrainingPlan plan;     // the edited plan
    double iterationTime = 0;
    double throughputGain = 0;  // tokens/s of the edit / tokens/s now - 1
};

struct TrainingExplanation {
    std::vector<std::string> sentences;   // where the time goes, for people
    std::vector<Message> messages;        // the same sentences, typed for translation
    std::vector<TrainingWhatIf> whatIfs;  // fits in memory and valid; best first
};

// Re-simulates each edit that applies (more micro-batches, one more interleave
// chunk, overlap switches on, lighter recompute that still fits, ...).
// `refine`: the predictor hook the report was simulated with.
TrainingExplanation explainTraining(const Hardware& hw, const ModelSpec& model,
                                    const TrainingReport& report, const RefineFn& refine = {});

}  // namespace rl::training
