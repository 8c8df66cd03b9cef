// The discrete-event engine: event order (time, then insertion), the clock,
// refusal to schedule in the past, and the seeded random numbers.
#include <QtTest>

#include <cmath>
#include <stdexcept>

#include "core/sim/engine/event_queue.h"
#include "core/sim/engine/random.h"

using namespace rl::sim;

class TestSimEngine : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void ordersByTimeThenInsertion() {
        EventQueue q;
        q.push(2.0, 0, 0, 20);
        q.push(1.0, 0, 0, 10);
        q.push(2.0, 0, 0, 21);
        q.push(1.0, 0, 0, 11);
        const std::int64_t expected[] = {10, 11, 20, 21};
        for (std::int64_t e : expected) {
            const Event ev = q.pop();
            QCOMPARE(ev.item, e);
            QCOMPARE(q.now(), ev.time);
        }
        QVERIFY(q.empty());
        QCOMPARE(q.popped(), std::uint64_t(4));
    }
    void refusesThePast() {
        EventQueue q;
        q.push(5.0, 0);
        q.pop();
        QVERIFY_THROWS_EXCEPTION(std::logic_error, q.push(4.0, 0));
        q.push(5.0, 0);  // now is fine
        QCOMPARE(q.size(), std::size_t(1));
    }
    void randomIsSeededAndUniform() {
        Random a(42), b(42), c(43);
        for (int i = 0; i < 100; ++i) QCOMPARE(a.next(), b.next());
        QVERIFY(a.next() != c.next());
        Random r(7);
        const int n = 200000;
        double sum = 0, sumExp = 0, sumN = 0, sumN2 = 0, sumG = 0;
        std::uint64_t counts[5] = {};
        for (int i = 0; i < n; ++i) {
            const double u = r.uniform();
            QVERIFY(u >= 0 && u < 1);
            sum += u;
            sumExp += r.exponential(4.0);
            const double z = r.normal();
            sumN += z;
            sumN2 += z * z;
            sumG += r.gamma(0.5, 2.0);
            ++counts[r.below(5)];
        }
        // Several standard errors wide.
        QVERIFY(std::abs(sum / n - 0.5) < 0.005);
        QVERIFY(std::abs(sumExp / n - 0.25) < 0.005);
        QVERIFY(std::abs(sumN / n) < 0.01);
        QVERIFY(std::abs(sumN2 / n - 1.0) < 0.02);
        QVERIFY(std::abs(sumG / n - 1.0) < 0.02);  // mean = shape x scale
        for (std::uint64_t k : counts) QVERIFY(std::abs(double(k) / n - 0.2) < 0.005);
    }
};

QTEST_GUILESS_MAIN(TestSimEngine)
#include "tst_sim_engine.moc"
