#pragma once
// Light and dark themes. The application palette is switched as a whole and
// charts take their colours from here, so annotations stay readable on both.
#include <QColor>
#include <QObject>
#include <QString>

class QCPAxisRect;
class QCustomPlot;

namespace rl {
namespace views {

enum class ThemeKind { light, dark };

struct ChartColors {
    QColor background, foreground, grid, subGrid, axis;
    QColor computeCeiling, memoryCeiling, ridge, selection, arrow;
};

class Theme : public QObject {
    Q_OBJECT
  public:
    static Theme& instance();
    ThemeKind kind() const { return kind_; }
    const ChartColors& chart() const { return chart_; }
    // Applies the palette to the running QApplication (Fusion style) and
    // notifies charts. Safe to call before any window exists.
    void apply(ThemeKind kind);
    static QString name(ThemeKind k) { return k == ThemeKind::dark ? "dark" : "light"; }
    static ThemeKind fromName(const QString& s) {
        return s == QLatin1String("dark") ? ThemeKind::dark : ThemeKind::light;
    }

    // The i-th categorical colour (phases, bound resources), distinguishable on
    // both backgrounds.
    QColor category(int i) const;
    // The i-th colour for binding resources (compute, memory levels, links):
    // a palette of its own, so "colour by binding resource" never reads as phases.
    QColor bindingResource(int i) const;
    // Colour of a tensor class (weights, activations, KV cache, ...).
    QColor tensorClass(int c) const;

  Q_SIGNALS:
    void changed();

  private:
    Theme();
    ThemeKind kind_ = ThemeKind::light;
    ChartColors chart_;
};

// Styles a plot's background, axes, grids, legend and text for the theme.
void styleChart(QCustomPlot* plot);
// Styles one axis rect (the main one or any added to the plot's layout):
// its background, axes, tick labels and grids.
void styleAxisRect(QCPAxisRect* rect);

}  // namespace views
}  // namespace rl
