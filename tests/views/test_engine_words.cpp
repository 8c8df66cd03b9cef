// Engine words a user reads, in German (issue 16, "every word a user reads is
// translated"): the predictor's name, a sweep axis named only by its JSON
// pointer, the learned dataset table's shapes, the editor's token labels and
// the dataflow mapper's label. The engines keep their English (exports, files).
#include <QtTest>

#include "core/analytical/collective_names.h"
#include "core/learned/dataset.h"
#include "core/result/sweep_result.h"
#include "core/workload/operator_names.h"
#include "tests/views/translation_helpers.h"
#include "views/dataflow/mapper_view.h"
#include "views/editors/field_schema.h"
#include "views/explanation/collective_name.h"
#include "views/explanation/predictor_name.h"
#include "views/explore/sweep_format.h"
#include "views/learned/dataset_table_model.h"

using namespace rl;
using rl::test::InstalledTranslation;

class TestEngineWords : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void predictorNamesInGerman() {
        QCOMPARE(views::predictorName("roofline"), QString("roofline"));
        InstalledTranslation de("de");
        QVERIFY(de.ok);
        QCOMPARE(views::predictorName("roofline"), QString("Roofline-Modell"));
        QCOMPARE(views::predictorName("learned"), QString("gelernt"));
        QCOMPARE(views::predictorName("my-model"), QString("my-model"));  // unknown: as it is
    }

    // An axis the sweep did not name is shown by its field's label; a named
    // axis by its name; a pointer the schema does not know as it is.
    void sweepAxisTitleIsTheFieldLabel() {
        InstalledTranslation de("de");
        QVERIFY(de.ok);
        SweepAxisInfo unnamed;
        unnamed.pointer = "/scenario/training/micro_batch";
        QCOMPARE(views::axisTitle(unnamed), QString("Mikro-Batch"));
        unnamed.name = unnamed.pointer;  // the sweep reader's default name
        QCOMPARE(views::axisTitle(unnamed), QString("Mikro-Batch"));
        SweepAxisInfo named;
        named.name = "HBM bandwidth";
        named.pointer = "/hardware/memory/0/bandwidth";
        QCOMPARE(views::axisTitle(named), QString("HBM bandwidth"));
        SweepAxisInfo unknown;
        unknown.pointer = "/scenario/no_such_field";
        QCOMPARE(views::axisTitle(unknown), QString("/scenario/no_such_field"));
    }

    void datasetShapesInGerman() {
        Dataset data;
        Sample s;
        s.device = "H100";
        s.op.kind = OpKind::elementwise;
        s.op.elementwise.elements = 4096;
        s.timeS = 14.9e-6;
        data.samples.push_back(s);
        InstalledTranslation de("de");
        QVERIFY(de.ok);
        views::DatasetTableModel model;
        model.setDataset(&data);
        QCOMPARE(model.data(model.index(0, 3)).toString(), QString("4096 Elemente"));
        // Times read as everywhere on screen: the micro sign, not the CLI's ASCII "us".
        QCOMPARE(model.data(model.index(0, 4)).toString(), QStringLiteral("14.9 \u00b5s"));
    }

    // Every collective and algorithm the engine names (its name tables, which
    // toString needs for a new value): one added without its German and
    // Chinese name fails here.
    void collectiveNamesInGermanAndChinese() {
        std::vector<CollectiveKind> kinds;
        for (const auto& n : kCollectiveKindNames) kinds.push_back(n.value);
        std::vector<CollectiveAlgorithm> algorithms;
        for (const auto& n : kCollectiveAlgorithmNames) algorithms.push_back(n.value);
        QStringList english;
        for (CollectiveKind k : kinds) english << views::collectiveKindName(k);
        for (CollectiveAlgorithm a : algorithms) english << views::collectiveAlgorithmName(a);
        QCOMPARE(english.at(0), QString("all-reduce"));
        QCOMPARE(english.at(int(kinds.size()) + 1), QString("ring"));
        for (const char* language : {"de", "zh_CN"}) {
            InstalledTranslation t(language);
            QVERIFY(t.ok);
            QStringList shown;
            for (CollectiveKind k : kinds) shown << views::collectiveKindName(k);
            for (CollectiveAlgorithm a : algorithms) shown << views::collectiveAlgorithmName(a);
            for (int i = 0; i < english.size(); ++i)
                QVERIFY2(shown.at(i) != english.at(i),
                         qPrintable(QStringLiteral("%1: %2").arg(language, english.at(i))));
            QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), int(shown.size()));
        }
        InstalledTranslation de("de");
        QCOMPARE(views::collectiveKindName(CollectiveKind::all_gather), QString("All-Gather"));
        QCOMPARE(views::collectiveAlgorithmName(CollectiveAlgorithm::tree), QString("Baum"));
    }

    // The dataset table shows an operator's kind as the operator table does;
    // a label of the file's own as written, its kind in the tooltip.
    void datasetKindsInGerman() {
        Dataset data;
        Sample norm;
        norm.device = "H100";
        norm.op.kind = OpKind::norm;
        norm.op.name = "norm";  // a generic file's label: the kind's own name
        norm.op.mathType = DType::bf16;
        data.samples.push_back(norm);
        Sample bmm = norm;
        bmm.op.kind = OpKind::batched_matmul;
        bmm.op.name = "attn_qk";  // VIDUR's label
        data.samples.push_back(bmm);
        views::DatasetTableModel model;
        model.setDataset(&data);
        QCOMPARE(model.data(model.index(0, 1)).toString(), QString("Normalization"));
        InstalledTranslation de("de");
        QVERIFY(de.ok);
        QCOMPARE(model.data(model.index(0, 1)).toString(), QString("Normalisierung"));
        QCOMPARE(model.data(model.index(1, 1)).toString(), QString("attn_qk"));
        QCOMPARE(model.data(model.index(1, 1), Qt::ToolTipRole).toString(),
                 QString("Gebündelte Matmul"));
        QCOMPARE(model.data(model.index(0, 2)).toString(), QString("bf16"));  // a dtype's name
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QString("Datentyp"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QString("Gemessen"));
    }

    void tokenLabelsInChineseHaveNoEnglish() {
        InstalledTranslation zh("zh_CN");
        QVERIFY(zh.ok);
        const views::FieldSpec* prompt =
            views::fieldSpec(views::SchemaFormat::scenario, "/inference/prompt_tokens");
        QVERIFY(prompt);
        const QString label = prompt->label();
        QVERIFY2(!label.contains(QRegularExpression("[A-Za-z]")), qPrintable(label));
    }

    void mapperLabelInGerman() {
        InstalledTranslation de("de");
        QVERIFY(de.ok);
        const QString label =
            QCoreApplication::translate("rl::views::DataflowSession", "mapper (%1, seed %2)")
                .arg(views::MapperView::objectiveName(dataflow::Objective::edp))
                .arg(1);
        QCOMPARE(label, QString("Mapper (EDP, Seed 1)"));
    }
};

QTEST_MAIN(TestEngineWords)
#include "test_engine_words.moc"
