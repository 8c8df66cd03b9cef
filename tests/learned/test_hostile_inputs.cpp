// Hostile learned-model files and measurement CSVs (issue 17, cases 1, 2, 3
// and 4). A small model is trained here and saved; each case corrupts one
// field of the file the way a damaged download or a hostile sender would, and
// the loader must refuse it with the file, the JSON path and the reason,
// before XGBoost, the flat forest or the MLP sees it (sanitizers check that
// nothing crashes on the way).
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"
#include "core/learned/learned_model.h"
#include "core/spec/input_file.h"

using namespace rl;
using Json = nlohmann::json;
using Ptr = Json::json_pointer;

namespace {

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << text;
}

std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

// GEMM timings on two devices: the roofline times a smooth shape-dependent slowdown.
Dataset measurements(const DeviceLibrary& lib) {
    Dataset d;
    for (const char* dev : {"Tesla V100-PCIE-32GB", "NVIDIA A100-PCIE-40GB"})
        for (long long m : {64, 256, 1024, 4096})
            for (long long n : {128, 512, 2048})
                for (long long k : {256, 1024}) {
                    Sample s = gemmSample("linear", 1, m, n, k, DType::fp32, false, false);
                    s.device = dev;
                    s.hardware = lib.find(dev)->name;
                    const double flops = 2.0 * static_cast<double>(m * n * k);
                    s.timeS = describe(s.op, *lib.find(dev)).record.timeEach *
                              (1.2 + 3e9 / (flops + 3e9));
                    d.samples.push_back(s);
                }
    return d;
}

struct Mutation {
    const char* name;
    std::function<void(Json&)> apply;
    const char* path;  // JSON pointer the refusal must name
};

const char* kTree = "/members/0/learner/gradient_booster/model/trees/0";
const char* kModel = "/members/0/learner/gradient_booster/model";

std::string tree(const std::string& rest) { return kTree + rest; }

// The first leaf of tree 0 (a node whose children are -1).
std::size_t firstLeaf(const Json& doc) {
    const Json& left = doc[Ptr(tree("/left_children"))];
    for (std::size_t i = 0; i < left.size(); ++i)
        if (left[i] == -1) return i;
    return 0;
}

std::vector<Mutation> xgboostMutations() {
    return {
        // The crash of the issue: XGBoost reads num_trees trees whatever the array holds.
        {"num-trees-1000000",
         [](Json& d) { d[Ptr(std::string(kModel) + "/gbtree_model_param/num_trees")] = "1000000"; },
         "/gbtree_model_param/num_trees"},
        {"child-minus-7", [](Json& d) { d[Ptr(tree("/left_children/0"))] = -7; },
         "/trees/0/left_children/0"},
        {"child-self-cycle", [](Json& d) { d[Ptr(tree("/left_children/0"))] = 0; },
         "/trees/0/left_children/0"},
        {"child-past-end",
         [](Json& d) {
             d[Ptr(tree("/right_children/0"))] = d[Ptr(tree("/right_children"))].size();
         },
         "/trees/0/right_children/0"},
        {"two-parents",
         [](Json& d) { d[Ptr(tree("/right_children/0"))] = d[Ptr(tree("/left_children/1"))]; },
         "/trees/0/"},
        {"root-with-parent", [](Json& d) { d[Ptr(tree("/parents/0"))] = 0; }, "/trees/0/parents/0"},
        {"feature-99", [](Json& d) { d[Ptr(tree("/split_indices/0"))] = 99; },
         "/trees/0/split_indices/0"},
        {"leaf-1e300",
         [](Json& d) { d[Ptr(tree("/split_conditions/" + std::to_string(firstLeaf(d))))] = 1e300; },
         "/trees/0/split_conditions/"},
        {"threshold-string", [](Json& d) { d[Ptr(tree("/split_conditions/0"))] = "0.5"; },
         "/trees/0/split_conditions/0"},
        {"arrays-of-different-lengths", [](Json& d) { d[Ptr(tree("/split_conditions"))].erase(0); },
         "/trees/0/split_conditions"},
        {"num-nodes-wrong", [](Json& d) { d[Ptr(tree("/tree_param/num_nodes"))] = "3"; },
         "/trees/0/left_children"},
        {"tree-info-short", [](Json& d) { d[Ptr(std::string(kModel) + "/tree_info")].erase(0); },
         "/tree_info"},
        {"trees-not-array", [](Json& d) { d[Ptr(std::string(kModel) + "/trees")] = 5; },
         "/model/trees"},
        {"tree-id-wrong", [](Json& d) { d[Ptr(tree("/id"))] = 3; }, "/trees/0/id"},
        {"categorical-split",
         [](Json& d) {
             d[Ptr(tree("/categories"))] = {1, 2};
         },
         "/trees/0/categories"},
        {"unknown-tree-key", [](Json& d) { d[Ptr(tree("/surprise"))] = 1; }, "/trees/0/surprise"},
        {"num-feature-wrong",
         [](Json& d) { d[Ptr("/members/0/learner/learner_model_param/num_feature")] = "3"; },
         "/learner_model_param/num_feature"},
        {"base-score-inf",
         [](Json& d) { d[Ptr("/members/0/learner/learner_model_param/base_score")] = "inf"; },
         "/learner_model_param/base_score"},
        {"objective-changed",
         [](Json& d) { d[Ptr("/members/0/learner/objective/name")] = "binary:logistic"; },
         "/objective/name"},
        {"booster-dart",
         [](Json& d) { d[Ptr("/members/0/learner/gradient_booster/name")] = "dart"; },
         "/gradient_booster/name"},
        {"learner-missing", [](Json& d) { d[Ptr("/members/0")].erase("learner"); },
         "/members/0/learner"},
        {"member-not-object", [](Json& d) { d[Ptr("/members/1")] = "tree"; }, "/members/1"},
        // The envelope: a calibration offset of 1e308 predicted "inf s".
        {"calibration-offset-1e308",
         [](Json& d) {
             d["calibrations"]["Tesla T4"] = {
                 {"method", "offset"}, {"offset_log10", 1e308}, {"slope_log10", 0}, {"samples", 3}};
         },
         "/calibrations/Tesla T4/offset_log10"},
        {"calibration-slope-huge",
         [](Json& d) {
             d["calibrations"]["Tesla T4"] = {
                 {"method", "offset"}, {"offset_log10", 0}, {"slope_log10", -40}, {"samples", 3}};
         },
         "/calibrations/Tesla T4/slope_log10"},
        {"feature-min-1e308", [](Json& d) { d[Ptr("/training/feature_min/0")] = 1e308; },
         "/training/feature_min/0"},
    };
}

}  // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    DeviceLibrary lib;
    std::string goodXgboost, goodMlp;  // saved model files
    int tried = 0, refused = 0;

    // The file must be refused with its name, `pointer` and the reason.
    void expectRefused(const std::string& path, const std::string& pointer) {
        ++tried;
        try {
            LearnedModel::load(path);
        } catch (const ModelFileError& e) {
            const std::string msg = e.what();
            const std::string name = std::filesystem::path(path).filename().string();
            QVERIFY2(msg.find(name) != std::string::npos, msg.c_str());
            QVERIFY2(msg.find(pointer) != std::string::npos, (pointer + "\n" + msg).c_str());
            QVERIFY2(msg.find(": error: ") != std::string::npos, msg.c_str());
            QVERIFY2(msg.size() < 4000, msg.substr(0, 300).c_str());  // no echo of huge fields
            ++refused;
            return;
        }
        QFAIL(("accepted: " + path).c_str());
    }

    std::string mutate(const std::string& base, const char* name,
                       const std::function<void(Json&)>& apply) {
        Json doc = Json::parse(readFile(base));
        apply(doc);
        const std::string path = dir.filePath(QString(name) + ".json").toStdString();
        writeFile(path, doc.dump());
        return path;
    }

  private Q_SLOTS:
    void initTestCase() {
        lib.addFolder(RIDGELINE_SAMPLES "/hardware");
        const FeatureTable data = buildFeatureTable(measurements(lib), lib);
        TrainOptions o;
        o.boost.rounds = 6;
        o.boost.maxDepth = 3;
        o.boost.threads = 1;
        o.ensemble = 2;
        o.transferCheck = false;
        goodXgboost = dir.filePath("good.json").toStdString();
        QCOMPARE(LearnedModel::train(data, o).save(goodXgboost), std::string());
        o.algorithm = Algorithm::mlp;
        o.mlp.epochs = 3;
        o.mlp.hidden = 8;
        goodMlp = dir.filePath("good-mlp.json").toStdString();
        QCOMPARE(LearnedModel::train(data, o).save(goodMlp), std::string());
    }

    void cleanupTestCase() {
        // The counts docs/reliability.md reports.
        qInfo("hostile learned-model files: %d tried, %d refused with file, path and reason", tried,
              refused);
    }

    void untouchedFilesLoad() {
        QVERIFY(LearnedModel::load(goodXgboost).algorithm() == Algorithm::xgboost);
        QVERIFY(LearnedModel::load(goodMlp).algorithm() == Algorithm::mlp);
    }

    void corruptXgboostMembersAreRefused_data() {
        QTest::addColumn<int>("index");
        const auto all = xgboostMutations();
        for (std::size_t i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << static_cast<int>(i);
    }
    void corruptXgboostMembersAreRefused() {
        QFETCH(int, index);
        const Mutation m = xgboostMutations()[static_cast<std::size_t>(index)];
        expectRefused(mutate(goodXgboost, m.name, m.apply), m.path);
    }

    void corruptMlpMembersAreRefused() {
        expectRefused(mutate(goodMlp, "mlp-weight-1e308",
                             [](Json& d) { d[Ptr("/members/0/layers/0/weights/0/0")] = 1e308; }),
                      "/members/0/layers/0/weights/0");
        expectRefused(mutate(goodMlp, "mlp-layers-do-not-chain",
                             [](Json& d) { d[Ptr("/members/0/layers/0/bias")].erase(0); }),
                      "/members/0/layers/0/weights");
        expectRefused(mutate(goodMlp, "mlp-input-size",
                             [](Json& d) { d[Ptr("/members/0/input_mean")].erase(0); }),
                      "/members/0/input_mean");
    }

    void unreadableModelFilesAreRefusedAtOnce() {
        // A device never ends, a FIFO never opens, a directory is no file (case 4).
        expectRefused("/dev/zero", "character device");
        expectRefused(dir.path().toStdString(), "a directory");
        const std::string fifo = dir.filePath("pipe.json").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        expectRefused(fifo, "FIFO");
        const std::string big = dir.filePath("big.json").toStdString();
        writeFile(big, "");
        std::filesystem::resize_file(big, kMaxModelFileBytes + 1);  // sparse
        expectRefused(big, "of at most 128 MiB");
        const std::string latin1 = dir.filePath("latin1.json").toStdString();
        writeFile(latin1, "{\"format\": \"caf\xE9\"}");
        expectRefused(latin1, "line 1, column 16");
        const std::string deep = dir.filePath("deep.json").toStdString();
        writeFile(deep, std::string(100, '[') + std::string(100, ']'));
        expectRefused(deep, "nesting depth 100");
        const std::string cut = dir.filePath("truncated.json").toStdString();
        const std::string text = readFile(goodXgboost);
        writeFile(cut, text.substr(0, text.size() / 2));
        expectRefused(cut, "valid JSON");
    }

    void saveNeverFollowsAFixedTempName() {
        // `learn train --out m.json` once wrote m.json.tmp, truncating whatever a
        // symlink of that name pointed at (case 2).
        const std::string victim = dir.filePath("victim.txt").toStdString();
        writeFile(victim, "precious");
        const std::string out = dir.filePath("saved.json").toStdString();
        std::filesystem::create_symlink(victim, out + ".tmp");
        QCOMPARE(LearnedModel::load(goodXgboost).save(out), std::string());
        QCOMPARE(readFile(victim), std::string("precious"));
        QVERIFY(LearnedModel::load(out).algorithm() == Algorithm::xgboost);
        // A failed save names the reason and leaves nothing behind.
        const std::string err = LearnedModel::load(goodXgboost).save(dir.path().toStdString());
        QVERIFY2(err.find("is a directory") != std::string::npos, err.c_str());
    }

    // ---- measurement CSVs (case 3) ----------------------------------------

    void neusightRowsAreCheckedBeforeArithmetic() {
        const std::string path = dir.filePath("neusight.csv").toStdString();
        const std::string header = "op,device,B,M,N,K,latency_ms\n";
        const std::string bigField(50u << 20, '7');                              // a 50 MB field
        writeFile(path, "\xEF\xBB\xBF" + header +                                // BOM (line 1)
                            "linear,Tesla T4,4000000000,4000000000,64,64,1.0\n"  // B x M overflows
                            "bmm,Tesla T4,1,64,64,64,1e308\n"                    // absurd latency
                            "bmm,Tesla T4,1,64,64,64,inf\n"                      // not finite
                            "bmm,Tesla T4,1,64,64,64,x" +
                            bigField + "\n" +                            // 50 MB bad field
                            "linear,Tesla T4,1,1024,1024,1024,0.25\n");  // good
        ImportResult r = importCsv(path);
        QVERIFY(r.format == CsvFormat::neusight);  // the BOM did not hide the header
        QCOMPARE(r.data.samples.size(), std::size_t(1));
        QCOMPARE(r.data.samples[0].op.gemm.m, 1024LL);
        QCOMPARE(r.issues.size(), std::size_t(4));
        const char* reasons[] = {"overflows a 64-bit integer", "from 1 ps to 10000 s",
                                 "is not a number", "is not a number"};
        for (std::size_t i = 0; i < 4; ++i) {
            const std::string text = r.issues[i].text();
            QVERIFY2(text.rfind(path + ":" + std::to_string(i + 2) + ": ", 0) == 0, text.c_str());
            QVERIFY2(text.find(reasons[i]) != std::string::npos, text.c_str());
            QVERIFY2(text.size() < 400, text.substr(0, 200).c_str());  // the field is not echoed
        }
        for (const Sample& s : r.data.samples) QVERIFY(s.op.gemm.m > 0 && s.timeS < 1e4);
    }

    void genericRowsRefuseOverflowingShapes() {
        const std::string path = dir.filePath("generic.csv").toStdString();
        writeFile(path,
                  genericCsvHeader() +
                      "\ngemm,g,Tesla T4,fp32,0.001,,,1,3037000500,3037000500,2,,,,,,,,,,,,,,\n");
        ImportResult r = importCsv(path);
        QCOMPARE(r.data.samples.size(), std::size_t(0));
        QCOMPARE(r.issues.size(), std::size_t(1));
        QVERIFY2(r.issues[0].text().find("batch x m x n x k overflows") != std::string::npos,
                 r.issues[0].text().c_str());
        // A kernel of 2^32 + 3 once became a kernel of 3 when stored as int.
        writeFile(
            path,
            genericCsvHeader() +
                "\nconv2d,c,Tesla T4,fp32,0.001,,,1,,,,3,64,224,224,4294967299,1,0,1,,,,,,\n");
        r = importCsv(path);
        QCOMPARE(r.data.samples.size(), std::size_t(0));
        QVERIFY2(r.issues.at(0).text().find("kernel = 4294967299 must be at most 1048576") !=
                     std::string::npos,
                 r.issues[0].text().c_str());
    }

    void unreadableCsvsAreRefusedAtOnce() {
        ImportResult dev = importCsv("/dev/zero");
        QCOMPARE(dev.issues.size(), std::size_t(1));
        QVERIFY2(dev.issues[0].text().find("character device") != std::string::npos,
                 dev.issues[0].text().c_str());
        ImportResult folder = importCsv(dir.path().toStdString());
        QCOMPARE(folder.issues.size(), std::size_t(1));
        QVERIFY2(folder.issues[0].text().find("a directory") != std::string::npos,
                 folder.issues[0].text().c_str());
        const std::string big = dir.filePath("big.csv").toStdString();
        writeFile(big, "");
        std::filesystem::resize_file(big, kMaxCsvFileBytes + 1);
        ImportResult huge = importCsv(big);
        QVERIFY2(huge.issues.at(0).text().find("at most 256 MiB") != std::string::npos,
                 huge.issues[0].text().c_str());
    }
};

QTEST_APPLESS_MAIN(TestHostileInputs)
#include "test_hostile_inputs.moc"
