// Every JSON file of the sample library validates without errors.
#include <QDirIterator>
#include <QtTest>

#include "core/spec/spec_io.h"

using namespace rl;

class TestSpecSampleFiles : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void sampleValidates_data() {
        QTest::addColumn<QString>("path");
        QDirIterator it(RIDGELINE_SAMPLES, {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) {
            const QString file = it.next();
            // Sweep files are read by core/explore, which core/spec cannot know:
            // tests/explore/tst_sweep_samples.cpp checks them.
            if (file.startsWith(QString(RIDGELINE_SAMPLES) + "/sweeps/")) continue;
            files << file;
        }
        files.sort();
        if (files.isEmpty()) QSKIP("no sample files found under " RIDGELINE_SAMPLES);
        for (const QString& f : files)
            QTest::newRow(qPrintable(QDir(RIDGELINE_SAMPLES).relativeFilePath(f))) << f;
    }
    void sampleValidates() {
        QFETCH(QString, path);
        const std::string p = path.toStdString();
        Diagnostics scratch(p);
        auto doc = readJsonFile(p, scratch);
        QVERIFY2(doc.has_value(), scratch.format().c_str());
        const SpecKind kind = detectSpecKind(*doc);
#if !__has_include("core/spec/accelerator_spec.h")
        if (kind == SpecKind::accelerator || kind == SpecKind::problem || kind == SpecKind::mapping)
            QSKIP("the dataflow readers are not part of this build");
#endif
        QVERIFY2(kind != SpecKind::unknown, ("unknown kind: " + p).c_str());
        Diagnostics d = validateFile(p);
        QVERIFY2(!d.hasErrors(), d.format().c_str());

        // Saving a loaded sample and reading it back gives the same spec.
        auto roundTrip = [&](auto parse) {
            auto first = parse(*doc);
            QVERIFY2(first.ok(), first.diagnostics.format().c_str());
            const Json once = toJson(*first.value);
            auto second = parse(once);
            QVERIFY2(second.ok(), (second.diagnostics.format() + once.dump(1)).c_str());
            QCOMPARE(toJson(*second.value).dump(), once.dump());
        };
        if (kind == SpecKind::hardware)
            roundTrip([&](const Json& j) { return parseHardware(j, p); });
        if (kind == SpecKind::model) roundTrip([&](const Json& j) { return parseModel(j, p); });
        if (kind == SpecKind::scenario)
            roundTrip([&](const Json& j) { return parseScenario(j, p); });
    }
};

QTEST_APPLESS_MAIN(TestSpecSampleFiles)
#include "test_spec_sample_files.moc"
