#include "core/learned/device_library.h"

#include <algorithm>
#include <filesystem>

#include "core/learned/csv.h"
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

std::vector<ImportIssue> DeviceLibrary::map(Dataset& data, const std::string& file) const {
    std::vector<ImportIssue> issues;
    std::vector<Sample> kept;
    kept.reserve(data.samples.size());
    for (auto& s : data.samples) {
        // A collective measured on a topology ("a100_dgx") maps to the node or
        // cluster spec of that name, whose interconnect it ran on; the GPU
        // alone has no tiers for it.
        const bool comm = s.op.kind == OpKind::collective || s.op.kind == OpKind::send_recv;
        const Hardware* hw = comm && !s.op.detail.empty() ? find(s.op.detail) : nullptr;
        if (!hw) hw = find(s.device);
        if (!hw) {
            issues.push_back({file, s.line,
                              "unknown device \"" + s.device +
                                  "\": no hardware spec has this name or alias (row skipped)"});
            continue;
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
