#include "core/spec/hardware.h"

namespace rl {

double ComputeSpec::peak(DType t) const {
    if (auto it = peakFlops.find(t); it != peakFlops.end()) return it->second;
    // Narrower types run at the rate of the nearest wider type the device has.
    static const std::map<DType, std::vector<DType>> kFallback = {
        {DType::int4, {DType::int8, DType::fp8, DType::fp16}},
        {DType::int8, {DType::fp8, DType::fp16}},
        {DType::fp8, {DType::fp16, DType::bf16}},
        {DType::bf16, {DType::fp16, DType::fp32}},
        {DType::fp16, {DType::bf16, DType::fp32}},
        {DType::tf32, {DType::fp32}},
        {DType::fp32, {DType::tf32}},
        {DType::fp64, {DType::fp32}},
    };
    if (auto f = kFallback.find(t); f != kFallback.end())
        for (DType alt : f->second)
            if (auto it = peakFlops.find(alt); it != peakFlops.end()) return it->second;
    return 0.0;
}

double ComputeSpec::efficiencyFor(DType t) const {
    if (auto it = efficiency.find(t); it != efficiency.end()) return it->second;
    return 1.0;
}

int Hardware::deviceCount() const {
    long long n = 1;
    for (const auto& d : interconnect) n *= d.devices;
    return static_cast<int>(n);
}

double Hardware::mainMemoryBytes() const {
    return memory.empty() ? 0.0 : memory.front().totalCapacity();
}

double Hardware::mainMemoryBandwidth() const {
    return memory.empty() ? 0.0 : memory.front().bandwidth;
}

double Hardware::ridgePoint(DType t, std::size_t level) const {
    if (level >= memory.size() || memory[level].bandwidth <= 0.0) return 0.0;
    return compute.peak(t) / memory[level].bandwidth;
}

}  // namespace rl
