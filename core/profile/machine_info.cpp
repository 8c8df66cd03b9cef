#include "core/profile/machine_info.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

namespace rl {

namespace {

std::string readLine(const std::string& path) {
    std::ifstream f(path);
    std::string s;
    std::getline(f, s);
    return s;
}

// "32K", "1024K", "32M" -> bytes.
double parseSize(const std::string& s) {
    if (s.empty()) return 0;
    double v = std::atof(s.c_str());
    switch (s.back()) {
        case 'K':
            return v * 1024;
        case 'M':
            return v * 1024 * 1024;
        case 'G':
            return v * 1024 * 1024 * 1024;
        default:
            return v;
    }
}

// Counts CPUs in a list such as "0-3,8".
int countCpus(const std::string& list) {
    int n = 0;
    std::stringstream ss(list);
    std::string part;
    while (std::getline(ss, part, ',')) {
        const auto dash = part.find('-');
        if (dash == std::string::npos) {
            if (!part.empty()) ++n;
        } else {
            n += std::atoi(part.c_str() + dash + 1) - std::atoi(part.c_str()) + 1;
        }
    }
    return std::max(1, n);
}

}  // namespace

MachineInfo readMachineInfo() {
    MachineInfo m;
    m.threads = std::max(1u, std::thread::hardware_concurrency());
    std::ifstream cpu("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpu, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string key = line.substr(0, colon);
        key.erase(key.find_last_not_of(" \t") + 1);
        const std::string value = line.size() > colon + 2 ? line.substr(colon + 2) : "";
        if (key == "model name" && m.cpuModel.empty()) m.cpuModel = value;
        if (key == "cpu MHz" && m.clockHz == 0) m.clockHz = std::atof(value.c_str()) * 1e6;
    }
    if (m.cpuModel.empty()) m.cpuModel = "unknown CPU";
    std::ifstream mem("/proc/meminfo");
    while (std::getline(mem, line))
        if (line.rfind("MemTotal:", 0) == 0) m.memoryBytes = std::atof(line.c_str() + 9) * 1024;
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) == 0) m.hostName = host;
    for (int i = 0; i < 8; ++i) {
        const std::string dir = "/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(i);
        const std::string type = readLine(dir + "/type");
        if (type.empty()) continue;
        if (type == "Instruction") continue;
        CacheInfo c;
        c.level = std::atoi(readLine(dir + "/level").c_str());
        c.type = type;
        c.sizeBytes = parseSize(readLine(dir + "/size"));
        c.sharedBy = countCpus(readLine(dir + "/shared_cpu_list"));
        if (c.sizeBytes > 0) m.caches.push_back(c);
    }
    std::sort(m.caches.begin(), m.caches.end(),
              [](const CacheInfo& a, const CacheInfo& b) { return a.level < b.level; });
    return m;
}

}  // namespace rl
