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
    // Fraction of the datasheet 16-bit matrix peak (fp16/bf16 with fp32
    // accumulation) a library HGEMM sustains on large shapes, on any GPU with
    // matrix units. Chosen on VIDUR's A100 fp16 Llama GEMMs alone, with each
    // wave's prologue costed (gemm_waves.h, gemmPrologueTime; best 0.75; 0.72-0.73
    // before the prologue absorbed the small-K tiles' loss); the A40 is held
    // out (its own best: 0.77). Not scaled by the sustained clock: the budget
    // above was chosen on FMA SGEMMs, and the A40 (2.05 W per unit-GHz, below
    // it) sustains more of its matrix peak than the A100 (2.63), not less
    // (docs/analytical.md, "Tensor-core efficiency").
    double achievableMatrix = 0.75;
};

// The peak the spec lists for `t`; 0 when it lists none (no fallback).
double listedPeak(const Hardware& hw, DType t);
// TDP / (units x boost clock in GHz); 0 when the spec lacks any of them.
double powerBudgetPerUnitGhz(const Hardware& hw);
// True when the spec lists an fp32 peak and no 16-bit (fp16/bf16) peak of
// more than 3x it: an SM without matrix units, whose FMAs share issue slots.
bool sharesFmaIssue(const Hardware& hw);
// min(1, budget / fullClockBudget); 1 when the budget is unknown.
double sustainedClockFraction(const Hardware& hw, const SustainedClockModel& model = {});
// The model's achievable fraction for this GPU's way of issuing.
double achievableFraction(const Hardware& hw, const SustainedClockModel& model = {});
// True when the spec lists an fp32 peak and a 16-bit peak of more than 3x it.
bool hasMatrixUnits(const Hardware& hw);
// The efficiency the roofline uses for math type `t` when the spec gives none:
// achievable x sustained clock fraction for a GPU's fp32 FMA path,
// achievableMatrix for fp16/bf16 on a GPU with matrix units, 1 otherwise
// (tf32, 8-bit and other paths: no measurements to choose their constants).
double physicsEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model = {});
// The spec's efficiency for `t` if it gives one, else physicsEfficiency.
double computeEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model = {});

}  // namespace rl
