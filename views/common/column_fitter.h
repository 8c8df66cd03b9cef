#pragma once
// Keeps a table's columns within its viewport, so it does not scroll sideways
// where it can be helped. Each column starts at its contents' width, titles on
// one line; while the row is too wide columns give way, as the options say:
// - `wrapping` columns, in that order, down to the wider of their widest cell
//   and their title wrapped onto two lines (long German titles set numeric
//   columns that need only "16"); then `text` columns, down to their one-line
//   title or nine characters (their cells cut). The header grows to its most
//   wrapped title.
// - with `cutTitles`, every title wraps onto two lines (the largest gain
//   first), then the widest columns give way alike, titles cut with "…" on the
//   second line (the whole title is the model's tooltip): numbers (`isNumber`)
//   never narrower than their widest value, text down to ten characters.
// The `stretch` column fills what is left. Fits again when the viewport is
// resized, the model (watched) reset or re-sorted, or the titles
// re-translated; call fit() after showing or hiding columns.
#include <QList>
#include <QObject>

#include <functional>

class QAbstractItemModel;
class QTableView;

namespace rl {
namespace views {

class TwoLineHeader;

class ColumnFitter : public QObject {
  public:
    static constexpr int kLastShown = -2;  // `stretch`: the last column shown
    struct Options {
        QList<int> wrapping;
        QList<int> text;
        int stretch = -1;  // a column, kLastShown, or -1: none
        bool cutTitles = false;
        std::function<bool(int column)> isNumber;  // with cutTitles
    };

    // Parented to `table`; sets its header's titles to wrap (with cutTitles, a header that cuts
    // them).
    ColumnFitter(QTableView* table, Options options);

    void fit();
    // Fits again on `model`'s resets, re-sorts, rows and titles: the constructor watches
    // a model set before the fitter; a table given its model later calls this.
    void watch(QAbstractItemModel* model);
    // What a `wrapping` column needs when it gives way all it can.
    int narrowestWidth(int column) const;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QString titleOf(int column) const;
    // Margins (and a sort arrow) that a section adds to its title's one-line width.
    int chromeOf(int column) const;
    // The two ways of giving way, on the shown columns at their natural widths.
    void giveWay(const QList<int>& shown, int excess);
    void cutTitles(const QList<int>& shown);

    QTableView* table_;
    Options options_;
    TwoLineHeader* cutHeader_ = nullptr;
    bool fitting_ = false;
};

}  // namespace views
}  // namespace rl
