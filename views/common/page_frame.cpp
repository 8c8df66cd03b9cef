#include "views/common/page_frame.h"

#include <QVBoxLayout>

namespace rl {
namespace views {

void stackPageFrame(QWidget* page, QLayout* top, QWidget* notice, QWidget* body) {
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(notice);
    layout->addWidget(body, 1);
}

}  // namespace views
}  // namespace rl
