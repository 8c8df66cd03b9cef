#pragma once
// The page a new window opens on: sample projects with their descriptions,
// recent files, and buttons to create or open a project.
#include <QStringList>
#include <QWidget>

class QListWidget;

namespace rl {
namespace views {

class StartPage : public QWidget {
    Q_OBJECT
  public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& files);
    void reloadSamples();
    QListWidget* samplesList() const { return samples_; }
    QListWidget* recentList() const { return recent_; }

  Q_SIGNALS:
    void openSampleRequested(const QString& path);  // opened as an untitled copy
    void openFileRequested(const QString& path);
    void openDialogRequested();
    void newProjectRequested();

  protected:
    // A sample sweep may name itself per language: the list is read again.
    void changeEvent(QEvent* event) override;

  private:
    QListWidget* samples_;
    QListWidget* recent_;
};

}  // namespace views
}  // namespace rl
