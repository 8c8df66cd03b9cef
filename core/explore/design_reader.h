#pragma once
// Reads points' designs as parseDesign(point.design()) does (design_specs.h),
// but re-reads only the documents the sweep's axes write: a sweep over
// scenario fields parses one small scenario document per point and keeps the
// hardware and model the base parsed once. Same specs, same error messages.
// Internal to core/explore (the evaluators).
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/explore/design_specs.h"
#include "core/explore/point_evaluator.h"

namespace rl::explore {

class DesignReader {
  public:
    // Once per sweep, before read().
    void prepare(const SweepBase& base, const PointSpace& space);
    // The point's specs; no error or why the design is not valid. Thread-safe.
    PointError read(const PointDesign& point, DesignSpecs& out) const;

  private:
    enum Document { hardware, model, scenario, documentCount };
    const SweepBase* base_ = nullptr;
    std::optional<DesignSpecs> baseSpecs_;  // set when the base design is valid
    std::vector<Document> documents_;       // the document each axis writes
};

}  // namespace rl::explore
