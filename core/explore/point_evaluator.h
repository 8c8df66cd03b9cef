#pragma once
// What computes the figures of one design point. The runner (sweep_runner.h)
// creates one evaluator per sweep with makeEvaluator, calls prepare() once
// with the base design, then evaluate() for every point from many threads.
//
// Fast path: an evaluator may look at which axes the sweep varies (in
// prepare) and, when only hardware figures change, keep the lowered
// operators and their FLOPs/bytes from the base and re-evaluate only the
// bounds from the settings' SI numbers, never touching JSON. Otherwise it
// asks the point for its materialised design() and parses it.
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "core/explore/sweep_points.h"
#include "core/explore/sweep_spec.h"
#include "core/result/message_error.h"

namespace rl::explore {

// Why a point could not be evaluated: the engine's English (points.csv, the
// CLI, exports) and, when the engine typed it (a MessageError), the same
// reason as a Message the GUI shows in the user's language. An empty
// `english` means the point was evaluated.
struct PointError {
    std::string english;
    std::optional<Message> typed;

    PointError() = default;
    PointError(std::string why) : english(std::move(why)) {}  // an untyped reason
    PointError(const char* why) : english(why) {}
    // The exception's what(), and its Message when it is a MessageError.
    explicit PointError(const std::exception& e) : english(e.what()) {
        if (const Message* m = typedReason(e)) typed = *m;
    }
    // A typed reason (point_failure.h builds them): its English and itself.
    explicit PointError(Message reason) : english(reason.english), typed(std::move(reason)) {}
    bool failed() const { return !english.empty(); }
};

// One point handed to an evaluator. Cheap to make; design() builds the JSON
// only when asked (once per point).
class PointDesign {
  public:
    PointDesign(std::uint64_t index, std::span<const AxisSetting> settings, const PointSpace& space,
                const SweepBase& base)
        : index_(index), settings_(settings), space_(&space), base_(&base) {}

    std::uint64_t index() const { return index_; }
    // One setting per axis of the spec (same order as SweepSpec::axes).
    std::span<const AxisSetting> settings() const { return settings_; }
    const PointSpace& space() const { return *space_; }
    const SweepBase& base() const { return *base_; }

    // The base design with this point's values written in:
    // {"hardware": ..., "model": ..., "scenario": ...}. Null when writing
    // failed (designError() says why); validated sweeps do not fail here.
    const Json& design() const;
    const Phrase& designError() const { return designError_; }

  private:
    std::uint64_t index_;
    std::span<const AxisSetting> settings_;
    const PointSpace* space_;
    const SweepBase* base_;
    mutable std::optional<Json> design_;
    mutable Phrase designError_;
};

class PointEvaluator {
  public:
    virtual ~PointEvaluator() = default;

    // Once per sweep, before any evaluate(): the base design and its parsed
    // project, and the point space (which axes vary, their value tables).
    // Reports problems that make the whole sweep impossible into `diag`.
    virtual void prepare(const SweepBase& base, const PointSpace& space, Diagnostics& diag) = 0;

    // Writes one value per entry of SweepSpec::metrics() (same order) into
    // `out` (already sized, filled with NaN). Returns no error on success or
    // why the design cannot be evaluated ("tensor parallel 16 does not divide
    // 64 heads"), typed where the engine typed it; then `out` is ignored. Must be thread-safe:
    // called concurrently from worker threads. Never throws except Cancelled.
    virtual PointError evaluate(const PointDesign& point, std::span<double> out) const = 0;
};

// Makes the evaluator for spec.predictor (analytical, dataflow, serving,
// training). Implemented in core/explore/evaluators*.cpp. Returns null after
// reporting into `diag` when the spec asks for something no evaluator can do.
std::unique_ptr<PointEvaluator> makeEvaluator(const SweepSpec& spec, Diagnostics& diag);

}  // namespace rl::explore
