#include "core/learned/device_library.h"

#include <algorithm>
#include <filesystem>

#include "core/analytical/collectives.h"
#include "core/learned/csv.h"
#include "core/spec/diagnostics.h"
#include "core/spec/spec_io.h"

namespace rl {

void DeviceLibrary::addFolder(const std::string& folder) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(folder, ec))
        if (e.path().extension() == ".json") files.push_back(e.path());
    if (ec) {
        errors_.push_back(folder + ": " + ec.message());
        return;
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        const std::string err = addFile(f.string());
        if (!err.empty()) errors_.push_back(err);
    }
}

std::string DeviceLibrary::addFile(const std::string& path) {
    auto loaded = loadHardware(path);
    if (!loaded.ok()) {
        std::string msg = path + ": not a valid hardware spec";
        for (const auto& d : loaded.diagnostics.items()) {
            msg += "\n  " + d.format();
        }
        return msg;
    }
    add(*loaded.value);
    return {};
}

void DeviceLibrary::add(const Hardware& hw) {
    const std::size_t i = specs_.size();
    specs_.push_back(hw);
    names_.emplace(csv::lower(hw.name), i);
    for (const auto& a : hw.aliases) names_.emplace(csv::lower(a), i);
}

const Hardware* DeviceLibrary::find(const std::string& deviceName) const {
    auto it = names_.find(csv::lower(csv::trim(deviceName)));
    return it == names_.end() ? nullptr : &specs_[it->second];
}

const Hardware* DeviceLibrary::byName(const std::string& hardwareName) const {
    for (const auto& h : specs_)
        if (h.name == hardwareName) return &h;
    return nullptr;
}

namespace {

// The spec a collective row ran on: a topology name ("a100_dgx") names a node;
// a row spanning k nodes looks for the cluster aliased "<topology> x<k>" first.
const Hardware* topologySpec(const DeviceLibrary& lib, const Sample& s) {
    if (s.op.detail.empty()) return nullptr;
    const int perNode = s.ranksPerNode;
    const int ranks = s.op.kind == OpKind::send_recv ? 2 : std::max(1, s.op.collective.ranks);
    if (perNode > 0 && perNode < ranks) {
        const int nodes = (ranks + perNode - 1) / perNode;
        if (const Hardware* hw = lib.find(s.op.detail + " x" + std::to_string(nodes))) return hw;
    }
    return lib.find(s.op.detail);
}

// The interconnect dimension a collective row uses: the file's "dimension"
// column (an index or a tier name), else where the group lands on the tiers
// given its members per node; an unknown dimension is an error message.
std::string resolveDimension(const Hardware& hw, Sample& s) {
    Operator& op = s.op;
    const std::size_t tiers = hw.interconnect.size();
    if (!s.dimension.empty()) {
        if (auto index = csv::toInteger(s.dimension);
            index && *index >= 0 && static_cast<std::size_t>(*index) < tiers) {
            op.collective.dimension = static_cast<int>(*index);
            return {};
        }
        for (std::size_t i = 0; i < tiers; ++i)
            if (csv::lower(hw.interconnect[i].name) == csv::lower(s.dimension)) {
                op.collective.dimension = static_cast<int>(i);
                return {};
            }
        std::string expected;
        for (std::size_t i = 0; i < tiers; ++i)
            expected +=
                (i ? ", " : "") + std::to_string(i) + " or \"" + hw.interconnect[i].name + "\"";
        return "dimension = \"" + displayValue(s.dimension) +
               "\" is not an interconnect dimension of '" + hw.name + "' (expected " +
               (tiers == 0 ? std::string("none: it has no interconnect") : expected) + ")";
    }
    if (s.ranksPerNode > 0 && tiers > 0) {
        const int ranks = op.kind == OpKind::send_recv ? 2 : op.collective.ranks;
        op.collective.dimension = placeGroup(hw, groupOnNodes(hw, ranks, s.ranksPerNode)).outerTier;
    }
    return {};
}

}  // namespace

std::vector<ImportIssue> DeviceLibrary::map(Dataset& data, const std::string& file) const {
    std::vector<ImportIssue> issues;
    std::vector<Sample> kept;
    kept.reserve(data.samples.size());
    for (auto& s : data.samples) {
        // A collective measured on a topology ("a100_dgx") maps to the node or
        // cluster spec of that name, whose interconnect it ran on; the GPU
        // alone has no tiers for it.
        const bool comm = s.op.kind == OpKind::collective || s.op.kind == OpKind::send_recv;
        const Hardware* hw = comm ? topologySpec(*this, s) : nullptr;
        if (!hw) hw = find(s.device);
        if (!hw) {
            issues.push_back({file, s.line,
                              "unknown device \"" + s.device +
                                  "\": no hardware spec has this name or alias (row skipped)"});
            continue;
        }
        if (comm) {
            const std::string bad = resolveDimension(*hw, s);
            if (!bad.empty()) {
                issues.push_back({file, s.line, bad + " (row skipped)"});
                continue;
            }
            const std::string wide = dimensionWarning(
                *hw, s.op.collective.kind, s.op.collective.ranks, s.op.collective.dimension);
            if (!wide.empty()) issues.push_back({file, s.line, wide + " (row kept)", true});
        }
        s.hardware = hw->name;
        kept.push_back(std::move(s));
    }
    data.samples = std::move(kept);
    return issues;
}

DeviceLibrary DeviceLibrary::datasheetOnly() const {
    DeviceLibrary copy = *this;
    for (auto& h : copy.specs_) h.compute.efficiency.clear();
    return copy;
}

ImportResult importFiles(const std::vector<std::string>& paths, const DeviceLibrary& library) {
    ImportResult all;
    for (const auto& p : paths) {
        ImportResult r = importCsv(p);
        auto unknown = library.map(r.data, p);
        all.issues.insert(all.issues.end(), r.issues.begin(), r.issues.end());
        all.issues.insert(all.issues.end(), unknown.begin(), unknown.end());
        all.rowsRead += r.rowsRead;
        all.format = r.format;
        for (auto& s : r.data.samples) all.data.samples.push_back(std::move(s));
    }
    return all;
}

std::string defaultHardwareFolder() {
    return std::string(RIDGELINE_SOURCE_DIR) + "/samples/hardware";
}

}  // namespace rl
