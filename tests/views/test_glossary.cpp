// One word per meaning in each catalogue (docs/messages.md, "Glossary"): no
// German translation says "Abbildung" for a mapping while another says
// "Mapping", no Chinese one "token" while another says "词元". Reads the .ts
// files as translators leave them, so a new row with the other word fails
// here before anyone sees it on screen.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Term {
    const char* meaning;
    const char* language;  // "de" or "zh_CN"
    const char* chosen;    // a pattern the catalogue's rows use
    const char* rejected;  // the other word for the same thing
};

// Keep in step with the table in docs/messages.md.
const Term kGlossary[] = {
    {"mapping", "de", "Mapping", "Abbildung"},
    {"seed", "de", "\\bSeed\\b", "Startwert"},
    {"throughput", "de", "Durchsatz", "Throughput"},
    {"tile", "de", "Kachel", "\\bTiles?\\b"},
    {"rank", "de", "\\bRanks?\\b", "\\bR[aä]nge?\\b"},
    {"micro-batch", "de", "Mikro-Batch", "Micro-Batch"},
    {"interleave", "de", "[Vv]erschränk", "Interleav"},
    {"send/recv", "de", "Send/Recv", "Senden/Empfangen"},
    {"all-reduce", "de", "All-Reduce", "\\ball-reduce\\b|AllReduce"},
    {"collective", "de", "[Kk]ollektive[nr]? Operation", "Kollektiv(e|en)?\\b(?! Operation)"},
    {"schedule", "de", "Zeitplan", "Ablaufplan|Pipeline-Plan"},
    {"design", "de", "Entwurf", "\\bDesigns?\\b"},
    {"dataflow", "de", "Datenfluss", "\\bDataflow"},
    {"token", "zh_CN", "词元", "(?<![A-Za-z_])[Tt]okens?(?![A-Za-z_])"},
    {"rank", "zh_CN", "\\brank\\b", "个进程|进程号|秩"},
    {"micro-batch", "zh_CN", "微批次", "微批量|微批(?!次)"},
    {"global batch", "zh_CN", "全局批次", "全局批量"},
    {"reduce", "zh_CN", "归约", "规约"},
    {"tile", "zh_CN", "分块", "数据块"},
    {"all-reduce", "zh_CN", "全归约", "(?i)all-?reduce"},
    {"all-gather", "zh_CN", "全收集", "(?i)all-?gather"},
    {"reduce-scatter", "zh_CN", "归约分散", "(?i)reduce-?scatter"},
    {"all-to-all", "zh_CN", "全对全", "(?i)all-?to-?all"},
    {"send/recv", "zh_CN", "发送/接收", "(?i)send/recv"},
    {"seed", "zh_CN", "种子", "(?i)\\bseed\\b"},
};

const Term& termOf(const char* meaning, const char* language) {
    for (const Term& t : kGlossary)
        if (qstrcmp(t.meaning, meaning) == 0 && qstrcmp(t.language, language) == 0) return t;
    return kGlossary[0];
}

struct Row {
    QString context, source, translation;
};

std::vector<Row> readCatalogue(const QString& language) {
    // RIDGELINE_TS_DIR in the environment checks other catalogues (an older checkout).
    const QString dir = qEnvironmentVariable("RIDGELINE_TS_DIR", QStringLiteral(RIDGELINE_TS_DIR));
    QFile file(QStringLiteral("%1/ridgeline_%2.ts").arg(dir, language));
    std::vector<Row> rows;
    if (!file.open(QIODevice::ReadOnly)) return rows;
    QXmlStreamReader xml(&file);
    QString context;
    Row row;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement()) continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"source") {
            row = {context, xml.readElementText(), {}};
        } else if (name == u"translation") {
            // Plural forms sit in <numerusform> children: keep their text too.
            row.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            rows.push_back(row);
        }
    }
    return rows;
}

}  // namespace

class TestGlossary : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void catalogueUsesOneTermPerConcept_data() {
        QTest::addColumn<int>("term");
        for (int i = 0; i < int(std::size(kGlossary)); ++i)
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(kGlossary[i].language, kGlossary[i].meaning)))
                << i;
    }

    void catalogueUsesOneTermPerConcept() {
        QFETCH(int, term);
        const Term& t = kGlossary[term];
        const std::vector<Row> rows = readCatalogue(QString::fromLatin1(t.language));
        QVERIFY2(rows.size() > 1000, "the catalogue was not read");
        const QRegularExpression chosen(QString::fromUtf8(t.chosen));
        const QRegularExpression rejected(QString::fromUtf8(t.rejected));
        QVERIFY(chosen.isValid() && rejected.isValid());
        int uses = 0;
        QStringList offenders;
        for (const Row& r : rows) {
            if (chosen.match(r.translation).hasMatch()) ++uses;
            if (rejected.match(r.translation).hasMatch())
                offenders << QStringLiteral("%1 | %2 | %3").arg(r.context, r.source, r.translation);
        }
        // The chosen word is really the catalogue's (not a pattern that matches nothing).
        QVERIFY2(uses > 0, t.chosen);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // The check itself: a row with the other word is found.
    void rejectedWordIsFound() {
        const QRegularExpression mapping(QString::fromUtf8(termOf("mapping", "de").rejected));
        QVERIFY(mapping.match(QStringLiteral("keine gültige Abbildung")).hasMatch());
        const QRegularExpression collective(QString::fromUtf8(termOf("collective", "de").rejected));
        QVERIFY(collective.match(QStringLiteral("Kostenbestimmung der Kollektive")).hasMatch());
        QVERIFY(!collective.match(QStringLiteral("Kollektive Operationen")).hasMatch());
        const QRegularExpression token(QString::fromUtf8(termOf("token", "zh_CN").rejected));
        QVERIFY(token.match(QString::fromUtf8("输出 token")).hasMatch());
        QVERIFY(!token.match(QStringLiteral("max_batched_tokens")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "test_glossary.moc"
