#pragma once
// Memory traffic as stacked bars split by tensor class (weights, activations,
// KV cache, gradients, optimizer state): per memory level, or at one level per
// phase, per layer or per operator; in bytes or in the time the level needs to
// move them. Groups without traffic are not drawn; operators repeated over the
// layer stack (and over prefill chunks) read as one bar "qkv_proj ×32", with
// the phase named when there are several. Only the operators of the shared
// zoom count; a double-click on a bar zooms to its operators.
#include <vector>

#include <QStringList>
#include <QWidget>

#include "views/common/result_store.h"

class QComboBox;
class QCustomPlot;
class QCPBars;
class QMouseEvent;

namespace rl {
namespace views {

class OpSelection;

class TrafficView : public QWidget {
    Q_OBJECT
  public:
    enum class Grouping { level, phase, layer, op };
    enum class Unit { bytes, time };
    static constexpr int kMaxOperatorBars = 30;

    TrafficView(ResultStore* store, OpSelection* selection, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    void setGrouping(Grouping g);
    Grouping grouping() const { return grouping_; }
    void setUnit(Unit u);
    Unit unit() const { return unit_; }
    void setLevel(int level);
    int level() const { return level_; }

    // What is drawn: group labels along x and, per tensor class shown, its bars.
    QStringList groupLabels() const { return groupLabels_; }
    int stackCount() const { return static_cast<int>(bars_.size()); }
    // Sum of all stacked values of one group (bytes or seconds).
    double groupTotal(int group) const;
    QString describeBar(int group, int stack) const;
    // Groups left out because nothing crosses the level for them.
    int hiddenGroups() const { return hiddenGroups_; }
    // Per-operator bars of a run with several phases stand in one section per
    // phase, named above it: the phase of a bar, else empty.
    QString groupPhase(int group) const;
    // The tensor class drawn as the k-th stack (rl::TensorClass as int).
    int stackClass(int stack) const;
    // Group index under a pixel, or -1.
    int groupAt(const QPointF& pixel) const;
    // Zooms every view (the shared zoom stack) to the operators of a bar.
    void zoomToGroup(int group);
    QString exportTo(const QString& path, int width = 0, int height = 0);

  private:
    struct Group {
        QString label;
        std::vector<double> values;  // per tensor class
        int op = -1;                 // for per-operator bars
        std::vector<int> ops;        // the operators it sums (in the shared zoom)
        double runs = 0;             // operator instances it sums (count)
        int layers = 0;              // layers one of its operators stands for
        QString phase;               // per-operator bars: the phase, when the run has several
    };
    void rebuild();
    void collectGroups(const rl::Prediction& p);
    void drawBars();
    void drawPhaseSections(double top);
    void fillLevelCombo();
    double levelBandwidth(int level) const;
    void onMouseMove(QMouseEvent* e);
    void onMouseRelease(QMouseEvent* e);

    ResultStore* store_;
    OpSelection* selection_;
    QCustomPlot* plot_;
    QComboBox* groupingCombo_;
    QComboBox* levelCombo_;
    QComboBox* unitCombo_;
    Grouping grouping_ = Grouping::level;
    Unit unit_ = Unit::bytes;
    int level_ = 0;
    std::vector<Group> groups_;
    std::vector<int> classes_;  // tensor classes with bars, bottom first
    std::vector<QCPBars*> bars_;
    QStringList groupLabels_;
    int hiddenGroups_ = 0;
    double axisDivisor_ = 1;  // axis unit in bytes or seconds
};

}  // namespace views
}  // namespace rl
