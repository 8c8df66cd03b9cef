// The learned and hybrid predictors on synthetic measurements (no shared data
// needed): training, batch vs single prediction, the roofline floor, intervals
// (the transfer prior of a one-device model, bounds at the floor) and
// out-of-distribution warnings, calibration, model files (reproducible,
// versioned, damaged), the analyze refinement hook, cancellation.
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <fstream>
#include <functional>
#include <sstream>

#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"
#include "core/learned/learned_model.h"
#include "core/predict/learned_cost_model.h"

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
// `slowdown(small, device index)` gives the factor; `small` in (0, 1] grows
// as the kernel shrinks.
Dataset syntheticWith(const DeviceLibrary& lib, const std::vector<std::string>& devices,
                      const std::function<double(double, std::size_t)>& slowdown) {
    Dataset d;
    const std::int64_t sizes[] = {64, 128, 256, 512, 1024, 2048, 4096};
    for (std::size_t di = 0; di < devices.size(); ++di) {
        const std::string& dev = devices[di];
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
                        s.timeS = f.record.timeEach * slowdown(small, di);
                        d.samples.push_back(s);
                    }
    }
    return d;
}

Dataset synthetic(const DeviceLibrary& lib, const std::vector<std::string>& devices,
                  double deviceBias = 1.0) {
    return syntheticWith(lib, devices, [deviceBias](double small, std::size_t) {
        return (1.1 + 1.5 * small) * deviceBias;
    });
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
        train = buildFeatureTable(synthetic(lib, {"Tesla V100-PCIE-32GB", "NVIDIA A100-PCIE-40GB"}),
                                  lib);
        QCOMPARE(train.size(), std::size_t(2 * 2 * 7 * 7 * 3));
        hybrid = LearnedModel::train(train, fastOptions(PredictorKind::hybrid));
    }

    void fitsTheTrainingData() {
        QVERIFY2(hybrid.trainingFit().mape < 5.0,
                 std::to_string(hybrid.trainingFit().mape).c_str());
        QVERIFY(hybrid.trainingFit().kendallTau > 0.98);
        QCOMPARE(hybrid.trainedHardware().size(), std::size_t(2));
        const LearnedModel learned =
            LearnedModel::train(train, fastOptions(PredictorKind::learned));
        QVERIFY2(learned.trainingFit().mape < 10.0,
                 std::to_string(learned.trainingFit().mape).c_str());
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
        // The raw path takes one device at a time (the trust depends on it).
        for (const std::string& hw : hybrid.trainedHardware()) {
            const auto rows = train.rowsOf({hw}, true);
            const FeatureTable one = train.subset(rows);
            std::vector<double> out(one.size());
            hybrid.predictRaw(one.features.data(), one.roofline.data(), one.floor.data(),
                              one.size(), out.data(), hw);
            for (std::size_t j = 0; j < rows.size(); ++j) raw[rows[j]] = out[j];
        }
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
                x[r * feats.size() + c] =
                    static_cast<float>(train.features[r][static_cast<int>(feats[c])]);
        std::vector<float> y(train.size());
        for (std::size_t i = 0; i < y.size(); ++i)
            y[i] = static_cast<float>(std::log10(train.measured[i]));
        BoosterParams p;
        p.rounds = 40;
        p.threads = 1;
        const Booster b = Booster::train(x, train.size(), feats.size(), y, p);
        const FlatForest f = FlatForest::fromXgboostJson(b.toJson());
        QCOMPARE(f.trees(), std::size_t(40));
        std::vector<float> a(train.size()), c(train.size());
        b.predict(x.data(), train.size(), feats.size(), a.data());
        f.predict(x.data(), train.size(), feats.size(), c.data());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(a[i] - c[i]) < 1e-4f * (1 + std::abs(a[i])));
    }

    void neverBeatsTheRooflineAndHasIntervals() {
        std::vector<double> t, lo, hi;
        hybrid.predict(train, t, &lo, &hi);
        for (std::size_t i = 0; i < train.size(); ++i) {
            QVERIFY(t[i] >= train.floor[i]);
            QVERIFY(lo[i] <= t[i] && t[i] <= hi[i]);
            QVERIFY(lo[i] >= train.floor[i]);  // no training row beat its floor
        }
    }

    void oneTrainingDeviceWidensUnseenIntervals() {
        // Trained on the V100 alone, no transfer check can run. The T4 runs
        // 1.25x slower than its spec and the V100's correction say (0.097 in
        // log10): the training interval alone (a few percent) misses nearly
        // every row; with the transfer prior, the 90% quantile of the
        // training rows' |log10 measured / roofline| added in quadrature,
        // 90% and more are inside. The V100's own interval is unchanged.
        const FeatureTable v100 = buildFeatureTable(synthetic(lib, {"Tesla V100-PCIE-32GB"}), lib);
        const LearnedModel one = LearnedModel::train(v100, fastOptions(PredictorKind::hybrid));
        QVERIFY(!one.transfer().done);
        const double prior = one.transfer().rooflineSpreadByKind.at(int(OpKind::gemm));
        QVERIFY2(prior > 0.2 && prior < 0.45, std::to_string(prior).c_str());  // 1.1-2.6x slower
        const FeatureTable t4 = buildFeatureTable(synthetic(lib, {"Tesla T4"}, 1.25), lib);
        const auto coverage = [](const LearnedModel& m, const FeatureTable& t, double* width) {
            std::vector<double> p, lo, hi;
            m.predict(t, p, &lo, &hi);
            if (width) {  // the median log10(high / low)
                std::vector<double> w;
                for (std::size_t i = 0; i < p.size(); ++i) w.push_back(std::log10(hi[i] / lo[i]));
                std::nth_element(w.begin(), w.begin() + w.size() / 2, w.end());
                *width = w[w.size() / 2];
            }
            return computeMetrics(p, t.measured, lo, hi).coverage;
        };
        double seenWidth = 0, unseenWidth = 0;
        QVERIFY(coverage(one, v100, &seenWidth) > 0.85);
        const double unseen = coverage(one, t4, &unseenWidth);
        QVERIFY2(unseen >= 0.9, std::to_string(unseen).c_str());
        QVERIFY2(unseenWidth > 2 * 0.9 * prior && seenWidth < 0.5 * prior,
                 (std::to_string(seenWidth) + " / " + std::to_string(unseenWidth)).c_str());
        // Kept in the file; a file written before (no prior) predicts as before.
        const std::string path = dir.filePath("one-device.json").toStdString();
        QCOMPARE(one.save(path), std::string());
        QCOMPARE(LearnedModel::load(path).transfer().rooflineSpreadByKind.at(int(OpKind::gemm)),
                 prior);
        nlohmann::json doc = nlohmann::json::parse(readAll(path));
        doc["transfer"].erase("roofline_q90_log10");
        doc["transfer"].erase("roofline_q90_log10_by_op_kind");
        writeAll(path, doc.dump());
        const LearnedModel old = LearnedModel::load(path);
        QVERIFY(old.transfer().rooflineSpreadByKind.empty());
        double oldWidth = 0;
        QVERIFY(coverage(old, t4, &oldWidth) < 0.5);
        QVERIFY(std::abs(oldWidth - seenWidth) < 0.05);
    }

    void intervalOfAPredictionAtTheFloor() {
        // Small kernels measured 3x faster than the spec's roofline: their
        // predictions are held at the datasheet floor. Their interval still
        // reaches above it, as the residuals of the other rows say it should
        // (it once sat around the unclamped prediction, below the floor, and
        // collapsed to [floor, floor]), and below it, where these rows are.
        const FeatureTable fast = buildFeatureTable(
            syntheticWith(lib, {"Tesla V100-PCIE-32GB"},
                          [](double small, std::size_t) { return small > 0.5 ? 0.3 : 1.2; }),
            lib);
        const LearnedModel m = LearnedModel::train(fast, fastOptions(PredictorKind::hybrid));
        std::vector<double> t, lo, hi;
        m.predict(fast, t, &lo, &hi);
        std::size_t atFloor = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] > fast.floor[i] * (1 + 1e-9)) continue;
            ++atFloor;
            QVERIFY2(hi[i] > t[i] * 1.0001 && lo[i] < t[i],
                     (std::to_string(t[i]) + " in " + std::to_string(lo[i]) + " .. " +
                      std::to_string(hi[i]))
                         .c_str());
        }
        QVERIFY2(atFloor > t.size() / 10, std::to_string(atFloor).c_str());
        // Down to the fastest training row relative to its floor, not further.
        double fastest = 1;
        for (std::size_t i = 0; i < t.size(); ++i)
            fastest = std::min(fastest, fast.measured[i] / fast.floor[i]);
        QVERIFY(fastest < 0.9);
        for (std::size_t i = 0; i < t.size(); ++i)
            QVERIFY(lo[i] >= fast.floor[i] * fastest * (1 - 1e-9));
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
        for (std::size_t i = 0; i < all.size(); ++i)
            (i % 29 == 0 && first.size() < 10 ? first : rest).push_back(i);
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

    void retrainCalibrationReducesError() {
        // The same 1.6x slower device, adapted by retraining on the training
        // rows plus the 10 samples; the method and k are kept in the file.
        const FeatureTable all = buildFeatureTable(synthetic(lib, {"Tesla T4"}, 1.6), lib);
        std::vector<std::size_t> first, rest;
        for (std::size_t i = 0; i < all.size(); ++i)
            (i % 29 == 0 && first.size() < 10 ? first : rest).push_back(i);
        const FeatureTable evalSet = all.subset(rest);
        LearnedModel m = hybrid;
        std::vector<double> before, after;
        m.predict(evalSet, before);
        const Calibration c = m.retrainCalibrate(train, all.subset(first), all.hardware[0], 30);
        QVERIFY(c.method == Calibration::Method::retrain);
        QCOMPARE(c.samples, 10);
        m.predict(evalSet, after);
        const double b = computeMetrics(before, evalSet.measured).mape;
        const double a = computeMetrics(after, evalSet.measured).mape;
        QVERIFY2(b > 30 && a < 12, (std::to_string(b) + " -> " + std::to_string(a)).c_str());
        const std::string path = dir.filePath("retrained.json").toStdString();
        QCOMPARE(m.save(path), std::string());
        const LearnedModel back = LearnedModel::load(path);
        QVERIFY(back.calibrations().at(all.hardware[0]).method == Calibration::Method::retrain);
        std::vector<double> again;
        back.predict(evalSet, again);
        for (std::size_t i = 0; i < again.size(); i += 13)
            QVERIFY(std::abs(again[i] / after[i] - 1) < 1e-9);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 m.retrainCalibrate(train, all.subset(first), "no such device"));
    }

    void transferCheckKeepsCorrectionsThatCarryOver() {
        // The slowdown depends on the shape only: held-out devices confirm the
        // correction, so it is trusted, and the unseen T4 is predicted well.
        const std::vector<std::string> three = {"Tesla V100-PCIE-32GB", "NVIDIA A100-PCIE-40GB",
                                                "Tesla P100-PCIE-16GB"};
        const FeatureTable t = buildFeatureTable(synthetic(lib, three), lib);
        const LearnedModel m = LearnedModel::train(t, fastOptions(PredictorKind::hybrid));
        QVERIFY(m.transfer().done);
        QCOMPARE(m.transfer().devices.size(), std::size_t(3));
        QVERIFY(m.transfer().levelSpread >= 0 && m.transfer().rowSpread > 0);
        QVERIFY2(m.transfer().trust >= 0.7, std::to_string(m.transfer().trust).c_str());
        QCOMPARE(m.trustFor(t.hardware[0], OpKind::gemm), 1.0);
        QVERIFY(m.transfer().trustByKind.count(static_cast<int>(OpKind::gemm)));
        // Split-conformal bounds, symmetric in log (interval_calibration.h).
        QVERIFY(m.transfer().conformal);
        const auto gemmBounds = m.transfer().residualByKind.at(static_cast<int>(OpKind::gemm));
        QCOMPARE(gemmBounds.first, -gemmBounds.second);
        const FeatureTable t4 = buildFeatureTable(synthetic(lib, {"Tesla T4"}), lib);
        std::vector<double> pred, lo, hi;
        m.predict(t4, pred, &lo, &hi);
        const ErrorMetrics e = computeMetrics(pred, t4.measured, lo, hi);
        QVERIFY2(e.mape < 10.0, std::to_string(e.mape).c_str());
        QVERIFY2(e.coverage > 0.8, std::to_string(e.coverage).c_str());
        // A file from before the conformal bounds (no "transfer.interval")
        // keeps its meaning: the same bounds widened by the ensemble spread.
        const std::string path = dir.filePath("pre-conformal.json").toStdString();
        QCOMPARE(m.save(path), std::string());
        nlohmann::json doc = nlohmann::json::parse(readAll(path));
        QCOMPARE(doc["transfer"]["interval"].get<std::string>(),
                 std::string("split-conformal, leave one device out"));
        doc["transfer"].erase("interval");
        writeAll(path, doc.dump());
        const LearnedModel old = LearnedModel::load(path);
        QVERIFY(!old.transfer().conformal);
        std::vector<double> oldPred, oldLo, oldHi;
        old.predict(t4, oldPred, &oldLo, &oldHi);
        bool wider = false;
        for (std::size_t i = 0; i < t4.size(); ++i) {
            QVERIFY(oldHi[i] >= hi[i] * (1 - 1e-12) && oldLo[i] <= lo[i] * (1 + 1e-12));
            wider = wider || oldHi[i] > hi[i] * 1.001;
        }
        QVERIFY(wider);
        // Without the check nothing confirmed the correction on a device
        // never seen: half of it (uncheckedTrustIsHalf).
        TrainOptions o = fastOptions(PredictorKind::hybrid);
        o.transferCheck = false;
        const LearnedModel unchecked = LearnedModel::train(t, o);
        QVERIFY(!unchecked.transfer().done);
        QCOMPARE(unchecked.trustFor(t4.hardware[0], OpKind::gemm), 0.5);
        QCOMPARE(unchecked.trustFor(t.hardware[0], OpKind::gemm), 1.0);
    }

    void transferCheckDistrustsDeviceSpecificCorrections() {
        // Each device slows down differently with shape (small kernels slow on
        // one, fast on the next): nothing learned on two carries to the third,
        // so unseen devices fall back towards the roofline.
        const std::vector<std::string> three = {"Tesla V100-PCIE-32GB", "NVIDIA A100-PCIE-40GB",
                                                "Tesla P100-PCIE-16GB"};
        const FeatureTable t = buildFeatureTable(
            syntheticWith(lib, three,
                          [](double small, std::size_t dev) {
                              const double shape[] = {2.5 * small, 2.5 * (1 - small),
                                                      1.2 * std::sin(9 * small) + 1.2};
                              return 1.05 + shape[dev % 3];
                          }),
            lib);
        const LearnedModel m = LearnedModel::train(t, fastOptions(PredictorKind::hybrid));
        QVERIFY(m.transfer().done);
        QVERIFY2(m.transfer().trust <= 0.5, std::to_string(m.transfer().trust).c_str());
        // The trust minimises the mean held-out error over (device, op) groups.
        double trusted = 0, full = 0;
        for (const auto& d : m.transfer().devices) {
            trusted += d.mapeTrusted;
            full += d.mapeFull;
        }
        QVERIFY2(trusted < full, (std::to_string(trusted) + " vs " + std::to_string(full)).c_str());
        // Retrain-calibration on k rows earns trust gradually.
        const FeatureTable t4 = buildFeatureTable(synthetic(lib, {"Tesla T4"}), lib);
        LearnedModel c = m;
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < t4.size() && rows.size() < 20; i += 13) rows.push_back(i);
        c.retrainCalibrate(t, t4.subset(rows), t4.hardware[0], 10);
        const double before = m.trustFor(t4.hardware[0], OpKind::gemm);
        const double trust = c.trustFor(t4.hardware[0], OpKind::gemm);
        QVERIFY2(trust > before && trust < 1.0,
                 (std::to_string(before) + " -> " + std::to_string(trust)).c_str());
    }

    void uncheckedTrustIsHalf() {
        // One training device: no transfer check can run, so nothing tells
        // how much of the V100's correction carries to the T4. The hybrid
        // applies half of it there (the trust whose worst case over "none
        // carries" and "all carries" is smallest; docs/learned.md, "One
        // training device"), all of it on the V100. It used to apply all of it.
        const FeatureTable v100 = buildFeatureTable(synthetic(lib, {"Tesla V100-PCIE-32GB"}), lib);
        const LearnedModel one = LearnedModel::train(v100, fastOptions(PredictorKind::hybrid));
        QVERIFY(!one.transfer().done);
        const FeatureTable t4 = buildFeatureTable(synthetic(lib, {"Tesla T4"}), lib);
        const std::string& t4Name = t4.hardware[0];
        QCOMPARE(one.trustFor(t4Name), 0.5);
        QCOMPARE(one.trustFor(t4Name, OpKind::gemm), 0.5);
        QCOMPARE(one.trustFor(t4Name, OpKind::batched_matmul), 0.5);
        QCOMPARE(one.trustFor(v100.hardware[0], OpKind::gemm), 1.0);
        QCOMPARE(one.trustTable(t4Name).byKind[int(OpKind::gemm)], 0.5);
        // The prediction is the geometric mean of the roofline and the fully
        // corrected one, wherever neither is held at the floor.
        std::vector<double> half;
        one.predict(t4, half);
        std::vector<double> full(t4.size());
        one.predictRaw(t4.features.data(), t4.roofline.data(), t4.floor.data(), t4.size(),
                       full.data(), TrustTable::full());
        int checked = 0;
        for (std::size_t i = 0; i < t4.size(); ++i) {
            if (full[i] <= t4.floor[i] || half[i] <= t4.floor[i]) continue;
            const double mid = std::sqrt(full[i] * t4.roofline[i]);
            QVERIFY2(std::abs(half[i] / mid - 1) < 1e-9,
                     (std::to_string(half[i]) + " vs " + std::to_string(mid)).c_str());
            ++checked;
        }
        QVERIFY(checked > int(t4.size()) / 2);
        QVERIFY(std::abs(half[0] / full[0] - 1) > 1e-3);  // not the full correction
        // A model file (the trust is not stored without a check) means the same.
        const std::string path = dir.filePath("unchecked.json").toStdString();
        QCOMPARE(one.save(path), std::string());
        QCOMPARE(LearnedModel::load(path).trustFor(t4Name, OpKind::gemm), 0.5);
        // k rows earn trust from there: 0.5 + 0.5 x k / (k + 20) after a retrain.
        LearnedModel c = one;
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < t4.size() && rows.size() < 10; i += 29) rows.push_back(i);
        c.retrainCalibrate(v100, t4.subset(rows), t4Name, 10);
        QVERIFY(std::abs(c.trustFor(t4Name, OpKind::gemm) - (0.5 + 0.5 * 10 / 30.0)) < 1e-12);
        // The pure learned model predicts log time, not a correction: trust 1.
        const LearnedModel learned = LearnedModel::train(v100, fastOptions(PredictorKind::learned));
        QCOMPARE(learned.trustFor(t4Name, OpKind::gemm), 1.0);
    }

    void modelFilesAreReproducible() {
        const std::string a = dir.filePath("a.json").toStdString(),
                          b = dir.filePath("b.json").toStdString(),
                          c = dir.filePath("c.json").toStdString();
        QCOMPARE(hybrid.save(a), std::string());
        QCOMPARE(LearnedModel::train(train, fastOptions(PredictorKind::hybrid)).save(b),
                 std::string());
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
        QTest::newRow("other version") << "version"
                                       << "format version 1; this Ridgeline reads version 2";
        QTest::newRow("bad trust") << "trust"
                                   << "/transfer/trust";
        QTest::newRow("negative spread") << "spread"
                                         << "/transfer/level_spread_log10";
        QTest::newRow("bad calibration method") << "calibration"
                                                << "/calibrations/NVIDIA Tesla T4/method";
        QTest::newRow("negative roofline prior") << "prior"
                                                 << "/transfer/roofline_q90_log10_by_op_kind/gemm";
        QTest::newRow("floor margin above 0") << "margin"
                                              << "/training/floor_margin_log10_by_op_kind/gemm";
        QTest::newRow("interval kind") << "interval"
                                       << "/transfer/interval";
        QTest::newRow("truncated") << "truncate"
                                   << "valid JSON (parse error at line";
        QTest::newRow("not a model") << "format"
                                     << "not a Ridgeline learned-model file";
        QTest::newRow("damaged member") << "member"
                                        << "/members/0";
        QTest::newRow("unknown feature") << "feature"
                                         << "unknown feature";
        QTest::newRow("missing file") << "missing"
                                      << "cannot open";
    }
    void badFilesGiveClearErrors() {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const std::string path = dir.filePath("bad-" + edit + ".json").toStdString();
        QCOMPARE(hybrid.save(path), std::string());
        std::string text = readAll(path);
        nlohmann::json doc = nlohmann::json::parse(text);
        if (edit == "version") doc["version"] = 1;
        if (edit == "trust") doc["transfer"]["trust"] = 5;
        if (edit == "spread") doc["transfer"]["level_spread_log10"] = -1;
        if (edit == "interval") doc["transfer"]["interval"] = "magic";
        if (edit == "prior") doc["transfer"]["roofline_q90_log10_by_op_kind"]["gemm"] = -0.1;
        if (edit == "margin") doc["training"]["floor_margin_log10_by_op_kind"]["gemm"] = 0.5;
        if (edit == "calibration")
            doc["calibrations"]["NVIDIA Tesla T4"] = {
                {"method", "magic"}, {"offset_log10", 0}, {"slope_log10", 0}, {"samples", 3}};
        if (edit == "format") doc["format"] = "something.else";
        if (edit == "member") doc["members"][0] = nlohmann::json{{"learner", 3}};
        if (edit == "feature") doc["features"][0] = "colour";
        if (edit == "truncate")
            writeAll(path, text.substr(0, text.size() / 2));
        else if (edit == "missing")
            std::remove(path.c_str());
        else
            writeAll(path, doc.dump());
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
        auto refine = refineHook(
            std::make_shared<const LearnedCostModel>(std::make_shared<const LearnedModel>(hybrid)));
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
