#pragma once
// The contract every dataflow view keeps (loop nest, PE array, storage,
// step-through, mapper, network, systolic): it shows one DataflowDesign, and
// it exports itself (PNG/SVG/PDF of what is on screen, CSV of its numbers) so
// the page's Export action and `ridgeline-cli render --view dataflow-<key>`
// treat all of them alike.
#include <QString>
#include <QWidget>
#include <memory>
#include <string>
#include <vector>

#include "core/dataflow/design.h"

namespace rl::views {

class DataflowView : public QWidget {
    Q_OBJECT
  public:
    using QWidget::QWidget;
    // nullptr: nothing to show (no valid design); the view says why it is empty.
    virtual void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) = 0;
    // Rows for CSV export, header first; empty when the view has no numbers.
    virtual std::vector<std::vector<std::string>> csvRows() const { return {}; }
    // Writes the view to `path` by suffix: png, svg, pdf (painted at width x
    // height, 0 = the widget's size) or csv (csvRows()). Views that hold a
    // QCustomPlot override this to use views/common/chart_export.
    // Returns an error message, empty on success.
    virtual QString exportTo(const QString& path, int width = 0, int height = 0);
};

}  // namespace rl::views
