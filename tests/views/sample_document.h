#pragma once
// A sample spec file's JSON for view tests (RIDGELINE_SAMPLES is the samples/
// folder); null when the file cannot be read, so a test's checks fail on it.
#include <string>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"

namespace rl::test {

inline rl::Json readSample(const std::string& relative) {
    rl::Diagnostics d;
    auto doc = rl::readJsonFile(std::string(RIDGELINE_SAMPLES) + "/" + relative, d);
    return doc ? *doc : rl::Json();
}

}  // namespace rl::test
