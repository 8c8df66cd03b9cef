#pragma once
// The progress strip of a page's background run: what is being done, a bar and
// Cancel, hidden while nothing runs. One widget for the serving, training and
// explore pages, so they show a run the same way.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rl {
namespace views {

class RunProgress : public QWidget {
    Q_OBJECT
  public:
    // TextBeside shows what is being done as a label; TextAsTooltip keeps the
    // strip narrow and puts it on the bar's tooltip.
    enum class TextPlacement { TextBeside, TextAsTooltip };
    explicit RunProgress(TextPlacement placement, QWidget* parent = nullptr);

    void start(const QString& what);                              // shown, at 0
    void setProgress(double fraction, const QString& what = {});  // what: kept when empty
    void finish();                                                // hidden

    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* bar() const { return bar_; }

  Q_SIGNALS:
    void cancelClicked();

  private:
    void setShown(bool shown);
    void setWhat(const QString& what);

    TextPlacement placement_;
    QLabel* text_;
    QProgressBar* bar_;
    QPushButton* cancel_;
};

}  // namespace views
}  // namespace rl
