#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QString>

namespace rl {
namespace views {

// The narrowest width at which `title` breaks into at most `lines` lines where the
// text layout may break it (spaces, after hyphens, between CJK characters): what a
// header column with a word-wrapped title needs for its text.
int wrappedTitleWidth(const QFontMetrics& metrics, const QString& title, int lines = 2);

// The height of `title` word-wrapped into `width` pixels.
int wrappedTitleHeight(const QFontMetrics& metrics, const QString& title, int width);

// `title` in at most two lines of `width` pixels: broken where the text may
// break (spaces, between CJK characters), the second line cut with "…"; a
// first word wider than `width` makes one cut line instead.
QString twoLineTitle(const QFont& font, const QString& title, int width);

}  // namespace views
}  // namespace rl
