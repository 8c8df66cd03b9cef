#include "views/common/stale_banner.h"

#include <QApplication>
#include <QGraphicsEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTabWidget>
#include <QTextDocumentFragment>

#include "views/common/theme.h"

namespace rl {
namespace views {
namespace {
const char* kEffectName = "staleResultEffect";

// Greyed and washed out, not hidden: the old numbers stay readable to compare
// against, but no colour and no full contrast says "current". (Qt's colorize
// effect keeps black text black, so tables would not look stale.)
class StaleEffect : public QGraphicsEffect {
  public:
    explicit StaleEffect(QObject* parent) : QGraphicsEffect(parent) {
        setObjectName(QLatin1String(kEffectName));
    }

  protected:
    void draw(QPainter* painter) override {
        QPoint offset;
        const QPixmap source = sourcePixmap(Qt::LogicalCoordinates, &offset);
        QImage image = source.toImage().convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int g = qGray(line[x]);
                line[x] = qRgba(g, g, g, qAlpha(line[x]));
            }
        }
        painter->drawImage(offset, image);
        QColor wash = QApplication::palette().color(QPalette::Window);
        wash.setAlpha(140);
        painter->fillRect(QRectF(offset, QSizeF(source.size()) / source.devicePixelRatio()), wash);
    }
};
}  // namespace

StaleBanner::StaleBanner(QWidget* parent) : QFrame(parent), label_(new QLabel(this)) {
    setObjectName(QStringLiteral("staleBanner"));
    setFrameShape(QFrame::StyledPanel);
    label_->setObjectName(QStringLiteral("staleBannerText"));
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::RichText);
    label_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label_, 1);
    connect(label_, &QLabel::linkActivated, this,
            [this](const QString&) { Q_EMIT goToField(tag_, path_); });
    connect(&Theme::instance(), &Theme::changed, this, &StaleBanner::applyTheme);
    applyTheme();
    setVisible(false);
}

void StaleBanner::watch(QTabWidget* tabs, const QList<QWidget*>& resultPages,
                        const QList<QWidget*>& dimmed) {
    tabs_ = tabs;
    for (QWidget* w : resultPages) resultPages_ << w;
    for (QWidget* w : dimmed) dimmed_ << w;
    connect(tabs, &QTabWidget::currentChanged, this, &StaleBanner::updateVisibility);
    updateVisibility();
}

void StaleBanner::setSpecError(int tag, const QString& file, const QString& path, bool haveResult) {
    tag_ = tag;
    path_ = path;
    const QString where = path.isEmpty() ? QStringLiteral("/") : path;
    const QString what = haveResult ? tr("Result is stale: %1 has an error at %2")
                                    : tr("No result: %1 has an error at %2");
    mark(what.arg(file.toHtmlEscaped(), QStringLiteral("<b>%1</b>").arg(where.toHtmlEscaped())),
         true);
}

void StaleBanner::setRerunning() {
    if (!stale_) return;
    tag_ = -1;
    mark(tr("Result is stale: running again with the corrected specs…"), false);
}

void StaleBanner::setRunFailed() {
    tag_ = -1;
    mark(tr("Result is stale: the last prediction failed (see Messages)."), false);
}

void StaleBanner::clear() {
    stale_ = false;
    tag_ = -1;
    path_.clear();
    label_->clear();
    setDimmed(false);
    updateVisibility();
}

QString StaleBanner::text() const {
    return QTextDocumentFragment::fromHtml(label_->text()).toPlainText().simplified();
}

void StaleBanner::mark(const QString& message, bool withLink) {
    stale_ = true;
    label_->setText(
        withLink
            ? message + QStringLiteral(" &nbsp;<a href=\"field\">%1</a>").arg(tr("Go to the field"))
            : message);
    setDimmed(true);
    updateVisibility();
}

void StaleBanner::updateVisibility() {
    bool onResult = !tabs_;  // without tabs to watch: wherever it is placed
    for (const auto& page : resultPages_)
        if (tabs_ && page && tabs_->currentWidget() == page) onResult = true;
    setVisible(stale_ && onResult);
}

void StaleBanner::setDimmed(bool dimmed) {
    for (const auto& w : dimmed_) {
        if (!w) continue;
        const bool greyed = isGreyed(w);
        if (dimmed && !greyed) {
            w->setGraphicsEffect(new StaleEffect(w));  // the widget owns it
        } else if (!dimmed && greyed) {
            w->setGraphicsEffect(nullptr);  // deletes it
        }
    }
}

bool StaleBanner::isGreyed(const QWidget* w) {
    return w && w->graphicsEffect() &&
           w->graphicsEffect()->objectName() == QLatin1String(kEffectName);
}

void StaleBanner::applyTheme() {
    // Amber, as a warning: readable on the light and the dark palette.
    const bool dark = Theme::instance().kind() == ThemeKind::dark;
    setStyleSheet(dark ? QStringLiteral("#staleBanner { background: #4a3b00; border: 1px solid "
                                        "#8a6d00; } #staleBanner QLabel { color: #ffe08a; }")
                       : QStringLiteral("#staleBanner { background: #fff3cd; border: 1px solid "
                                        "#e0b84a; } #staleBanner QLabel { color: #5c4500; }"));
}

}  // namespace views
}  // namespace rl
