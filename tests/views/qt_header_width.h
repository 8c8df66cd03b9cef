#pragma once
// Qt's own header on a table's titles: what a title needs without the spacing
// views/common/spaced_header.h adds (its margins, no minimum). Tests compare
// a view's sections with it to check each title keeps room either side.
#include <QHeaderView>

struct QtHeader : QHeaderView {
    using QHeaderView::QHeaderView;
    int titleWidth(int section) const { return sectionSizeFromContents(section).width(); }
};
