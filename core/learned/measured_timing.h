#pragma once
// The roofline time a measurement is compared with: a row timed on the GPU
// between CUDA events (Sample::gpuTimed, VIDUR) sees no host launch, so a
// small (streaming) kernel is compared with the roofline's GPU-side time
// (RooflineResult::deviceTime: max(bounds) + the GPU-side launch and tail).
// Everything else keeps the op's time in a stream (timeEach, with the host
// launch): GEMMs and attention keep it as docs/analytical.md explains.
#include "core/learned/dataset.h"
#include "core/spec/hardware.h"

namespace rl {

// `timeEach`: the roofline's time in a stream for sample.op on hw.
double rooflineTimeAsMeasured(const Sample& sample, const Hardware& hw, double timeEach);

}  // namespace rl
