#pragma once
// A table header whose sections, sized to their titles, keep a character's
// room either side: Qt's own 4 px let neighbouring titles run together,
// worst in Chinese ("屋顶线 MAPE模型 MAPE"). The room follows the titles'
// language, since the sections are sized again when the titles change.
#include <QHeaderView>

class QTableView;

namespace rl {
namespace views {

class SpacedHeader : public QHeaderView {
  public:
    using QHeaderView::QHeaderView;

  protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

// Gives `table` a spaced horizontal header (before its sections are set up).
void useSpacedHeader(QTableView* table);

}  // namespace views
}  // namespace rl
