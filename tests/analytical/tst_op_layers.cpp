// Which layers each operator record stands for: the lowering folds the 32
// identical layers of Llama-2-7B into one record per operator, and the record
// says so (layer 0, span 32), while the embedding and the LM head sit outside
// the stack (layer -1).
#include <cmath>
#include <set>

#include <QtTest>

#include "core/analytical/analyze.h"
#include "test_specs.h"

using namespace rl;

class TestOpLayers : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void llamaLayerOpsCoverEveryLayer() {
        const Prediction p = analyze(test::sampleHardware("nvidia-a100-sxm4-80gb.json"),
                                     test::llama2_7b(), test::inference(1, 512, 256));
        int inLayers = 0;
        std::set<std::string> outside;
        for (const OpRecord& op : p.ops) {
            if (op.name.rfind("layer.", 0) == 0) {
                ++inLayers;
                // Layers 0..31, every one of them.
                QCOMPARE(op.layer, 0);
                QCOMPARE(op.layerSpan, 32);
                // The count holds the layers (x decode steps): a multiple of 32.
                QVERIFY2(std::fmod(op.count, 32.0) == 0.0, op.name.c_str());
            } else {
                QVERIFY2(op.layer == -1, op.name.c_str());
                QCOMPARE(op.layerSpan, 1);
                outside.insert(op.name);
            }
        }
        QVERIFY(inLayers >= 2 * 10);  // prefill and decode each have a dozen layer ops
        QVERIFY(outside.count("embedding"));
        QVERIFY(outside.count("lm_head"));
    }

    void cnnLayersAreTheirOwn() {
        const ModelSpec resnet = test::sampleModel("resnet-50.json");
        const Prediction p =
            analyze(test::sampleHardware("nvidia-t4.json"), resnet, test::inference(1, 1, 1));
        std::set<int> layers;
        for (const OpRecord& op : p.ops) {
            QCOMPARE(op.layerSpan, 1);
            layers.insert(op.layer);
        }
        // Each entry of the spec's layer list (stem, pool, four stages, pool, fc) is its own.
        QVERIFY(layers.size() >= 6);
        QCOMPARE(*layers.begin(), 0);
        QCOMPARE(*layers.rbegin(), static_cast<int>(resnet.cnn.layers.size()) - 1);
    }
};

QTEST_GUILESS_MAIN(TestOpLayers)
#include "tst_op_layers.moc"
