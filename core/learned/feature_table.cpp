#include "core/learned/feature_table.h"

#include "core/learned/measured_timing.h"

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include <tbb/parallel_for.h>

namespace rl {

FeatureTable FeatureTable::subset(const std::vector<std::size_t>& rows) const {
    FeatureTable t;
    t.features.reserve(rows.size());
    for (std::size_t i : rows) {
        t.features.push_back(features[i]);
        t.roofline.push_back(roofline[i]);
        t.floor.push_back(floor[i]);
        t.measured.push_back(measured[i]);
        t.hardware.push_back(hardware[i]);
        t.op.push_back(op[i]);
        if (!rooflineUnseen.empty()) t.rooflineUnseen.push_back(rooflineUnseen[i]);
    }
    return t;
}

std::vector<std::size_t> FeatureTable::rowsOf(const std::vector<std::string>& names,
                                              bool keep) const {
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < size(); ++i) {
        const bool in = std::find(names.begin(), names.end(), hardware[i]) != names.end();
        if (in == keep) rows.push_back(i);
    }
    return rows;
}

void FeatureTable::append(const FeatureTable& o) {
    features.insert(features.end(), o.features.begin(), o.features.end());
    roofline.insert(roofline.end(), o.roofline.begin(), o.roofline.end());
    floor.insert(floor.end(), o.floor.begin(), o.floor.end());
    measured.insert(measured.end(), o.measured.begin(), o.measured.end());
    hardware.insert(hardware.end(), o.hardware.begin(), o.hardware.end());
    op.insert(op.end(), o.op.begin(), o.op.end());
    // The optional column stays consistent: filled from the roofline where one side lacks it.
    if (!rooflineUnseen.empty() || !o.rooflineUnseen.empty()) {
        if (rooflineUnseen.empty())
            rooflineUnseen.assign(roofline.begin(), roofline.end() - o.roofline.size());
        if (o.rooflineUnseen.empty())
            rooflineUnseen.insert(rooflineUnseen.end(), o.roofline.begin(), o.roofline.end());
        else
            rooflineUnseen.insert(rooflineUnseen.end(), o.rooflineUnseen.begin(),
                                  o.rooflineUnseen.end());
    }
}

FeatureTable buildFeatureTable(const Dataset& data, const DeviceLibrary& library,
                               const Progress& progress) {
    const std::size_t n = data.samples.size();
    std::vector<const Hardware*> hw(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Sample& s = data.samples[i];
        hw[i] = library.byName(s.hardware.empty() ? s.device : s.hardware);
        if (!hw[i]) hw[i] = library.find(s.device);
        if (!hw[i]) throw std::runtime_error("no hardware spec for device \"" + s.device + "\"");
    }
    FeatureTable t;
    t.features.resize(n);
    t.roofline.resize(n);
    t.floor.resize(n);
    t.measured.resize(n);
    t.hardware.resize(n);
    t.op.resize(n);
    std::atomic<std::size_t> done{0};
    tbb::parallel_for(
        tbb::blocked_range<std::size_t>(0, n, 256), [&](const tbb::blocked_range<std::size_t>& r) {
            if (progress.cancelled()) return;
            for (std::size_t i = r.begin(); i != r.end(); ++i) {
                const OperatorFacts f = describe(data.samples[i].op, *hw[i]);
                t.features[i] = f.features;
                t.roofline[i] = rooflineTimeAsMeasured(data.samples[i], *hw[i], f.record.timeEach);
                t.floor[i] = f.idealTime;
            }
            const std::size_t d = done += r.size();
            progress(double(d) / double(std::max<std::size_t>(n, 1)), "features");
        });
    progress.check();
    for (std::size_t i = 0; i < n; ++i) {
        t.measured[i] = data.samples[i].timeS;
        t.hardware[i] = hw[i]->name;
        t.op[i] = opLabel(data.samples[i]);
    }
    return t;
}

}  // namespace rl
