#include "views/roofline/ceiling_style.h"

namespace rl {
namespace views {

CeilingStyle computeCeilingStyle(rl::DType type, bool dark) {
    // Hues apart from the memory lines (blue), the ridge (purple) and the
    // phase dots (blue, orange); the dark theme uses lighter tints.
    switch (type) {
        case rl::DType::fp64:
            return {dark ? QColor(0xbc, 0xaa, 0xa4) : QColor(0x5d, 0x40, 0x37), {}};
        case rl::DType::fp32:
            return {dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28), {7, 3}};
        case rl::DType::tf32:
            return {dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x6a, 0x00), {1.5, 2.5}};
        case rl::DType::bf16:
            return {dark ? QColor(0xf4, 0x8f, 0xb1) : QColor(0xad, 0x14, 0x57), {9, 3, 2, 3}};
        case rl::DType::fp16:
            return {dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32), {}};
        case rl::DType::fp8:
            return {dark ? QColor(0x80, 0xde, 0xea) : QColor(0x00, 0x83, 0x8f),
                    {5, 2, 1.5, 2, 1.5, 2}};
        case rl::DType::int8:
            return {dark ? QColor(0xe6, 0xee, 0x9c) : QColor(0x82, 0x77, 0x17), {12, 4}};
        case rl::DType::int4:
            return {dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x45, 0x5a, 0x64), {3, 3}};
    }
    return {dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xc6, 0x28, 0x28), {}};
}

QPen ceilingPen(const CeilingStyle& style, double width, bool faint) {
    QColor c = style.color;
    if (faint) c.setAlphaF(0.35);
    QPen pen(c, faint ? 1.0 : width);
    pen.setCapStyle(Qt::FlatCap);
    // The peak is always solid: its pattern would read as another precision.
    if (!faint && !style.dashes.isEmpty()) pen.setDashPattern(style.dashes);
    return pen;
}

}  // namespace views
}  // namespace rl
