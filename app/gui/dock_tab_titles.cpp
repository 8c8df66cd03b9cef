#include "app/gui/dock_tab_titles.h"

#include <QChildEvent>
#include <QMainWindow>
#include <QTabBar>

namespace rl {
namespace gui {

namespace {

void keepWhole(QTabBar* bar) {
    bar->setElideMode(Qt::ElideNone);
    bar->setUsesScrollButtons(true);  // where even whole titles do not fit
    // Narrower side padding than the style's lets the four German titles of a project
    // with a dataflow study ("Hardware", "Modell", "Szenario", "Datenfluss") fit 300 px.
    bar->setStyleSheet(QStringLiteral("QTabBar::tab { padding: 3px 6px; }"));
}

// QMainWindow makes its dock tab bars (its direct QTabBar children) whenever docks are
// tabified and sets them to elide; they are fixed when polished, just before first shown.
class DockTabBarWatcher : public QObject {
  public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ChildPolished)
            if (auto* bar = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(event)->child()))
                keepWhole(bar);
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

void keepDockTabTitlesWhole(QMainWindow* window) {
    for (QTabBar* bar : window->findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly))
        keepWhole(bar);
    window->installEventFilter(new DockTabBarWatcher(window));
}

}  // namespace gui
}  // namespace rl
