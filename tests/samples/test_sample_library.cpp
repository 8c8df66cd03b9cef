// Checks the sample library (samples/): every file loads without errors or
// warnings, derived facts agree with published ones (parameter counts, MACs,
// ridge points, device counts), and the device names used in the measured
// data sets of ../shared/data resolve to exactly one hardware spec.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QtTest>

#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/spec/model_facts.h"
#include "core/spec/spec_io.h"

namespace {

QString samplesDir() { return QStringLiteral(RIDGELINE_SAMPLES); }
QString sharedDataDir() { return QStringLiteral(RIDGELINE_SHARED_DATA); }

QStringList sampleFiles(const QString& sub = {}) {
    QStringList files;
    QDirIterator it(sub.isEmpty() ? samplesDir() : samplesDir() + "/" + sub, {"*.json"},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        // Sweep files are read by core/explore: tests/explore/tst_sweep_samples.cpp.
        if (file.startsWith(samplesDir() + "/sweeps/")) continue;
        files << file;
    }
    files.sort();
    return files;
}

QString relativeName(const QString& path) { return QDir(samplesDir()).relativeFilePath(path); }

int warningCount(const rl::Diagnostics& d) {
    int n = 0;
    for (const auto& item : d.items())
        if (item.severity == rl::Diagnostic::Severity::warning) ++n;
    return n;
}

double relativeError(double value, double reference) { return std::abs(value / reference - 1.0); }

// The device column of a CSV file in ../shared/data (first line is the header).
QSet<QString> csvColumnValues(const QString& path, const QString& column) {
    QSet<QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return values;
    QTextStream in(&f);
    const QStringList header = in.readLine().split(',');
    const int index = header.indexOf(column);
    if (index < 0) return values;
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(',');
        if (cells.size() > index && !cells[index].isEmpty()) values.insert(cells[index]);
    }
    return values;
}

}  // namespace

class TestSampleLibrary : public QObject {
    Q_OBJECT

    struct NamedHardware {
        QString file;
        rl::Hardware hw;
    };
    std::vector<NamedHardware> hardware_;

    // Hardware files whose name or an alias matches `device` (case-insensitive).
    QStringList filesForDevice(const QString& device) const {
        QStringList files;
        for (const auto& h : hardware_) {
            bool match =
                QString::fromStdString(h.hw.name).compare(device, Qt::CaseInsensitive) == 0;
            for (const auto& a : h.hw.aliases)
                match =
                    match || QString::fromStdString(a).compare(device, Qt::CaseInsensitive) == 0;
            if (match) files << h.file;
        }
        return files;
    }

    // A hardware sample that loaded in initTestCase, or nullptr.
    const rl::Hardware* hardwareFile(const QString& name) const {
        for (const auto& h : hardware_)
            if (h.file == name) return &h.hw;
        return nullptr;
    }

    // A model sample; empty (with the diagnostics printed) when it does not load.
    static std::optional<rl::ModelSpec> modelFile(const QString& name) {
        auto loaded = rl::loadModel((samplesDir() + "/models/" + name).toStdString());
        if (!loaded.ok()) qWarning("%s", loaded.diagnostics.format().c_str());
        return loaded.ok() ? loaded.value : std::nullopt;
    }

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QDir(samplesDir()).exists(), qPrintable("no samples folder at " + samplesDir()));
        for (const QString& path : sampleFiles("hardware")) {
            auto loaded = rl::loadHardware(path.toStdString());
            if (loaded.ok()) hardware_.push_back({QFileInfo(path).fileName(), *loaded.value});
        }
    }

    // The library is not a token gesture: each kind holds a real selection.
    void libraryHasEnoughOfEachKind() {
        QVERIFY(sampleFiles("hardware").size() >= 20);
        QVERIFY(sampleFiles("models").size() >= 14);
        QVERIFY(sampleFiles("scenarios").size() >= 8);
        QVERIFY(sampleFiles("projects").size() >= 5);
    }

    void everySampleValidates_data() {
        QTest::addColumn<QString>("path");
        for (const QString& path : sampleFiles())
            QTest::newRow(qPrintable(relativeName(path))) << path;
    }
    // Zero errors and zero warnings: a curated sample should not need excuses.
    void everySampleValidates() {
        QFETCH(QString, path);
        const rl::Diagnostics d = rl::validateFile(path.toStdString());
        QVERIFY2(!d.hasErrors(), d.format().c_str());
        QVERIFY2(warningCount(d) == 0, d.format().c_str());
    }

    void everySampleLoadsAsItsKind_data() {
        QTest::addColumn<QString>("path");
        for (const char* kind : {"hardware", "models", "scenarios", "projects"})
            for (const QString& path : sampleFiles(kind))
                QTest::newRow(qPrintable(relativeName(path))) << path;
    }
    // The typed loaders agree with the folder the file sits in.
    void everySampleLoadsAsItsKind() {
        QFETCH(QString, path);
        const std::string p = path.toStdString();
        const QString folder = QFileInfo(path).dir().dirName();
        if (folder == "hardware") {
            auto l = rl::loadHardware(p);
            QVERIFY2(l.ok(), l.diagnostics.format().c_str());
            QVERIFY2(!l.value->source.empty(), "hardware needs a source");
            QVERIFY(!l.value->memory.empty());
            QVERIFY(l.value->compute.peak(rl::DType::fp32) > 0 ||
                    l.value->compute.peak(rl::DType::fp16) > 0 ||
                    l.value->compute.peak(rl::DType::int8) > 0);
        } else if (folder == "models") {
            auto l = rl::loadModel(p);
            QVERIFY2(l.ok(), l.diagnostics.format().c_str());
            QVERIFY2(!l.value->source.empty(), "a model needs a source");
            QVERIFY2(l.value->publishedParams > 0, "a model needs published_params");
        } else if (folder == "scenarios") {
            auto l = rl::loadScenario(p);
            QVERIFY2(l.ok(), l.diagnostics.format().c_str());
        } else if (folder == "projects") {
            auto l = rl::loadProject(p);
            QVERIFY2(l.ok(), l.diagnostics.format().c_str());
            QVERIFY2(l.value->description.size() > 40, "a project should say what to look at");
        }
    }

    // Each LLM's parameter count, from its HF config alone, within 1% of the
    // count its authors published.
    void transformerParameterCounts_data() {
        QTest::addColumn<QString>("file");
        for (const QString& path : sampleFiles("models")) {
            auto l = rl::loadModel(path.toStdString());
            if (l.ok() && l.value->kind == "transformer")
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << QFileInfo(path).fileName();
        }
    }
    void transformerParameterCounts() {
        QFETCH(QString, file);
        const auto model = modelFile(file);
        QVERIFY(model);
        const rl::ModelSpec& m = *model;
        const double params = rl::transformerFacts(m.transformer).params;
        QVERIFY2(relativeError(params, m.publishedParams) < 0.01,
                 qPrintable(QString("%1: %2 parameters computed, %3 published")
                                .arg(file)
                                .arg(params, 0, 'f', 0)
                                .arg(m.publishedParams, 0, 'f', 0)));
    }

    // CNN parameters (PyTorch counting, batch-norm scale/shift included) and
    // multiply-accumulates per 224x224 image as torchvision publishes them.
    void cnnParametersAndMacs_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("macs");
        QTest::newRow("resnet-50") << "resnet-50.json" << 4.09e9;
        QTest::newRow("vgg-16") << "vgg-16.json" << 15.47e9;
        QTest::newRow("mobilenet-v2") << "mobilenet-v2.json" << 0.30e9;
    }
    void cnnParametersAndMacs() {
        QFETCH(QString, file);
        QFETCH(double, macs);
        const auto model = modelFile(file);
        QVERIFY(model);
        const rl::ModelSpec& m = *model;
        QCOMPARE(QString::fromStdString(m.kind), QStringLiteral("cnn"));
        const rl::CnnFacts f = rl::cnnFacts(m.cnn);
        QCOMPARE(f.params, m.publishedParams);  // exact: torchvision's count
        QVERIFY2(relativeError(f.macs, macs) < 0.01, qPrintable(QString::number(f.macs)));
    }

    void publishedModelFacts() {
        const auto llama7Spec = modelFile("llama-2-7b.json");
        const auto llama70Spec = modelFile("llama-2-70b.json");
        const auto mixtralSpec = modelFile("mixtral-8x7b.json");
        const auto gpt3Spec = modelFile("gpt3-175b-megatron.json");
        QVERIFY(llama7Spec && llama70Spec && mixtralSpec && gpt3Spec);
        // Llama-2-7B: 2 (K, V) x 32 layers x 4096 x 2 bytes = 512 KiB per token in fp16.
        const auto llama7 = rl::transformerFacts(llama7Spec->transformer);
        QCOMPARE(llama7.kvBytesPerTokenPerByte * 2, 524288.0);
        // Llama-2-70B with 8 KV heads: 2 x 80 x 1024 x 2 bytes = 320 KiB per token.
        const auto llama70 = rl::transformerFacts(llama70Spec->transformer);
        QCOMPARE(llama70.kvBytesPerTokenPerByte * 2, 327680.0);
        // Mixtral 8x7B: 12.9B parameters active per token (Jiang et al. 2024).
        const auto mixtral = rl::transformerFacts(mixtralSpec->transformer);
        QVERIFY2(relativeError(mixtral.activeParams, 12.9e9) < 0.01,
                 qPrintable(QString::number(mixtral.activeParams)));
        // GPT-3 175B at Megatron's geometry: 12 l h^2 (1 + 13/(12h) + (V+s)/(12 l h))
        // (REFERENCES.md).
        const double l = 96, h = 12288, V = 51200, s = 2048;
        const double megatron = 12 * l * h * h * (1 + 13 / (12 * h) + (V + s) / (12 * l * h));
        const auto gpt3 = rl::transformerFacts(gpt3Spec->transformer);
        QVERIFY2(relativeError(gpt3.params, megatron) < 1e-4,
                 qPrintable(QString::number(gpt3.params)));
    }

    void publishedHardwareFacts() {
        // A100 80GB: 312 TFLOP/s fp16 over 2039 GB/s of HBM = a ridge point of about 153 FLOP/B.
        const rl::Hardware* a100 = hardwareFile("nvidia-a100-sxm4-80gb.json");
        QVERIFY(a100);
        QVERIFY(std::abs(a100->ridgePoint(rl::DType::fp16, 0) - 153.0) < 0.5);
        // H100 SXM: 80 GB of HBM3 at 3.35 TB/s; 989.5 dense fp16 TFLOP/s.
        const rl::Hardware* h100 = hardwareFile("nvidia-h100-sxm5-80gb.json");
        QVERIFY(h100);
        QCOMPARE(h100->mainMemoryBytes(), 80.0 * 1024 * 1024 * 1024);
        QCOMPARE(h100->mainMemoryBandwidth(), 3.35e12);
        QCOMPARE(h100->compute.peak(rl::DType::fp16), 989.5e12);
        // Nodes and clusters: devices are the product of the interconnect dimensions;
        // a single device counts as one.
        const std::map<QString, int> devices = {{"nvidia-dgx-h100.json", 8},
                                                {"nvidia-dgx-a100.json", 8},
                                                {"cluster-16x-dgx-h100.json", 128},
                                                {"cluster-8x-dgx-a100.json", 64},
                                                {"nvidia-t4.json", 1}};
        for (const auto& [file, count] : devices) {
            const rl::Hardware* hw = hardwareFile(file);
            QVERIFY2(hw, qPrintable(file));
            QCOMPARE(hw->deviceCount(), count);
        }
    }

    // Memory hierarchies are listed outermost first: DRAM/HBM, then caches;
    // total capacity never grows inward, bandwidth never shrinks inward.
    void memoryHierarchiesAreOrdered() {
        for (const auto& h : hardware_) {
            if (h.hw.accelerator) continue;  // spatial accelerators: the dataflow helper's samples
            QVERIFY2(h.hw.memory.front().kind == "dram" || h.hw.memory.front().kind == "hbm",
                     qPrintable(h.file));
            for (std::size_t i = 1; i < h.hw.memory.size(); ++i) {
                QVERIFY2(h.hw.memory[i].totalCapacity() <= h.hw.memory[i - 1].totalCapacity(),
                         qPrintable(h.file));
                QVERIFY2(h.hw.memory[i].bandwidth >= h.hw.memory[i - 1].bandwidth,
                         qPrintable(h.file));
            }
        }
    }

    // No two hardware specs answer to the same name, so data sets map uniquely.
    void namesAndAliasesAreUnique() {
        std::map<QString, QString> owner;
        for (const auto& h : hardware_) {
            QSet<QString> mine{QString::fromStdString(h.hw.name).toLower()};
            for (const auto& a : h.hw.aliases) mine.insert(QString::fromStdString(a).toLower());
            for (const QString& n : mine) {
                auto [it, inserted] = owner.emplace(n, h.file);
                QVERIFY2(
                    inserted,
                    qPrintable(QString("\"%1\" names both %2 and %3").arg(n, it->second, h.file)));
            }
        }
    }

    // Every device string in the measured data sets resolves to exactly one spec.
    void datasetDevicesResolve_data() {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("column");
        QTest::newRow("neusight linear") << "neusight/linear_fp32.csv"
                                         << "device";
        QTest::newRow("neusight bmm") << "neusight/bmm_fp32.csv"
                                      << "device";
        QTest::newRow("neusight conv2d") << "neusight/conv2d_fp32.csv"
                                         << "device";
        QTest::newRow("vidur mlp ops") << "vidur/mlp_ops_median_ms.csv"
                                       << "gpu";
        QTest::newRow("vidur attention")
            << "vidur/attention_a100_llama2_70b_geometry_tp2_median_ms.csv"
            << "gpu";
    }
    void datasetDevicesResolve() {
        QFETCH(QString, csv);
        QFETCH(QString, column);
        const QString path = sharedDataDir() + "/" + csv;
        if (!QFileInfo::exists(path)) QSKIP(qPrintable("shared data not present: " + path));
        const QSet<QString> devices = csvColumnValues(path, column);
        QVERIFY(!devices.isEmpty());
        for (const QString& d : devices) {
            const QStringList files = filesForDevice(d);
            QVERIFY2(files.size() == 1,
                     qPrintable(QString("device \"%1\" maps to [%2]").arg(d, files.join(", "))));
        }
    }

    // The spec sheets NeuSight used (device_configs.json) agree with ours where
    // that file is right. Known disagreements, each explained in the sample's
    // source: the L4 ships with 58 SMs (not 60); the P4 has 20 SMs of 128 cores
    // (not 40 of 64); the P100 and P4 are listed at their maximum application
    // clocks rather than the datasheet boost clocks; the H100 at 3430 GB/s.
    void neusightDeviceConfigsAgree() {
        const QString path = sharedDataDir() + "/neusight/device_configs.json";
        if (!QFileInfo::exists(path)) QSKIP(qPrintable("shared data not present: " + path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject configs = QJsonDocument::fromJson(f.readAll()).object();
        const std::map<QString, int> smCountOverride = {{"NVIDIA L4", 58}, {"Tesla P4", 20}};
        int compared = 0;
        for (auto it = configs.begin(); it != configs.end(); ++it) {
            if (it.key().endsWith("_TP"))
                continue;  // the doubled fake H100 entry the README warns about
            const QJsonObject c = it.value().toObject();
            const QString device = c.value("Device").toString();
            const QStringList files = filesForDevice(device);
            if (device.startsWith("AMD")) continue;  // MI100/MI210/MI250: not in the library
            QVERIFY2(files.size() == 1, qPrintable("no single sample for " + device));
            const rl::Hardware& hw = *hardwareFile(files.front());
            const QString what = device + " (" + files.front() + ")";
            const int sms = smCountOverride.count(device) ? smCountOverride.at(device)
                                                          : c.value("Num_Sm").toInt();
            QVERIFY2(hw.compute.units == sms, qPrintable(what + ": SM count"));
            const double fp32 = c.value("SingleFLOPs").toDouble() * 1e9;
            QVERIFY2(relativeError(hw.compute.peak(rl::DType::fp32), fp32) < 0.04,
                     qPrintable(what + ": fp32 peak"));
            const double bw = c.value("Mem_Bw").toDouble() * 1e9;
            QVERIFY2(relativeError(hw.mainMemoryBandwidth(), bw) < 0.03,
                     qPrintable(what + ": bandwidth"));
            const double clock = c.value("Freq").toDouble() * 1e6;  // MHz, despite the file's label
            QVERIFY2(relativeError(hw.compute.clockHz, clock) < 0.06, qPrintable(what + ": clock"));
            // L2 "MB" in the file; our specs state MiB (as the vendors' "MB" means).
            const double l2 = c.value("L2Cache").toDouble() * 1024 * 1024;
            bool l2Found = false;
            for (const auto& m : hw.memory)
                if (m.name == "L2") l2Found = relativeError(m.totalCapacity(), l2) < 0.01;
            QVERIFY2(l2Found, qPrintable(what + ": L2 capacity"));
            ++compared;
        }
        QVERIFY(compared >= 9);
    }
};

QTEST_GUILESS_MAIN(TestSampleLibrary)
#include "test_sample_library.moc"
