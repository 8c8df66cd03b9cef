#include "tests/views/spec_text_corpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/spec/spec_io.h"

namespace rl::test {
namespace {

// Stands for a number JSON cannot hold; replaced in the text after dump().
const std::string kHuge = "__huge_number__";

std::string dumped(const CorpusJson& doc) {
    std::string text = doc.dump(2);
    const std::string quoted = "\"" + kHuge + "\"";
    for (auto at = text.find(quoted); at != std::string::npos; at = text.find(quoted, at))
        text.replace(at, quoted.size(), "1e400");
    return text;
}

bool looksLikeQuantity(const std::string& s) {
    return !s.empty() && (std::isdigit(static_cast<unsigned char>(s.front())) || s.front() == '.');
}

void mutate(const CorpusJson& root, const CorpusJson::json_pointer& at,
            std::vector<std::pair<std::string, std::string>>& out) {
    const CorpusJson& node = root.at(at);
    auto with = [&](const std::string& what, const CorpusJson& value) {
        CorpusJson copy = root;
        copy[at] = value;
        out.emplace_back(at.to_string() + " = " + what, dumped(copy));
    };
    if (node.is_number()) {
        with("-1", -1);
        with("\"abc\"", "abc");
        with("1e400", kHuge);
    } else if (node.is_string()) {
        const std::string s = node.get<std::string>();
        if (looksLikeQuantity(s)) {
            const auto space = s.find(' ');
            const std::string negative =
                "-1 " + (space == std::string::npos ? std::string() : s.substr(space + 1));
            with("-1", -1);
            with("\"abc\"", "abc");
            with("1e400", kHuge);
            with("\"" + negative + "\"", negative);
            with("\"5 furlongs\"", "5 furlongs");
            with("\"12\"", "12");
        } else {
            with("\"bogus\"", "bogus");
        }
    } else if (node.is_boolean()) {
        with("\"bogus\"", "bogus");
    } else if (node.is_array()) {
        if (!node.empty()) with("[]", CorpusJson::array());
        with("{}", CorpusJson::object());
        for (std::size_t i = 0; i < node.size(); ++i) mutate(root, at / i, out);
    } else if (node.is_object()) {
        if (!at.empty()) with("[1]", CorpusJson::array({1}));
        std::string first;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (first.empty()) first = it.key();
            CorpusJson copy = root;
            copy[at].erase(it.key());
            out.emplace_back((at / it.key()).to_string() + " removed", dumped(copy));
            mutate(root, at / it.key(), out);
        }
        // A near miss of a known key gets a "did you mean"; a far one does not.
        CorpusJson copy = root;
        copy[at][first + "x"] = 1;
        copy[at]["zz_not_a_key"] = 1;
        out.emplace_back(at.to_string() + " + unknown keys", dumped(copy));
    }
}

CorpusJson readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return CorpusJson::parse(f.readAll().toStdString(), nullptr, false);
}

Diagnostics validate(const std::string& path) { return validateFile(path); }

// Projects go into projects/ of the harness's copy of the library (their
// references resolve there); the rest apart, so the copy stays intact.
std::string writtenAs(const std::string& folder, const std::string& file) {
    return (folder == "projects" ? "projects/" : "mutated/" + folder + "/") + file;
}

// A graph model and a raw Hugging Face config: the samples have neither.
CorpusJson graphSeed() {
    return CorpusJson::parse(R"({"format": "ridgeline.model", "version": 1, "name": "g",
      "graph": {"ops": [
        {"name": "qkv", "kind": "gemm", "dims": [128, 4096, 4096]},
        {"name": "att", "kind": "attention", "dims": [1, 32, 8, 128, 128, 128], "inputs": ["qkv"]},
        {"name": "conv", "kind": "conv2d", "dims": [1, 64, 64, 56, 56, 3]}]}})");
}

}  // namespace

std::vector<std::pair<std::string, std::string>> mutationsOf(const CorpusJson& seed) {
    std::vector<std::pair<std::string, std::string>> out;
    mutate(seed, CorpusJson::json_pointer(), out);
    const std::string text = seed.dump(2);
    out.emplace_back("truncated", text.substr(0, text.size() / 2));
    out.emplace_back("nested 100 deep", std::string(100, '[') + std::string(100, ']'));
    return out;
}

std::vector<CorpusRow> buildCorpus(const std::string& samplesDir, const std::string& testDataDir) {
    std::vector<CorpusRow> rows;
    // The hostile corpus, read where it lies (its projects point at their neighbours).
    const QDir hostile(QString::fromStdString(testDataDir + "/hostile"));
    for (const QString& f : hostile.entryList({"*.json"}, QDir::Files, QDir::Name)) {
        const std::string family = f.section('-', 0, 0).toStdString();
        rows.push_back({"hostile " + family,
                        f.toStdString(),
                        {},
                        hostile.filePath(f).toStdString(),
                        validate});
    }
    // Mutations of every sample. Projects are written into projects/ of a
    // copy of the library (the harness copies it), so their references resolve.
    const std::pair<const char*, const char*> families[] = {{"hardware", "hardware"},
                                                            {"models", "model"},
                                                            {"scenarios", "scenario"},
                                                            {"projects", "project"},
                                                            {"accelerators", "dataflow"}};
    for (const auto& [folder, family] : families) {
        const QDir dir(QString::fromStdString(samplesDir) + "/" + folder);
        for (const QString& f : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
            const CorpusJson seed = readJson(dir.filePath(f));
            if (seed.is_discarded()) continue;
            if (std::string(family) == "project" && seed.contains("dataflow"))
                continue;  // the dataflow study's rows belong to its own family
            const std::string kind = seed.contains("cnn") ? "cnn" : family;
            for (auto& [label, bytes] : mutationsOf(seed))
                rows.push_back({kind,
                                f.toStdString() + ": " + label,
                                {{writtenAs(folder, f.toStdString()), std::move(bytes)}},
                                {},
                                validate});
        }
    }
    for (auto& [label, bytes] : mutationsOf(graphSeed()))
        rows.push_back(
            {"graph", "graph: " + label, {{"mutated/graph.json", std::move(bytes)}}, {}, validate});
    const CorpusJson hf = readJson(QString::fromStdString(testDataDir + "/hf_configs.json"));
    if (hf.contains("configs"))
        for (const char* name : {"Llama-2-7B", "Mixtral-8x7B", "GPT-2", "OPT-6.7B"})
            if (hf["configs"].contains(name))
                for (auto& [label, bytes] : mutationsOf(hf["configs"][name]))
                    rows.push_back({"hf config",
                                    std::string(name) + ": " + label,
                                    {{"mutated/config.json", std::move(bytes)}},
                                    {},
                                    validate});
    return rows;
}

}  // namespace rl::test
