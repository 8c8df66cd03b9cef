#pragma once
// The hierarchical roofline (Intel Advisor style): a compute ceiling per data
// type and a memory ceiling per level, each labelled and toggleable; ridge
// points; operators as dots placed by their intensity at the chosen level,
// sized by their share of time, coloured by phase or binding resource; a
// pinned baseline draws arrows to where each operator moved. What to draw is
// RooflineScene's; the view paints it and follows the shared zoom stack.
#include <vector>

#include <QPointF>
#include <QStringList>
#include <QWidget>

#include "views/common/result_store.h"
#include "views/roofline/roofline_scene.h"

class QComboBox;
class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QCPItemLine;
class QCPTextElement;
class QToolButton;
class QMouseEvent;
class QWheelEvent;

namespace rl {
namespace views {

class OpSelection;

class RooflineView : public QWidget {
    Q_OBJECT
  public:
    using ColorBy = RooflineScene::ColorBy;

    RooflineView(ResultStore* store, OpSelection* selection, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    // What is drawn, computed without widgets.
    const RooflineScene& scene() const { return scene_; }
    // Where the last layout put the labels (pixels of plot()).
    const std::vector<RooflineLabel>& labels() const { return labels_; }
    int level() const { return level_; }
    void setLevel(int level);
    ColorBy colorBy() const { return colorBy_; }
    void setColorBy(ColorBy c);

    // What is drawn (used by tests and the status line).
    int ceilingCount() const { return static_cast<int>(scene_.ceilings().size()); }
    QStringList ceilingLabels() const;
    bool ceilingVisible(int i) const;
    void setCeilingVisible(int i, bool visible);
    int dotCount() const { return static_cast<int>(scene_.dots().size()); }
    int arrowCount() const { return static_cast<int>(arrows_.size()); }
    int ridgeCount() const;
    // Pixel position of an operator's dot, or (-1,-1) if it has none.
    QPointF dotPixel(int opIndex) const;
    // The operator whose dot is within a few pixels of `pixel`, or -1.
    int opAt(const QPointF& pixel) const;
    // The tooltip text for an operator (also used by the hover).
    QString describeOp(int opIndex) const;

    // Fits the axes to what is shown (the zoomed operators' dots when zoomed).
    void resetZoom();
    // Undoes the last axis change (wheel, drag, box), else goes back on the
    // shared zoom stack; false if there is nothing to undo.
    bool undoZoom();
    int zoomHistoryDepth() const { return static_cast<int>(zoomHistory_.size()); }
    void setRectangleZoom(bool on);
    // A box dragged over the plot (pixels): zooms every view to the operators
    // whose dots it holds, or the axes alone when it holds none.
    void zoomToBox(const QRectF& box);

    QString exportTo(const QString& path, int width = 0, int height = 0);

  private:
    void rebuild(bool refit = true);
    void drawCeilings();
    void drawDots();
    void rebuildCompare();
    void updateSelectionMarker();
    void updateTitle();
    void layoutLabels();
    void fillLevelCombo();
    void pushZoomState();
    QFont labelFont() const;

    void onMouseMove(QMouseEvent* e);
    void onMousePress(QMouseEvent* e);
    void onMouseRelease(QMouseEvent* e);
    void onMouseWheel(QWheelEvent* e);
    void showCeilingMenu();

    ResultStore* store_;
    OpSelection* selection_;
    QCustomPlot* plot_;
    QComboBox* levelCombo_;
    QComboBox* colorCombo_;
    QToolButton* ceilingsButton_;
    QToolButton* rectZoomButton_;
    QToolButton* backButton_;
    QCPItemText* footnote_ = nullptr;
    QCPTextElement* title_ = nullptr;

    int level_ = 0;
    ColorBy colorBy_ = ColorBy::phase;
    RooflineScene scene_;
    std::vector<RooflineLabel> labels_;
    std::vector<QCPGraph*> ceilingGraphs_;  // per scene ceiling
    std::vector<QCPItemText*> ceilingTexts_;
    std::vector<QCPItemLine*> leaders_;  // per ceiling: roof label to its roof's end
    QCPItemText* ridgeText_ = nullptr;
    std::vector<QCPItemLine*> arrows_;
    std::vector<QCPItemText*> compareTexts_;
    std::vector<CompareLabelRequest> compareRequests_;
    QCPGraph* ridgeGraph_ = nullptr;
    QCPGraph* selectedGraph_ = nullptr;
    QCPGraph* baselineGraph_ = nullptr;
    struct ZoomState {
        double xlo, xhi, ylo, yhi;
    };
    std::vector<ZoomState> zoomHistory_;
    qint64 lastWheelPush_ = 0;
    QPointF pressPos_;
};

}  // namespace views
}  // namespace rl
