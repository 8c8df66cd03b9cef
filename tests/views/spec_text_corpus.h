#pragma once
// A corpus of bad spec files for the translation coverage test
// (test_spec_text_coverage.cpp): one row is a family name, the files it
// writes (name and bytes; the first is read) and the reader call. Rows come
// from the hostile corpus (read in place) and from systematic mutations of
// valid documents: every number or quantity set to -1, "abc" and 1e400, every
// key removed, every string set to "bogus", an unknown key added to every
// object, a truncated document and one nested too deep. To add a family,
// append its rows in buildCorpus().
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/spec/diagnostics.h"

namespace rl::test {

using CorpusJson = nlohmann::json;
using CorpusFiles = std::vector<std::pair<std::string, std::string>>;  // name, bytes

struct CorpusRow {
    std::string family;  // "hardware", "model", ...
    std::string label;   // what was done to the seed ("/memory/0/bandwidth = -1")
    CorpusFiles files;   // written into the row's folder; empty: `read` gets `inPlace`
    std::string inPlace;
    std::function<Diagnostics(const std::string& path)> read;
};

// One document per mutation of `seed` (labelled), each serialised as text.
std::vector<std::pair<std::string, std::string>> mutationsOf(const CorpusJson& seed);

// Every row: the hostile corpus and the mutations of the samples.
std::vector<CorpusRow> buildCorpus(const std::string& samplesDir, const std::string& testDataDir);

}  // namespace rl::test
