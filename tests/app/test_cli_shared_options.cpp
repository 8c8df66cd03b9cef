// Option groups ridgeline-cli declares once and several commands take (issue
// 10): NCCL's costing options read the same in every command's --help; learn
// predict's operator options fill the generic CSV's columns from one table;
// train's choices are refused with the value and every allowed one.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli_runner.h"

namespace {

// The help of one option: its line and the wrapped lines under it, joined by spaces.
QByteArray optionHelp(const QByteArray& help, const QByteArray& option) {
    QByteArray out;
    bool inside = false;
    for (const QByteArray& line : help.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const bool optionLine = trimmed.startsWith('-');
        if (optionLine) inside = trimmed.startsWith(option + ' ');
        if (inside) out += (out.isEmpty() ? "" : " ") + trimmed;
    }
    return out;
}

// The stderr of a run refused as a usage error (exit code 2); else says what happened.
QByteArray usageError(const QStringList& args) {
    const CliRun r = runCli(args);
    if (r.exitCode == 2) return r.err;
    return "not refused (exit code " + QByteArray::number(r.exitCode) + "): " + r.err;
}

double rooflineOf(const CliRun& r) {
    return QJsonDocument::fromJson(r.out)
        .object()["prediction"]
        .toArray()[0]
        .toObject()["roofline (s)"]
        .toDouble();
}

}  // namespace

class TestCliSharedOptions : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    // collective, learn predict and learn evaluate state each costing option
    // in the same words (they once told opposite stories of nccl-tests).
    void costingOptionsReadTheSameEverywhere() {
        const QList<QStringList> commands{{"collective", "--help"},
                                          {"learn", "predict", "--help"},
                                          {"learn", "evaluate", "--help"}};
        QList<QByteArray> helps;
        for (const QStringList& c : commands) {
            const CliRun r = runCli(c);
            QVERIFY2(r.exitCode == 0, qPrintable(c.join(' ')));
            helps << r.out;
        }
        for (const char* option : {"--timing", "--network", "--gpus-per-uplink", "--host-cpu",
                                   "--intra-node", "--host-pcie"}) {
            const QByteArray first = optionHelp(helps[0], option);
            QVERIFY2(first.size() > QByteArray(option).size() + 20, option);
            for (int i = 1; i < helps.size(); ++i)
                QVERIFY2(
                    optionHelp(helps[i], option) == first,
                    qPrintable(QString("%1 in %2:\n%3\nvs\n%4")
                                   .arg(option, commands[i].join(' '),
                                        QString(optionHelp(helps[i], option)), QString(first))));
        }
        QVERIFY(optionHelp(helps[0], "--timing").contains("as VIDUR timed them"));
        QVERIFY(optionHelp(helps[0], "--timing").contains("nccl-tests' averaged"));
    }

    // Every operator option of learn predict is declared and reaches its column.
    void predictOptionsFillTheirColumns() {
        const CliRun help = runCli({"learn", "predict", "--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char* o :
             {"--batch", "-m", "-n", "-k", "--conv", "--elements", "--inputs",
              "--flops-per-element", "--detail", "--bytes", "--ranks", "--dimension"})
            QVERIFY2(!optionHelp(help.out, o).isEmpty(), o);

        // A residual add reads two inputs: more bytes than one, so a longer roofline time.
        const QStringList add{"learn",   "predict",     "--device",   "a100",
                              "--op",    "elementwise", "--elements", "16777216",
                              "--dtype", "fp16",        "--format",   "json"};
        const CliRun one = runCli(add);
        const CliRun two = runCli(add + QStringList{"--inputs", "2"});
        QVERIFY2(one.exitCode == 0 && two.exitCode == 0, (one.err + two.err).constData());
        QVERIFY2(rooflineOf(two) > 1.2 * rooflineOf(one), (one.out + two.out).constData());

        // --conv fills seven columns; --batch multiplies the work by 8 (batch 1 leaves
        // half the device idle, so the time grows about 3.7 times).
        const QStringList conv{"learn",  "predict", "--device",          "a100",     "--op",
                               "conv2d", "--conv",  "64,64,56,56,3,1,1", "--format", "json"};
        const CliRun b1 = runCli(conv);
        const CliRun b8 = runCli(conv + QStringList{"--batch", "8"});
        QVERIFY2(b1.exitCode == 0 && b8.exitCode == 0, (b1.err + b8.err).constData());
        QVERIFY2(rooflineOf(b8) > 2 * rooflineOf(b1), (b1.out + b8.out).constData());

        const QByteArray badConv = usageError(
            {"learn", "predict", "--device", "a100", "--op", "conv2d", "--conv", "64,64,56"});
        QVERIFY2(badConv.contains("--conv needs cin,cout,h,w,kernel,stride,padding"),
                 badConv.constData());
        const QByteArray badBytes =
            usageError({"learn", "predict", "--device", "a100", "--op", "all_reduce", "--ranks",
                        "2", "--bytes", "12 parsecs"});
        QVERIFY2(badBytes.contains("--bytes \"12 parsecs\": "), badBytes.constData());
    }

    // learn's usage, made from its list of subcommands, and each of them answering --help.
    void learnListsEverySubcommand() {
        const QByteArray usage =
            "usage: ridgeline-cli learn import|train|evaluate|predict|calibrate [options]\n"
            "  import     read CSV measurements, map devices, summarise (--out: generic CSV)\n"
            "  train      fit a hybrid or learned model and save it (--out model.json)\n"
            "  evaluate   accuracy of a model (--model), or --lodo / --train-devices "
            "--test-devices\n"
            "  predict    one operator's time (GEMM, conv, small op, collective), with a model or "
            "not\n"
            "  calibrate  adapt a model to a device from k measurements\n"
            "Each subcommand takes --help.\n";
        const CliRun help = runCli({"learn", "--help"});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.out, usage);
        const CliRun none = runCli({"learn"});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(usageError({"learn", "fit"}),
                 "ridgeline-cli learn: unknown subcommand \"fit\"\n" + usage);
        for (const char* sub : {"import", "train", "evaluate", "predict", "calibrate"}) {
            const CliRun r = runCli({"learn", sub, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith("Usage: ridgeline-cli learn " + QByteArray(sub)),
                     r.out.constData());
        }
    }

    // train's named choices: the value given and every allowed one.
    void trainChoicesNameWhatIsAllowed() {
        const QString project =
            RIDGELINE_SAMPLES "/projects/megatron-175b-training-on-64-a100.json";
        const struct {
            const char* option;
            const char* value;
            const char* message;
        } cases[] = {
            {"--recompute", "sometimes",
             "--recompute expects none, selective or full, got 'sometimes'"},
            {"--schedule", "1f2b", "--schedule expects 1f1b, gpipe or zero-bubble, got '1f2b'"},
            {"--fp8", "maybe", "--fp8 expects on or off, got 'maybe'"},
            {"--overlap-tp", "yes", "--overlap-tp expects on or off, got 'yes'"},
        };
        for (const auto& c : cases) {
            const QByteArray err = usageError({"train", "--project", project, c.option, c.value});
            QVERIFY2(err.contains(c.message), err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSharedOptions)
#include "test_cli_shared_options.moc"
