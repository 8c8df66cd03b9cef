#pragma once
// Waits the GUI tests share: for the window's next prediction, and for the
// dataflow session's design.
#include <QSignalSpy>

#include "app/gui/main_window.h"
#include "views/common/result_store.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_session.h"

namespace rl::test {

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
