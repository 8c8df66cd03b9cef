#pragma once
// Plausibility limits for every number in a spec file. A value outside them is
// almost certainly a typo (a missing prefix, a wrong unit) rather than real
// hardware or a real model, so the readers reject it. docs/formats.md lists them.
#include <cstdint>

namespace rl::limits {

// Hardware (SI units).
inline constexpr double kMaxCapacityPerInstance = 1125899906842624.0;  // 1 PiB
inline constexpr double kMaxBandwidth = 1e15;                          // 1 PB/s
inline constexpr double kMaxPeakFlops = 1e19;                          // 10 EFLOP/s
inline constexpr double kMaxClockHz = 1e10;                            // 10 GHz
inline constexpr std::int64_t kMaxComputeUnits = 10'000'000;
inline constexpr std::int64_t kMaxThreadsPerUnit = 1'000'000;
inline constexpr std::int64_t kMaxInstances = 10'000'000;
inline constexpr std::int64_t kMaxDevicesPerDim = 1'000'000;
inline constexpr std::int64_t kMaxDevices = 10'000'000;
inline constexpr double kMaxLatencyS = 1.0;
inline constexpr double kMaxEnergyPerByteJ = 1e-6;  // 1 uJ/B
inline constexpr double kMaxEnergyPerFlopJ = 1e-6;  // 1 uJ/FLOP
inline constexpr double kMaxTdpW = 1e9;             // 1 GW: a very large cluster
inline constexpr double kMaxDieAreaM2 = 0.1;        // 100000 mm2 (wafer scale fits)
inline constexpr double kMaxCostPerHourUsd = 1e7;
inline constexpr double kMaxKernelLaunchS = 1.0;

// Models.
inline constexpr std::int64_t kMaxLayers = 10'000;
inline constexpr std::int64_t kMaxHidden = 1'000'000;
inline constexpr std::int64_t kMaxHeads = 100'000;
inline constexpr std::int64_t kMaxIntermediate = 10'000'000;
inline constexpr std::int64_t kMaxVocab = 10'000'000;
inline constexpr std::int64_t kMaxPositions = 100'000'000;
inline constexpr std::int64_t kMaxExperts = 100'000;
inline constexpr double kMaxPublishedParams = 1e15;
inline constexpr std::int64_t kMaxImageSide = 100'000;
inline constexpr std::int64_t kMaxChannels = 1'000'000;
inline constexpr std::int64_t kMaxKernel = 1'024;
inline constexpr std::int64_t kMaxRepeat = 10'000;
inline constexpr std::int64_t kMaxCnnBlocks = 10'000;  // layers x repeat in total
inline constexpr std::int64_t kMaxGraphOps = 100'000;
inline constexpr std::int64_t kMaxGraphDim = 1'000'000'000;
inline constexpr std::int64_t kMaxGraphRepeat = 1'000'000;

// Scenarios.
inline constexpr std::int64_t kMaxBatch = 10'000'000;
inline constexpr std::int64_t kMaxTokens = 100'000'000;
inline constexpr std::int64_t kMaxParallel = 1'000'000;
inline constexpr std::int64_t kMaxRequests = 10'000'000;
inline constexpr double kMaxRatePerS = 1e6;
inline constexpr std::int64_t kMaxSeed = 9'007'199'254'740'991;  // 2^53 - 1: exact in JSON

}  // namespace rl::limits
