// The Timeloop + Accelergy tutorial rows of REFERENCES.md, reproduced to the
// printed digit (energies per MAC in fJ to 2 decimals; counts exactly).
#include <QtTest>

#include <cmath>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/loop_nest_model.h"
#include "tests/dataflow/sample_designs.h"

using namespace rl;
using namespace rl::dataflow;

namespace {
QString fj(double joules) { return QString::number(joules * 1e15, 'f', 2); }
}  // namespace

class TstTimeloopReference : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void energyAndCounts_data();
    void energyAndCounts();
    void actionEnergiesAddUp();
};

void TstTimeloopReference::energyAndCounts_data() {
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<qint64>("cycles");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QStringList>("perLevel");  // "Level=fJ/MAC"; MAC as "MAC"
    QTest::addColumn<QStringList>("counts");    // "level.tensor.action=count", tensor W, I or O
    QTest::newRow("1-level") << "tutorial-1level.json"
                             << "problem-conv1d-r3-p16.json"
                             << "mapping-1level.json" << qint64(48) << "2406.54" << QStringList{}
                             << QStringList{"0.W.reads=48", "0.I.reads=48", "0.O.reads=32",
                                            "0.O.updates=48"};
    QTest::newRow("2-level OS") << "tutorial-2level.json"
                                << "problem-conv1d-r3-p16.json"
                                << "mapping-2level-os.json" << qint64(48) << "7500.08"
                                << QStringList{"MAC=845.00", "Buffer=1747.76", "MainMemory=4907.32"}
                                << QStringList{"0.W.reads=3", "0.I.reads=18", "0.O.updates=16",
                                               "0.O.reads=0"};
    QTest::newRow("2-level WS") << "tutorial-2level.json"
                                << "problem-conv1d-r3-p16.json"
                                << "mapping-2level-ws.json" << qint64(48) << "7500.08"
                                << QStringList{}
                                << QStringList{"0.W.reads=3", "0.I.reads=18", "0.O.updates=16",
                                               "0.O.reads=0"};
    QTest::newRow("2-level K=32 untiled")
        << "tutorial-2level.json"
        << "problem-conv1d-k32-r3-p16.json"
        << "mapping-2level-k32-untiled.json" << qint64(1536) << "6258.20" << QStringList{}
        << QStringList{"0.I.reads=576", "0.W.reads=96", "0.O.updates=512"};
    QTest::newRow("2-level K=32 tiled")
        << "tutorial-2level.json"
        << "problem-conv1d-k32-r3-p16.json"
        << "mapping-2level-k32-tiled.json" << qint64(1536) << "5162.30" << QStringList{}
        << QStringList{"0.I.reads=288"};
    QTest::newRow("3-level") << "tutorial-3level.json"
                             << "problem-conv1d-k32-r3-p16.json"
                             << "mapping-3level.json" << qint64(1536) << "32130.51"
                             << QStringList{"DRAM=26666.67", "GlobalBuffer=2950.90",
                                            "RegisterFile=1667.95"}
                             << QStringList{"0.W.reads=96", "0.I.reads=18", "0.O.updates=512"};
    QTest::newRow("3-level RF outputs only")
        << "tutorial-3level.json"
        << "problem-conv1d-k32-r3-p16.json"
        << "mapping-3level-rf-outputs-only.json" << qint64(1536) << "39369.71" << QStringList{}
        << QStringList{"1.W.reads=1536", "1.I.reads=1536"};
}

void TstTimeloopReference::energyAndCounts() {
    QFETCH(QString, arch);
    QFETCH(QString, problem);
    QFETCH(QString, mapping);
    QFETCH(qint64, cycles);
    QFETCH(QString, total);
    QFETCH(QStringList, perLevel);
    QFETCH(QStringList, counts);
    const auto l =
        testing::loadSampleSpecs(arch.toStdString(), problem.toStdString(), mapping.toStdString());
    const Evaluation e = LoopNestModel(*l.arch, l.problem).evaluate(l.nest);
    QCOMPARE(e.cycles, cycles);
    QCOMPARE(e.utilization, 1.0);
    QCOMPARE(fj(e.energyPerMacJ()), total);
    for (const QString& item : perLevel) {
        auto parts = item.split('=');
        double j = 0;
        if (parts[0] == "MAC")
            j = e.macEnergyJ;
        else
            j = e.level[l.arch->levelIndex(parts[0].toStdString())].energyJ;
        QCOMPARE(fj(j / static_cast<double>(e.macs)), parts[1]);
    }
    for (const QString& item : counts) {
        const QStringList where = item.section('=', 0, 0).split('.');
        const TensorAccess& a = e.level[where[0].toInt()].tensor[QString("WIO").indexOf(where[1])];
        QVERIFY2(where[2] == "reads" || where[2] == "updates", qPrintable(item));
        const std::int64_t got = where[2] == "reads" ? a.reads : a.updates;
        QCOMPARE(QString::number(got), item.section('=', 1));
    }
}

// The per-action energies are the parts of energyJ: they add up to it (to
// rounding in the last digit) for every level and tensor, on the tutorial and
// on a mapper-found VGG mapping; a bypassed tensor has none.
void TstTimeloopReference::actionEnergiesAddUp() {
    const auto near = [](double a, double b) {
        return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
    };
    for (const auto& design : {testing::tutorialDesign(), testing::eyerissVggDesign()}) {
        const Evaluation& e = design->evaluation;
        QVERIFY(e.levelCount > 0);
        for (int i = 0; i < e.levelCount; ++i) {
            for (int t = 0; t < kDataSpaceCount; ++t) {
                const TensorAccess& a = e.level[i].tensor[t];
                const QByteArray where = QString("%1, level %2, tensor %3")
                                             .arg(QString::fromStdString(design->arch->name))
                                             .arg(i)
                                             .arg(t)
                                             .toUtf8();
                QVERIFY2(a.readEnergyJ >= 0 && a.fillEnergyJ >= 0 && a.updateEnergyJ >= 0,
                         where.constData());
                QVERIFY2(near(a.readEnergyJ + a.fillEnergyJ + a.updateEnergyJ, a.energyJ),
                         where.constData());
                if (!a.kept) QVERIFY2(a.energyJ == 0.0, where.constData());
            }
        }
    }
    // The tutorial's DRAM only sees output updates: 512 words, 16 blocks of 32
    // at 2048 pJ each, 32.768 nJ.
    const auto tutorial = testing::tutorialDesign();  // keeps the evaluation alive
    const Evaluation& e = tutorial->evaluation;
    const TensorAccess& dramOutputs = e.level[0].tensor[static_cast<int>(DataSpace::outputs)];
    QCOMPARE(dramOutputs.readEnergyJ, 0.0);
    QCOMPARE(dramOutputs.fillEnergyJ, 0.0);
    QCOMPARE(dramOutputs.updateEnergyJ, dramOutputs.energyJ);
    QCOMPARE(fj(dramOutputs.updateEnergyJ), QString("32768000.00"));
}

QTEST_GUILESS_MAIN(TstTimeloopReference)
#include "tst_timeloop_reference.moc"
