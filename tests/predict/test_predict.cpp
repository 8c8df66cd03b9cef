// core/predict: the registry turns a choice into a cost model (with clear
// errors for a missing, damaged or wrong-kind model file), the learned cost
// model refines records, the roofline leaves them alone, and the per-shape
// cache gives exactly the records the model gives, costing each shape once.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/analytical/analyze.h"
#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"
#include "core/predict/learned_cost_model.h"
#include "core/predict/predictor_registry.h"
#include "core/predict/shape_cost_cache.h"

using namespace rl;

namespace {

Operator gemm(std::int64_t m, std::int64_t n, std::int64_t k, const std::string& name = "linear") {
    Operator op;
    op.name = name;
    op.kind = OpKind::gemm;
    op.mathType = op.weightType = op.activationType = op.kvType = DType::fp32;
    op.gemm.m = m;
    op.gemm.n = n;
    op.gemm.k = k;
    return op;
}

Operator norm(std::int64_t elements) {
    Operator op;
    op.name = "norm";
    op.kind = OpKind::norm;
    op.elementwise.elements = elements;
    op.elementwise.weightElements = 4096;
    return op;
}

void requireSame(const OpRecord& a, const OpRecord& b) {
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.phase, b.phase);
    QCOMPARE(a.layer, b.layer);
    QCOMPARE(a.count, b.count);
    QCOMPARE(a.flops, b.flops);
    QCOMPARE(a.timeEach, b.timeEach);
    QCOMPARE(a.time, b.time);
    QCOMPARE(a.energy, b.energy);
    QCOMPARE(a.timeLow, b.timeLow);
    QCOMPARE(a.timeHigh, b.timeHigh);
    QCOMPARE(a.note, b.note);
    QCOMPARE(a.binding, b.binding);
    QCOMPARE(a.traffic.size(), b.traffic.size());
}

}  // namespace

class TestPredict : public QObject {
    Q_OBJECT
    DeviceLibrary lib;
    const Hardware* a100 = nullptr;
    std::shared_ptr<const LearnedModel> hybrid;
    QTemporaryDir dir;
    std::string hybridFile;

  private Q_SLOTS:
    void initTestCase() {
        lib.addFolder(RIDGELINE_SAMPLES "/hardware");
        a100 = lib.find("NVIDIA A100-PCIE-40GB");
        QVERIFY(a100);
        // Synthetic measurements: the roofline slowed more for small GEMMs.
        Dataset d;
        for (std::int64_t m : {64, 256, 1024, 4096})
            for (std::int64_t n : {64, 256, 1024, 4096})
                for (std::int64_t k : {128, 1024}) {
                    Sample s;
                    s.op = gemm(m, n, k);
                    s.device = "NVIDIA A100-PCIE-40GB";
                    s.hardware = a100->name;
                    const double roofline = evaluateOperator(s.op, *a100).timeEach;
                    s.timeS = roofline * (1.2 + 2e9 / (2e9 + 2.0 * m * n * k));
                    d.samples.push_back(s);
                }
        TrainOptions o;
        o.kind = PredictorKind::hybrid;
        o.boost.rounds = 30;
        o.boost.threads = 1;
        o.ensemble = 2;
        o.transferCheck = false;
        hybrid =
            std::make_shared<const LearnedModel>(LearnedModel::train(buildFeatureTable(d, lib), o));
        hybridFile = dir.filePath("hybrid.json").toStdString();
        QCOMPARE(hybrid->save(hybridFile), std::string());
    }

    void namesRoundTrip() {
        for (const PredictorInfo& p : kPredictors) {
            QCOMPARE(parsePredictorId(p.name), std::optional<PredictorId>(p.id));
            QCOMPARE(toString(p.id), p.name);
        }
        QVERIFY(!parsePredictorId("dataflow"));
        QVERIFY(!parsePredictorId("Roofline"));  // names are exact
        QCOMPARE(predictorNames(), std::string("roofline, hybrid, learned"));
    }

    void rooflineLeavesRecordsAlone() {
        std::string error;
        const auto model = buildPredictor({PredictorId::roofline, {}}, error);
        QVERIFY(model);
        QVERIFY(error.empty());
        QCOMPARE(model->name(), std::string("roofline"));
        QVERIFY(!model->refines());
        QVERIFY(!refineHook(model));  // the engines keep their fast path
        QVERIFY(!refineHook(nullptr));
        const Operator op = gemm(512, 512, 512);
        requireSame(model->cost(op, *a100), evaluateOperator(op, *a100));
        QCOMPARE(predictorFor(nullptr)->name(), std::string("roofline"));
    }

    void modelFileErrors() {
        std::string error;
        QVERIFY(!buildPredictor({PredictorId::hybrid, {}}, error));
        QVERIFY2(error.find("needs --model-file") != std::string::npos, error.c_str());

        error.clear();
        const std::string missing = dir.filePath("missing.json").toStdString();
        QVERIFY(!buildPredictor({PredictorId::learned, missing}, error));
        QVERIFY2(error.find(missing) != std::string::npos, error.c_str());

        error.clear();
        const std::string damaged = dir.filePath("damaged.json").toStdString();
        std::ofstream(damaged) << "{\"format\": \"ridgeline.learned-model\",";
        QVERIFY(!buildPredictor({PredictorId::hybrid, damaged}, error));
        QVERIFY2(error.find(damaged) != std::string::npos, error.c_str());

        error.clear();
        QVERIFY(!buildPredictor({PredictorId::learned, hybridFile}, error));
        QVERIFY2(error.find("holds a hybrid model; use --predictor hybrid") != std::string::npos,
                 error.c_str());
    }

    void learnedModelRefines() {
        std::string error;
        const auto model = buildPredictor({PredictorId::hybrid, hybridFile}, error);
        QVERIFY2(model, error.c_str());
        QCOMPARE(model->name(), std::string("hybrid"));
        QVERIFY(model->refines());
        Operator op = gemm(1024, 1024, 1024);
        op.count = 3;
        const OpRecord roofline = evaluateOperator(op, *a100);
        const OpRecord rec = model->cost(op, *a100);
        QVERIFY(rec.timeEach > roofline.timeEach);  // synthetic efficiency is below 1
        QCOMPARE(rec.time, rec.timeEach * 3);
        QVERIFY(rec.timeLow <= rec.timeEach && rec.timeEach <= rec.timeHigh);
        // The hook the engines take gives the same record.
        OpRecord hooked = roofline;
        refineHook(model)(op, *a100, hooked);
        requireSame(hooked, rec);
        // The model in memory (the GUI's choice) predicts as the file does.
        requireSame(predictorFor(hybrid)->cost(op, *a100), rec);
        // An operator kind it was not trained on keeps the roofline and says so.
        const Operator n = norm(1 << 20);
        const OpRecord nrec = model->cost(n, *a100);
        QCOMPARE(nrec.timeEach, evaluateOperator(n, *a100).timeEach);
        QVERIFY2(nrec.note.find("not trained on norm") != std::string::npos, nrec.note.c_str());
    }

    void cacheGivesTheModelsRecords() {
        for (const auto& model : {predictorFor(nullptr), predictorFor(hybrid)}) {
            ShapeCostCache cache(model, *a100);
            Operator a = gemm(2048, 1024, 512, "L0.qkv");
            a.phase = "prefill";
            a.layer = 0;
            Operator b = a;  // the same shape in another layer and phase
            b.name = "L7.qkv";
            b.phase = "decode";
            b.layer = 7;
            requireSame(cache.cost(a), model->cost(a, *a100));
            requireSame(cache.cost(b), model->cost(b, *a100));
            QCOMPARE(cache.misses(), std::size_t(1));
            QCOMPARE(cache.hits(), std::size_t(1));
            // Anything that changes the cost is a new shape.
            Operator c = a;
            c.gemm.k = 513;
            Operator d = a;
            d.mathType = DType::fp16;
            Operator e = a;
            e.count = 2;
            Operator f = norm(4096);
            Operator g = f;
            g.detail = "rms";
            for (const Operator* op : {&c, &d, &e, &f, &g}) {
                requireSame(cache.cost(*op), model->cost(*op, *a100));
            }
            QCOMPARE(cache.misses(), std::size_t(6));
            QCOMPARE(cache.hits(), std::size_t(1));
        }
    }

    void shapeKeyIgnoresOnlyIdentity() {
        Operator a = gemm(64, 64, 64);
        Operator b = a;
        b.name = "other";
        b.phase = "decode";
        b.layer = 3;
        QCOMPARE(shapeKey(a), shapeKey(b));
        b.gemm.bClass = TensorClass::activations;
        QVERIFY(shapeKey(a) != shapeKey(b));
        b = a;
        b.gemm.bias = true;
        QVERIFY(shapeKey(a) != shapeKey(b));
        b = a;
        b.kind = OpKind::batched_matmul;
        QVERIFY(shapeKey(a) != shapeKey(b));
    }
};

QTEST_GUILESS_MAIN(TestPredict)
#include "test_predict.moc"
