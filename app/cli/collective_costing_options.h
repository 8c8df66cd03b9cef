#pragma once
// The options that say how NCCL's model costs a collective (how it was timed,
// how bytes cross the network between nodes), declared and read here once for
// every command that takes them (collective, learn evaluate, learn predict):
// --timing stream|isolated, --network gpudirect|host_staged|socket,
// --gpus-per-uplink N, --gpus-per-socket N, --host-cpu intel|amd, --intra-node p2p|shm and
// --host-pcie N.
#include <QCommandLineParser>
#include <optional>

#include "core/analytical/collectives.h"

namespace rl::cli {

void addCollectiveCostingOptions(QCommandLineParser& p);
// True when any of the options was given on the command line.
bool collectiveCostingRequested(const QCommandLineParser& p);
// The options, or nullopt after printing what was wrong (exit code 2).
std::optional<CollectiveOptions> collectiveCostingOptions(const QCommandLineParser& p);

}  // namespace rl::cli
