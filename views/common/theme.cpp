#include "views/common/theme.h"

#include <QLocale>

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include "views/common/qcp.h"

namespace rl {
namespace views {

Theme& Theme::instance() {
    static Theme* theme = new Theme();  // lives as long as the process
    return *theme;
}

Theme::Theme() { apply(ThemeKind::light); }

void Theme::apply(ThemeKind kind) {
    kind_ = kind;
    const bool dark = kind == ThemeKind::dark;
    chart_.background = dark ? QColor(0x1f, 0x22, 0x27) : QColor(Qt::white);
    chart_.foreground = dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x20, 0x20, 0x20);
    chart_.grid = dark ? QColor(0x4a, 0x4f, 0x57) : QColor(0xc8, 0xc8, 0xc8);
    chart_.subGrid = dark ? QColor(0x33, 0x37, 0x3d) : QColor(0xec, 0xec, 0xec);
    chart_.axis = dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x50, 0x50, 0x50);
    chart_.computeCeiling = dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xc6, 0x28, 0x28);
    chart_.memoryCeiling = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    chart_.ridge = dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x6a, 0x1b, 0x9a);
    chart_.selection = dark ? QColor(Qt::white) : QColor(Qt::black);
    chart_.arrow = dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x61, 0x61, 0x61);

    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        app->setStyle(QStyleFactory::create("Fusion"));
        QPalette p;
        if (dark) {
            p.setColor(QPalette::Window, QColor(0x2b, 0x2e, 0x33));
            p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Base, QColor(0x1f, 0x22, 0x27));
            p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2a, 0x30));
            p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3d));
            p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3d));
            p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc9));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
            p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
            p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
            p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
            // Labels too: an editor's absent optional field ("Data parallel 1 · Add")
            // is a disabled label, and must read greyed in dark as in light.
            p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        } else {
            p = QApplication::style()->standardPalette();
        }
        QApplication::setPalette(p);
    }
    Q_EMIT changed();
}

namespace {
// The i-th colour of a palette (wrapping), lightened by `lighter` % on dark.
template <std::size_t N>
QColor pick(const QRgb (&base)[N], int i, ThemeKind kind, int lighter) {
    const int n = static_cast<int>(N);
    const QColor c(base[((i % n) + n) % n]);
    return kind == ThemeKind::dark ? c.lighter(lighter) : c;
}
}  // namespace

QColor Theme::category(int i) const {
    // Tableau-like set; the dark theme uses lighter tints of the same hues.
    static const QRgb base[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728,
                                0x9467bd, 0x8c564b, 0xe377c2, 0x17becf};
    return pick(base, i, kind_, 135);
}

QColor Theme::bindingResource(int i) const {
    // Okabe-Ito hues (colour-blind safe), none of them a phase colour above;
    // the yellow is deepened to read on white, everything lightened on dark.
    static const QRgb base[] = {0xd55e00, 0x0072b2, 0x009e73, 0xcc79a7,
                                0xc9a200, 0x56b4e9, 0xe69f00, 0x606060};
    return pick(base, i, kind_, 130);
}

QColor Theme::tensorClass(int c) const {
    static const QRgb base[] = {0x4285f4, 0x34a853, 0xfbbc05, 0xea4335, 0x9c27b0};
    return pick(base, c, kind_, 120);
}

void styleAxisRect(QCPAxisRect* rect) {
    const ChartColors& c = Theme::instance().chart();
    rect->setBackground(c.background);
    for (QCPAxis* axis : rect->axes()) {
        axis->setBasePen(QPen(c.axis));
        axis->setTickPen(QPen(c.axis));
        axis->setSubTickPen(QPen(c.axis));
        axis->setTickLabelColor(c.foreground);
        axis->setLabelColor(c.foreground);
        axis->grid()->setPen(QPen(c.grid, 0, Qt::DotLine));
        axis->grid()->setSubGridPen(QPen(c.subGrid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
}

void styleChart(QCustomPlot* plot) {
    const ChartColors& c = Theme::instance().chart();
    // Tick labels in the C locale: QCustomPlot draws "10" with a superscript
    // power only when the exponent is printed as a lowercase 'e', which CLDR
    // locales (en_US, de_DE, ...) print as 'E' ("1E+16").
    plot->setLocale(QLocale::c());
    plot->setBackground(c.background);
    styleAxisRect(plot->axisRect());
    if (plot->legend) {
        QColor bg = c.background;
        bg.setAlpha(220);
        plot->legend->setBrush(bg);
        plot->legend->setBorderPen(QPen(c.grid));
        plot->legend->setTextColor(c.foreground);
    }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* t = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            t->setTextColor(c.foreground);
}

}  // namespace views
}  // namespace rl
