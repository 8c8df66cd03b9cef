#pragma once
// A Message as JSON and back, so a typed sentence can be kept in a file beside
// its English (a failed sweep point's reason in points.jsonl: docs/explore.md)
// and read back by the GUI in the user's language.
//
//   {"id": "trainingTpHeads", "english": "...", "args": [{"kind": "count", "value": 16}, ...],
//    "clauses": [...]}
//   {"id": "phrase", "english": "...", "context": "EngineText", "pattern": "... %1 ...",
//    "values": [{"text": "a100"}, {"integer": 3}, {"number": 0.5, "digits": 4},
//               {"quantity": 2e12, "dimension": "bandwidth", "digits": 4}], "clauses": [...]}
//
// Ids, argument kinds and dimensions are written by name (the enumerators'
// spelling), never by number, so a file outlives a reordered enum. A message
// that does not read back (an id this build does not know) is nothing: the
// English beside it still says what happened.
#include <optional>
#include <string_view>

#include "core/result/message.h"
#include "core/spec/json_reader.h"

namespace rl {

Json messageToJson(const Message& m);
std::optional<Message> messageFromJson(const Json& j);

// The stable name of an id ("phrase", "trainingTpHeads") and back.
std::string_view messageIdName(MessageId id);
std::optional<MessageId> messageIdNamed(std::string_view name);

}  // namespace rl
