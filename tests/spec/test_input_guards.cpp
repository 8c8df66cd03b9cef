// The guards every reader goes through (core/spec/input_file.h), the one
// atomic save (core/spec/atomic_save.h) and the rule on where a project may
// read (core/spec/reference_policy.h): issue 17, cases 2, 4 and 7.
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/spec/atomic_save.h"
#include "core/spec/input_file.h"
#include "core/spec/json_text.h"
#include "core/spec/reference_policy.h"
#include "core/spec/spec_io.h"

using namespace rl;
namespace fs = std::filesystem;

namespace {

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
}

std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

mode_t modeOf(const std::string& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 07777;
}

// Names in `dir` (hidden ones too): a save must leave no temporary behind.
QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

const char* kHardware = R"({"format": "ridgeline.hardware", "version": 1})";

}  // namespace

class TestInputGuards : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // ---- the guarded reader (cases 3 and 4) ------------------------------

    void refusesDirectories() {
        QTemporaryDir dir;
        InputText in = readInputFile(dir.path().toStdString(), 1 << 20, "a CSV file");
        QVERIFY(!in.ok());
        QCOMPARE(in.refusal->value, std::string("a directory"));
        QVERIFY(in.refusal->expected.find("regular file") != std::string::npos);
    }

    void refusesFifosWithoutWaitingForAWriter() {
        QTemporaryDir dir;
        const std::string fifo = dir.filePath("pipe").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        // Opened non-blocking: without that this call would wait forever for a writer.
        InputText in = readInputFile(fifo, 1 << 20, "a learned-model file");
        QVERIFY(!in.ok());
        QVERIFY2(in.refusal->value.find("FIFO") != std::string::npos, in.refusal->value.c_str());
        Diagnostics d;
        QVERIFY(!readJsonFile(fifo, d));
        QVERIFY2(d.format().find("FIFO") != std::string::npos, d.format().c_str());
    }

    void refusesDevicesAtOnce() {
        // /dev/zero never ends: reading it would grow without bound.
        InputText in = readInputFile("/dev/zero", 1 << 20, "a CSV file");
        QVERIFY(!in.ok());
        QCOMPARE(in.refusal->value, std::string("a character device"));
        QVERIFY(!readInputFile("/dev/null", 1 << 20, "a CSV file").ok());
    }

    void refusesFilesOverTheCapBeforeReadingThem() {
        QTemporaryDir dir;
        const std::string big = dir.filePath("big.csv").toStdString();
        { std::ofstream f(big); }
        fs::resize_file(big, 300ull << 20);  // sparse: 300 MiB of size, no disk
        InputText in = readInputFile(big, kMaxCsvFileBytes, "a CSV file");
        QVERIFY(!in.ok());
        QCOMPARE(in.refusal->value, std::string("300 MiB"));
        QCOMPARE(in.refusal->expected, std::string("a CSV file of at most 256 MiB"));
    }

    void dropsAByteOrderMark() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("bom.csv").toStdString();
        writeFile(path, "\xEF\xBB\xBFop,device\n");
        InputText in = readInputFile(path, 1 << 20, "a CSV file");
        QVERIFY(in.ok());
        QCOMPARE(in.text, std::string("op,device\n"));
    }

    void refusesInvalidUtf8NamingWhere() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("latin1.csv").toStdString();
        writeFile(path, "op,device\nlinear,caf\xE9\n");
        InputText in = readInputFile(path, 1 << 20, "a CSV file");
        QVERIFY(!in.ok());
        QCOMPARE(in.refusal->line, 2);
        QCOMPARE(in.refusal->column, 11);
        QCOMPARE(in.refusal->value, std::string("byte 0xe9 at offset 20"));
        // Overlong encodings and surrogates are invalid too.
        QCOMPARE(firstInvalidUtf8("a\xC0\xAF"), std::size_t(1));
        QCOMPARE(firstInvalidUtf8("\xED\xA0\x80"), std::size_t(0));
        QCOMPARE(firstInvalidUtf8("ok \xE2\x82\xAC"), std::string_view::npos);
    }

    void modelSizedJsonUsesItsOwnCap() {
        // parseJsonText takes the caller's cap; the spec reader keeps 64 MiB.
        Diagnostics d;
        QVERIFY(!parseJsonText(std::string(2048, ' '), 1024, d));
        QVERIFY2(d.format().find("at most 1 KiB") != std::string::npos, d.format().c_str());
    }

    void syntaxErrorsDoNotQuoteFilesThatAreNoJson() {
        Diagnostics notJson;
        QVERIFY(!parseJsonDocument("root:x:0:0:root:/root:/bin/bash\n", notJson));
        QVERIFY2(notJson.format().find("root:") == std::string::npos, notJson.format().c_str());
        QVERIFY(notJson.items().at(0).line == 1);
        Diagnostics json;
        QVERIFY(!parseJsonDocument("{\"a\": tru}", json));
        QVERIFY2(json.format().find("last read") != std::string::npos, json.format().c_str());
    }

    // ---- the one atomic save (case 2) ------------------------------------

    void saveWritesThroughASymlink() {
        QTemporaryDir dir;
        const std::string real = dir.filePath("real.json").toStdString();
        const std::string link = dir.filePath("link.json").toStdString();
        writeFile(real, "old");
        fs::create_symlink(real, link);
        QCOMPARE(saveFileAtomically(link, "new"), std::string());
        QVERIFY(fs::is_symlink(link));                 // the link is kept...
        QCOMPARE(readFile(real), std::string("new"));  // ...and its target replaced
        QCOMPARE(entries(dir.path()), QStringList({"link.json", "real.json"}));
    }

    void saveKeepsPermissions() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("secret.json").toStdString();
        writeFile(path, "old");
        ::chmod(path.c_str(), 0600);
        QCOMPARE(saveFileAtomically(path, "new"), std::string());
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(readFile(path), std::string("new"));
        // A new file gets 0666 minus the umask, as open() would give it.
        const mode_t mask = ::umask(022);
        ::umask(mask);
        const std::string fresh = dir.filePath("fresh.json").toStdString();
        QCOMPARE(saveFileAtomically(fresh, "x"), std::string());
        QCOMPARE(modeOf(fresh), mode_t(0666 & ~mask));
    }

    void saveNeverTouchesAFixedTempName() {
        QTemporaryDir dir;
        const std::string out = dir.filePath("model.json").toStdString();
        const std::string victim = dir.filePath("victim.txt").toStdString();
        writeFile(victim, "precious");
        // Both a stray "<out>.tmp" and a symlink of that name pointing elsewhere.
        writeFile(out + ".tmp", "stray");
        QCOMPARE(saveFileAtomically(out, "{}"), std::string());
        QCOMPARE(readFile(out + ".tmp"), std::string("stray"));
        QCOMPARE(readFile(victim), std::string("precious"));
        fs::remove(out + ".tmp");
        fs::create_symlink(victim, out + ".tmp");
        QCOMPARE(saveJsonAtomically(out, Json::object()), std::string());
        QCOMPARE(readFile(victim), std::string("precious"));
    }

    void failedSaveLeavesNothingAndSaysWhy() {
        QTemporaryDir dir;
        // The target is a directory.
        QDir(dir.path()).mkdir("sub");
        std::string err = saveFileAtomically(dir.filePath("sub").toStdString(), "x");
        QVERIFY2(err.find("is a directory") != std::string::npos, err.c_str());
        // The folder is read-only (root ignores permissions: skip that part then).
        QDir(dir.path()).mkdir("ro");
        const std::string ro = dir.filePath("ro").toStdString();
        ::chmod(ro.c_str(), 0500);
        if (::geteuid() != 0) {
            err = saveFileAtomically(ro + "/out.json", "x");
            QVERIFY2(err.find("ro/out.json") != std::string::npos, err.c_str());
            QVERIFY2(err.find("Permission denied") != std::string::npos, err.c_str());
            QVERIFY(entries(QString::fromStdString(ro)).isEmpty());
        }
        ::chmod(ro.c_str(), 0700);
        // A writer that gives up: the temporary file goes with the AtomicFile.
        {
            AtomicFile f(dir.filePath("half.png").toStdString());
            QVERIFY(f.ok());
            QVERIFY(QString::fromStdString(f.tempPath()).endsWith(".png"));
            QCOMPARE(f.write("half"), std::string());
        }
        QCOMPARE(entries(dir.path()), QStringList());
    }

    // ---- where a project may read (case 7) --------------------------------

    void projectReferencesStayInsideTheProjectFolder() {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir("proj");
        const QString proj = dir.filePath("proj");
        // A private file beside the project folder, and a symlink to it inside.
        writeFile(dir.filePath("private.txt").toStdString(), "root:x:0:0:secret\n");
        fs::create_symlink(dir.filePath("private.txt").toStdString(),
                           (proj + "/innocent.json").toStdString());
        for (const char* ref :
             {"../../../../../../etc/passwd", "/etc/shadow", "../private.txt", "innocent.json"}) {
            Json doc = {{"format", "ridgeline.project"},
                        {"version", 1},
                        {"name", "p"},
                        {"hardware", ref},
                        {"model", ref},
                        {"scenario", ref}};
            const std::string path = (proj + "/p.json").toStdString();
            writeFile(path, doc.dump());
            auto loaded = loadProject(path);
            QVERIFY(!loaded.ok());
            const std::string text = loaded.diagnostics.format();
            QVERIFY2(text.find("p.json: /hardware") != std::string::npos, text.c_str());
            QVERIFY2(text.find(ref) != std::string::npos, text.c_str());
            QVERIFY2(text.find("inside the project's folder") != std::string::npos, text.c_str());
            QVERIFY2(text.find("--allow-outside-refs") != std::string::npos, text.c_str());
            // Never a byte of the file it points at.
            QVERIFY2(text.find("root:") == std::string::npos, text.c_str());
        }
    }

    void sampleLibraryAndConsentAreAllowed() {
        // Sample projects reference ../hardware etc.: inside the library.
        auto sample = loadProject(RIDGELINE_SAMPLES "/projects/llama2-7b-chat-on-a100.json");
        QVERIFY2(sample.ok(), sample.diagnostics.format().c_str());
        QTemporaryDir dir;
        writeFile(dir.filePath("private.txt").toStdString(), "root:x:0:0:secret\n");
        QDir(dir.path()).mkdir("proj");
        const std::string path = dir.filePath("proj/p.json").toStdString();
        Json doc = {{"format", "ridgeline.project"},
                    {"version", 1},
                    {"name", "p"},
                    {"hardware", "../private.txt"},
                    {"model", RIDGELINE_SAMPLES "/models/llama-2-7b.json"},
                    {"scenario", RIDGELINE_SAMPLES "/scenarios/chat-batch1-fp16.json"}};
        writeFile(path, doc.dump());
        allowReferencesOutsideProject(true);
        auto loaded = loadProject(path);
        allowReferencesOutsideProject(false);
        // With consent the file is read; it is no JSON, and its bytes are still not shown.
        const std::string text = loaded.diagnostics.format();
        QVERIFY2(text.find("private.txt") != std::string::npos, text.c_str());
        QVERIFY2(text.find("inside the project's folder") == std::string::npos, text.c_str());
        QVERIFY2(text.find("root:") == std::string::npos, text.c_str());
    }

    void specFilesStillReadWithBom() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("hw.json").toStdString();
        writeFile(path, std::string("\xEF\xBB\xBF") + kHardware);
        Diagnostics d;
        auto doc = readJsonFile(path, d);
        QVERIFY2(doc.has_value(), d.format().c_str());
        QCOMPARE((*doc)["format"].get<std::string>(), std::string("ridgeline.hardware"));
    }
};

QTEST_APPLESS_MAIN(TestInputGuards)
#include "test_input_guards.moc"
