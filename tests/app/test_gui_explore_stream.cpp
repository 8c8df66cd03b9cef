// A running sweep on the exploration page reads in the user's language: the
// window's runner (app/gui/explore_runner.h) hands each streamed point the
// typed reason it failed with, so its row shows the reason translated as soon
// as it streams, not only when the sweep has finished. A real training sweep
// (Megatron 175B, interleaved 1F1B on 8 pipeline stages) where micro-batch 16
// leaves 4 micro-batches per replica, not a multiple of 8; the sweep is held
// at its last point until the table has been read, so it is still running.
// With RIDGELINE_SCREENSHOT_DIR set, the page is saved there mid-sweep at
// 1280x720 in each language.
#include <condition_variable>
#include <fstream>
#include <mutex>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "app/gui/explore_runner.h"
#include "core/explore/sweep_spec.h"
#include "tests/views/translation_helpers.h"
#include "views/explore/explore_page.h"
#include "views/explore/sweep_table_model.h"

using namespace rl;
using rl::views::ExplorePage;

namespace {

using Translation = rl::test::InstalledTranslation;

// Holds the sweep's worker until the test opens it.
struct Gate {
    std::mutex mutex;
    std::condition_variable opened;
    bool open = false;
    void wait() {
        std::unique_lock<std::mutex> lock(mutex);
        opened.wait(lock, [this] { return open; });
    }
    void release() {
        {
            std::lock_guard<std::mutex> lock(mutex);
            open = true;
        }
        opened.notify_all();
    }
};

}  // namespace

class TestGuiExploreStream : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const Json doc = {
            {"format", "ridgeline.sweep"},
            {"version", 1},
            {"name", {{"en", "micro batch"}, {"de", "Mikro-Batch"}, {"zh_CN", "微批次"}}},
            {"project",
             std::string(RIDGELINE_SAMPLES) + "/projects/megatron-175b-training-on-64-a100.json"},
            {"axes", {{{"pointer", "/scenario/training/micro_batch"}, {"values", {1, 16, 2}}}}},
            {"objectives", {{{"metric", "time"}}}},
            {"predictor", {{"kind", "training"}}},
            {"sensitivity", false}};
        const QString path = dir_.filePath("sweep.json");
        std::ofstream(path.toStdString()) << doc.dump(2);
        loaded_ = explore::loadSweep(path.toStdString());
        QVERIFY2(loaded_.ok(), loaded_.diagnostics.format().c_str());
    }

    void streamedRowShowsItsReasonTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");  // a part of the reason in that language
        QTest::newRow("de") << "de" << QString::fromUtf8("Mikro-Batches pro Replikat (4)");
        QTest::newRow("zh_CN") << "zh_CN" << QString::fromUtf8("微批次数（4）");
    }
    void streamedRowShowsItsReasonTranslated() {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Translation t(language);  // before the page is made, so its chrome is translated too
        QVERIFY(t.ok);
        auto gate = std::make_shared<Gate>();
        const std::uint64_t last = 2;
        ExplorePage page;
        page.resize(1280, 720);
        page.show();
        page.setRunner([gate, last](const explore::SweepSpec& spec, const explore::SweepBase& base,
                                    const Progress& progress, const auto& onPoint) {
            return gui::runSweepForPage(spec, base, progress,
                                        [&](const SweepPoint& p, const Message* reason) {
                                            onPoint(p, reason);
                                            if (p.index == last) gate->wait();
                                        });
        });
        // A failing check returns early: the worker must not stay held.
        const std::shared_ptr<void> opener(nullptr, [gate](void*) { gate->release(); });
        QSignalSpy finished(&page, &ExplorePage::sweepFinished);
        page.setSweep(*loaded_.spec, *loaded_.base);

        // Every point has streamed; the sweep is held at its last one.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 240000);
        QVERIFY(page.isRunning());
        QVERIFY(finished.isEmpty());
        const std::string english = page.model()->points()[1].error;
        QVERIFY2(english.rfind("interleaved 1F1B needs the micro-batches per replica (4)", 0) == 0,
                 english.c_str());
        const QModelIndex failed = page.model()->index(1, page.model()->errorColumn());
        const QString shown = page.model()->data(failed).toString();
        QVERIFY2(shown.contains(expected) && !shown.contains("needs") &&
                     !shown.contains("replica") && !shown.contains("multiple"),
                 qPrintable(shown));
        QCOMPARE(page.model()->data(page.model()->index(0, page.model()->errorColumn())).toString(),
                 QString());
        const QByteArray dir = qgetenv("RIDGELINE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(
                page.grab().save(QDir(QString::fromLocal8Bit(dir))
                                     .filePath("explore-running-" + language + "-1280x720.png")));

        gate->release();
        QVERIFY(finished.wait(240000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        // The finished result keeps the same reason.
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->data(page.model()->index(1, page.model()->errorColumn())).toString(),
                 shown);
    }

  private:
    QTemporaryDir dir_;
    explore::LoadedSweep loaded_;
};

QTEST_MAIN(TestGuiExploreStream)
#include "test_gui_explore_stream.moc"
