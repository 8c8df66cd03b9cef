#pragma once
// A horizontal header whose titles take up to two lines, cut with "…" on the
// second (the model's tooltip holds the whole title), and as tall as its most
// wrapped title. ColumnFitter sets it on tables whose titles may be cut.
#include <QHeaderView>

class QStyleOptionHeader;

namespace rl {
namespace views {

class TwoLineHeader : public QHeaderView {
  public:
    explicit TwoLineHeader(QWidget* parent);

    // Tells the table to lay out again (a taller header moves its rows down).
    void setLines(int lines);
    // What a section adds to its title's width: the style's margins, a character's
    // room (titles side by side must not run together, in Chinese least of all),
    // and the sort arrow's room on the section sorted by (QCommonStyle's label).
    int chrome(int logicalIndex) const;
    QSize sizeHint() const override;

  protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;

  private:
    int lines_ = 1;
    mutable bool measuring_ = false;
};

}  // namespace views
}  // namespace rl
