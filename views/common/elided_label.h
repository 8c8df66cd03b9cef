#pragma once
// A one-line label that shows its text cut to the width it is given, with
// "…", and the whole text as its tooltip: long names (files, specs) must
// neither wrap onto many lines nor widen a dock or the window.
#include <QLabel>
#include <QString>

namespace rl::views {

class ElidedLabel : public QLabel {
    Q_OBJECT
  public:
    explicit ElidedLabel(Qt::TextElideMode mode, QWidget* parent = nullptr);
    void setFullText(const QString& text);
    const QString& fullText() const { return full_; }

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void showElided();
    QString full_;
    Qt::TextElideMode mode_;
};

}  // namespace rl::views
