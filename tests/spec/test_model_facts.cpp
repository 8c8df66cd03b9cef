// Parameter counts and MACs against published figures: transformer configs
// from tests/data/hf_configs.json, CNNs built in code (both independent of the
// sample files).
#include <QtTest>

#include <cmath>

#include "core/spec/cnn_walk.h"
#include "core/spec/hf_config.h"
#include "core/spec/model_facts.h"
#include "tests/spec/hf_configs.h"

using namespace rl;

namespace {

TransformerConfig parse(const Json& config) {
    Diagnostics d("facts");
    auto c = parseTransformerConfig(config, "", d);
    if (!c) qFatal("config did not parse: %s", d.format().c_str());
    return *c;
}

CnnLayer layer(const char* type, std::int64_t out, int kernel = 1, int stride = 1,
               int padding = 0) {
    return {
        .type = type, .outChannels = out, .kernel = kernel, .stride = stride, .padding = padding};
}

// A fully connected layer with a bias and no batch norm (the classifier heads).
CnnLayer classifier(std::int64_t out) {
    CnnLayer fc = layer("fc", out);
    fc.bias = true;
    fc.batchNorm = false;
    return fc;
}

CnnSpec resnet50() {
    CnnSpec s;
    s.layers.push_back(layer("conv", 64, 7, 2, 3));
    CnnLayer pool = layer("maxpool", 0, 3, 2, 1);
    pool.batchNorm = false;
    s.layers.push_back(pool);
    const std::int64_t mids[] = {64, 128, 256, 512};
    const int repeats[] = {3, 4, 6, 3};
    for (int i = 0; i < 4; ++i) {
        CnnLayer b = layer("bottleneck", mids[i] * 4, 3, i == 0 ? 1 : 2);
        b.midChannels = mids[i];
        b.repeat = repeats[i];
        s.layers.push_back(b);
    }
    s.layers.push_back(layer("global_avgpool", 0));
    s.layers.push_back(classifier(1000));
    return s;
}

CnnSpec vgg16() {
    CnnSpec s;
    const int plan[] = {64, 64,  0,   128, 128, 0,   256, 256, 256,
                        0,  512, 512, 512, 0,   512, 512, 512, 0};
    for (int c : plan) {
        if (c == 0) {
            s.layers.push_back(layer("maxpool", 0, 2, 2));
            continue;
        }
        CnnLayer L = layer("conv", c, 3, 1, 1);
        L.bias = true;  // VGG-16 has biases and no batch norm
        L.batchNorm = false;
        s.layers.push_back(L);
    }
    for (int out : {4096, 4096, 1000}) s.layers.push_back(classifier(out));
    return s;
}

CnnSpec mobilenetV2() {
    CnnSpec s;
    CnnLayer stem = layer("conv", 32, 3, 2, 1);
    stem.activation = "relu6";
    s.layers.push_back(stem);
    const int table[][4] = {{1, 16, 1, 1}, {6, 24, 2, 2},  {6, 32, 3, 2}, {6, 64, 4, 2},
                            {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    for (auto& row : table) {
        CnnLayer b = layer("inverted_residual", row[1], 3, row[3]);
        b.expansion = row[0];
        b.repeat = row[2];
        b.activation = "relu6";
        s.layers.push_back(b);
    }
    CnnLayer head = layer("conv", 1280, 1);
    head.activation = "relu6";
    s.layers.push_back(head);
    s.layers.push_back(layer("global_avgpool", 0));
    s.layers.push_back(classifier(1000));
    return s;
}

}  // namespace

class TestModelFacts : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void transformerParameterCounts_data() {
        QTest::addColumn<QString>("checkpoint");
        QTest::addColumn<double>("expected");
        // Exact counts of the released checkpoints (sum of tensor sizes).
        for (const auto& [name, count] : test::hfConfigFile().at("parameter_counts").items())
            QTest::newRow(name.c_str()) << QString::fromStdString(name) << count.get<double>();
    }
    void transformerParameterCounts() {
        QFETCH(QString, checkpoint);
        QFETCH(double, expected);
        TransformerFacts f = transformerFacts(parse(test::hfConfig(checkpoint.toStdString())));
        QCOMPARE(f.params, expected);
    }

    void gpt3MatchesMegatronFormula() {
        // Korthikanti et al.: P = 12 l h^2 (1 + 13/(12h) + (V+s)/(12 l h)). The
        // formula leaves out the final layer norm (2h), which the model has.
        const double l = 96, h = 12288, V = 51200, s = 2048;
        TransformerFacts f = transformerFacts(
            parse(Json::parse(R"({"model_type": "gpt2", "n_embd": 12288, "n_layer": 96,
            "n_head": 96, "n_positions": 2048, "vocab_size": 51200})")));
        const double formula = 12 * l * h * h * (1 + 13 / (12 * h) + (V + s) / (12 * l * h));
        QVERIFY(std::fabs(f.params - (formula + 2 * h)) <= 1e-6 * formula);
        QVERIFY(std::fabs(f.params - formula) / formula < 1e-6);
    }

    void activeParamsKvAndFlops() {
        TransformerConfig mixtral = parse(test::hfConfig("Mixtral-8x7B"));
        TransformerFacts f = transformerFacts(mixtral);
        // Two of eight experts per token: 12.88 B active.
        QCOMPARE(f.activeParams, 46702792704.0 - 32 * 6 * 3 * 4096.0 * 14336);
        // GQA: 2 (K and V) x 32 layers x 8 heads x 128.
        QCOMPARE(f.kvBytesPerTokenPerByte, 2.0 * 32 * 8 * 128);
        QCOMPARE(f.embeddingParams, 32000.0 * 4096);
        QCOMPARE(f.flopsPerTokenForward, 2 * (f.activeParams - f.embeddingParams));

        TransformerConfig gpt2 = parse(test::hfConfig("GPT-2"));
        TransformerFacts g = transformerFacts(gpt2);
        // Tied LM head: not a parameter of its own, but still a GEMM per token.
        QCOMPARE(g.flopsPerTokenForward, 2 * (g.params - g.embeddingParams) + 2 * 50257.0 * 768);

        TransformerConfig bert = parse(test::hfConfig("BERT-base"));
        QCOMPARE(transformerFacts(bert).kvBytesPerTokenPerByte, 0.0);
    }

    void cnnParameterCountsAndMacs_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<double>("params");
        QTest::addColumn<double>("macs");
        // torchvision parameter counts (batch-norm weight and bias counted,
        // running statistics not) and the usual conv + fc MAC counts.
        QTest::newRow("ResNet-50") << 0 << 25557032.0 << 4.09e9;
        QTest::newRow("VGG-16") << 1 << 138357544.0 << 15.47e9;
        QTest::newRow("MobileNetV2") << 2 << 3504872.0 << 0.300e9;
    }
    void cnnParameterCountsAndMacs() {
        QFETCH(int, which);
        QFETCH(double, params);
        QFETCH(double, macs);
        CnnSpec spec = which == 0 ? resnet50() : which == 1 ? vgg16() : mobilenetV2();
        CnnFacts f = cnnFacts(spec);
        QCOMPARE(f.params, params);
        QVERIFY2(std::fabs(f.macs - macs) / macs < 0.01,
                 qPrintable(QString::number(f.macs, 'f', 0)));
    }

    void cnnWalkShapes() {
        std::vector<CnnPrimitive> prims;
        QVERIFY(!walkCnn(resnet50(), [&](const CnnPrimitive& p) { prims.push_back(p); }));
        // 1 stem + 16 blocks x 3 convs + 4 downsample convs = 53 convolutions.
        int convs = 0;
        for (const auto& p : prims) convs += p.kind == CnnPrimitive::Kind::conv;
        QCOMPARE(convs, 53);
        QCOMPARE(prims.back().kind, CnnPrimitive::Kind::fc);
        QCOMPARE(prims.back().inChannels, std::int64_t(2048));
        QCOMPARE(prims[0].outHeight, std::int64_t(112));
        QCOMPARE(prims[1].outHeight, std::int64_t(56));  // after the max pool

        CnnSpec bad;
        bad.inputHeight = bad.inputWidth = 4;
        bad.layers.push_back(layer("conv", 8, 7));
        auto err = walkCnn(bad, [](const CnnPrimitive&) {});
        QVERIFY(err.has_value());
        QCOMPARE(err->key, std::string("kernel"));
        // Built in code with nonsense values: reported, never a crash or overflow.
        CnnSpec huge;
        huge.inputHeight = huge.inputWidth = 100000;
        huge.inputChannels = 1000000;
        huge.layers.push_back(layer("conv", 1000000, 3, 1, 1));
        QVERIFY(walkCnn(huge, [](const CnnPrimitive&) {}).has_value());
        CnnSpec zero;
        zero.layers.push_back(layer("conv", 8, 3, 0));
        QVERIFY(walkCnn(zero, [](const CnnPrimitive&) {}).has_value());
    }
};

QTEST_APPLESS_MAIN(TestModelFacts)
#include "test_model_facts.moc"
