// A training run's operator records in the user's language (issue 16): the
// operator table of the Megatron sample shows "Transformer-Schichten" and
// "DP Reduce-Scatter (Gradienten)" in German, their Chinese in zh_CN, the
// engine's English otherwise; an identifier-named operator stays as written.
#include <QtTest>

#include "core/sim/training/op_names.h"
#include "core/sim/training/plan.h"
#include "core/sim/training/to_prediction.h"
#include "core/spec/spec_io.h"
#include "tests/views/translation_helpers.h"
#include "views/common/format.h"
#include "views/common/op_selection.h"
#include "views/common/result_store.h"
#include "views/explanation/message_text.h"
#include "views/optable/op_name.h"
#include "views/optable/operator_table_model.h"
#include "views/traffic/traffic_view.h"

using namespace rl;
using rl::views::OperatorTableModel;

namespace {

std::shared_ptr<const Prediction> megatronRun() {
    auto project = loadProject(std::string(RIDGELINE_SAMPLES) +
                               "/projects/megatron-175b-training-on-64-a100.json");
    if (!project.ok()) qFatal("%s", project.diagnostics.format().c_str());
    const Project& pr = *project.value;
    training::TrainingReport r = training::simulateTraining(
        pr.hardware, pr.model, training::makePlan(pr.model, pr.scenario));
    return std::make_shared<const Prediction>(
        training::trainingPrediction(pr.hardware, pr.model, pr.scenario.name, std::move(r)));
}

// The Name column, row by row, and the engine's names beside them.
QStringList names(const OperatorTableModel& model) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.data(model.index(r, OperatorTableModel::Name)).toString();
    return out;
}

}  // namespace

class TestTrainingOpNames : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void tableNamesFollowTheLanguage_data() { rl::test::translatedLanguageRows(); }
    void tableNamesFollowTheLanguage() {
        QFETCH(QString, language);
        views::ResultStore store;
        const auto p = megatronRun();
        store.setResult(p);
        OperatorTableModel model(&store);
        QCOMPARE(model.rowCount(), static_cast<int>(p->ops.size()));
        // In English the table shows the engine's names, byte for byte.
        QStringList english;
        for (const OpRecord& op : p->ops) english << QString::fromStdString(op.name);
        QCOMPARE(names(model), english);
        const QString all = english.join(" | ");
        QVERIFY2(english.contains("transformer layers"), qPrintable(all));
        QVERIFY2(english.contains("optimizer step (Adam)"), qPrintable(all));
        QVERIFY2(english.contains("TP all-gather + reduce-scatter"), qPrintable(all));

        rl::test::InstalledTranslation t(language);
        QVERIFY(t.ok);
        const QStringList shown = names(model);
        const bool de = language == "de";
        QVERIFY2(shown.contains(de ? "Transformer-Schichten" : "Transformer 层"),
                 qPrintable(shown.join(" | ")));
        QVERIFY2(shown.contains(de ? "Optimiererschritt (Adam)" : "优化器步骤（Adam）"),
                 qPrintable(shown.join(" | ")));
        QVERIFY2(shown.contains(de ? "TP All-Gather + Reduce-Scatter" : "TP 全收集 + 归约分散"),
                 qPrintable(shown.join(" | ")));
        // No English word of a typed name is left (the groups' capitals and
        // the optimizer's proper name stay).
        for (int r = 0; r < shown.size(); ++r) {
            QVERIFY(!p->ops[static_cast<std::size_t>(r)].nameMessage.english.empty());
            for (const QString& w :
                 english[r].split(QRegularExpression("[^A-Za-z-]+"), Qt::SkipEmptyParts))
                if (w != w.toUpper() && w != "Adam" && w != "SGD")
                    QVERIFY2(!rl::test::containsWord(shown[r], w),
                             qPrintable(shown[r] + " holds \"" + w + "\""));
        }
        // The traffic view's per-operator bars name them alike.
        views::OpSelection selection;
        views::TrafficView traffic(&store, &selection);
        traffic.setGrouping(views::TrafficView::Grouping::op);
        const QStringList bars = traffic.groupLabels();
        QVERIFY2(bars.contains(de ? "Optimiererschritt (Adam)" : "优化器步骤（Adam）"),
                 qPrintable(bars.join(" | ")));
        QVERIFY2(!bars.join(" ").contains("layers"), qPrintable(bars.join(" | ")));
        // The tooltip names the whole name in the same language.
        const int layers = static_cast<int>(english.indexOf("transformer layers"));
        QCOMPARE(
            model.data(model.index(layers, OperatorTableModel::Name), Qt::ToolTipRole).toString(),
            shown[layers]);
    }

    // The names the sample's critical stage has none of: the LM head, the
    // optimizer without Adam, a data-parallel collective.
    void otherTrainingNames() {
        auto named = [](rl::Message typed) {
            OpRecord op;
            op.name = typed.english;
            op.nameMessage = std::move(typed);
            return views::opName(op);
        };
        using namespace rl::training;
        const Message head = trainingOpName(RL_TR("TrainingOp", "LM head and loss"));
        const Message sgd = trainingOpName(
            Phrase(RL_TR("TrainingOp", "optimizer step (%1)"), {PhraseArg::verbatim("SGD")}));
        const Message dp = collectiveName({.group = CommGroup::data,
                                           .kind = CollectiveKind::reduce_scatter,
                                           .payload = CommPayload::gradients});
        QCOMPARE(named(head), QString("LM head and loss"));
        QCOMPARE(named(sgd), QString("optimizer step (SGD)"));
        QCOMPARE(named(dp), QString("DP reduce-scatter (gradients)"));
        {
            rl::test::InstalledTranslation de("de");
            QVERIFY(de.ok);
            QCOMPARE(named(head), QString("LM-Kopf und Verlust"));
            QCOMPARE(named(sgd), QString("Optimiererschritt (SGD)"));
            QCOMPARE(named(dp), QString("DP Reduce-Scatter (Gradienten)"));
        }
        rl::test::InstalledTranslation zh("zh_CN");
        QVERIFY(zh.ok);
        QCOMPARE(named(head), QString("LM 头与损失"));
        QCOMPARE(named(sgd), QString("优化器步骤（SGD）"));
        QCOMPARE(named(dp), QString("DP 归约分散（梯度）"));
    }

    // The phases a training run's collective records sit in ("TP comm
    // exposed", core/sim/training/traffic_records.cpp) are translated with the
    // other phase words (roofline legend, traffic sections).
    void collectivePhasesFollowTheLanguage() {
        const QStringList groups{"TP", "CP", "EP", "PP", "DP"};
        for (const QString& g : groups)
            QCOMPARE(views::MessageText::phase((g + " comm exposed").toStdString()),
                     g + " comm exposed");
        {
            rl::test::InstalledTranslation de("de");
            QVERIFY(de.ok);
            for (const QString& g : groups)
                QCOMPARE(views::MessageText::phase((g + " comm exposed").toStdString()),
                         "nicht verdeckte " + g + "-Kommunikation");
        }
        rl::test::InstalledTranslation zh("zh_CN");
        QVERIFY(zh.ok);
        for (const QString& g : groups)
            QCOMPARE(views::MessageText::phase((g + " comm exposed").toStdString()),
                     QString::fromUtf8("未被掩盖的 ") + g + QString::fromUtf8(" 通信"));
    }

    // An operator named by an identifier, or a typed name that no longer
    // matches the record's (edited after the engine typed it), is shown as written.
    void untypedNamesStayAsWritten() {
        rl::test::InstalledTranslation t("de");
        QVERIFY(t.ok);
        OpRecord op;
        op.name = "layers.4.qkv_proj";
        QCOMPARE(views::opName(op), QString("layers.4.qkv_proj"));
        op.name = "embedding";
        QCOMPARE(views::opName(op), QString("embedding"));  // a graph model's own name
        op.nameMessage = Message::fromPhrase("TrainingOp", Phrase("embedding"));
        op.name = "renamed";
        QCOMPARE(views::opName(op), QString("renamed"));
    }
};

QTEST_MAIN(TestTrainingOpNames)
#include "test_training_op_names.moc"
