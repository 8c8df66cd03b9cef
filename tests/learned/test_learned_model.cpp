// The learned and hybrid predictors on synthetic measurements (no shared data
// needed): training, batch vs single prediction, the roofline floor, intervals
// and out-of-distribution warnings, calibration, model files (reproducible,
// versioned, damaged), the analyze refinement hook, cancellation.
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"
#include "core/learned/learned_model.h"

using namespace rl;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

void writeAll(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << text;
}

Operator gemm(std::int64_t batch, std::int64_t m, std::int64_t n, std::int64_t k) {
    Operator op;
    op.name = batch > 1 ? "bmm" : "linear";
    op.kind = batch > 1 ? OpKind::batched_matmul : OpKind::gemm;
    op.mathType = op.weightType = op.activationType = op.kvType = DType::fp32;
    op.gemm.batch = batch;
    op.gemm.m = m;
    op.gemm.n = n;
    op.gemm.k = k;
    return op;
}

// Synthetic "measurements": the roofline slowed by a smooth, shape- and
// device-dependent efficiency, so a model has something real to learn.
Dataset synthetic(const DeviceLibrary& lib, const std::vector<std::string>& devices, double deviceBias = 1.0) {
    Dataset d;
    const std::int64_t sizes[] = {64, 128, 256, 512, 1024, 2048, 4096};
    for (const auto& dev : devices) {
        const Hardware* hw = lib.find(dev);
        for (std::int64_t b : {1, 8})
            for (std::int64_t m : sizes)
                for (std::int64_t n : sizes)
                    for (std::int64_t k : {128, 1024, 4096}) {
                        Sample s;
                        s.op = gemm(b, m, n, k);
                        s.device = dev;
                        s.hardware = hw->name;
                        const OperatorFacts f = describe(s.op, *hw);
                        const double small = 1.0 / (1.0 + f.record.flops / 2e9);
                        s.timeS = f.record.timeEach * (1.1 + 1.5 * small) * deviceBias;
                        d.samples.push_back(s);
                    }
    }
    return d;
}

TrainOptions fastOptions(PredictorKind kind) {
    TrainOptions o;
    o.kind = kind;
    o.boost.rounds = 60;
    o.boost.maxDepth = 5;
    o.boost.eta = 0.2;
    o.boost.threads = 1;
    o.ensemble = 2;
    return o;
}

}  // namespace

class TestLearnedModel : public QObject {
    Q_OBJECT
    DeviceLibrary lib;
    FeatureTable train;
    LearnedModel hybrid;
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase() {
        lib.addFolder(RIDGELINE_SAMPLES "/hardware");
        for (const char* d : {"Tesla T4", "Tesla V100-PCIE-32GB", "NVIDIA A100-PCIE-40GB"})
            QVERIFY2(lib.find(d), d);
        train = buildFeatureTable(synthetic(lib, {"Tesla V100-PCIE-32GB", "NVIDIA A100-PCIE-40GB"}), lib);
        QCOMPARE(train.size(), std::size_t(2 * 2 * 7 * 7 * 3));
        hybrid = LearnedModel::train(train, fastOptions(PredictorKind::hybrid));
    }

    void fitsTheTrainingData() {
        QVERIFY2(hybrid.trainingFit().mape < 5.0, std::to_string(hybrid.trainingFit().mape).c_str());
        QVERIFY(hybrid.trainingFit().kendallTau > 0.98);
        QCOMPARE(hybrid.trainedHardware().size(), std::size_t(2));
        const LearnedModel learned = LearnedModel::train(train, fastOptions(PredictorKind::learned));
        QVERIFY2(learned.trainingFit().mape < 10.0, std::to_string(learned.trainingFit().mape).c_str());
    }

    void transfersToAnUnseenDevice() {
        // The synthetic efficiency depends on the shape only, so the hybrid
        // transfers to T4 through the roofline; the pure learned model cannot.
        const FeatureTable t4 = buildFeatureTable(synthetic(lib, {"Tesla T4"}), lib);
        std::vector<double> pred;
        hybrid.predict(t4, pred);
        const double mape = computeMetrics(pred, t4.measured).mape;
        QVERIFY2(mape < 10.0, std::to_string(mape).c_str());
        QVERIFY(computeMetrics(t4.roofline, t4.measured).mape > 30.0);
    }

    void batchMatchesSingleAndRaw() {
        std::vector<double> batch;
        hybrid.predict(train, batch);
        std::vector<double> raw(train.size());
        hybrid.predictRaw(train.features.data(), train.roofline.data(), train.floor.data(), train.size(), raw.data());
        for (std::size_t i = 0; i < train.size(); i += 37) {
            QVERIFY(std::abs(raw[i] / batch[i] - 1) < 1e-9);
        }
        const Hardware* a100 = lib.find("NVIDIA A100-PCIE-40GB");
        const Operator op = gemm(1, 1024, 1024, 1024);
        const LearnedPrediction one = hybrid.predict(op, *a100);
        Dataset d;
        Sample s;
        s.op = op;
        s.device = a100->name;
        s.hardware = a100->name;
        s.timeS = 1;
        d.samples.push_back(s);
        std::vector<double> viaTable;
        hybrid.predict(buildFeatureTable(d, lib), viaTable);
        QVERIFY(std::abs(one.time / viaTable[0] - 1) < 1e-12);
    }

    void flatForestMatchesXgboost() {
        // The fast evaluator must give XGBoost's own predictions.
        std::vector<float> x(train.size() * defaultFeatures().size());
        const auto feats = defaultFeatures();
        for (std::size_t r = 0; r < train.size(); ++r)
            for (std::size_t c = 0; c < feats.size(); ++c)
                x[r * feats.size() + c] = static_cast<float>(train.features[r][static_cast<int>(feats[c])]);
        std::vector<float> y(train.size());
        for (std::size_t i = 0; i < y.size(); ++i) y[i] = static_cast<float>(std::log10(train.measured[i]));
        BoosterParams p;
        p.rounds = 40;
        p.threads = 1;
        const Booster b = Booster::train(x, train.size(), feats.size(), y, p);
        const FlatForest f = FlatForest::fromXgboostJson(b.toJson());
        QCOMPARE(f.trees(), std::size_t(40));
        std::vector<float> a(train.size()), c(train.size());
        b.predict(x.data(), train.size(), feats.size(), a.data());
        f.predict(x.data(), train.size(), feats.size(), c.data());
        for (std::size_t i = 0; i < a.size(); ++i) QVERIFY(std::abs(a[i] - c[i]) < 1e-4f * (1 + std::abs(a[i])));
    }

    void neverBeatsTheRooflineAndHasIntervals() {
        std::vector<double> t, lo, hi;
        hybrid.predict(train, t, &lo, &hi);
        for (std::size_t i = 0; i < train.size(); ++i) {
            QVERIFY(t[i] >= train.floor[i]);
            QVERIFY(lo[i] <= t[i] && t[i] <= hi[i]);
            QVERIFY(lo[i] >= train.floor[i]);
        }
    }

    void warnsOutsideTheTrainingData() {
        const Hardware* a100 = lib.find("NVIDIA A100-PCIE-40GB");
        QCOMPARE(hybrid.predict(gemm(1, 512, 512, 1024), *a100).note, std::string());
        const LearnedPrediction far = hybrid.predict(gemm(1, 1 << 20, 1 << 16, 1 << 14), *a100);
        QVERIFY2(far.note.find("outside the training data") != std::string::npos, far.note.c_str());
        // A device unlike the trained ones is flagged through its spec.
        const Hardware* p4 = lib.find("Tesla P4");
        QVERIFY(p4);
        QVERIFY(!hybrid.predict(gemm(1, 512, 512, 1024), *p4).note.empty());
    }

    void calibrationReducesError() {
        // A device 1.6x slower than its spec suggests: k = 10 samples fix most of it.
        const Dataset slow = synthetic(lib, {"Tesla T4"}, 1.6);
        const FeatureTable all = buildFeatureTable(slow, lib);
        std::vector<std::size_t> first, rest;
        for (std::size_t i = 0; i < all.size(); ++i) (i % 29 == 0 && first.size() < 10 ? first : rest).push_back(i);
        LearnedModel m = hybrid;
        const FeatureTable evalSet = all.subset(rest);
        std::vector<double> before, after;
        m.predict(evalSet, before);
        const Calibration c = m.calibrate(all.subset(first), all.hardware[0]);
        QCOMPARE(c.samples, 10);
        m.predict(evalSet, after);
        const double b = computeMetrics(before, evalSet.measured).mape;
        const double a = computeMetrics(after, evalSet.measured).mape;
        QVERIFY2(b > 30 && a < 12, (std::to_string(b) + " -> " + std::to_string(a)).c_str());
        // The original model is untouched (copies share members, not calibrations).
        QVERIFY(hybrid.calibrations().empty());
    }

    void modelFilesAreReproducible() {
        const std::string a = dir.filePath("a.json").toStdString(), b = dir.filePath("b.json").toStdString(),
                          c = dir.filePath("c.json").toStdString();
        QCOMPARE(hybrid.save(a), std::string());
        QCOMPARE(LearnedModel::train(train, fastOptions(PredictorKind::hybrid)).save(b), std::string());
        QVERIFY(readAll(a) == readAll(b));
        TrainOptions other = fastOptions(PredictorKind::hybrid);
        other.seed = 7;
        QCOMPARE(LearnedModel::train(train, other).save(c), std::string());
        QVERIFY(readAll(a) != readAll(c));
        // Loading gives the same predictions; saving again the same bytes.
        const LearnedModel back = LearnedModel::load(a);
        std::vector<double> p1, p2;
        hybrid.predict(train, p1);
        back.predict(train, p2);
        for (std::size_t i = 0; i < p1.size(); ++i) QCOMPARE(p1[i], p2[i]);
        QCOMPARE(back.save(b), std::string());
        QVERIFY(readAll(a) == readAll(b));
        const std::string text = readAll(a);
        QVERIFY(text.find("\"format\": \"ridgeline.learned-model\"") != std::string::npos);
        QVERIFY(text.find("\"learner\"") != std::string::npos);  // XGBoost's own JSON inside
    }

    void badFilesGiveClearErrors_data() {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("other version") << "version" << "format version 2; this Ridgeline reads version 1";
        QTest::newRow("truncated") << "truncate" << "not valid JSON";
        QTest::newRow("not a model") << "format" << "not a Ridgeline learned-model file";
        QTest::newRow("damaged member") << "member" << "/members/0";
        QTest::newRow("unknown feature") << "feature" << "unknown feature";
        QTest::newRow("missing file") << "missing" << "cannot open";
    }
    void badFilesGiveClearErrors() {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const std::string path = dir.filePath("bad-" + edit + ".json").toStdString();
        QCOMPARE(hybrid.save(path), std::string());
        std::string text = readAll(path);
        nlohmann::json doc = nlohmann::json::parse(text);
        if (edit == "version") doc["version"] = 2;
        if (edit == "format") doc["format"] = "something.else";
        if (edit == "member") doc["members"][0] = nlohmann::json{{"learner", 3}};
        if (edit == "feature") doc["features"][0] = "colour";
        if (edit == "truncate") writeAll(path, text.substr(0, text.size() / 2));
        else if (edit == "missing") std::remove(path.c_str());
        else writeAll(path, doc.dump());
        try {
            LearnedModel::load(path);
            QFAIL("loading a bad file must throw");
        } catch (const ModelFileError& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find(expected.toStdString()) != std::string::npos, msg.c_str());
            QVERIFY2(msg.find(path) != std::string::npos, msg.c_str());
        }
    }

    void mlpAlgorithm() {
        TrainOptions o = fastOptions(PredictorKind::hybrid);
        o.algorithm = Algorithm::mlp;
        o.mlp.epochs = 60;
        o.ensemble = 2;
        const LearnedModel m = LearnedModel::train(train, o);
        QVERIFY2(m.trainingFit().mape < 15.0, std::to_string(m.trainingFit().mape).c_str());
        const std::string path = dir.filePath("mlp.json").toStdString();
        QCOMPARE(m.save(path), std::string());
        const LearnedModel back = LearnedModel::load(path);
        QVERIFY(back.algorithm() == Algorithm::mlp);
        std::vector<double> p1, p2;
        m.predict(train, p1);
        back.predict(train, p2);
        for (std::size_t i = 0; i < p1.size(); i += 11) QVERIFY(std::abs(p1[i] / p2[i] - 1) < 1e-6);
    }

    void refinerHook() {
        auto refine = makeRefiner(std::make_shared<const LearnedModel>(hybrid));
        const Hardware* a100 = lib.find("NVIDIA A100-PCIE-40GB");
        const Operator op = gemm(1, 2048, 2048, 1024);
        OpRecord rec = describe(op, *a100).record;
        rec.count = 3;
        const double roofline = rec.timeEach;
        refine(op, *a100, rec);
        QVERIFY(rec.timeEach > roofline);  // synthetic efficiency is always below 1
        QCOMPARE(rec.time, rec.timeEach * 3);
        QVERIFY(rec.timeLow <= rec.timeEach && rec.timeEach <= rec.timeHigh);
        // An op kind it never saw keeps the roofline and says so.
        Operator norm;
        norm.kind = OpKind::norm;
        norm.elementwise.elements = 1 << 20;
        OpRecord nrec = describe(norm, *a100).record;
        const double before = nrec.timeEach;
        refine(norm, *a100, nrec);
        QCOMPARE(nrec.timeEach, before);
        QVERIFY(nrec.note.find("not trained on norm") != std::string::npos);
    }

    void cancellation() {
        std::atomic<bool> cancel{true};
        TrainOptions o = fastOptions(PredictorKind::hybrid);
        o.progress.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(Cancelled, LearnedModel::train(train, o));
    }
};

QTEST_GUILESS_MAIN(TestLearnedModel)
#include "test_learned_model.moc"
