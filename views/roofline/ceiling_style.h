#pragma once
// How a compute ceiling is drawn: one colour and one dash pattern per
// precision, so fp16 and int8 roofs are told apart in colour, in grey print
// and by readers who do not see the colours.
#include <QColor>
#include <QPen>
#include <QVector>

#include "core/spec/dtype.h"

namespace rl {
namespace views {

struct CeilingStyle {
    QColor color;
    QVector<qreal> dashes;  // empty: solid
};

// The style of `type`'s roof on a light or a dark background.
CeilingStyle computeCeilingStyle(rl::DType type, bool dark);

// A pen of `style` and `width`; `faint` draws the datasheet peak above a
// derated roof: thin, light and in the roof's own colour.
QPen ceilingPen(const CeilingStyle& style, double width, bool faint = false);

}  // namespace views
}  // namespace rl
