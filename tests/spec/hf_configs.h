#pragma once
// Real Hugging Face configs for the spec tests, from one data file
// (tests/data/hf_configs.json): the checkpoints' config.json and their
// published parameter counts, independent of the sample library.
#include <fstream>
#include <stdexcept>
#include <string>

#include "core/spec/json_reader.h"

namespace rl::test {

inline const Json& hfConfigFile() {
    static const Json doc = [] {
        const std::string path = std::string(RIDGELINE_TEST_DATA) + "/hf_configs.json";
        std::ifstream in(path);
        if (!in) throw std::runtime_error("cannot read " + path);
        return Json::parse(in);
    }();
    return doc;
}

// The config.json of `checkpoint` ("Llama-2-7B", "Falcon-40B", ...).
inline Json hfConfig(const std::string& checkpoint) {
    return hfConfigFile().at("configs").at(checkpoint);
}

}  // namespace rl::test
