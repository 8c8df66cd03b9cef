#include "views/dataflow/storage_scene.h"

namespace rl::views {

double LevelEnergy::total() const {
    double sum = leak;
    for (const auto& tensor : access)
        for (double j : tensor) sum += j;
    return sum;
}

double StorageEnergy::total() const {
    double sum = mac;
    for (const auto& level : levels) sum += level.total();
    return sum;
}

StorageEnergy storageEnergy(const dataflow::DataflowDesign& design) {
    StorageEnergy out;
    const auto& e = design.evaluation;
    for (int i = 0; i < e.levelCount && i < static_cast<int>(design.arch->levels.size()); ++i) {
        const dataflow::LevelResult& result = e.level[static_cast<std::size_t>(i)];
        LevelEnergy level;
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const dataflow::TensorAccess& a = result.tensor[static_cast<std::size_t>(t)];
            if (!a.kept) continue;
            level.access[t][static_cast<int>(StorageAction::read)] = a.readEnergyJ;
            level.access[t][static_cast<int>(StorageAction::fill)] = a.fillEnergyJ;
            level.access[t][static_cast<int>(StorageAction::update)] = a.updateEnergyJ;
        }
        level.leak = result.leakJ;
        out.levels.push_back(level);
    }
    out.mac = e.macEnergyJ;
    return out;
}

double TileUse::fraction() const {
    return unbounded() ? 0.0 : static_cast<double>(total) / static_cast<double>(capacity);
}

std::vector<TileUse> tileUse(const dataflow::DataflowDesign& design) {
    std::vector<TileUse> out;
    const auto& e = design.evaluation;
    for (int i = 0; i < e.levelCount && i < static_cast<int>(design.arch->levels.size()); ++i) {
        const dataflow::LevelResult& result = e.level[static_cast<std::size_t>(i)];
        TileUse use;
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const auto& a = result.tensor[static_cast<std::size_t>(t)];
            use.words[t] = a.kept ? a.tileWords : 0;
            use.total += use.words[t];
        }
        use.capacity = design.arch->levels[static_cast<std::size_t>(i)].capacityWords;
        out.push_back(use);
    }
    return out;
}

int stretchingLevel(const dataflow::Evaluation& evaluation) {
    int worst = -1;
    double slowest = 1.0;
    for (int i = 0; i < evaluation.levelCount; ++i) {
        const double s = evaluation.level[static_cast<std::size_t>(i)].slowdown;
        if (s < slowest) {
            slowest = s;
            worst = i;
        }
    }
    return worst;
}

}  // namespace rl::views
