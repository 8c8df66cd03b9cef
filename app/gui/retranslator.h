#pragma once
// Re-translates the texts widgets already show, after the translators changed.
// Widgets are given their texts once, by tr() in constructors, and keep them;
// Qt only sends QEvent::LanguageChange. Rather than teach every page to
// rebuild its texts, the texts on screen are looked up in the catalogue of
// the language they are in (exactly, or as a "%1 of %2" pattern whose values
// are kept), and asked of the new translators again. Texts made of no known
// message stay as they are (names, numbers, user data).
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <vector>

#include "app/gui/qm_catalogue.h"

class QObject;
class QWidget;

namespace rl {
namespace gui {

class Retranslator {
  public:
    // `entries`: a catalogue; `shownAsTranslated`: the texts on screen are its
    // translations (false: they are its English sources).
    Retranslator(std::vector<CatalogueEntry> entries, bool shownAsTranslated);

    // `text` as the installed translators write it now; `text` itself if it
    // came from no known message. `contexts`: tr() contexts of the widget
    // showing it, preferred when one text has several sources.
    QString translate(const QString& text, const QStringList& contexts = {}) const;

    // Every text of `root` and its descendants: window and dock titles, labels,
    // buttons, actions and menus, tabs, tool tips, placeholders, combo items,
    // item-widget cells and headers, QCustomPlot axes, legends and texts,
    // graphics-scene texts. Custom item models are asked to repaint.
    void apply(QWidget* root) const;

  private:
    struct Pattern {
        int entry;
        QRegularExpression re;
        QStringList placeholders;  // per capture group: "1", "2", "n"
        QString anchor;            // its longest literal part: a cheap pre-filter
        int literalLength;
    };
    QString render(int entry, const QHash<QString, QString>& values) const;
    int pick(const QList<int>& candidates, const QStringList& contexts) const;

    std::vector<CatalogueEntry> entries_;
    QHash<QString, QList<int>> exact_;
    std::vector<Pattern> patterns_;
};

// The tr() contexts of `o` and its parents (class names, nearest first).
QStringList trContexts(const QObject* o);

}  // namespace gui
}  // namespace rl
