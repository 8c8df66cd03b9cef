// Engine words a user reads, in German (issue 16, "every word a user reads is
// translated"): the predictor's name, a sweep axis named only by its JSON
// pointer, the learned dataset table's shapes, the editor's token labels and
// the dataflow mapper's label. The engines keep their English (exports, files).
#include <QtTest>

#include "core/learned/dataset.h"
#include "core/result/sweep_result.h"
#include "tests/views/translation_helpers.h"
#include "views/dataflow/mapper_view.h"
#include "views/editors/field_schema.h"
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
        data.samples.push_back(s);
        InstalledTranslation de("de");
        QVERIFY(de.ok);
        views::DatasetTableModel model;
        model.setDataset(&data);
        QCOMPARE(model.data(model.index(0, 3)).toString(), QString("4096 Elemente"));
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
        QCOMPARE(label, QString("Mapper (EDP, Startwert 1)"));
    }
};

QTEST_MAIN(TestEngineWords)
#include "test_engine_words.moc"
