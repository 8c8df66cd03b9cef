#pragma once
// The one strip that says the result on screen no longer matches the specs:
// while a spec has an error (a half-typed value), or after a failed run, the
// result views keep their last result, greyed, and this strip above them names
// the file and the JSON path at fault. The main window owns one and tells it
// what changed; a new result clears it. Hidden on tabs that show no result
// (learned models, explore).
#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QTabWidget;

namespace rl {
namespace views {

class StaleBanner : public QFrame {
    Q_OBJECT
  public:
    explicit StaleBanner(QWidget* parent = nullptr);

    // `resultPages`: the tabs of `tabs` that show the result (the strip is
    // visible only while one of them is current); `dimmed`: every widget
    // greyed while stale (those pages and any result dock).
    void watch(QTabWidget* tabs, const QList<QWidget*>& resultPages, const QList<QWidget*>& dimmed);

    // A spec has an error: `file` (as the editor labels it), `path` (JSON
    // pointer), `haveResult` (false: nothing was ever computed). `tag` comes
    // back with goToField() (the main window's editor index).
    void setSpecError(int tag, const QString& file, const QString& path, bool haveResult);
    // The specs are valid again; the stale result stays marked until clear().
    void setRerunning();
    // The last run failed: what is shown is from an earlier run.
    void setRunFailed();
    // A fresh result is on screen.
    void clear();

    bool isStale() const { return stale_; }
    QString text() const;  // as plain text
    // Whether `w` is greyed as a stale result.
    static bool isGreyed(const QWidget* w);

  Q_SIGNALS:
    // The user asked to see the field at fault.
    void goToField(int tag, const QString& path);

  private:
    void mark(const QString& message, bool withLink);
    void updateVisibility();
    void setDimmed(bool dimmed);
    void applyTheme();

    QLabel* label_;
    QPointer<QTabWidget> tabs_;
    QList<QPointer<QWidget>> resultPages_;
    QList<QPointer<QWidget>> dimmed_;
    bool stale_ = false;
    int tag_ = -1;
    QString path_;
};

}  // namespace views
}  // namespace rl
