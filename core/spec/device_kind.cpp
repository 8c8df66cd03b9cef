#include "core/spec/device_kind.h"

#include "core/spec/hardware.h"

namespace rl {

std::optional<DeviceKind> deviceKindOf(const Hardware& hw) {
    return valueOf(kDeviceKindNames, hw.kind);
}

bool isGpu(const Hardware& hw) { return deviceKindOf(hw) == DeviceKind::gpu; }

}  // namespace rl
