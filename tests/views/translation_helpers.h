#pragma once
// Helpers for tests of translated text: the German or Chinese catalogue
// installed for a scope, and a search for a word standing on its own. For
// tests registered with TRANSLATIONS (RIDGELINE_QM_DIR names the .qm files).
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QTranslator>
#include <QtTest>

namespace rl::test {

// Installs ridgeline_<language>.qm for its lifetime; LanguageChange reaches
// the widgets at once, on install and on removal.
struct InstalledTranslation {
    explicit InstalledTranslation(const QString& language) {
        ok = translator.load("ridgeline_" + language, RIDGELINE_QM_DIR);
        if (ok) QCoreApplication::installTranslator(&translator);
        QCoreApplication::processEvents();
    }
    ~InstalledTranslation() {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
    }
    InstalledTranslation(const InstalledTranslation&) = delete;
    InstalledTranslation& operator=(const InstalledTranslation&) = delete;
    QTranslator translator;
    bool ok = false;
};

// A data function's rows: one "language" per catalogue beside English.
inline void translatedLanguageRows() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "de";
    QTest::newRow("zh_CN") << "zh_CN";
}

// Whether `w` stands in `text` as a word of its own: "needs" is in "it needs
// 4", not in "needs-based"; a hyphen binds ("Mikro-Batches" holds no "Batches").
inline bool containsWord(const QString& text, const QString& w) {
    return QRegularExpression("(^|[^A-Za-z-])" + QRegularExpression::escape(w) + "($|[^A-Za-z-])")
        .match(text)
        .hasMatch();
}

}  // namespace rl::test
