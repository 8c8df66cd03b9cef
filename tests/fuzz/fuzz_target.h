#pragma once
// The one entry point every fuzz target defines. libFuzzer calls it with
// mutated inputs (fuzz builds); replay_main.cpp calls it with the checked-in
// regression and seed files (every build, so CI without clang replays them).
// A target returns normally for any input it rejects cleanly; a crash, a
// sanitizer report or an uncaught exception is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace rl::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace rl::fuzz
