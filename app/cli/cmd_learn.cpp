// ridgeline-cli learn import|train|evaluate|predict|calibrate: learned and
// hybrid kernel-time predictors fitted on measured data (docs/learned.md).
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <random>

#include "app/cli/collective_costing_options.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/progress_line.h"
#include "app/cli/validation_tables.h"
#include "core/analytical/collectives.h"
#include "core/learned/collective_costing.h"
#include "core/learned/csv.h"
#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"
#include "core/learned/learned_model.h"
#include "core/learned/validation.h"
#include "core/result/csv_writer.h"
#include "core/spec/atomic_save.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

std::vector<std::string> toStd(const QStringList& l) {
    std::vector<std::string> v;
    for (const auto& s : l) v.push_back(s.toStdString());
    return v;
}

std::vector<std::string> splitList(const QString& s) {
    if (s.isEmpty()) return {};
    return toStd(s.split(',', Qt::SkipEmptyParts));
}

QString defaultHardwareDir() {
    const QString env = qEnvironmentVariable("RIDGELINE_SAMPLES_DIR");
    if (!env.isEmpty()) return env + "/hardware";
    const QString nearExe =
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath("../../samples/hardware");
    if (QFileInfo(nearExe).isDir()) return QDir::cleanPath(nearExe);
    return QString::fromStdString(defaultHardwareFolder());
}

// The hardware specs device names map to.
void addLibraryOptions(QCommandLineParser& p) {
    p.addOption({"hardware-dir",
                 "Folder of hardware specs devices map to (repeatable; default: samples/hardware).",
                 "dir"});
    p.addOption(
        {"hardware", "One more hardware spec file (repeatable), e.g. a profiled machine.", "file"});
    p.addOption({"datasheet-only",
                 "Drop the compute efficiency factors of every spec (they may have been fitted on "
                 "the data)."});
}

// The library plus what selects rows of measurement files.
void addCommonOptions(QCommandLineParser& p) {
    addLibraryOptions(p);
    p.addOption({"ops",
                 "Only these op labels (comma separated: linear,bmm,conv2d,attn_pre_proj,...).",
                 "list"});
    p.addOption({"max-rows", "At most N rows per device, chosen deterministically (speed).", "N"});
    p.addOption({"quiet", "Do not list skipped rows."});
}

DeviceLibrary buildLibrary(const QCommandLineParser& p) {
    DeviceLibrary lib;
    QStringList dirs = p.values("hardware-dir");
    if (dirs.isEmpty()) dirs << defaultHardwareDir();
    for (const auto& d : dirs) lib.addFolder(d.toStdString());
    for (const auto& f : p.values("hardware")) {
        const std::string err = lib.addFile(f.toStdString());
        if (!err.empty()) std::cerr << "ridgeline-cli: " << err << "\n";
    }
    if (p.isSet("datasheet-only")) lib = lib.datasheetOnly();
    return lib;
}

// Spec names for a comma-separated list of hardware names or aliases
// ("Tesla T4", "a100"); reports an unknown one and returns nothing.
std::optional<std::vector<std::string>> hardwareNames(const DeviceLibrary& lib,
                                                      const QString& list) {
    std::vector<std::string> names;
    for (const std::string& n : splitList(list)) {
        const Hardware* hw = lib.find(n);
        if (!hw) {
            fail("no hardware spec named \"" + n + "\" (give a spec name or one of its aliases)");
            return std::nullopt;
        }
        names.push_back(hw->name);
    }
    return names;
}

// Prints an import's skipped rows (and unreadable files) to stderr.
void reportSkipped(const QCommandLineParser& p, const ImportResult& r) {
    if (r.issues.empty()) return;
    std::size_t skipped = 0, shown = 0;
    for (const auto& i : r.issues) {
        if (!i.rowKept) ++skipped;
        if (p.isSet("quiet") || ++shown > 20) continue;
        std::cerr << (i.rowKept ? "warning: " : "skipped: ") << i.text() << "\n";
    }
    if (skipped > 0) std::cerr << skipped << " row(s) skipped of " << r.rowsRead << "\n";
}

// Imports the positional CSV files; prints skipped rows to stderr.
std::optional<Dataset> loadData(const QCommandLineParser& p, const QStringList& files,
                                const DeviceLibrary& lib) {
    if (files.isEmpty()) {
        fail("no CSV files given");
        return std::nullopt;
    }
    ImportResult r = importFiles(toStd(files), lib);
    reportSkipped(p, r);
    Dataset d = r.data.withOps(splitList(p.value("ops")));
    if (p.isSet("max-rows")) d = d.subsample(p.value("max-rows").toULong(), 12345);
    if (d.samples.empty()) {
        fail("no usable rows");
        return std::nullopt;
    }
    return d;
}

void addTrainOptions(QCommandLineParser& p) {
    p.addOption({"predictor", "hybrid (default) or learned.", "kind", "hybrid"});
    p.addOption({"algorithm", "xgboost (default) or mlp.", "name", "xgboost"});
    p.addOption({"rounds", "Boosting rounds (default 100).", "N", "100"});
    p.addOption({"depth", "Tree depth (default 6).", "N", "6"});
    p.addOption({"eta", "Learning rate (default 0.25).", "x", "0.25"});
    p.addOption({"ensemble", "Members for the uncertainty interval (default 3).", "N", "3"});
    p.addOption({"epochs", "MLP epochs (default 150).", "N", "150"});
    p.addOption({"seed", "Random seed (default 42).", "N", "42"});
    p.addOption({"threads", "Threads (default: all cores).", "N", "0"});
    p.addOption(
        {"center", "Hybrid: centre each training device's log ratio (learn shape effects only)."});
    p.addOption({"no-transfer-check",
                 "Hybrid: skip the leave-one-training-device-out check that fits the trust in the "
                 "correction on unseen devices."});
    p.addOption({"features", "Comma-separated feature names (default: the standard set).", "list"});
}

std::optional<TrainOptions> trainOptions(const QCommandLineParser& p) {
    TrainOptions o;
    const QString kind = p.value("predictor");
    if (kind != "hybrid" && kind != "learned") {
        fail("--predictor must be hybrid or learned, got " + kind.toStdString());
        return std::nullopt;
    }
    o.kind = kind == "hybrid" ? PredictorKind::hybrid : PredictorKind::learned;
    const QString algo = p.value("algorithm");
    if (algo != "xgboost" && algo != "mlp") {
        fail("--algorithm must be xgboost or mlp, got " + algo.toStdString());
        return std::nullopt;
    }
    o.algorithm = algo == "mlp" ? Algorithm::mlp : Algorithm::xgboost;
    o.boost.rounds = p.value("rounds").toInt();
    o.boost.maxDepth = p.value("depth").toInt();
    o.boost.eta = p.value("eta").toDouble();
    o.boost.threads = p.value("threads").toInt();
    o.mlp.epochs = p.value("epochs").toInt();
    o.ensemble = p.value("ensemble").toInt();
    o.seed = p.value("seed").toUInt();
    o.centerPerDevice = p.isSet("center");
    o.transferCheck = !p.isSet("no-transfer-check");
    if (o.boost.rounds < 1 || o.boost.maxDepth < 1 || o.boost.eta <= 0 || o.ensemble < 1 ||
        o.mlp.epochs < 1) {
        fail("--rounds, --depth, --eta, --epochs and --ensemble must be positive");
        return std::nullopt;
    }
    if (p.isSet("features")) {
        std::string err;
        o.features = parseFeatures(splitList(p.value("features")), &err);
        if (o.features.empty()) {
            fail(err);
            return std::nullopt;
        }
    }
    return o;
}

std::string pct(double v) { return formatNumber(v, 3) + "%"; }

// ---- import -------------------------------------------------------------------

int runImport(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Import measured kernel times (generic, NeuSight or VIDUR CSV), map devices to hardware "
        "specs, summarise, and optionally write the generic format.");
    addCommonOptions(p);
    p.addOption({"out", "Write the mapped rows in the generic CSV format.", "file"});
    p.addPositionalArgument("files", "CSV files.");
    addStandardOptions(p);
    int exitCode = 0;
    const auto fmt = startCommand(p, args, exitCode);
    if (!fmt) return exitCode;
    const DeviceLibrary lib = buildLibrary(p);
    auto data = loadData(p, p.positionalArguments(), lib);
    if (!data) return 1;
    std::map<std::pair<std::string, std::string>, std::pair<std::size_t, std::pair<double, double>>>
        groups;
    for (const auto& s : data->samples) {
        auto& g = groups[{s.hardware, opLabel(s)}];
        if (g.first == 0) g.second = {s.timeS, s.timeS};
        ++g.first;
        g.second.first = std::min(g.second.first, s.timeS);
        g.second.second = std::max(g.second.second, s.timeS);
    }
    Table t("imported", {"hardware", "op", "rows", "fastest", "slowest"});
    t.alignRight({2, 3, 4});
    for (const auto& [k, g] : groups)
        t.addRow({k.first, k.second, std::to_string(g.first),
                  formatQuantity(g.second.first, Dimension::time),
                  formatQuantity(g.second.second, Dimension::time)});
    printTables({t}, *fmt);
    if (p.isSet("out")) {
        const std::string err = writeGenericCsv(p.value("out").toStdString(), *data);
        if (!err.empty()) return fail(err);
        std::cerr << "wrote " << data->samples.size() << " rows to " << p.value("out").toStdString()
                  << "\n";
    }
    return 0;
}

// ---- train --------------------------------------------------------------------

int runTrain(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Train a learned or hybrid predictor and save it as a versioned JSON model file.");
    addCommonOptions(p);
    addTrainOptions(p);
    p.addOption({"devices", "Train only on these hardware names (comma separated).", "list"});
    p.addOption({"exclude-devices", "Leave these hardware names out.", "list"});
    p.addOption({"out", "The model file to write.", "file"});
    p.addPositionalArgument("files", "CSV files.");
    addStandardOptions(p, false);
    if (auto rc = parseArguments(p, args)) return *rc;
    if (!p.isSet("out")) return fail("--out FILE is required");
    auto o = trainOptions(p);
    if (!o) return 2;
    const DeviceLibrary lib = buildLibrary(p);
    auto data = loadData(p, p.positionalArguments(), lib);
    if (!data) return 1;
    for (const char* opt : {"devices", "exclude-devices"}) {
        if (!p.isSet(opt)) continue;
        auto names = hardwareNames(lib, p.value(opt));
        if (!names) return 2;
        *data = data->filtered(*names, std::string(opt) == "devices");
    }
    if (data->samples.empty()) return fail("no rows left after the device filters");
    ProgressLine progress;
    o->progress = progress.progress();
    try {
        const FeatureTable table = buildFeatureTable(*data, lib);
        LearnedModel m = LearnedModel::train(table, *o);
        progress.finish();
        m.sources = toStd(p.positionalArguments());
        const std::string err = m.save(p.value("out").toStdString());
        if (!err.empty()) return fail(err);
        const auto& f = m.trainingFit();
        std::cout << "trained " << toString(m.kind()) << " (" << toString(m.algorithm()) << ") on "
                  << table.size() << " rows of " << m.trainedHardware().size()
                  << " device(s); training fit MAPE " << pct(f.mape) << ", Kendall tau "
                  << formatNumber(f.kendallTau, 3) << "\n";
        if (m.transfer().done) {
            std::cout << "transfer check (each training device held out once): trust "
                      << formatNumber(m.transfer().trust, 2)
                      << " in the correction on unseen devices\n";
            for (const auto& d : m.transfer().devices)
                std::cout << "  " << d.hardware << ": roofline " << pct(d.mapeRoofline)
                          << ", full correction " << pct(d.mapeFull) << ", trusted "
                          << pct(d.mapeTrusted) << "\n";
        }
        std::cout << "wrote " << p.value("out").toStdString() << "\n";
    } catch (const std::exception& e) {
        progress.interrupt();  // the error goes on a line of its own
        return fail(e.what());
    }
    return 0;
}

// ---- evaluate -----------------------------------------------------------------

int runEvaluate(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Measure accuracy. Without --model or a validation option: the roofline alone on the "
        "data. --model F: a saved model on the data. --lodo: leave-one-device-out "
        "(roofline vs learned vs hybrid) with k-shot calibration curves. --train-devices A "
        "--test-devices B: fit on some devices, predict others. The roofline costs collective "
        "rows with its alpha-beta ring; with --timing, --network or --gpus-per-uplink (the "
        "roofline alone only) NCCL's model costs them as the measurement was taken.");
    addCommonOptions(p);
    addTrainOptions(p);
    p.addOption({"model", "A saved model file to evaluate.", "file"});
    p.addOption({"lodo", "Leave-one-device-out cross-validation."});
    p.addOption({"train-devices", "Fit on these hardware names.", "list"});
    p.addOption({"test-devices", "Predict these hardware names.", "list"});
    p.addOption(
        {"ks", "k values of the calibration curve (default 0,5,10,20).", "list", "0,5,10,20"});
    p.addOption({"repeats", "Random draws per k (default 5).", "N", "5"});
    p.addOption(
        {"weight", "k-shot retrain: copies of each calibration row (default 30).", "N", "30"});
    p.addOption({"split",
                 "Hold out this fraction of rows at random (same devices; e.g. 0.3 for a profiled "
                 "machine).",
                 "fraction"});
    p.addOption({"no-learned", "Skip the pure learned predictor in cross-device validation."});
    p.addOption({"no-physics",
                 "--lodo --datasheet-only: use the datasheet fp32 peak, not the sustained-clock "
                 "physics fitted on each fold's training devices."});
    p.addOption({"points",
                 "Write predicted-vs-measured points (CSV) for plotting (--model or the roofline "
                 "alone).",
                 "file"});
    addCollectiveCostingOptions(p);
    p.addPositionalArgument("files", "CSV files.");
    addStandardOptions(p);
    if (auto rc = parseArguments(p, args)) return *rc;
    const bool markdown = wantsMarkdown(p);  // for tools/validate.sh
    auto fmt = markdown ? std::optional(OutputFormat::table) : outputFormat(p);
    if (!fmt) return 2;
    auto o = trainOptions(p);
    if (!o) return 2;
    // What to evaluate and on what data, said before any data is read.
    const bool transfer = p.isSet("train-devices") && p.isSet("test-devices");
    // Nothing to train or load: the roofline (analytical physics) alone.
    const bool rooflineOnly =
        !p.isSet("model") && !p.isSet("lodo") && !p.isSet("split") && !transfer;
    // A model was trained on the roofline's collective times; only the
    // roofline alone may be costed another way.
    std::optional<CollectiveOptions> nccl;
    if (collectiveCostingRequested(p)) {
        if (!rooflineOnly)
            return fail(
                "--timing, --network and --gpus-per-uplink apply to the roofline alone (no "
                "--model, --lodo, --split or --train-devices/--test-devices)",
                2);
        nccl = collectiveCostingOptions(p);
        if (!nccl) return 2;
    }
    if (p.positionalArguments().isEmpty())
        return fail("learn evaluate needs the measurements to evaluate on: one or more CSV files",
                    2);
    const DeviceLibrary lib = buildLibrary(p);
    auto data = loadData(p, p.positionalArguments(), lib);
    if (!data) return 1;
    try {
        FeatureTable table = buildFeatureTable(*data, lib);
        if (table.size() == 0)
            return fail("no usable rows in the measurements to evaluate on (see above)");
        if (nccl) costCollectivesWithNccl(table, *data, lib, *nccl);
        if (p.isSet("model") || rooflineOnly) {
            std::vector<double> pred = table.roofline, lo, hi;
            if (!rooflineOnly)
                LearnedModel::load(p.value("model").toStdString()).predict(table, pred, &lo, &hi);
            Table t("accuracy", {"hardware", "op", "rows", "roofline MAPE", "model MAPE",
                                 "median APE", "Kendall tau", "interval coverage"});
            t.alignRight({2, 3, 4, 5, 6, 7});
            const auto model = breakdown(pred, table.measured, table.hardware, table.op, lo, hi);
            const auto roof = breakdown(table.roofline, table.measured, table.hardware, table.op);
            for (std::size_t i = 0; i < model.size(); ++i) {
                const auto& r = model[i];
                t.addRow({r.hardware, r.op, std::to_string(r.metrics.n), pct(roof[i].metrics.mape),
                          rooflineOnly ? "-" : pct(r.metrics.mape), pct(r.metrics.medianApe),
                          formatNumber(r.metrics.kendallTau, 3),
                          r.metrics.coverage < 0
                              ? std::string("-")
                              : formatNumber(100 * r.metrics.coverage, 3) + "%"});
            }
            markdown ? printMarkdown({t}) : printTables({t}, *fmt);
            if (p.isSet("points")) {
                std::string text = "hardware,op,measured_s,predicted_s,low_s,high_s,roofline_s\r\n";
                char numbers[160];
                for (std::size_t i = 0; i < table.size(); ++i) {
                    // The roofline alone has no interval: its bounds are its prediction.
                    std::snprintf(numbers, sizeof numbers, ",%.6g,%.6g,%.6g,%.6g,%.6g\r\n",
                                  table.measured[i], pred[i], lo.empty() ? pred[i] : lo[i],
                                  hi.empty() ? pred[i] : hi[i], table.roofline[i]);
                    text += csv::field(table.hardware[i]) + "," + csv::field(table.op[i]) + numbers;
                }
                const std::string err = saveFileAtomically(p.value("points").toStdString(), text);
                if (!err.empty()) return fail(err);
            }
            return 0;
        }
        ValidationOptions vo;
        vo.learned = *o;
        vo.hybrid = *o;
        vo.withLearned = !p.isSet("no-learned");
        vo.kshotRepeats = p.value("repeats").toInt();
        vo.calibrationWeight = p.value("weight").toInt();
        if (vo.kshotRepeats < 1 || vo.calibrationWeight < 1 || vo.calibrationWeight > 1000)
            return fail("--repeats must be positive and --weight 1..1000");
        vo.ks.clear();
        for (const auto& k : splitList(p.value("ks"))) vo.ks.push_back(std::stoi(k));
        ProgressLine progress;
        vo.progress = progress.progress();
        ValidationReport rep;
        if (p.isSet("lodo") && p.isSet("datasheet-only")) {  // physics chosen per fold
            rep = leaveOneDeviceOut(
                *data, lib, p.isSet("no-physics") ? FoldPhysics::datasheet : FoldPhysics::fitted,
                vo);
        } else if (p.isSet("lodo")) {
            rep = leaveOneDeviceOut(table, vo);
        } else if (transfer) {
            const auto trainNames = hardwareNames(lib, p.value("train-devices"));
            const auto testNames = hardwareNames(lib, p.value("test-devices"));
            if (!trainNames || !testNames) return 2;
            const FeatureTable train = table.subset(table.rowsOf(*trainNames, true));
            const FeatureTable test = table.subset(table.rowsOf(*testNames, true));
            if (train.size() == 0 || test.size() == 0)
                return fail("no rows for the train or test devices");
            rep = validateTransfer(train, test, vo);
        } else if (p.isSet("split")) {
            const double frac = p.value("split").toDouble();
            if (!(frac > 0 && frac < 1)) return fail("--split needs a fraction between 0 and 1");
            std::vector<std::size_t> order(table.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
            std::mt19937 g(o->seed);
            for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[g() % i]);
            const std::size_t nTest =
                std::max<std::size_t>(1, static_cast<std::size_t>(frac * order.size()));
            std::vector<std::size_t> testRows(order.begin(), order.begin() + nTest);
            std::vector<std::size_t> trainRows(order.begin() + nTest, order.end());
            std::sort(testRows.begin(), testRows.end());
            std::sort(trainRows.begin(), trainRows.end());
            if (trainRows.empty()) return fail("--split leaves no training rows");
            rep = validateTransfer(table.subset(trainRows), table.subset(testRows), vo);
        } else {
            return fail(
                "give --model FILE, --lodo, --split F, or --train-devices and --test-devices");
        }
        progress.finish();
        std::vector<Table> tables{heldOutTable(rep, vo.withLearned), kshotTable(rep)};
        if (!rep.physics.empty()) tables.push_back(physicsTable(rep));
        markdown ? printMarkdown(tables) : printTables(tables, *fmt);
    } catch (const Cancelled&) {
        return fail("cancelled");
    } catch (const std::exception& e) {
        return fail(e.what());
    }
    return 0;
}

// ---- predict ------------------------------------------------------------------

// `learn predict --op NAME` names: the generic format's op kinds, plus the
// collectives by their own names (written as op "collective" with the kind in
// "detail", as the importer reads them).
struct PredictOp {
    std::string csvOp;   // the generic "op" column
    std::string label;   // the label a model knows it by
    std::string detail;  // the generic "detail" column ("" to keep --detail)
};
std::optional<PredictOp> predictOp(const std::string& name) {
    std::string n = name;
    std::replace(n.begin(), n.end(), '-', '_');
    if (n == "gemm" || n == "linear") return PredictOp{"gemm", "linear", ""};
    if (n == "bmm" || n == "batched_matmul") return PredictOp{"bmm", "bmm", ""};
    if (n == "conv2d" || n == "conv") return PredictOp{"conv2d", "conv2d", ""};
    for (const char* small : {"norm", "activation", "elementwise", "embedding", "softmax"})
        if (n == small) return PredictOp{n, n, ""};
    if (n == "send_recv") return PredictOp{"send_recv", "send_recv", "send_recv"};
    for (const char* c : {"all_reduce", "all_gather", "reduce_scatter", "all_to_all"})
        if (n == c) return PredictOp{"collective", n, n};
    return std::nullopt;
}

// learn predict's options that fill columns of the generic CSV format
// (docs/learned.md), declared and read back from this one table so that an
// option and the column it fills cannot drift apart. The option is the
// column's name with dashes for underscores.
enum class ColumnValue {
    verbatim,  // the text as given; the importer checks it as it checks a file
    bytes,     // a size with or without a unit ("16MiB"), written as a number
    conv,      // cin,cout,h,w,kernel,stride,padding: seven columns at once
};
struct ColumnOption {
    const char* column;
    const char* help;
    const char* valueName;
    ColumnValue value = ColumnValue::verbatim;
};
constexpr ColumnOption kColumnOptions[] = {
    {"batch", "GEMM batch (default 1).", "N"},
    {"m", "GEMM M.", "N"},
    {"n", "GEMM N.", "N"},
    {"k", "GEMM K.", "N"},
    {"conv", "Conv2d as cin,cout,h,w,kernel,stride,padding (with --batch).", "list",
     ColumnValue::conv},
    {"elements", "Small ops: elements written (embedding: rows x width).", "N"},
    {"inputs", "Small ops: input tensors read (default 1; a residual add: 2).", "N"},
    {"flops_per_element", "Small ops: arithmetic per element (default 1).", "x"},
    {"detail", "Small ops: what it is (rms, rope, silu*gate, add, ...).", "text"},
    {"bytes", "Collectives: message size (e.g. 1048576 or 16MiB).", "size", ColumnValue::bytes},
    {"ranks", "Collectives: ranks in the group (send_recv: 2).", "N"},
    {"dimension",
     "Collectives: interconnect dimension, a tier index (0 innermost) or a tier name of the "
     "hardware spec (default 0).",
     "tier"},
};

QString optionOf(const ColumnOption& c) { return QString::fromLatin1(c.column).replace('_', '-'); }

void addColumnOptions(QCommandLineParser& p) {
    for (const ColumnOption& c : kColumnOptions) p.addOption({optionOf(c), c.help, c.valueName});
}

// Sets the columns of `c` in `row` from its option's value; false after
// printing why the value cannot be one.
bool setColumns(const ColumnOption& c, const std::string& value,
                std::map<std::string, std::string>& row) {
    const std::string option = "--" + optionOf(c).toStdString();
    switch (c.value) {
        case ColumnValue::verbatim:
            row[c.column] = value;
            return true;
        case ColumnValue::bytes: {
            const auto v = parseQuantity(value, Dimension::bytes);
            if (const auto* e = std::get_if<QuantityError>(&v)) {
                fail(option + " \"" + value + "\": " + e->message);
                return false;
            }
            char number[32];
            std::snprintf(number, sizeof number, "%.17g", std::get<double>(v));
            row[c.column] = number;
            return true;
        }
        case ColumnValue::conv: {
            const auto v = splitList(QString::fromStdString(value));
            if (v.size() != 7) {
                fail(option + " needs cin,cout,h,w,kernel,stride,padding");
                return false;
            }
            const char* cols[] = {"in_channels", "out_channels", "in_h",   "in_w",
                                  "kernel",      "stride",       "padding"};
            for (std::size_t i = 0; i < 7; ++i) row[cols[i]] = v[i];
            return true;
        }
    }
    return false;
}

// One row of the generic CSV format from the options, imported and mapped by
// the same code as a measurement file, so that a prediction and an imported
// row of the same op are the same operator.
std::optional<Sample> sampleFromOptions(const QCommandLineParser& p, const DeviceLibrary& lib) {
    const auto op = predictOp(p.value("op").toStdString());
    if (!op) {
        fail("--op \"" + p.value("op").toStdString() +
             "\": expected gemm, bmm, conv2d, norm, activation, elementwise, embedding, softmax, "
             "all_reduce, all_gather, reduce_scatter, all_to_all or send_recv");
        return std::nullopt;
    }
    std::map<std::string, std::string> row{
        {"op", op->csvOp},
        {"label", p.isSet("label") ? p.value("label").toStdString() : op->label},
        {"device", p.value("device").toStdString()},
        {"dtype", p.value("dtype").toStdString()},
        {"time_s", "1"},  // a placeholder the importer requires; never shown
    };
    for (const ColumnOption& c : kColumnOptions)
        if (p.isSet(optionOf(c)) && !setColumns(c, p.value(optionOf(c)).toStdString(), row))
            return std::nullopt;
    if (!op->detail.empty()) row["detail"] = op->detail;
    const std::vector<std::string> header = csv::splitLine(genericCsvHeader());
    std::string line;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto it = row.find(header[i]);
        line += (i ? "," : "") + (it == row.end() ? std::string() : csv::field(it->second));
    }
    const std::string from = "learn predict options";
    ImportResult r = importCsvText(genericCsvHeader() + "\n" + line + "\n", from);
    auto issues = lib.map(r.data, from);
    r.issues.insert(r.issues.end(), issues.begin(), issues.end());
    for (const auto& i : r.issues) {
        // Column names are the option names with dashes; there is no row to skip or keep.
        std::string m = i.message;
        for (const char* tail : {" (row skipped)", " (row kept)"})
            if (m.size() > std::strlen(tail) && m.ends_with(tail))
                m.resize(m.size() - std::strlen(tail));
        if (!i.rowKept) {
            fail("the options do not describe an operator: " + m);
            return std::nullopt;
        }
        std::cerr << "warning: " << m << "\n";
    }
    if (r.data.samples.size() != 1) {
        fail("the options do not describe one operator");
        return std::nullopt;
    }
    return r.data.samples.front();
}

int runPredict(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Predict one operator's time on --device (a hardware spec name or alias): the roofline, "
        "a saved model's prediction with its 90% interval (--model), and for collectives NCCL's "
        "model. The options are the columns of the generic CSV format (docs/learned.md) and go "
        "through the same importer: GEMMs (--m --n --k [--batch]), conv2d (--conv), small ops "
        "(--elements [--inputs --flops-per-element --detail]), collectives (--bytes --ranks "
        "[--dimension]).");
    addLibraryOptions(p);
    p.addOption(
        {"model", "A saved model file (optional: without it, the roofline alone).", "file"});
    p.addOption({"device", "Hardware name or alias, e.g. \"Tesla T4\", \"a100_dgx\".", "name"});
    p.addOption({"op",
                 "gemm (default), bmm, conv2d, norm, activation, elementwise, embedding, softmax, "
                 "all_reduce, all_gather, reduce_scatter, all_to_all or send_recv.",
                 "kind", "gemm"});
    p.addOption({"label",
                 "The op label a model knows it by (default: linear, bmm, conv2d or the "
                 "op's name).",
                 "name"});
    p.addOption({"dtype", "Data type (default fp32).", "t", "fp32"});
    addColumnOptions(p);
    addCollectiveCostingOptions(p);
    addStandardOptions(p);
    int exitCode = 0;
    const auto fmt = startCommand(p, args, exitCode);
    if (!fmt) return exitCode;
    if (!p.isSet("device")) return fail("--device is required");
    const auto nccl = collectiveCostingOptions(p);
    if (!nccl) return 2;
    const DeviceLibrary lib = buildLibrary(p);
    const auto sample = sampleFromOptions(p, lib);
    if (!sample) return 2;
    const Operator& op = sample->op;
    const Hardware* hw = lib.byName(sample->hardware);
    if (!hw) return fail("no hardware spec named \"" + sample->hardware + "\"");
    const bool comm = op.kind == OpKind::collective || op.kind == OpKind::send_recv;
    try {
        const OperatorFacts f = describe(op, *hw);
        std::vector<std::string> cols{"hardware", "op", "roofline"};
        std::vector<std::string> cells{hw->name, opLabel(*sample),
                                       formatQuantity(f.record.timeEach, Dimension::time)};
        std::vector<std::optional<double>> values{std::nullopt, std::nullopt, f.record.timeEach};
        std::string note = f.record.note;
        if (p.isSet("model")) {
            const LearnedModel m = LearnedModel::load(p.value("model").toStdString());
            const LearnedPrediction r = m.predict(op, *hw);
            for (const std::string& c : {std::string(toString(m.kind())), std::string("low (90%)"),
                                         std::string("high (90%)")})
                cols.push_back(c);
            for (double v : {r.time, r.low, r.high}) {
                cells.push_back(formatQuantity(v, Dimension::time));
                values.push_back(v);
            }
            if (!r.note.empty()) note = r.note;
        }
        if (comm) {
            const CollectiveEstimate e = estimateCollective(
                *hw, op.collective.kind, op.collective.bytes, sampleGroup(*hw, *sample), *nccl);
            cols.push_back("NCCL model");
            cells.push_back(formatQuantity(e.time, Dimension::time));
            values.push_back(e.time);
            cols.push_back("tier");
            cells.push_back(hw->interconnect[static_cast<std::size_t>(e.tier)].name);
            values.push_back(std::nullopt);
        }
        cols.push_back("note");
        cells.push_back(note);
        values.push_back(std::nullopt);
        Table t("prediction", cols);
        for (std::size_t c = 2; c < cols.size(); ++c)
            if (values[c] || c == 2) t.setJsonUnit(c, "s");
        t.addRow(cells, values);
        printTables({t}, *fmt);
    } catch (const std::exception& e) {
        return fail(e.what());
    }
    return 0;
}

// ---- calibrate ----------------------------------------------------------------

int runCalibrate(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Adapt a model to a new device from a few measurements (k-shot) and save it. With the "
        "training data (--training, or the files the model records if they still exist) the "
        "members are retrained on it plus the new rows, each repeated --weight times; without, a "
        "per-device offset is fitted.");
    addCommonOptions(p);
    p.addOption({"model", "The model file to adapt.", "file"});
    p.addOption({"training", "The model's training CSV files (comma separated).", "list"});
    p.addOption({"method", "retrain or offset (default: retrain when training data is available).",
                 "name"});
    p.addOption({"weight", "Retrain: copies of each new row (default 30).", "N", "30"});
    p.addOption({"device", "The hardware name or alias the measurements are from.", "name"});
    p.addOption({"k", "Use only k rows, chosen deterministically (default: all).", "N"});
    p.addOption({"out", "The calibrated model file to write.", "file"});
    p.addPositionalArgument("files", "CSV files with the measurements.");
    addStandardOptions(p, false);
    if (auto rc = parseArguments(p, args)) return *rc;
    if (!p.isSet("model") || !p.isSet("device") || !p.isSet("out"))
        return fail("--model, --device and --out are required");
    const DeviceLibrary lib = buildLibrary(p);
    const Hardware* hw = lib.find(p.value("device").toStdString());
    if (!hw) return fail("no hardware spec named \"" + p.value("device").toStdString() + "\"");
    auto data = loadData(p, p.positionalArguments(), lib);
    if (!data) return 1;
    Dataset d = data->filtered({hw->name}, true);
    if (p.isSet("k")) d = d.subsample(p.value("k").toULong(), 2024);
    if (d.samples.empty()) return fail("no rows for " + hw->name);
    try {
        LearnedModel m = LearnedModel::load(p.value("model").toStdString());
        const FeatureTable t = buildFeatureTable(d, lib);
        // Training data: given, or the files the model was trained on if all still exist.
        std::vector<std::string> training = splitList(p.value("training"));
        if (training.empty() && !m.sources.empty() &&
            std::all_of(m.sources.begin(), m.sources.end(), [](const std::string& f) {
                return QFileInfo::exists(QString::fromStdString(f));
            }))
            training = m.sources;
        const QString method =
            p.isSet("method") ? p.value("method") : (training.empty() ? "offset" : "retrain");
        if (method != "retrain" && method != "offset")
            return fail("--method must be retrain or offset");
        if (method == "retrain" && training.empty())
            return fail("--method retrain needs the training data: give --training a.csv,b.csv");
        std::vector<double> before;
        m.predict(t, before);
        Calibration c;
        if (method == "retrain") {
            ImportResult tr = importFiles(training, lib);
            reportSkipped(p, tr);
            if (tr.data.samples.empty()) return fail("no usable rows in the training data");
            std::cerr << "retraining on " << tr.data.samples.size() << " training rows plus "
                      << t.size() << " new row(s) x " << p.value("weight").toStdString() << "\n";
            ProgressLine progress;
            c = m.retrainCalibrate(buildFeatureTable(tr.data, lib), t, hw->name,
                                   p.value("weight").toInt(), progress.progress());
            progress.finish();
        } else {
            c = m.calibrate(t, hw->name);
        }
        std::vector<double> after;
        m.predict(t, after);
        const std::string err = m.save(p.value("out").toStdString());
        if (!err.empty()) return fail(err);
        std::cout << "calibrated (" << method.toStdString() << ") on " << c.samples << " row(s) of "
                  << hw->name;
        if (c.method == Calibration::Method::offset)
            std::cout << ": x" << formatNumber(std::pow(10.0, c.offset), 4) << " (slope "
                      << formatNumber(c.slope, 3) << " log10 per unit compute fraction)";
        std::cout << "; MAPE on those rows " << pct(computeMetrics(before, t.measured).mape)
                  << " -> " << pct(computeMetrics(after, t.measured).mape) << "\nwrote "
                  << p.value("out").toStdString() << "\n";
    } catch (const std::exception& e) {
        return fail(e.what());
    }
    return 0;
}

// learn's subcommands: the usage lines and the dispatch come from this one list.
struct Subcommand {
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args);
};
constexpr Subcommand kSubcommands[] = {
    {"import", "read CSV measurements, map devices, summarise (--out: generic CSV)", runImport},
    {"train", "fit a hybrid or learned model and save it (--out model.json)", runTrain},
    {"evaluate", "accuracy of a model (--model), or --lodo / --train-devices --test-devices",
     runEvaluate},
    {"predict", "one operator's time (GEMM, conv, small op, collective), with a model or not",
     runPredict},
    {"calibrate", "adapt a model to a device from k measurements", runCalibrate},
};

std::string learnUsage() {
    std::string names, lines;
    for (const Subcommand& s : kSubcommands) {
        names += (names.empty() ? "" : "|") + std::string(s.name);
        char line[160];
        std::snprintf(line, sizeof line, "  %-10s %s\n", s.name, s.summary);
        lines += line;
    }
    return "usage: ridgeline-cli learn " + names + " [options]\n" + lines +
           "Each subcommand takes --help.\n";
}

int runLearn(const QStringList& args) {
    if (args.size() < 2 || args[1] == "--help" || args[1] == "-h") {
        std::cout << learnUsage();
        return args.size() < 2 ? 2 : 0;
    }
    const QString sub = args[1];
    QStringList rest = args.mid(2);
    rest.prepend(args[0] + " " + sub);
    for (const Subcommand& s : kSubcommands)
        if (sub == QLatin1String(s.name)) return s.run(rest);
    std::cerr << "ridgeline-cli learn: unknown subcommand \"" << sub.toStdString() << "\"\n"
              << learnUsage();
    return 2;
}

}  // namespace

static const bool registered = registerCommand(
    {"learn", "Learned/hybrid predictors: import data, train, evaluate, predict, calibrate",
     runLearn});

}  // namespace rl::cli
