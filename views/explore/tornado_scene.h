#pragma once
// What the tornado chart draws, computed without widgets: for one objective,
// each axis's change of that objective when the axis alone goes to its lowest
// and its highest value (everything else at the base design), as a bar from
// the base, widest first. Changes are relative to the base value when it is
// not zero (so objectives of any unit compare), absolute otherwise.
#include <vector>

#include <QString>

#include "views/explore/scatter_axis.h"

namespace rl {
namespace views {

struct TornadoAxisInput {
    QString axis;                     // what the user calls the axis
    QString lowSetting, highSetting;  // the axis's lowest and highest value, formatted
    double atLow = 0, atHigh = 0;     // the objective with the axis there
};

struct TornadoInput {
    double base = 0;  // the objective at the base design
    std::vector<TornadoAxisInput> axes;
    ValueFormat formatAbsolute;  // the objective's unit, for absolute changes
};

struct TornadoBar {
    int axis = -1;             // index into TornadoInput::axes
    int row = 0;               // 0 is the top row (the widest bar)
    double low = 0, high = 0;  // change at the axis's low and high value
    double span = 0;           // |high - low|
};

struct TornadoScene {
    bool relative = false;         // changes are fractions of the base value
    std::vector<TornadoBar> bars;  // by row; axes with a missing value are left out
    ScatterAxis valueAxis;         // holds every bar and 0
};

TornadoScene makeTornado(const TornadoInput& input);

}  // namespace views
}  // namespace rl
