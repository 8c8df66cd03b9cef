#pragma once
// Waits the GUI tests share: for the window's next prediction, and for the
// dataflow session's design; and the set-up of those that switch languages.
#include <QSignalSpy>
#include <QStandardPaths>

#include "app/gui/language_switch.h"
#include "app/gui/main_window.h"
#include "views/common/result_store.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_session.h"

namespace rl::test {

// For initTestCase of a test that switches languages: settings in test mode
// (the user's own are never read or written), the catalogues in `qmFolder`
// (RIDGELINE_QM_DIR of a test built with TRANSLATIONS), English to start.
inline bool startInEnglish(const QString& qmFolder) {
    QStandardPaths::setTestModeEnabled(true);
    gui::LanguageSwitch::instance().addQmFolder(qmFolder);
    return gui::LanguageSwitch::instance().setLanguage("en");
}

// True when the window publishes a new result within `timeoutMs`.
inline bool waitForResult(gui::MainWindow& w, int timeoutMs) {
    QSignalSpy spy(w.results(), &views::ResultStore::resultChanged);
    return spy.wait(timeoutMs);
}

// True when the session has a design and is not mapping, now or within
// `timeoutMs` (the mapper runs in the background).
inline bool waitForDesign(gui::MainWindow& w, int timeoutMs) {
    if (w.dataflowPage()->design() && !w.dataflowSession()->isMapping()) return true;
    QSignalSpy spy(w.dataflowSession(), &views::DataflowSession::ready);
    return spy.wait(timeoutMs);
}

}  // namespace rl::test
