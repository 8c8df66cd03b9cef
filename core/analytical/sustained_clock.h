#pragma once
// How much of a GPU's datasheet FMA (vector fp32) peak a large GEMM sustains,
// from datasheet numbers every spec has: the power budget per compute unit
// and clock cycle, TDP / (units x boost clock). A card whose budget is below
// what the FMA pipes of its units draw at the boost clock cannot hold that
// clock under a dense GEMM; its clock, and with it the throughput, falls in
// proportion to the budget (power ~ clock at the voltage floor where such
// cards run). At the sustained clock a library SGEMM reaches a fixed
// fraction of the pipes' peak, one per way the SM issues instructions
// (below). The constants are shared by every GPU (rl::fitSustainedClock on
// all five of NeuSight's GPUs; each leave-one-device-out fold chooses its
// own, docs/learned.md "Validation"); a spec's own efficiency factor, when it
// has one, wins.
//
// Issue: an SGEMM's inner loop is FMAs plus shared-memory loads, address
// and loop arithmetic. On SMs with matrix units (Volta and later) each
// scheduler drives 16 FP32 lanes, so a warp's FMA holds its pipe for two
// cycles and the other instructions issue in between, on their own pipes.
// Before (Pascal), a scheduler's 32 lanes take a warp FMA per cycle and
// every other instruction costs an FMA slot. The spec shows which SM it is:
// a 16-bit peak more than 3x the fp32 peak comes from matrix units.
#include "core/spec/dtype.h"
#include "core/spec/hardware.h"

namespace rl {

struct SustainedClockModel {
    // Fraction of the FMA peak a library SGEMM reaches at the sustained clock
    // on an SM whose other instructions issue beside the FMAs (matrix-unit
    // generations, and any GPU whose spec does not say).
    double achievable = 0.949;
    // Watts per (compute unit x GHz of boost clock) from which the boost clock holds.
    double fullClockBudget = 2.11;
    // The same fraction on an SM where every other instruction takes an FMA
    // issue slot (a spec with an fp32 peak but no 16-bit matrix peak).
    double achievableSharedIssue = 0.764;
};

// TDP / (units x boost clock in GHz); 0 when the spec lacks any of them.
double powerBudgetPerUnitGhz(const Hardware& hw);
// True when the spec lists an fp32 peak and no 16-bit (fp16/bf16) peak of
// more than 3x it: an SM without matrix units, whose FMAs share issue slots.
bool sharesFmaIssue(const Hardware& hw);
// min(1, budget / fullClockBudget); 1 when the budget is unknown.
double sustainedClockFraction(const Hardware& hw, const SustainedClockModel& model = {});
// The model's achievable fraction for this GPU's way of issuing.
double achievableFraction(const Hardware& hw, const SustainedClockModel& model = {});
// The efficiency the roofline uses for math type `t` when the spec gives none:
// achievable x sustained clock fraction for a GPU's fp32 FMA path, 1 otherwise
// (tensor-core and other paths: no measurements to choose their constants).
double physicsEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model = {});
// The spec's efficiency for `t` if it gives one, else physicsEfficiency.
double computeEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model = {});

}  // namespace rl
