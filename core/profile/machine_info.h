#pragma once
// What the operating system says about this computer: CPU model, hardware
// threads, caches (Linux sysfs), memory size and host name.
#include <string>
#include <vector>

namespace rl {

struct CacheInfo {
    int level = 0;
    std::string type;      // "Data", "Unified"
    double sizeBytes = 0;  // one instance
    int sharedBy = 1;      // hardware threads sharing one instance
};

struct MachineInfo {
    std::string cpuModel;  // "AMD EPYC 7B13"
    std::string hostName;
    int threads = 1;                // hardware threads available to this process
    double clockHz = 0;             // nominal clock if the OS reports one, else 0
    double memoryBytes = 0;         // installed memory
    std::vector<CacheInfo> caches;  // data and unified caches, innermost first
};

MachineInfo readMachineInfo();

}  // namespace rl
