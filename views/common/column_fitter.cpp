#include "views/common/column_fitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <numeric>
#include <vector>

#include "views/common/two_line_header.h"
#include "views/common/wrapped_title.h"

namespace rl {
namespace views {

ColumnFitter::ColumnFitter(QTableView* table, Options options)
    : QObject(table), table_(table), options_(std::move(options)) {
    if (options_.cutTitles) {
        cutHeader_ = new TwoLineHeader(table_);
        table_->setHorizontalHeader(cutHeader_);
        // A cell cut short ends in "…" and shows the whole text as its tooltip.
        table_->setTextElideMode(Qt::ElideRight);
    }
    QHeaderView* header = table_->horizontalHeader();
    if (!cutHeader_) {
        header->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
        header->setSectionResizeMode(QHeaderView::Interactive);
        if (options_.stretch >= 0)
            header->setSectionResizeMode(options_.stretch, QHeaderView::Stretch);
    }
    // The sort arrow takes room from the title of the column sorted by.
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnFitter::fit);
    table_->viewport()->installEventFilter(this);
    table_->installEventFilter(this);  // titles in another language
    if (QAbstractItemModel* model = table_->model()) watch(model);
}

void ColumnFitter::watch(QAbstractItemModel* model) {
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fit);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    // The viewport's width, not the table's: a vertical scroll bar coming or going changes it.
    if (watched == table_->viewport() && event->type() == QEvent::Resize) fit();
    if (watched == table_ && event->type() == QEvent::LanguageChange) {
        fit();
        // Again once every widget has had the change (a model's titles may follow it).
        QTimer::singleShot(0, this, [this] {
            fit();
            table_->horizontalHeader()->viewport()->update();
        });
    }
    return QObject::eventFilter(watched, event);
}

QString ColumnFitter::titleOf(int column) const {
    return table_->model()->headerData(column, Qt::Horizontal).toString();
}

int ColumnFitter::chromeOf(int column) const {
    if (cutHeader_) return cutHeader_->chrome(column);
    const QHeaderView* header = table_->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    const QString title = titleOf(column);
    // The title's advance, or its widest line where it breaks lines of its own;
    // the narrower, so that the chrome is never counted short.
    const int text = std::min(metrics.horizontalAdvance(title), metrics.size(0, title).width());
    return header->sectionSizeHint(column) - text;
}

int ColumnFitter::narrowestWidth(int column) const {
    const QAbstractItemView* cells = table_;  // sizeHintForColumn is public here
    const QFontMetrics metrics = table_->horizontalHeader()->fontMetrics();
    const QString title = titleOf(column);
    int room = wrappedTitleWidth(metrics, title);
    // A word's painted rectangle can be a pixel wider than its advance, the search's bound.
    room = std::max(
        room, metrics.boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, title).width());
    return std::max(cells->sizeHintForColumn(column), room + chromeOf(column));
}

void ColumnFitter::fit() {
    // A fit may show or hide a scroll bar, which resizes the viewport again: one at a time.
    if (fitting_ || !table_->model()) return;
    const QScopedValueRollback<bool> once(fitting_, true);
    QHeaderView* header = table_->horizontalHeader();
    QList<int> shown;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c)) shown << c;
    if (shown.isEmpty()) return;
    if (options_.cutTitles) {
        cutTitles(shown);
    } else {
        const QAbstractItemView* cells = table_;
        int needed = 0;
        for (int c : shown) {
            const int natural = std::max(cells->sizeHintForColumn(c), header->sectionSizeHint(c));
            if (c != options_.stretch) table_->setColumnWidth(c, natural);
            needed += natural;
        }
        giveWay(shown, needed - table_->viewport()->width());
    }
    if (options_.stretch == kLastShown) {
        // Sized to its contents the last column stopped stretching: fill the width again.
        header->setStretchLastSection(false);
        header->setStretchLastSection(true);
    }
    if (cutHeader_) {
        int lines = 1;
        for (int c : shown)
            if (header->fontMetrics().horizontalAdvance(titleOf(c)) >
                table_->columnWidth(c) - chromeOf(c))
                lines = 2;
        cutHeader_->setLines(lines);
        return;
    }
    // The header is as tall as its most wrapped title (QHeaderView sizes it for the
    // titles unwrapped); its minimum height is what QTableView honours.
    const QFontMetrics metrics = header->fontMetrics();
    int unwrapped = metrics.height(), wrapped = metrics.height();
    for (int c : shown) {
        unwrapped = std::max(unwrapped, metrics.size(0, titleOf(c)).height());
        wrapped = std::max(
            wrapped, wrappedTitleHeight(metrics, titleOf(c), header->sectionSize(c) - chromeOf(c)));
    }
    header->setMinimumHeight(header->sizeHint().height() + wrapped - unwrapped);
}

void ColumnFitter::giveWay(const QList<int>& shown, int excess) {
    const QHeaderView* header = table_->horizontalHeader();
    int lastShown = -1;
    for (int v = 0; v < header->count(); ++v)
        if (!header->isSectionHidden(header->logicalIndex(v))) lastShown = header->logicalIndex(v);
    auto narrow = [&](int c, int floor) {
        const int give = std::min(excess, table_->columnWidth(c) - floor);
        if (give <= 0) return;
        table_->setColumnWidth(c, table_->columnWidth(c) - give);
        excess -= give;
    };
    auto fixed = [&](int c) {
        const int stretch = options_.stretch == kLastShown ? lastShown : options_.stretch;
        return c == stretch || !shown.contains(c);
    };
    for (int c : options_.wrapping) {
        if (excess <= 0) return;
        if (!fixed(c)) narrow(c, narrowestWidth(c));
    }
    // Never narrower than the column's title or a few characters of its text.
    const int nine = table_->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 9;
    for (int c : options_.text) {
        if (excess <= 0) return;
        if (!fixed(c)) narrow(c, std::max(header->sectionSizeHint(c), nine));
    }
}

void ColumnFitter::cutTitles(const QList<int>& shown) {
    const QFontMetrics titleMetrics = cutHeader_->fontMetrics();
    const int ch = table_->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const int n = shown.size();
    // Per column: one-line width, with a two-line title, and the least it may get.
    std::vector<int> width(n), wrapped(n), least(n), chrome(n);
    const QAbstractItemView* cells = table_;  // sizeHintForColumn is public there
    for (int i = 0; i < n; ++i) {
        const int c = shown[i];
        const QString title = titleOf(c);
        chrome[i] = chromeOf(c);
        const int oneLine = titleMetrics.horizontalAdvance(title) + chrome[i];
        // The stretching column's cells are cut to what is left: its title counts.
        const int content = i == n - 1 && options_.stretch == kLastShown
                                ? 0
                                : std::max(0, cells->sizeHintForColumn(c));
        const int twoLines = wrappedTitleWidth(titleMetrics, title, 2) + chrome[i];
        width[i] = std::max(content, oneLine);
        wrapped[i] = std::max(content, std::min(oneLine, twoLines));
        // Numbers keep their widest value; text keeps ten characters (its tooltip has it all).
        const bool number = options_.isNumber && options_.isNumber(c);
        least[i] =
            std::max(chrome[i] + 3 * ch, number ? content : std::min(content, chrome[i] + 10 * ch));
    }
    const int target = table_->viewport()->width();
    int excess = std::accumulate(width.begin(), width.end(), 0) - target;
    // First titles wrap onto two lines, the longest gain first.
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return width[a] - wrapped[a] > width[b] - wrapped[b]; });
    for (int i : order) {
        const int give = std::min(excess, width[i] - wrapped[i]);
        if (give <= 0) continue;
        width[i] -= give;
        excess -= give;
    }
    // Then the widest columns give way alike, down to a common width (so every
    // cut title keeps as much as its neighbours), none below its floor: first
    // its least, then (a very narrow table) a character beside its chrome.
    auto levelDown = [&](const std::vector<int>& floor) {
        auto capped = [&](int cap) {
            int sum = 0;
            for (int i = 0; i < n; ++i) sum += std::max(floor[i], std::min(width[i], cap));
            return sum;
        };
        int lo = 0, hi = *std::max_element(width.begin(), width.end());
        while (lo < hi) {  // the widest cap that fits
            const int mid = (lo + hi + 1) / 2;
            if (capped(mid) <= target)
                lo = mid;
            else
                hi = mid - 1;
        }
        for (int i = 0; i < n; ++i) width[i] = std::max(floor[i], std::min(width[i], lo));
        excess = std::accumulate(width.begin(), width.end(), 0) - target;
    };
    if (excess > 0) levelDown(least);
    if (excess > 0) {
        std::vector<int> bare(n);
        for (int i = 0; i < n; ++i) bare[i] = chrome[i] + ch;
        levelDown(bare);
    }
    for (int i = 0; i < n; ++i) table_->setColumnWidth(shown[i], width[i]);
}

}  // namespace views
}  // namespace rl
