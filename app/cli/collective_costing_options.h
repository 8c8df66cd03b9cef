#pragma once
// The options that say how a collective measurement was taken, shared by the
// commands that cost measured collective rows (learn evaluate, learn predict):
// --timing stream|isolated, --network gpudirect|host_staged|socket and
// --gpus-per-uplink, with the meaning `ridgeline-cli collective` gives them.
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
