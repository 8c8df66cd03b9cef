#pragma once
// The hierarchical roofline (Intel Advisor style): a compute ceiling per data
// type and a memory ceiling per level, each labelled and toggleable; ridge
// points; operators as dots placed by their intensity at the chosen level,
// sized by their share of time, coloured by phase or binding resource; a
// pinned baseline draws arrows to where each operator moved.
#include <vector>

#include <QPointF>
#include <QStringList>
#include <QWidget>

#include "views/common/result_store.h"

class QComboBox;
class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QCPItemLine;
class QCPTextElement;
class QMenu;
class QToolButton;
class QMouseEvent;
class QWheelEvent;

namespace rl {
namespace views {

class OpSelection;

class RooflineView : public QWidget {
    Q_OBJECT
  public:
    enum class ColorBy { phase, bound };

    RooflineView(ResultStore* store, OpSelection* selection, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    int level() const { return level_; }
    void setLevel(int level);
    ColorBy colorBy() const { return colorBy_; }
    void setColorBy(ColorBy c);

    // What is drawn (used by tests and the status line).
    int ceilingCount() const { return static_cast<int>(ceilings_.size()); }
    QStringList ceilingLabels() const;
    bool ceilingVisible(int i) const;
    void setCeilingVisible(int i, bool visible);
    int dotCount() const { return static_cast<int>(dots_.size()); }
    int arrowCount() const { return static_cast<int>(arrows_.size()); }
    int ridgeCount() const;
    // Pixel position of an operator's dot, or (-1,-1) if it has none.
    QPointF dotPixel(int opIndex) const;
    // The operator whose dot is within a few pixels of `pixel`, or -1.
    int opAt(const QPointF& pixel) const;
    // The tooltip text for an operator (also used by the hover).
    QString describeOp(int opIndex) const;

    void resetZoom();
    bool undoZoom();  // false if there is nothing to undo
    int zoomHistoryDepth() const { return static_cast<int>(zoomHistory_.size()); }
    void setRectangleZoom(bool on);

    QString exportTo(const QString& path, int width = 0, int height = 0);

  private:
    struct CeilingLine {
        QString label;
        bool compute = true;
        double value = 0;
        std::vector<int> levels;  // memory level indices this bandwidth line stands for
        bool visible = true;
        QCPGraph* graph = nullptr;
        QCPItemText* text = nullptr;
    };
    struct Dot {
        double x = 0, y = 0;
        int op = -1;
    };

    void rebuild();
    void rebuildCeilings();
    void rebuildDots();
    void rebuildCompare();
    void updateSelectionMarker();
    void updateTitle();
    void layoutLabels();
    void fillLevelCombo();
    void pushZoomState();
    void restyle();
    double maxCompute() const;
    double maxBandwidth() const;
    double levelBandwidth() const;

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
    QCPItemText* footnote_ = nullptr;
    QCPTextElement* title_ = nullptr;

    int level_ = 0;
    ColorBy colorBy_ = ColorBy::phase;
    std::vector<CeilingLine> ceilings_;
    std::vector<QCPGraph*> dotGraphs_;
    std::vector<Dot> dots_;
    std::vector<QCPItemLine*> arrows_;
    std::vector<QCPItemText*> arrowLabels_;
    std::vector<QPointF> arrowLabelAt_;  // data coordinates of each label's operator
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
