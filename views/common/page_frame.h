#pragma once
// The frame of the serving, training and exploration pages.

class QLayout;
class QWidget;

namespace rl {
namespace views {

// Lays out `page`: the tool row `top`, the `notice` line under it, and `body`
// taking the spare height; no outer margins, 2 px between the rows.
void stackPageFrame(QWidget* page, QLayout* top, QWidget* notice, QWidget* body);

}  // namespace views
}  // namespace rl
