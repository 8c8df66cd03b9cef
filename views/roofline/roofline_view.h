#pragma once
// The hierarchical roofline (Intel Advisor style): a compute ceiling per data
// type and a memory ceiling per level, each labelled and toggleable; ridge
// points; operators as dots placed by their intensity at the chosen level,
// sized by their share of time, coloured by phase or binding resource; a
// pinned baseline draws arrows to where each operator moved (overlay) or a
// second roofline beside it on the same axes (side by side), under a title
// that sums the change up. What to draw is RooflineScene's; the view paints
// it and follows the shared zoom stack.
#include <vector>

#include <QLineF>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include "views/common/result_store.h"
#include "views/roofline/roofline_scene.h"

class QComboBox;
class QCPAxisRect;
class QCPLayoutGrid;
class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QCPItemLine;
class QCPTextElement;
class QToolButton;
class QMouseEvent;
class QResizeEvent;
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
    const RooflineScene& scene() const { return main_.scene; }
    // Where the last layout put the labels (pixels of plot()).
    const std::vector<RooflineLabel>& labels() const { return main_.labels; }
    int level() const { return level_; }
    void setLevel(int level);
    ColorBy colorBy() const { return colorBy_; }
    void setColorBy(ColorBy c);

    // What is drawn (used by tests and the status line).
    int ceilingCount() const { return static_cast<int>(main_.scene.ceilings().size()); }
    QStringList ceilingLabels() const;
    bool ceilingVisible(int i) const;
    void setCeilingVisible(int i, bool visible);
    int dotCount() const { return static_cast<int>(main_.scene.dots().size()); }
    int arrowCount() const { return static_cast<int>(arrows_.size()); }
    // Pixel ends of compare arrow k as last laid out (from the baseline's
    // circle to the current dot, clear of both).
    QLineF arrowPixels(int k) const;
    // Side by side: the baseline's roofline left of the current one, on the
    // same ranges; otherwise (overlay) one chart with arrows. Only while a
    // baseline other than the result is pinned.
    void setSideBySide(bool on);
    bool sideBySide() const { return sideBySide_; }
    bool showsSideBySide() const;
    QCPAxisRect* baselineRect() const { return baseline_.rect; }
    const RooflineScene& baselineScene() const { return baseline_.scene; }
    QString titleText() const;
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

  protected:
    void resizeEvent(QResizeEvent* e) override;

  private:
    // One roofline: its axis rect, scene and what is drawn for it.
    struct Panel {
        QCPAxisRect* rect = nullptr;
        RooflineScene scene;
        std::vector<RooflineLabel> labels;
        std::vector<QCPGraph*> ceilingGraphs;  // per scene ceiling
        std::vector<QCPItemText*> ceilingTexts;
        std::vector<QCPItemLine*> leaders;  // per ceiling: roof label to its roof's end
        QCPItemText* ridgeText = nullptr;
        QCPItemText* launchText = nullptr;
        QCPGraph* ridgeGraph = nullptr;
        void clear();
    };
    struct Arrow {
        QCPItemLine* item;
        double bx, by, x, y;  // from the baseline's dot to the current one (data)
        double fromR, toR;    // px radius of the circle and of the dot
    };

    void rebuild(bool refit = true);
    void arrangeLayout();
    void drawCeilings(Panel& panel);
    void drawDots(Panel& panel, const rl::Prediction* p, bool withLegend);
    void drawLaunchCaps(Panel& panel, bool withLegend);
    void layoutPanel(Panel& panel, const std::vector<QRectF>& obstacles,
                     const std::vector<CompareLabelRequest>& compare);
    void layoutArrows();
    void updateSideBySideButton();
    void fitLegend();
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
    QToolButton* sideBySideButton_;
    QCPItemText* footnote_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QCPTextElement* summary_ = nullptr;  // the whole-run change, while comparing
    QCPLayoutGrid* pair_ = nullptr;      // side by side: baseline | current

    int level_ = 0;
    ColorBy colorBy_ = ColorBy::phase;
    bool sideBySide_ = false;
    Panel main_;
    Panel baseline_;  // side by side only
    std::vector<Arrow> arrows_;
    std::vector<QCPItemText*> compareTexts_;
    std::vector<CompareLabelRequest> compareRequests_;
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
