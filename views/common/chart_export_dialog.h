#pragma once
// The one chart export dialog: the file (its suffix picks PNG, PDF or SVG),
// the size in pixels or inches, the DPI of a PNG and the scale of a PDF/SVG
// page, with the resulting output size shown as it changes.
#include <QDialog>

#include "views/common/chart_export.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rl {
namespace views {

class ChartExportDialog : public QDialog {
    Q_OBJECT
  public:
    ChartExportDialog(const QString& title, const QString& startPath, const QString& filter,
                      const ChartExportOptions& initial, QWidget* parent = nullptr);

    QString path() const;  // with a suffix (.png when none was typed)
    ChartExportOptions options() const;
    void setPath(const QString& path);
    void setOptions(const ChartExportOptions& options);
    // What will be written, e.g. "PNG: 2000 × 1400 px".
    QString summary() const;

  private:
    void browse();
    void setInches(bool inches);
    void refresh();
    QString suffix() const;

    QString title_, filter_;
    QLineEdit* path_;
    QDoubleSpinBox* width_;
    QDoubleSpinBox* height_;
    QComboBox* unit_;
    QDoubleSpinBox* dpi_;
    QDoubleSpinBox* scale_;
    QLabel* summary_;
    QPushButton* ok_;
    bool inches_ = false;
};

}  // namespace views
}  // namespace rl
