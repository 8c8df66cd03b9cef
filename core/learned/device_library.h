#pragma once
// Maps device names in measurement files ("Tesla T4", "a100") to hardware
// specs, through each spec's name and "aliases" (case-insensitive).
#include <map>
#include <string>
#include <vector>

#include "core/learned/dataset.h"
#include "core/spec/hardware.h"

namespace rl {

class DeviceLibrary {
  public:
    // Loads every *.json hardware spec in a folder (sorted by file name).
    // Files that fail to load are listed in errors() and skipped.
    void addFolder(const std::string& folder);
    // Loads one spec file; returns an error message or "".
    std::string addFile(const std::string& path);
    void add(const Hardware& hw);

    // The spec whose name or alias matches, or nullptr.
    const Hardware* find(const std::string& deviceName) const;
    const Hardware* byName(const std::string& hardwareName) const;
    const std::vector<Hardware>& all() const { return specs_; }
    const std::vector<std::string>& errors() const { return errors_; }

    // Sets Sample::hardware for every sample; rows whose device maps to no spec
    // are removed and reported as issues with their line.
    std::vector<ImportIssue> map(Dataset& data, const std::string& file) const;

    // A copy whose specs carry no compute efficiency factors (datasheet peaks
    // only): for validation where a spec's efficiency was fitted on the very
    // measurements being predicted.
    DeviceLibrary datasheetOnly() const;

  private:
    std::vector<Hardware> specs_;
    std::map<std::string, std::size_t> names_;  // lower-case name/alias -> index
    std::vector<std::string> errors_;
};

// Imports CSV files and maps their devices; issues of all files together.
ImportResult importFiles(const std::vector<std::string>& paths, const DeviceLibrary& library);

// The folder of the bundled hardware specs (samples/hardware in the source tree).
std::string defaultHardwareFolder();

}  // namespace rl
