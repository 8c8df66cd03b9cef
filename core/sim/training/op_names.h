#pragma once
// The typed names of a training run's operator records (OpRecord::nameMessage),
// so the GUI shows "LM-Kopf und Verlust" where the CLI and exports print the
// English "LM head and loss". A collective's name carries its purpose, which
// the GUI renders part by part (views/training/collective_purpose_name.h).
#include <optional>

#include "core/result/message.h"
#include "core/sim/training/collective_purpose.h"

namespace rl::training {

// The translation context of the record names (RL_TR's first argument).
inline constexpr const char* kTrainingOpContext = "TrainingOp";
// Marks a name that is a collective's purpose; its args hold the purpose.
inline constexpr const char* kCollectivePurposeContext = "rl::training::CollectivePurpose";

// A fixed or patterned record name ("transformer layers", "optimizer step (%1)").
Message trainingOpName(Phrase name);
// The collective's name: english = toString(purpose).
Message collectiveName(const CollectivePurpose& purpose);
// The purpose a collectiveName() message carries; nullopt for any other message.
std::optional<CollectivePurpose> collectivePurposeOf(const Message& name);

}  // namespace rl::training
