// Projects that hold a dataflow study (docs/formats.md, "dataflow"): the
// sample projects, where each part comes from (files, the project's hardware,
// a layer of its model), errors that name the JSON path, the value and what
// was expected, and the round trip through the writer.
#include <QtTest>

#include "core/dataflow/project_study.h"
#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"

using namespace rl;

namespace {

std::string projectsDir() { return std::string(RIDGELINE_SAMPLES) + "/projects"; }
std::string sampleProject(const char* name) { return projectsDir() + "/" + name; }

// A project document read as if it sat in samples/projects/.
Loaded<Project> parseInSamples(const Json& doc) {
    return parseProject(doc, "test-project.json", projectsDir());
}

Json studyProject(Json dataflow) {
    return Json{{"format", "ridgeline.project"},
                {"version", 1},
                {"name", "study"},
                {"dataflow", std::move(dataflow)}};
}

const Diagnostic* errorAt(const Diagnostics& d, const std::string& path) {
    for (const Diagnostic& x : d.items())
        if (x.path == path && x.severity == Diagnostic::Severity::error) return &x;
    return nullptr;
}

}  // namespace

class TestDataflowProject : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void tutorialProjectReadsItsThreeFiles() {
        auto loaded = loadProject(sampleProject("tutorial-3level-dataflow.json"));
        QVERIFY2(loaded.ok(), loaded.diagnostics.format().c_str());
        const Project& p = *loaded.value;
        QVERIFY(p.dataflow);
        QVERIFY(!p.analysable());  // no hardware, model, scenario: never analysed
        const DataflowStudy& s = *p.dataflow;
        QCOMPARE(s.architectureRef, std::string("../accelerators/tutorial-3level.json"));
        QCOMPARE(s.mappingRef, std::string("../accelerators/mapping-3level.json"));
        QVERIFY(s.architecture);
        QCOMPARE(s.architecture->levels.size(), std::size_t(3));
        QVERIFY(s.problem);
        QCOMPARE(s.problem->bound(Dim::K), 32);
        QCOMPARE(s.problem->bound(Dim::R), 3);
        QCOMPARE(s.problem->bound(Dim::P), 16);
        QVERIFY(s.mapping);
        QCOMPARE(s.mapping->levels.size(), std::size_t(3));

        Diagnostics diag;
        auto study = dataflow::resolveStudy(p, diag);
        QVERIFY2(study, diag.format().c_str());
        QVERIFY(study->mapping);
        QVERIFY(study->modelOperators.empty());
    }

    void eyerissProjectLeavesTheMappingToTheMapper() {
        auto loaded = loadProject(sampleProject("eyeriss-vgg-conv3-2.json"));
        QVERIFY2(loaded.ok(), loaded.diagnostics.format().c_str());
        const DataflowStudy& s = *loaded.value->dataflow;
        QVERIFY(!s.mapping);
        QVERIFY(s.mappingJson.is_null());
        Diagnostics diag;
        auto study = dataflow::resolveStudy(*loaded.value, diag);
        QVERIFY2(study, diag.format().c_str());
        QVERIFY(!study->mapping);
        QVERIFY(study->mapper.objective == dataflow::Objective::edp);
        QCOMPARE(study->mapper.seed, std::uint64_t(1));
        QCOMPARE(study->mapper.evaluations, std::int64_t(200'000));
        QCOMPARE(study->problem.bound(Dim::C), 128);
        QCOMPARE(study->problem.bound(Dim::K), 256);
        QCOMPARE(study->arch->mac.instances, 168);
    }

    // The hardware's accelerator and a layer of the model, lowered as the CLI does.
    void resnetOnEyerissTakesALayerOfItsModel() {
        auto loaded = loadProject(sampleProject("resnet50-on-eyeriss.json"));
        QVERIFY2(loaded.ok(), loaded.diagnostics.format().c_str());
        const Project& p = *loaded.value;
        QVERIFY(p.analysable());  // still analysed as before
        QVERIFY(p.dataflow);
        QVERIFY(p.dataflow->architectureFromHardware);
        QVERIFY(p.dataflow->architecture == p.hardware.accelerator);
        QVERIFY(p.dataflow->modelLayer >= 0);
        Diagnostics diag;
        auto study = dataflow::resolveStudy(p, diag);
        QVERIFY2(study, diag.format().c_str());
        const auto layers = dataflow::modelLayers(study->modelOperators);
        // ResNet-50 with identical blocks folded: the stem, 4 stages of
        // bottlenecks (first block and the repeated ones apart), the classifier.
        QCOMPARE(layers.size(), std::size_t(30));
        const auto& expected = layers[static_cast<std::size_t>(p.dataflow->modelLayer)];
        QCOMPARE(toJson(study->problem).dump(), toJson(expected).dump());
        // The sample shows the first 3x3 convolution of stage 2 (conv2_1's 3x3).
        QCOMPARE(p.dataflow->modelLayer, std::int64_t(2));  // "model_layer": 3
        QCOMPARE(study->problem.bound(Dim::K), 64);
        QCOMPARE(study->problem.bound(Dim::C), 64);
        QCOMPARE(study->problem.bound(Dim::P), 56);
        QCOMPARE(study->problem.bound(Dim::R), 3);
        QCOMPARE(study->modelName, p.model.name);
        QVERIFY(QString::fromStdString(study->problemLabel).contains("layer"));
    }

    void layerOutOfRangeNamesTheRange() {
        auto loaded = loadProject(sampleProject("resnet50-on-eyeriss.json"));
        QVERIFY(loaded.ok());
        Project p = *loaded.value;
        p.dataflow->modelLayer = 100000;
        Diagnostics diag;
        QVERIFY(!dataflow::resolveStudy(p, diag));
        const Diagnostic* e = errorAt(diag, "/dataflow/problem/model_layer");
        QVERIFY2(e, diag.format().c_str());
        QCOMPARE(e->value, std::string("100001"));
        QVERIFY2(QString::fromStdString(e->expected).contains("from 1 to 30"), e->expected.c_str());
    }

    void errorsNameThePathTheValueAndTheExpectation_data() {
        QTest::addColumn<QString>("dataflow");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("no architecture, no hardware")
            << R"({"problem": "../accelerators/problem-vgg-conv3-2.json"})"
            << "/dataflow/architecture"
            << "hardware";
        QTest::newRow("missing problem")
            << R"({"architecture": "../accelerators/eyeriss-like.json"})"
            << "/dataflow/problem"
            << "";
        QTest::newRow("mapping file that does not exist")
            << R"({"architecture": "../accelerators/eyeriss-like.json",
                   "problem": "../accelerators/problem-vgg-conv3-2.json",
                   "mapping": "../accelerators/no-such-mapping.json"})"
            << "/dataflow/mapping"
            << "does not exist";
        QTest::newRow("architecture as a number")
            << R"({"architecture": 7, "problem": "../accelerators/problem-vgg-conv3-2.json"})"
            << "/dataflow/architecture"
            << "accelerator file";
        QTest::newRow("layer without a model")
            << R"({"architecture": "../accelerators/eyeriss-like.json", "problem": {"model_layer": 3}})"
            << "/dataflow/problem/model_layer"
            << "model";
        QTest::newRow("layer 0 (they count from 1)")
            << R"({"architecture": "../accelerators/eyeriss-like.json", "problem": {"model_layer": 0}})"
            << "/dataflow/problem/model_layer"
            << "";
        QTest::newRow("unknown objective")
            << R"({"architecture": "../accelerators/eyeriss-like.json",
                   "problem": "../accelerators/problem-vgg-conv3-2.json",
                   "mapper": {"objective": "fast"}})"
            << "/dataflow/mapper/objective"
            << "edp";
        QTest::newRow("misspelt key") << R"({"architecture": "../accelerators/eyeriss-like.json",
                   "problem": "../accelerators/problem-vgg-conv3-2.json", "maping": "x.json"})"
                                      << "/dataflow/maping"
                                      << "mapping";
        QTest::newRow("hardware file without an accelerator")
            << R"({"architecture": "../hardware/nvidia-t4.json",
                   "problem": "../accelerators/problem-vgg-conv3-2.json"})"
            << "/dataflow/architecture"
            << "accelerator";
        QTest::newRow("layer as a string")
            << R"({"architecture": "../accelerators/eyeriss-like.json", "problem": {"model_layer": "two"}})"
            << "/dataflow/problem/model_layer"
            << "integer";
        QTest::newRow("embedded mapping with nothing in it")
            << R"({"architecture": "../accelerators/tutorial-3level.json",
                   "problem": "../accelerators/problem-conv1d-k32-r3-p16.json", "mapping": {}})"
            << "/dataflow/mapping"
            << "";
        QTest::newRow("evaluations over the cap")
            << R"({"architecture": "../accelerators/eyeriss-like.json",
                   "problem": "../accelerators/problem-vgg-conv3-2.json",
                   "mapper": {"evaluations": 1e12}})"
            << "/dataflow/mapper/evaluations"
            << "";
        QTest::newRow("file outside the project") << R"({"architecture": "/etc/passwd",
                   "problem": "../accelerators/problem-vgg-conv3-2.json"})"
                                                  << "/dataflow/architecture"
                                                  << "";
    }
    void errorsNameThePathTheValueAndTheExpectation() {
        QFETCH(QString, dataflow);
        QFETCH(QString, path);
        QFETCH(QString, expectedWords);
        auto loaded = parseInSamples(studyProject(Json::parse(dataflow.toStdString())));
        QVERIFY(!loaded.ok());
        const std::string text = loaded.diagnostics.format();
        QVERIFY2(text.find(path.toStdString()) != std::string::npos, text.c_str());
        QVERIFY2(
            expectedWords.isEmpty() || text.find(expectedWords.toStdString()) != std::string::npos,
            text.c_str());
    }

    void dataflowThatIsNotAnObject() {
        Json doc = studyProject(Json::array());
        auto loaded = parseInSamples(doc);
        QVERIFY(!loaded.ok());
        QVERIFY2(errorAt(loaded.diagnostics, "/dataflow"), loaded.diagnostics.format().c_str());
    }

    // Without a dataflow object the three specs stay required, as before.
    void projectsWithoutAStudyStillNeedTheirSpecs() {
        Json doc{{"format", "ridgeline.project"}, {"version", 1}, {"name", "x"}};
        auto loaded = parseInSamples(doc);
        QVERIFY(!loaded.ok());
        QVERIFY(errorAt(loaded.diagnostics, "/hardware"));
        QVERIFY(errorAt(loaded.diagnostics, "/model"));
    }

    void aModelNeedsItsScenario() {
        Json doc = studyProject(Json{{"architecture", "../accelerators/eyeriss-like.json"},
                                     {"problem", {{"model_layer", 2}}}});
        doc["model"] = "../models/resnet-50.json";
        auto loaded = parseInSamples(doc);
        QVERIFY(!loaded.ok());
        QVERIFY2(errorAt(loaded.diagnostics, "/scenario"), loaded.diagnostics.format().c_str());
    }

    void roundTripKeepsReferencesAndEmbeddedDocuments_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("tutorial") << "tutorial-3level-dataflow.json";
        QTest::newRow("eyeriss vgg") << "eyeriss-vgg-conv3-2.json";
        QTest::newRow("resnet on eyeriss") << "resnet50-on-eyeriss.json";
    }
    void roundTripKeepsReferencesAndEmbeddedDocuments() {
        QFETCH(QString, file);
        auto first = loadProject(sampleProject(file.toUtf8().constData()));
        QVERIFY2(first.ok(), first.diagnostics.format().c_str());
        const Json written = toJson(*first.value);
        auto second = parseInSamples(written);
        QVERIFY2(second.ok(), second.diagnostics.format().c_str());
        QCOMPARE(toJson(*second.value).dump(), written.dump());
        const DataflowStudy &a = *first.value->dataflow, &b = *second.value->dataflow;
        QCOMPARE(b.architectureRef, a.architectureRef);
        QCOMPARE(b.problemRef, a.problemRef);
        QCOMPARE(b.mappingRef, a.mappingRef);
        QCOMPARE(b.modelLayer, a.modelLayer);
        QCOMPARE(b.architectureFromHardware, a.architectureFromHardware);
        QCOMPARE(first.value->analysable(), second.value->analysable());
        // No hardware, model or scenario is invented for a study alone.
        QCOMPARE(written.contains("hardware"), first.value->analysable());

        // The same with every document embedded (what an edited project saves).
        Project embedded = *first.value;
        embedded.dataflow->architectureRef.clear();
        embedded.dataflow->problemRef.clear();
        embedded.dataflow->mappingRef.clear();
        const Json inline_ = toJson(embedded);
        QVERIFY(!inline_["dataflow"].contains("architecture") ||
                inline_["dataflow"]["architecture"].is_object());
        QVERIFY(inline_["dataflow"]["problem"].is_object());
        auto third = parseInSamples(inline_);
        QVERIFY2(third.ok(), third.diagnostics.format().c_str());
        QCOMPARE(toJson(*third.value).dump(), inline_.dump());
        QCOMPARE(third.value->dataflow->problem.has_value(), a.problem.has_value());
        QCOMPARE(third.value->dataflow->mapping.has_value(), a.mapping.has_value());
    }

    void mapperSettingsRoundTrip() {
        Json doc = studyProject(
            Json{{"architecture", "../accelerators/eyeriss-like.json"},
                 {"problem", "../accelerators/problem-vgg-conv3-2.json"},
                 {"mapper", {{"objective", "energy"}, {"seed", 7}, {"evaluations", 5000}}}});
        auto loaded = parseInSamples(doc);
        QVERIFY2(loaded.ok(), loaded.diagnostics.format().c_str());
        QCOMPARE(loaded.value->dataflow->objective, std::string("energy"));
        QCOMPARE(loaded.value->dataflow->seed, std::uint64_t(7));
        QCOMPARE(loaded.value->dataflow->evaluations, std::int64_t(5000));
        QCOMPARE(toJson(*loaded.value)["dataflow"]["mapper"], doc["dataflow"]["mapper"]);
    }

    // An editor gets the documents of a study with errors, the errors apart.
    void editingReaderKeepsBrokenStudyDocuments() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString problemPath = dir.filePath("problem.json");
        QFile f(problemPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "ridgeline.problem", "version": 1, "name": "p",
                    "dims": {"K": -4, "C": 2, "P": 4}})");
        f.close();
        Json doc =
            studyProject(Json{{"architecture", "problem.json"}, {"problem", "problem.json"}});
        doc["dataflow"]["architecture"] =
            std::string(RIDGELINE_SAMPLES) + "/accelerators/tutorial-3level.json";
        const QString projectPath = dir.filePath("project.json");
        QVERIFY(saveJsonAtomically(projectPath.toStdString(), doc).empty());
        ProjectForEditing read = readProjectForEditing(projectPath.toStdString());
        QVERIFY2(!read.projectErrors.hasErrors(), read.projectErrors.format().c_str());
        QVERIFY(read.specErrors.hasErrors());
        QVERIFY(read.project.dataflow);
        QVERIFY(read.project.dataflow->problemJson.is_object());
        QVERIFY(!read.project.dataflow->problem);
        QVERIFY(read.project.dataflow->architecture);
    }
};

QTEST_GUILESS_MAIN(TestDataflowProject)
#include "test_dataflow_project.moc"
