// The one project reader: devices a scenario uses, the combination checks for
// specs given one by one, the editing reader that keeps spec documents with
// errors but sorts out what makes a project unusable, and the writer.
#include <QtTest>

#include "core/spec/parallelism.h"
#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"

using namespace rl;

namespace {

Scenario parallel(int tensor, int pipeline, int data, int expert) {
    Scenario s;
    s.parallelism = {tensor, pipeline, data, expert};
    return s;
}

std::string hostile(const char* name) {
    return std::string(RIDGELINE_TEST_DATA) + "/hostile/" + name;
}

bool hasErrorAt(const Diagnostics& d, const std::string& path) {
    for (const Diagnostic& x : d.items())
        if (x.path == path && x.severity == Diagnostic::Severity::error) return true;
    return false;
}

}  // namespace

class TestProjectReader : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void devicesUsed_data() {
        QTest::addColumn<int>("tensor");
        QTest::addColumn<int>("pipeline");
        QTest::addColumn<int>("data");
        QTest::addColumn<int>("expert");
        QTest::addColumn<qint64>("devices");
        QTest::addColumn<qint64>("perReplica");
        QTest::newRow("one device") << 1 << 1 << 1 << 1 << qint64(1) << qint64(1);
        QTest::newRow("tp x pp x dp") << 2 << 2 << 2 << 1 << qint64(8) << qint64(4);
        // Experts over the tensor-parallel GPUs (vLLM): no extra devices.
        QTest::newRow("ep inside tp") << 8 << 1 << 1 << 8 << qint64(8) << qint64(8);
        // Experts over the data-parallel replicas (Megatron-LM): no extra devices.
        QTest::newRow("ep inside dp") << 1 << 1 << 8 << 8 << qint64(8) << qint64(8);
        // Experts wider than tensor x data: the group adds devices to each stage.
        QTest::newRow("ep wider") << 2 << 2 << 1 << 8 << qint64(16) << qint64(16);
        QTest::newRow("zero means one") << 0 << 0 << 0 << 0 << qint64(1) << qint64(1);
    }
    void devicesUsed() {
        QFETCH(int, tensor);
        QFETCH(int, pipeline);
        QFETCH(int, data);
        QFETCH(int, expert);
        QFETCH(qint64, devices);
        QFETCH(qint64, perReplica);
        const Scenario s = parallel(tensor, pipeline, data, expert);
        QCOMPARE(qint64(rl::devicesUsed(s)), devices);
        QCOMPARE(qint64(devicesPerReplica(s.parallelism)), perReplica);
        const std::string text = describeDevicesUsed(s);
        QVERIFY2(text.find("= " + std::to_string(devices) + " devices") != std::string::npos,
                 text.c_str());
    }

    void servingReplicasMultiply() {
        Scenario s = parallel(2, 1, 1, 1);
        s.kind = "serving";
        s.serving.replicas = 4;
        QCOMPARE(qint64(rl::devicesUsed(s)), qint64(8));
        QVERIFY(describeDevicesUsed(s).find("x 4 replicas") != std::string::npos);
        s.kind = "inference";  // replicas belong to serving only
        QCOMPARE(qint64(rl::devicesUsed(s)), qint64(2));
    }

    // The rules a project file gets, for specs given one by one.
    void combinationOfSeparateSpecs() {
        auto hw =
            loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/nvidia-a100-sxm4-80gb.json");
        auto model = loadModel(std::string(RIDGELINE_SAMPLES) + "/models/llama-2-7b.json");
        QVERIFY(hw.ok() && model.ok());
        Diagnostics ok("s.json");
        checkCombination(*hw.value, *model.value, parallel(1, 1, 1, 1), ok);
        QVERIFY(!ok.hasErrors());
        Diagnostics bad("s.json");
        checkCombination(*hw.value, *model.value, parallel(1, 64, 1, 1), bad);
        QVERIFY(hasErrorAt(bad, "/parallelism"));
        QVERIFY2(bad.format().find("32 layers") != std::string::npos, bad.format().c_str());
        QVERIFY2(bad.format().find("= 64 devices") != std::string::npos, bad.format().c_str());
    }

    // Specs that do not fit together: read, but reported apart.
    void editingReaderSortsCombinationErrors() {
        const std::string file = hostile("project-pipeline-exceeds-layers.json");
        const ProjectForEditing read = readProjectForEditing(file);
        QVERIFY(read.specsValid);
        QVERIFY(!read.projectErrors.hasErrors());
        QVERIFY(!read.specErrors.hasErrors());
        QVERIFY(hasErrorAt(read.combinationErrors, "/scenario/parallelism"));
        QVERIFY(read.project.hardwareJson.is_object());
        // The strict loader reports the same errors.
        const auto strict = loadProject(file);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.diagnostics.errorCount(), read.combinationErrors.errorCount());
    }

    // Errors inside an embedded spec: the documents are kept for the editors.
    void editingReaderKeepsSpecsWithErrors() {
        const std::string file = hostile("project-embedded-errors.json");
        const ProjectForEditing read = readProjectForEditing(file);
        QVERIFY(!read.specsValid);
        QVERIFY(read.specErrors.hasErrors());
        QVERIFY(hasErrorAt(read.projectErrors, "/views"));  // this file's own mistake
        QVERIFY(read.project.hardwareJson.is_object());
        QVERIFY(read.project.modelJson.is_object());
        QVERIFY(read.project.scenarioJson.is_object());
        QCOMPARE(loadProject(file).diagnostics.errorCount(),
                 read.specErrors.errorCount() + read.projectErrors.errorCount());
    }

    void editingReaderRefusesMissingFiles() {
        const ProjectForEditing read = readProjectForEditing(hostile("project-missing-files.json"));
        QVERIFY(read.projectErrors.hasErrors());
        QVERIFY(!read.specsValid);
        QVERIFY(readProjectForEditing(hostile("no-such-project.json")).projectErrors.hasErrors());
    }

    // The writer embeds the documents as written (quantities as the user typed them).
    void writerKeepsDocuments() {
        const std::string file =
            std::string(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json";
        ProjectForEditing read = readProjectForEditing(file);
        QVERIFY(read.specsValid && !read.combinationErrors.hasErrors());
        Project p = read.project;
        p.hardwareRef.clear();  // embed the hardware
        p.hardwareJson["memory"][0]["bandwidth"] = "2.039 TB/s";
        const Json doc = toJson(p);
        QCOMPARE(doc["hardware"]["memory"][0]["bandwidth"].get<std::string>(),
                 std::string("2.039 TB/s"));
        QCOMPARE(doc["model"].get<std::string>(), read.project.modelRef);
        QTemporaryDir dir;
        const std::string copy = dir.filePath("copy.json").toStdString();
        // Elsewhere, the references would not resolve: embed all three.
        Json embedded = doc;
        embedded["model"] = read.project.modelJson;
        embedded["scenario"] = read.project.scenarioJson;
        QVERIFY(saveJsonAtomically(copy, embedded).empty());
        const auto again = loadProject(copy);
        QVERIFY2(again.ok(), again.diagnostics.format().c_str());
        QCOMPARE(again.value->hardware.memory[0].bandwidth, 2.039e12);
    }
};

QTEST_GUILESS_MAIN(TestProjectReader)
#include "test_project_reader.moc"
