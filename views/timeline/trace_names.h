#pragma once
// The engine's trace words and identities in the user's language. The
// simulators write English names (kept for exports); group and track titles
// are rebuilt here from their typed ids, words from one table, and any other
// name is shown as the engine wrote it.
#include <string>

#include <QString>

#include "core/result/trace.h"

namespace rl {
namespace views {

// "forward" -> "Vorwärts"; a category, counter, unit or stream name. Unknown
// words come back unchanged.
QString traceName(const std::string& word);
// "Rang 3 (Stufe 1, DP 0, TP 1)", "Replikat 2 (Prefill)"; an untyped group by its name.
QString traceName(const TraceGroup& group);
// "Stufe 2" for a stage track, else its stream word.
QString traceName(const TraceTrack& track);
// An event's label: a typed one ("Decode-Schritt 5, KV 2053") translated, a
// plain name (an operator's) as the engine wrote it.
QString traceLabel(const Trace& trace, const TraceEvent& event);

}  // namespace views
}  // namespace rl
