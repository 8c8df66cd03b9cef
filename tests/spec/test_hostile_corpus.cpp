// Every file of tests/data/hostile/ must be rejected with at least one error
// that names the file and a JSON pointer (or "(document)"), without crashing.
// Runs under ASan + UBSan in CI (label sanitize).
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <random>

#include "core/spec/spec_io.h"

using namespace rl;

class TestHostileCorpus : public QObject {
    Q_OBJECT
  private:
    static void checkRejected(const std::string& path) {
        Diagnostics d = validateFile(path);
        QVERIFY2(d.hasErrors(), ("no error for " + path).c_str());
        const std::string name = QFileInfo(QString::fromStdString(path)).fileName().toStdString();
        bool good = false;
        for (const auto& item : d.items()) {
            if (item.severity != Diagnostic::Severity::error) continue;
            const std::string text = item.format();
            const bool pointer = text.find(": /") != std::string::npos ||
                                 text.find("(document)") != std::string::npos;
            // Errors of a referenced file name that file; the project's own error names the
            // project.
            if (pointer && text.find(name) != std::string::npos) good = true;
        }
        QVERIFY2(good, (path + ":\n" + d.format()).c_str());
    }

  private Q_SLOTS:
    void corpusIsLargeEnough() {
        const QStringList files =
            QDir(RIDGELINE_TEST_DATA "/hostile").entryList({"*.json"}, QDir::Files);
        QVERIFY2(files.size() >= 45, qPrintable(QString::number(files.size())));
    }

    void eachFileIsRejected_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(RIDGELINE_TEST_DATA "/hostile");
        for (const QString& f : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void eachFileIsRejected() {
        QFETCH(QString, path);
        checkRejected(path.toStdString());
        // The typed loaders must cope with any of them too.
        const std::string p = path.toStdString();
        QVERIFY(!loadHardware(p).ok() || !loadModel(p).ok() || !loadScenario(p).ok() ||
                !loadProject(p).ok());
    }

    // Deterministic mutations of valid documents (truncations, flipped bytes,
    // deleted and duplicated spans): whatever they become, parsing returns
    // diagnostics or a value, never a crash (sanitizers check the rest).
    void mutatedDocumentsNeverCrash() {
        const char* samples[] = {"/hardware/nvidia-a100-sxm4-80gb.json", "/models/llama-2-7b.json",
                                 "/scenarios/chat-batch1-fp16.json",
                                 "/projects/llama2-7b-chat-on-a100.json"};
        std::mt19937 rng(20261123);
        int parsedOk = 0, rejected = 0;
        for (const char* rel : samples) {
            const std::string path = std::string(RIDGELINE_SAMPLES) + rel;
            std::ifstream in(path, std::ios::binary);
            if (!in) QSKIP("sample files missing");
            const std::string text((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
            const std::string base = std::string(RIDGELINE_SAMPLES) + "/projects";
            for (int i = 0; i < 300; ++i) {
                std::string m = text;
                std::uniform_int_distribution<std::size_t> pos(0, m.size() - 1);
                switch (i % 4) {
                    case 0:
                        m.resize(pos(rng));
                        break;
                    case 1:
                        for (int k = 0; k < 3; ++k) m[pos(rng)] = static_cast<char>(rng() & 0xff);
                        break;
                    case 2: {
                        std::size_t a = pos(rng),
                                    n = std::min<std::size_t>(m.size() - a, rng() % 40);
                        m.erase(a, n);
                        break;
                    }
                    default: {
                        std::size_t a = pos(rng),
                                    n = std::min<std::size_t>(m.size() - a, rng() % 40);
                        m.insert(pos(rng) % m.size(), m.substr(a, n));
                    }
                }
                Diagnostics d("mutated.json");
                auto doc = parseJsonDocument(m, d);
                if (!doc) {
                    ++rejected;
                    QVERIFY(d.hasErrors());
                    continue;
                }
                // Run every reader on every mutation, whatever its format says.
                bool anyOk = parseHardware(*doc, "m").ok() | parseModel(*doc, "m").ok() |
                             parseScenario(*doc, "m").ok() |
                             parseProject(*doc, base + "/m.json", base).ok();
                (anyOk ? parsedOk : rejected)++;
            }
        }
        QVERIFY(rejected > 0);
        qInfo("mutations: %d still valid, %d rejected", parsedOk, rejected);
    }

    // Too big to keep in the repository: a 10 MB string and a file over the size limit.
    void generatedHugeFiles() {
        QTemporaryDir dir;
        const std::string huge = dir.filePath("hw-huge-string.json").toStdString();
        {
            std::ofstream out(huge, std::ios::binary);
            out << "{\"format\": \"ridgeline.hardware\", \"version\": 1, \"name\": \""
                << std::string(10u << 20, 'A')
                << "\", \"kind\": \"gpu\", \"source\": \"x\", \"compute\": {\"peak\": {\"fp16\": "
                   "\"1 TFLOP/s\"}},"
                << " \"memory\": [{\"name\": \"m\", \"kind\": \"dram\", \"capacity\": \"1 GiB\", "
                   "\"bandwidth\": \"1 TB/s\"}]}";
        }
        checkRejected(huge);
        const std::string big = dir.filePath("model-too-big.json").toStdString();
        {
            std::ofstream out(big, std::ios::binary);
            out << "[" << std::string(kMaxSpecFileBytes, ' ') << "]";
        }
        checkRejected(big);
    }
};

QTEST_APPLESS_MAIN(TestHostileCorpus)
#include "test_hostile_corpus.moc"
