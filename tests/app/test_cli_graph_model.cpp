// A graph model (an explicit operator list) through `ridgeline-cli analyze`,
// as a user would run it: every op the reader accepts is analysed, and a dims
// count the format does not define is refused with its JSON path.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {

QString sample(const QString& rel) { return QString(RIDGELINE_SAMPLES) + "/" + rel; }

// A GEMM, a residual add (two inputs) and a pipeline hand-off left as a pair.
QByteArray graphModel(const QByteArray& secondOp) {
    return R"({"format": "ridgeline.model", "version": 1, "name": "pair", "graph": {"ops": [
        {"name": "qkv", "kind": "gemm", "dims": [512, 4096, 4096]},
        )" +
           secondOp + R"(,
        {"name": "p2p", "kind": "send_recv", "dims": [8388608], "inputs": ["qkv"]}]}})";
}

// Analyses a graph model whose second op is `secondOp`, written to `fileName`.
CliRun analyzeGraph(const QString& fileName, const QByteArray& secondOp) {
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(graphModel(secondOp));
    f.close();
    return runCli({"analyze", "--hardware", sample("hardware/cluster-2x-dgx-a100.json"), "--model",
                   path, "--scenario", sample("scenarios/chat-batch1-fp16.json"), "--format",
                   "json"});
}

QJsonObject opNamed(const QJsonArray& ops, const QString& name) {
    for (const auto& v : ops)
        if (v.toObject().value("name").toString() == name) return v.toObject();
    return {};
}

}  // namespace

class TestCliGraphModel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // Before: the reader took send_recv [bytes] and analyze then failed with
    // "expected [bytes, ranks]".
    void sendRecvPairIsAnalysed() {
        const CliRun r = analyzeGraph(
            "graph.json", R"({"name": "add", "kind": "elementwise", "dims": [2097152, 2]})");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray ops = QJsonDocument::fromJson(r.out).object().value("ops").toArray();
        QCOMPARE(ops.size(), 3);
        const QJsonObject p2p = opNamed(ops, "p2p");
        QCOMPARE(p2p.value("kind").toString(), QString("send_recv"));
        // A send/recv puts its whole message on the wire once.
        QCOMPARE(p2p.value("network_bytes").toDouble(), 8388608.0);
        QVERIFY(p2p.value("time_s").toDouble() > 0);
        // [elements, inputs]: two fp16 tensors read, one written.
        const QJsonObject add = opNamed(ops, "add");
        const QJsonObject hbm = add.value("traffic").toArray().first().toObject();
        QCOMPARE(hbm.value("total_bytes").toDouble(), 3.0 * 2097152 * 2);
    }

    // An embedding is one number (rows x width); [rows, cols] is refused by
    // name and path instead of being read as something else.
    void embeddingTwoDimsIsRefused() {
        const CliRun r =
            analyzeGraph("bad.json", R"({"name": "emb", "kind": "embedding", "dims": [64, 64]})");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(
            r.err.contains("bad.json: /graph/ops/1/dims: error: got [64,64]; for \"embedding\": "
                           "[elements]"),
            r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliGraphModel)
#include "test_cli_graph_model.moc"
