#pragma once
// What the training page's charts draw, computed without widgets: the step
// breakdown as consecutive segments of one bar, and memory per GPU per
// pipeline stage as stacks against the device capacity. Names are the
// page's (translated); here only parts, seconds and GiB.
#include <vector>

#include "core/sim/training/iteration.h"

namespace rl {
namespace views {

enum class BreakdownPart {
    forward,
    backward,
    recompute,
    optimizer,
    tpExposed,
    cpExposed,
    epExposed,
    ppExposed,
    dpExposed,
    bubble,
    other,  // what the breakdown's total holds beyond the parts above
    count
};

struct BreakdownSegment {
    BreakdownPart part = BreakdownPart::forward;
    double start = 0;    // s from the step's start
    double seconds = 0;  // s
    double share = 0;    // of the breakdown's total
};

// The critical stage's step in report order, parts of 0 s left out; the
// segments tile [0, b.total()).
std::vector<BreakdownSegment> breakdownSegments(const rl::training::StepBreakdown& b);

// The timeline category (rl::training::RankCategory) drawn in the same
// colour, or -1 for parts the timeline has no event for (bubble, other).
int breakdownCategory(BreakdownPart part);

enum class MemoryPart { parameters, gradients, optimizer, activations, logits, buffers, count };

struct MemoryChart {
    // [part][stage], GiB, bottom of the stack first.
    std::vector<std::vector<double>> gib;
    std::vector<double> totalGib;  // per stage
    double capacityGib = 0;
    int worstStage = 0;
    bool fits = true;
    double yMax = 1;  // axis top: 10% above the tallest stage or the capacity
};

MemoryChart memoryChart(const rl::training::MemoryReport& memory);

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

}  // namespace views
}  // namespace rl
