// ridgeline-cli profile: measure this computer (empirical roofline + kernel
// dataset) so the learned predictors can be trained on any machine.
#include <iostream>

#include <QDir>

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/progress_line.h"
#include "core/learned/dataset.h"
#include "core/profile/machine_profile.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

int runProfile(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Measure this machine: peak FLOP/s per data type (FMA loops on every thread), read "
        "bandwidth of each cache level and DRAM (streaming over growing working sets), written "
        "as a hardware spec; and a sweep of GEMM, convolution and element-wise kernels written "
        "as a dataset in the generic CSV format. About a minute; --quick takes seconds.");
    p.addOption(
        {"out-dir",
         "Where to write this-machine.json and this-machine-kernels.csv (default: current folder).",
         "dir", "."});
    p.addOption({"threads", "Threads to use (default: all).", "N", "0"});
    p.addOption({"quick", "Short probes and a few kernel shapes (seconds)."});
    p.addOption({"no-sweep", "Only the roofline, no kernel dataset."});
    addStandardOptions(p);
    int exitCode = 0;
    const auto fmt = startCommand(p, args, exitCode);
    if (!fmt) return exitCode;
    ProfileOptions o;
    o.threads = p.value("threads").toInt();
    o.quick = p.isSet("quick");
    o.sweep = !p.isSet("no-sweep");
    ProgressLine progress;
    o.progress = progress.progress();
    const QDir dir(p.value("out-dir"));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return fail("cannot create " + dir.path().toStdString());
    MachineProfile r;
    try {
        r = profileMachine(o);
        progress.finish();
    } catch (const std::exception& e) {
        progress.interrupt();  // the error goes on a line of its own
        return fail(e.what());
    }
    const std::string specPath = dir.filePath("this-machine.json").toStdString();
    const std::string err = saveJsonAtomically(specPath, toJson(r.hardware));
    if (!err.empty()) return fail(err);
    std::string dataPath;
    if (o.sweep) {
        dataPath = dir.filePath("this-machine-kernels.csv").toStdString();
        const std::string e2 = writeGenericCsv(dataPath, r.kernels);
        if (!e2.empty()) return fail(e2);
    }
    Table roof("empirical roofline", {"ceiling", "value", "how"});
    roof.alignRight({1});
    for (const auto& pk : r.peaks)
        roof.addRow({"peak " + std::string(toString(pk.type)),
                     formatQuantity(pk.flops, Dimension::flop_rate),
                     pk.isa + " FMA, " + std::to_string(r.hardware.compute.units) + " threads"});
    for (const auto& m : r.hardware.memory)
        roof.addRow({m.name + " (" + formatQuantity(m.totalCapacity(), Dimension::bytes) + ")",
                     formatQuantity(m.bandwidth, Dimension::bandwidth), "streaming reads"});
    roof.addRow({"parallel launch", formatQuantity(r.hardware.kernelLaunchS, Dimension::time),
                 "empty TBB region"});
    Table curve("bandwidth curve", {"working set", "read bandwidth"});
    curve.alignRight({0, 1});
    for (const auto& b : r.bandwidth)
        curve.addRow({formatQuantity(b.workingSetBytes, Dimension::bytes),
                      formatQuantity(b.bytesPerSecond, Dimension::bandwidth)});
    printTables({roof, curve}, *fmt);
    std::cerr << "profiled in " << formatNumber(r.seconds, 3) << " s; wrote " << specPath;
    if (!dataPath.empty())
        std::cerr << " and " << dataPath << " (" << r.kernels.samples.size() << " kernels)";
    std::cerr << "\n";
    return 0;
}

}  // namespace

static const bool registered = registerCommand(
    {"profile", "Measure this machine: empirical roofline spec and a kernel dataset", runProfile});

}  // namespace rl::cli
