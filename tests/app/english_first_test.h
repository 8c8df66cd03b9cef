#pragma once
// The base of a GUI test that switches languages (built with TRANSLATIONS, its
// header among the test's SOURCES for moc): settings in test mode and the
// catalogues loaded once, and every test function starts in English, whatever
// the one before it left.
#include <QObject>
#include <QtTest>

#include "tests/app/gui_waits.h"

namespace rl::test {

class EnglishFirstTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QVERIFY(startInEnglish(QStringLiteral(RIDGELINE_QM_DIR))); }
    void init() { QVERIFY(gui::LanguageSwitch::instance().setLanguage("en")); }
};

}  // namespace rl::test
