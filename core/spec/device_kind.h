#pragma once
// What a hardware spec describes (its "kind"): one table of names for the
// hardware reader, the sweep reader's library kinds and the editor's
// drop-down, and a typed test for the engine in place of string compares.
// Hardware::kind stays the spec's text; deviceKindOf reads it.
#include <array>
#include <optional>
#include <string_view>

#include "core/spec/enum_names.h"

namespace rl {

struct Hardware;

enum class DeviceKind { gpu, tpu, cpu, edge, accelerator, node, cluster };

inline constexpr std::array<EnumName<DeviceKind>, 7> kDeviceKindNames{{
    {DeviceKind::gpu, "gpu"},
    {DeviceKind::tpu, "tpu"},
    {DeviceKind::cpu, "cpu"},
    {DeviceKind::edge, "edge"},
    {DeviceKind::accelerator, "accelerator"},
    {DeviceKind::node, "node"},
    {DeviceKind::cluster, "cluster"},
}};

// Every kind's name, in table order (the choices a spec may write).
constexpr std::array<std::string_view, kDeviceKindNames.size()> deviceKindNames() {
    return namesOf(kDeviceKindNames);
}

// The kind `hw` names, or nothing for a Hardware built in code with a kind
// outside the table (a parsed spec always has one of them).
std::optional<DeviceKind> deviceKindOf(const Hardware& hw);

// GPU-only physics (launch round trips, sustained clock under a power cap).
bool isGpu(const Hardware& hw);

}  // namespace rl
