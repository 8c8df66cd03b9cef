#pragma once
// A dataset joined with its hardware specs: per sample, the features, the
// analytical roofline time, the floor no prediction may beat, and the
// measurement. Computed once (in parallel) and reused by training, validation
// and evaluation.
#include <cstddef>
#include <string>
#include <vector>

#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/learned/features.h"
#include "core/result/progress.h"

namespace rl {

struct FeatureTable {
    std::vector<FeatureRow> features;
    std::vector<double> roofline;  // evaluateOperator(op, hw).timeEach
    std::vector<double> floor;     // datasheet roofline (0 for collectives)
    std::vector<double> measured;  // seconds
    // Optional (empty: the roofline column): the roofline each row's device
    // gets when the physics constants of the roofline are chosen without that
    // device, so that a transfer check sees the roofline error an unseen
    // device would have (leave-one-device-out validation sets it).
    std::vector<double> rooflineUnseen;
    double unseenRoofline(std::size_t i) const {
        return rooflineUnseen.empty() ? roofline[i] : rooflineUnseen[i];
    }
    std::vector<std::string> hardware;
    std::vector<std::string> op;  // op label for breakdowns
    std::size_t size() const { return measured.size(); }
    FeatureTable subset(const std::vector<std::size_t>& rows) const;
    // Indices of rows whose hardware is (keep = true) or is not in `names`.
    std::vector<std::size_t> rowsOf(const std::vector<std::string>& names, bool keep) const;
    void append(const FeatureTable& other);
};

// Samples must be mapped (Sample::hardware set, see DeviceLibrary::map).
// Throws Cancelled if asked, std::runtime_error if a sample's hardware is unknown.
FeatureTable buildFeatureTable(const Dataset& data, const DeviceLibrary& library,
                               const Progress& progress = {});

}  // namespace rl
