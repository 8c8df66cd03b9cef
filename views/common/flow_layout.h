#pragma once
// A layout that sets its items side by side and carries on in a new row where
// the width runs out, as words wrap: a row of check boxes that a narrow dock
// (German labels) would otherwise widen until its form scrolls sideways.
#include <QLayout>
#include <QList>

namespace rl {
namespace views {

class FlowLayout : public QLayout {
  public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // As wide as the widest item: the rest wraps. Items shrink toward their
    // minimum widths before the next one wraps.
    QSize minimumSize() const override;
    // Every item in one row.
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

  private:
    int gap() const;
    // Lays the items out in `rect` (only measures unless `apply`); returns the height taken.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> items_;
};

}  // namespace views
}  // namespace rl
