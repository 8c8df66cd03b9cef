#pragma once
// How much of a GPU's datasheet FMA (vector fp32) peak a large GEMM sustains,
// from datasheet numbers every spec has: the power budget per compute unit
// and clock cycle, TDP / (units x boost clock). A card whose budget is below
// what the FMA pipes of its units draw at the boost clock cannot hold that
// clock under a dense GEMM; its clock, and with it the throughput, falls in
// proportion to the budget (power ~ clock at the voltage floor where such
// cards run). At the sustained clock a library SGEMM reaches a fixed
// fraction of the pipes' peak. The two constants are shared by every GPU
// (rl::fitSustainedClock on all five of NeuSight's GPUs; each
// leave-one-device-out fold chooses its own, docs/learned.md "Validation");
// a spec's own efficiency factor, when it has one, wins.
#include "core/spec/dtype.h"
#include "core/spec/hardware.h"

namespace rl {

struct SustainedClockModel {
    // Fraction of the FMA peak a library SGEMM reaches at the sustained clock.
    double achievable = 0.82;
    // Watts per (compute unit x GHz of boost clock) from which the boost clock holds.
    double fullClockBudget = 1.83;
};

// TDP / (units x boost clock in GHz); 0 when the spec lacks any of them.
double powerBudgetPerUnitGhz(const Hardware& hw);
// min(1, budget / fullClockBudget); 1 when the budget is unknown.
double sustainedClockFraction(const Hardware& hw, const SustainedClockModel& model = {});
// The efficiency the roofline uses for math type `t` when the spec gives none:
// achievable x sustained clock fraction for a GPU's fp32 FMA path, 1 otherwise
// (tensor-core and other paths: no measurements to choose their constants).
double physicsEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model = {});
// The spec's efficiency for `t` if it gives one, else physicsEfficiency.
double computeEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model = {});

}  // namespace rl
