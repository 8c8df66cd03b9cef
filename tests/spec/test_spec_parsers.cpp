// The four spec formats: parsing, validation with paths, project references,
// round trips through toJson, atomic saving.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/spec/format_field.h"
#include "core/spec/spec_io.h"
#include "tests/spec/hf_configs.h"

using namespace rl;

namespace {

Json hardwareDoc() {
    return Json::parse(R"({
      "format": "ridgeline.hardware", "version": 1, "name": "Test GPU", "vendor": "V", "kind": "gpu",
      "source": "made up for tests", "aliases": ["tg"],
      "compute": {"units": 100, "clock": "1.5 GHz",
                  "peak": {"fp32": "20 TFLOP/s", "fp16": "300 TFLOP/s"},
                  "efficiency": {"fp16": 0.75}, "energy_per_flop": "0.5 pJ/FLOP"},
      "memory": [
        {"name": "HBM", "kind": "hbm", "capacity": "80 GiB", "bandwidth": "2 TB/s", "efficiency": 0.85,
         "read_energy": "7 pJ/B", "write_energy": "7 pJ/B", "latency": "500 ns"},
        {"name": "L2", "kind": "cache", "capacity": "40 MiB", "bandwidth": "5 TB/s"},
        {"name": "L1", "kind": "sram", "capacity": "192 KiB", "instances": 100, "bandwidth": "20 TB/s"}],
      "interconnect": [{"name": "NVLink", "topology": "switch", "devices": 8, "link_bandwidth": "300 GB/s",
                        "latency": "2 us", "efficiency": 0.8, "energy_per_byte": "10 pJ/B"}],
      "tdp": "400 W", "die_area": "826 mm2", "cost_per_hour": "2 USD/h", "kernel_launch": "4 us"})");
}

// Llama-2-7B's config.json as released.
Json llamaConfig() { return test::hfConfig("Llama-2-7B"); }

Json modelDoc(const Json& transformer) {
    return Json{
        {"format", "ridgeline.model"}, {"version", 1}, {"name", "M"}, {"transformer", transformer}};
}

Json scenarioDoc(const std::string& kind) {
    Json j = {{"format", "ridgeline.scenario"},
              {"version", 1},
              {"name", "S"},
              {"kind", kind},
              {"precision", {{"weights", "bf16"}, {"activations", "bf16"}, {"kv_cache", "fp8"}}},
              {"parallelism", {{"tensor", 2}, {"pipeline", 2}, {"data", 2}, {"expert", 1}}}};
    if (kind == "inference")
        j["inference"] = {{"batch", 4},
                          {"prompt_tokens", 1000},
                          {"generated_tokens", 100},
                          {"prefill_chunk", 256},
                          {"flash_attention", false}};
    if (kind == "serving")
        j["serving"] = {
            {"arrival", "poisson"},
            {"rate_per_s", 2.5},
            {"requests", 500},
            {"prompt_length", {{"kind", "uniform"}, {"mean", 600}, {"min", 100}, {"max", 1100}}},
            {"output_length", {{"kind", "fixed"}, {"mean", 128}}},
            {"scheduler", "sarathi"},
            {"max_batch", 64},
            {"kv_block_tokens", 32},
            {"seed", 7}};
    if (kind == "training")
        j["training"] = {{"global_batch", 64},       {"micro_batch", 2},
                         {"sequence", 4096},         {"zero_stage", 1},
                         {"recompute", "selective"}, {"sequence_parallel", true},
                         {"interleave", 2},          {"optimizer", "adamw"}};
    return j;
}

bool hasErrorAt(const Diagnostics& d, const std::string& path, const std::string& text = {}) {
    for (const auto& i : d.items())
        if (i.severity == Diagnostic::Severity::error && i.path == path &&
            (text.empty() || i.format().find(text) != std::string::npos))
            return true;
    return false;
}

bool hasWarningAt(const Diagnostics& d, const std::string& path) {
    for (const auto& i : d.items())
        if (i.severity == Diagnostic::Severity::warning && i.path == path) return true;
    return false;
}

void writeFile(const QString& path, const std::string& text) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

}  // namespace

class TestSpecParsers : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void hardwareParses() {
        auto hw = parseHardware(hardwareDoc(), "hw.json");
        QVERIFY2(hw.ok(), hw.diagnostics.format().c_str());
        QCOMPARE(hw.diagnostics.items().size(), std::size_t(0));
        const Hardware& h = *hw.value;
        QCOMPARE(h.compute.units, 100);
        QCOMPARE(h.compute.peak(DType::fp16), 300e12);
        QCOMPARE(h.compute.peak(DType::bf16), 300e12);  // falls back to fp16
        QCOMPARE(h.memory.size(), std::size_t(3));
        QCOMPARE(h.memory[0].capacityBytes, 80.0 * 1073741824.0);
        QCOMPARE(h.memory[2].totalCapacity(), 100.0 * 196608.0);
        QCOMPARE(h.deviceCount(), 8);
        QCOMPARE(h.ridgePoint(DType::fp16, 0), 150.0);
        QCOMPARE(h.aliases.size(), std::size_t(1));
        QCOMPARE(h.dieAreaM2, 826e-6);
    }
    void hardwareReportsAllErrorsAtOnce() {
        Json j = hardwareDoc();
        j["memory"][0]["capacity"] = "-1 GiB";
        j["memory"][1]["bandwidth"] = "0 TB/s";
        j["compute"]["clock"] = 1.5e9;
        j["compute"]["peak"]["fp16"] = "300 TB/s";
        j["tdpp"] = "300 W";
        j["memory"][2]["kind"] = "sramm";
        auto hw = parseHardware(j, "hw.json");
        QVERIFY(!hw.ok());
        QVERIFY(!hw.value);
        QCOMPARE(hw.diagnostics.errorCount(), 6);
        QVERIFY(hasErrorAt(hw.diagnostics, "/memory/0/capacity",
                           "hw.json: /memory/0/capacity: error: got \"-1 GiB\""));
        QVERIFY(hasErrorAt(hw.diagnostics, "/memory/1/bandwidth"));
        QVERIFY(hasErrorAt(hw.diagnostics, "/compute/clock", "bare number"));
        QVERIFY(hasErrorAt(hw.diagnostics, "/compute/peak/fp16", "unknown unit"));
        QVERIFY(hasErrorAt(hw.diagnostics, "/tdpp", "did you mean \"tdp\"?"));
        QVERIFY(hasErrorAt(hw.diagnostics, "/memory/2/kind", "did you mean \"sram\"?"));
    }
    void memoryHierarchyConsistency() {
        Json j = hardwareDoc();
        j["memory"][1]["capacity"] = "100 GiB";  // larger than HBM: error
        j["memory"][2]["bandwidth"] = "1 TB/s";  // slower than L2: warning only
        auto hw = parseHardware(j, "hw.json");
        QVERIFY(hasErrorAt(hw.diagnostics, "/memory/1/capacity", "must not grow inward"));
        QVERIFY(hasWarningAt(hw.diagnostics, "/memory/2/bandwidth"));
        QCOMPARE(hw.diagnostics.errorCount(), 1);

        Json ok = hardwareDoc();
        ok["memory"][2]["bandwidth"] = "1 TB/s";
        auto warnOnly = parseHardware(ok, "hw.json");
        QVERIFY(warnOnly.ok());
        QVERIFY(hasWarningAt(warnOnly.diagnostics, "/memory/2/bandwidth"));
    }
    void hardwareLimits() {
        Json j = hardwareDoc();
        j["compute"]["peak"]["fp8"] = "1e20 FLOP/s";
        j["compute"]["clock"] = "11 GHz";
        j["memory"][0]["capacity"] = "2 PiB";
        j["memory"][0]["bandwidth"] = "2 PB/s";
        j["compute"]["units"] = 20000000;
        j["memory"][0]["efficiency"] = 1.01;
        auto hw = parseHardware(j, "hw.json");
        for (const char* p : {"/compute/peak/fp8", "/compute/clock", "/memory/0/capacity",
                              "/memory/0/bandwidth", "/compute/units", "/memory/0/efficiency"})
            QVERIFY2(hasErrorAt(hw.diagnostics, p), p);
        Json noPeak = hardwareDoc();
        noPeak["compute"]["peak"] = Json::object();
        noPeak["memory"] = Json::array();
        auto empty = parseHardware(noPeak, "hw.json");
        QVERIFY(hasErrorAt(empty.diagnostics, "/compute/peak"));
        QVERIFY(hasErrorAt(empty.diagnostics, "/memory"));
    }
    void embeddedAcceleratorIsParsed() {
        const std::string path =
            std::string(RIDGELINE_SAMPLES) + "/accelerators/tutorial-3level.json";
        Diagnostics scratch(path);
        auto acc = readJsonFile(path, scratch);
        if (!acc) QSKIP("accelerator sample missing");
        acc->erase("format");
        acc->erase("version");
        Json j = hardwareDoc();
        j["kind"] = "accelerator";
        j["accelerator"] = *acc;
        auto hw = parseHardware(j, "acc.json");
        QVERIFY2(hw.ok(), hw.diagnostics.format().c_str());
        QVERIFY(hw.value->accelerator != nullptr);
        auto again = parseHardware(toJson(*hw.value), "acc2.json");
        QVERIFY2(again.ok(), again.diagnostics.format().c_str());
        QVERIFY(again.value->accelerator != nullptr);
        j["accelerator"]["bogus"] = 1;
        QVERIFY(hasErrorAt(parseHardware(j, "acc.json").diagnostics, "/accelerator/bogus"));
    }
    void formatAndVersion() {
        Json j = hardwareDoc();
        j["version"] = 2;
        auto v2 = parseHardware(j, "hw.json");
        QVERIFY(
            hasErrorAt(v2.diagnostics, "/version",
                       "file format version 2 is not supported; this Ridgeline reads version 1"));
        auto asModel = parseModel(hardwareDoc(), "hw.json");
        QVERIFY(hasErrorAt(asModel.diagnostics, "/format", "ridgeline.model"));
        QCOMPARE(asModel.diagnostics.errorCount(), 1);  // no cascade of unknown keys
        QVERIFY(detectSpecKind(hardwareDoc()) == SpecKind::hardware);
        QVERIFY(detectSpecKind(llamaConfig()) == SpecKind::model);
        QVERIFY(detectSpecKind(Json::array()) == SpecKind::unknown);
        QVERIFY(detectSpecKind(Json{{"format", "ridgeline.problem"}}) == SpecKind::problem);
        QCOMPARE(toString(SpecKind::scenario), std::string("scenario"));
        // The format string, or nothing, whatever the document holds.
        QCOMPARE(formatField(hardwareDoc()), std::string("ridgeline.hardware"));
        QCOMPARE(formatField(Json{{"format", 2}}), std::string());
        QCOMPARE(formatField(Json{{"format", Json::object()}}), std::string());
        QCOMPARE(formatField(Json::array()), std::string());
        QCOMPARE(formatField(llamaConfig()), std::string());
    }

    void llamaModel() {
        auto m = parseModel(modelDoc(llamaConfig()), "m.json");
        QVERIFY2(m.ok(), m.diagnostics.format().c_str());
        QCOMPARE(m.diagnostics.items().size(), std::size_t(0));  // irrelevant HF keys are silent
        const auto& t = m.value->transformer;
        QCOMPARE(t.hidden, std::int64_t(4096));
        QCOMPARE(t.kvHeads, std::int64_t(32));
        QCOMPARE(t.headDim, std::int64_t(128));
        QVERIFY(t.gatedMlp);
        QCOMPARE(t.norm, std::string("rms"));
    }
    void unknownHfKeysWarn() {
        Json c = llamaConfig();
        c["some_new_hf_key"] = 3;
        auto m = parseModel(modelDoc(c), "m.json");
        QVERIFY(m.ok());
        QVERIFY(hasWarningAt(m.diagnostics, "/transformer/some_new_hf_key"));
        Json top = modelDoc(llamaConfig());
        top["nmae"] = "x";
        auto bad = parseModel(top, "m.json");
        QVERIFY(hasErrorAt(bad.diagnostics, "/nmae", "did you mean \"name\"?"));
    }
    void transformerConsistency() {
        Json c = llamaConfig();
        c["num_key_value_heads"] = 5;
        QVERIFY(hasErrorAt(parseModel(modelDoc(c), "m").diagnostics,
                           "/transformer/num_key_value_heads", "divisor"));
        c = llamaConfig();
        c["hidden_size"] = 4000;
        c["num_attention_heads"] = 6;
        c["num_key_value_heads"] = 6;
        QVERIFY(hasErrorAt(parseModel(modelDoc(c), "m").diagnostics,
                           "/transformer/num_attention_heads", "head_dim"));
        c["head_dim"] = 128;  // explicit head_dim makes it fine
        QVERIFY(parseModel(modelDoc(c), "m").ok());
        c = llamaConfig();
        c["model_type"] = "mixtral";
        c["num_local_experts"] = 4;
        c["num_experts_per_tok"] = 5;
        QVERIFY(hasErrorAt(parseModel(modelDoc(c), "m").diagnostics,
                           "/transformer/num_experts_per_tok"));
        Json neither = {{"format", "ridgeline.model"}, {"version", 1}, {"name", "x"}};
        QVERIFY(parseModel(neither, "m").diagnostics.hasErrors());
    }
    void familiesNormalise() {
        // gpt2: n_inner null means 4h; learned positions; tied; biases.
        const Json gpt2 = test::hfConfig("GPT-2");
        auto g = parseModel(modelDoc(gpt2), "g");
        QVERIFY2(g.ok(), g.diagnostics.format().c_str());
        QCOMPARE(g.value->transformer.intermediate, std::int64_t(3072));
        QVERIFY(g.value->transformer.learnedPositions && g.value->transformer.tiedEmbeddings);
        QVERIFY(!g.value->transformer.gatedMlp);
        // falcon-7b: multi_query -> one KV head, one norm per parallel block.
        const Json falcon = test::hfConfig("Falcon-7B");
        auto f = parseModel(modelDoc(falcon), "f");
        QVERIFY2(f.ok(), f.diagnostics.format().c_str());
        QCOMPARE(f.value->transformer.kvHeads, std::int64_t(1));
        QCOMPARE(f.value->transformer.normsPerLayer, 1);
        // falcon-40b: new architecture with n_head_kv.
        const Json falcon40 = test::hfConfig("Falcon-40B");
        auto f40 = parseModel(modelDoc(falcon40), "f40");
        QVERIFY2(f40.ok(), f40.diagnostics.format().c_str());
        QCOMPARE(f40.value->transformer.kvHeads, std::int64_t(8));
        QCOMPARE(f40.value->transformer.normsPerLayer, 2);
        // opt-350m: projected embeddings, no final norm.
        const Json opt = test::hfConfig("OPT-350m");
        auto o = parseModel(modelDoc(opt), "o");
        QVERIFY2(o.ok(), o.diagnostics.format().c_str());
        QCOMPARE(o.value->transformer.wordEmbedProjDim, std::int64_t(512));
        QVERIFY(!o.value->transformer.finalNorm);
        // bert: encoder only.
        const Json bert = test::hfConfig("BERT-base");
        auto b = parseModel(modelDoc(bert), "b");
        QVERIFY2(b.ok(), b.diagnostics.format().c_str());
        QVERIFY(b.value->transformer.encoderOnly);
        QCOMPARE(b.value->transformer.typeVocab, std::int64_t(2));
        // qwen2: bias on q/k/v only.
        Json qwen = llamaConfig();
        qwen["model_type"] = "qwen2";
        auto q = parseModel(modelDoc(qwen), "q");
        QVERIFY(q.ok());
        QVERIFY(q.value->transformer.attentionBias && !q.value->transformer.attentionOutputBias);
    }
    void rawHfConfigLoadsFromFile() {
        QTemporaryDir dir;
        const QString sub = dir.filePath("llama-2-7b");
        QVERIFY(QDir().mkpath(sub));
        writeFile(sub + "/config.json", llamaConfig().dump());
        auto m = loadModel((sub + "/config.json").toStdString());
        QVERIFY2(m.ok(), m.diagnostics.format().c_str());
        QCOMPARE(m.value->name, std::string("llama-2-7b"));
        QCOMPARE(m.value->kind, std::string("transformer"));
        QVERIFY(!validateFile((sub + "/config.json").toStdString()).hasErrors());
    }
    void cnnAndGraph() {
        Json cnn = Json::parse(R"({"format": "ridgeline.model", "version": 1, "name": "tiny",
          "cnn": {"input": {"height": 32, "width": 32, "channels": 3}, "layers": [
            {"type": "conv", "out_channels": 16, "kernel": 3, "padding": 1},
            {"type": "maxpool"},
            {"type": "basic_block", "out_channels": 32, "stride": 2, "repeat": 2},
            {"type": "inverted_residual", "out_channels": 32, "expansion": 6},
            {"type": "depthwise_conv", "kernel": 3, "padding": 1},
            {"type": "global_avgpool"},
            {"type": "fc", "out_channels": 10}]}})");
        auto m = parseModel(cnn, "c");
        QVERIFY2(m.ok(), m.diagnostics.format().c_str());
        QCOMPARE(m.value->cnn.layers.size(), std::size_t(7));
        QCOMPARE(m.value->cnn.layers[1].stride, 2);  // pool stride defaults to its kernel
        QVERIFY(m.value->cnn.layers[6].bias);        // fc defaults to a bias
        Json bad = cnn;
        bad["cnn"]["layers"][0]["kernel"] = 40;
        bad["cnn"]["layers"][0]["padding"] = 0;
        QVERIFY(hasErrorAt(parseModel(bad, "c").diagnostics, "/cnn/layers/0/kernel"));

        Json graph = Json::parse(
            R"({"format": "ridgeline.model", "version": 1, "name": "g", "graph": {"ops": [
            {"name": "qkv", "kind": "gemm", "dims": [512, 12288, 4096]},
            {"name": "attn", "kind": "attention", "dims": [1, 32, 8, 128, 512, 512], "inputs": ["qkv"]},
            {"name": "out", "kind": "gemm", "dims": [512, 4096, 4096], "inputs": ["attn"], "repeat": 32}]}})");
        auto g = parseModel(graph, "g");
        QVERIFY2(g.ok(), g.diagnostics.format().c_str());
        QCOMPARE(g.value->graph.size(), std::size_t(3));
        QCOMPARE(g.value->graph[2].repeat, 32);
        Json badGraph = graph;
        badGraph["graph"]["ops"][1]["inputs"] = {"later"};
        badGraph["graph"]["ops"][0]["dims"] = {1, 2};
        auto bg = parseModel(badGraph, "g");
        QVERIFY(hasErrorAt(bg.diagnostics, "/graph/ops/1/inputs/0"));
        QVERIFY(hasErrorAt(bg.diagnostics, "/graph/ops/0/dims"));
    }

    void scenarios() {
        for (const char* kind : {"inference", "serving", "training"}) {
            auto s = parseScenario(scenarioDoc(kind), "s.json");
            QVERIFY2(s.ok(), s.diagnostics.format().c_str());
            QCOMPARE(s.value->kind, std::string(kind));
            QVERIFY(s.value->precision.kvCache == DType::fp8);
            QCOMPARE(s.value->parallelism.data, 2);
        }
        auto serving = parseScenario(scenarioDoc("serving"), "s.json");
        QCOMPARE(serving.value->serving.outputLength.min, 128.0);  // fixed: min = max = mean
        QCOMPARE(serving.value->serving.seed, std::uint64_t(7));

        Json bad = scenarioDoc("training");
        bad["training"]["global_batch"] = 10;  // not a multiple of 2 x 2
        bad["training"]["zero_stage"] = 4;
        bad["precision"]["weights"] = "fp12";
        bad["inference"] = {{"batch", 1}};  // ignored section: warning
        auto s = parseScenario(bad, "s.json");
        QVERIFY(hasErrorAt(s.diagnostics, "/training/global_batch", "multiple"));
        QVERIFY(hasErrorAt(s.diagnostics, "/training/zero_stage"));
        QVERIFY(hasErrorAt(s.diagnostics, "/precision/weights", "did you mean"));
        QVERIFY(hasWarningAt(s.diagnostics, "/inference"));
        Json missing = scenarioDoc("serving");
        missing.erase("serving");
        QVERIFY(hasErrorAt(parseScenario(missing, "s").diagnostics, "/serving"));
    }

    void projectResolvesReferences() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("hw"));
        writeFile(dir.filePath("hw/gpu.json"), hardwareDoc().dump(2));
        writeFile(dir.filePath("model.json"), modelDoc(llamaConfig()).dump(2));
        Json p = {{"format", "ridgeline.project"},
                  {"version", 1},
                  {"name", "P"},
                  {"description", "d"},
                  {"hardware", "hw/gpu.json"},
                  {"model", "model.json"},
                  {"scenario", scenarioDoc("inference")},
                  {"views", {{"roofline", {{"log", true}}}}}};
        writeFile(dir.filePath("project.json"), p.dump(2));
        auto proj = loadProject(dir.filePath("project.json").toStdString());
        QVERIFY2(proj.ok(), proj.diagnostics.format().c_str());
        QCOMPARE(proj.value->hardwareRef, std::string("hw/gpu.json"));
        QCOMPARE(proj.value->scenarioRef, std::string());
        QCOMPARE(proj.value->hardware.name, std::string("Test GPU"));
        QCOMPARE(proj.value->model.transformer.layers, std::int64_t(32));
        QVERIFY(proj.value->viewSettings.contains("roofline"));
        QVERIFY(proj.value->hardwareJson.is_object());

        // An error inside a referenced file is reported with that file's name.
        Json badHw = hardwareDoc();
        badHw["memory"][0]["bandwidth"] = "0 TB/s";
        writeFile(dir.filePath("hw/gpu.json"), badHw.dump(2));
        auto broken = loadProject(dir.filePath("project.json").toStdString());
        QVERIFY(!broken.ok());
        bool namedInner = false, namedOuter = false;
        for (const auto& d : broken.diagnostics.items()) {
            if (d.file.find("gpu.json") != std::string::npos && d.path == "/memory/0/bandwidth")
                namedInner = true;
            if (d.file.find("project.json") != std::string::npos && d.path == "/hardware")
                namedOuter = true;
        }
        QVERIFY2(namedInner && namedOuter, broken.diagnostics.format().c_str());

        // Missing file, and a scenario that needs more devices than there are.
        Json p2 = p;
        p2["hardware"] = "hw/none.json";
        writeFile(dir.filePath("p2.json"), p2.dump());
        QVERIFY(hasErrorAt(loadProject(dir.filePath("p2.json").toStdString()).diagnostics,
                           "/hardware", "does not exist"));
        writeFile(dir.filePath("hw/gpu.json"), hardwareDoc().dump(2));
        Json p3 = p;
        p3["scenario"]["parallelism"]["tensor"] = 16;
        writeFile(dir.filePath("p3.json"), p3.dump());
        auto tooMany = loadProject(dir.filePath("p3.json").toStdString());
        QVERIFY(hasErrorAt(tooMany.diagnostics, "/scenario/parallelism", "device"));
        Json p4 = p;
        p4["scenario"]["parallelism"] = {{"tensor", 1}, {"pipeline", 1}, {"data", 1}};
        p4["model"] = modelDoc(
            Json::parse(R"({"model_type": "bert", "hidden_size": 768, "num_hidden_layers": 12,
            "num_attention_heads": 12, "intermediate_size": 3072, "vocab_size": 30522, "max_position_embeddings": 512})"));
        writeFile(dir.filePath("p4.json"), p4.dump());
        QVERIFY(hasErrorAt(loadProject(dir.filePath("p4.json").toStdString()).diagnostics,
                           "/scenario/kind", "encoder-only"));
    }

    void roundTrips() {
        auto check = [](const Json& first, auto parse) {
            auto a = parse(first);
            QVERIFY2(a.ok(), a.diagnostics.format().c_str());
            Json once = toJson(*a.value);
            auto b = parse(once);
            QVERIFY2(b.ok(), (b.diagnostics.format() + once.dump(2)).c_str());
            QCOMPARE(toJson(*b.value).dump(), once.dump());
        };
        auto hw = [](const Json& j) { return parseHardware(j, "rt"); };
        auto model = [](const Json& j) { return parseModel(j, "rt"); };
        auto scen = [](const Json& j) { return parseScenario(j, "rt"); };
        check(hardwareDoc(), hw);
        check(modelDoc(llamaConfig()), model);
        for (const char* k : {"inference", "serving", "training"}) check(scenarioDoc(k), scen);
        for (
            const char* cfg :
            {R"({"model_type": "gpt2", "n_embd": 768, "n_layer": 12, "n_head": 12, "n_positions": 1024, "vocab_size": 50257})",
             R"({"model_type": "falcon", "hidden_size": 4544, "num_hidden_layers": 32, "num_attention_heads": 71, "vocab_size": 65024})",
             R"({"model_type": "opt", "hidden_size": 1024, "num_hidden_layers": 24, "num_attention_heads": 16, "ffn_dim": 4096, "vocab_size": 50272, "max_position_embeddings": 2048, "word_embed_proj_dim": 512, "do_layer_norm_before": false})",
             R"({"model_type": "bert", "hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12, "intermediate_size": 3072, "vocab_size": 30522, "max_position_embeddings": 512})",
             R"({"model_type": "mixtral", "hidden_size": 4096, "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 14336, "vocab_size": 32000, "num_local_experts": 8, "num_experts_per_tok": 2})",
             R"({"model_type": "qwen2", "hidden_size": 3584, "num_hidden_layers": 28, "num_attention_heads": 28, "num_key_value_heads": 4, "intermediate_size": 18944, "vocab_size": 152064})"}) {
            Json doc = modelDoc(Json::parse(cfg));
            check(doc, model);
            // The normalised config survives the trip unchanged.
            auto a = parseModel(doc, "a");
            auto b = parseModel(toJson(*a.value), "b");
            QVERIFY(b.ok());
            const auto &x = a.value->transformer, &y = b.value->transformer;
            QCOMPARE(y.kvHeads, x.kvHeads);
            QCOMPARE(y.intermediate, x.intermediate);
            QCOMPARE(y.normsPerLayer, x.normsPerLayer);
            QCOMPARE(y.tiedEmbeddings, x.tiedEmbeddings);
            QCOMPARE(y.attentionBias, x.attentionBias);
            QCOMPARE(y.attentionOutputBias, x.attentionOutputBias);
            QCOMPARE(y.mlpBias, x.mlpBias);
            QCOMPARE(y.finalNorm, x.finalNorm);
            QCOMPARE(y.wordEmbedProjDim, x.wordEmbedProjDim);
            QCOMPARE(y.encoderOnly, x.encoderOnly);
        }
        // Parsed values agree after the trip (formatting keeps 10+ digits).
        auto a = parseHardware(hardwareDoc(), "a");
        auto b = parseHardware(toJson(*a.value), "b");
        QVERIFY(std::fabs(b.value->memory[0].capacityBytes - a.value->memory[0].capacityBytes) <=
                1e-9 * a.value->memory[0].capacityBytes);
        QCOMPARE(b.value->interconnect[0].devices, 8);

        Project p;
        p.name = "embedded";
        p.hardware = *a.value;
        p.model = *parseModel(modelDoc(llamaConfig()), "m").value;
        p.scenario = *parseScenario(scenarioDoc("inference"), "s").value;
        auto rp = parseProject(toJson(p), "p.json", ".");
        QVERIFY2(rp.ok(), rp.diagnostics.format().c_str());
        QCOMPARE(toJson(*rp.value).dump(), toJson(p).dump());
    }

    void savesAtomically() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.json").toStdString();
        writeFile(dir.filePath("out.json"), "old contents");
        QCOMPARE(saveJsonAtomically(path, hardwareDoc()), std::string());
        auto back = loadHardware(path);
        QVERIFY2(back.ok(), back.diagnostics.format().c_str());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
                 1);  // no temporary left
        std::string err =
            saveJsonAtomically(dir.filePath("no/such/dir/x.json").toStdString(), hardwareDoc());
        QVERIFY(!err.empty());
        QVERIFY(err.find("no/such/dir") != std::string::npos);
    }

    void validateFileOnMissingFile() {
        Diagnostics d = validateFile("/nonexistent/file.json");
        QVERIFY(d.hasErrors());
        QVERIFY(d.format().find("/nonexistent/file.json") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSpecParsers)
#include "test_spec_parsers.moc"
