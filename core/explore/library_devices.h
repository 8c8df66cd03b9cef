#pragma once
// The values of a library axis: every hardware document of one kind in a
// folder of specs (the bundled samples/hardware by default), by file name,
// keeping only valid specs that have every required field. Internal to
// core/explore.
#include <string>
#include <vector>

#include "core/explore/sweep_spec.h"

namespace rl::explore {

struct LibraryDevices {
    std::vector<Json> documents;
    std::vector<std::string> names;  // each spec's "name"
};

// Reports at `path` (the axis' "library" object) a folder that cannot be read
// or one without a matching device.
LibraryDevices readLibraryDevices(const AxisValues& values, const std::string& path,
                                  Diagnostics& diag);

}  // namespace rl::explore
