#include "views/editors/quantity_field.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSlider>

#include "views/editors/field_schema.h"

namespace rl {
namespace views {
namespace {

constexpr int kSliderSteps = 100;  // steps per decade; the slider spans 0.1x .. 10x

// "2039 GB/s" -> ("2039", "GB/s"); empty number if the text does not start with one.
std::pair<QString, QString> splitQuantity(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(\S.*?)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) return {};
    return {m.captured(1), m.captured(2)};
}

std::optional<double> parseSi(const QString& text, rl::Dimension d) {
    const auto r = rl::parseQuantity(text.toStdString(), d);
    if (const double* v = std::get_if<double>(&r)) return *v;
    return std::nullopt;
}

}  // namespace

QuantityField::QuantityField(rl::Dimension dimension, bool withSlider, QWidget* parent)
    : QWidget(parent), dimension_(dimension) {
    number_ = new QLineEdit(this);
    number_->setMinimumWidth(48);
    unit_ = new QComboBox(this);
    for (const auto& u : unitChoices(dimension)) unit_->addItem(QString::fromStdString(u));
    // Narrow docks: the chooser may cut "TFLOP/s" short; its list shows units whole.
    unit_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    unit_->setMinimumContentsLength(4);
    auto* h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(4);
    h->addWidget(number_, 2);
    h->addWidget(unit_);
    if (withSlider) {
        slider_ = new QSlider(Qt::Horizontal, this);
        slider_->setRange(-kSliderSteps, kSliderSteps);
        slider_->setMinimumWidth(36);
        h->addWidget(slider_, 1);
        connect(slider_, &QSlider::valueChanged, this, &QuantityField::onSliderMoved);
    }
    connect(number_, &QLineEdit::textEdited, this, &QuantityField::onNumberEdited);
    connect(unit_, &QComboBox::activated, this, &QuantityField::onUnitChosen);
}

double QuantityField::unitFactor(const QString& unit) const {
    return parseSi(QStringLiteral("1 ") + unit, dimension_).value_or(0.0);
}

QString QuantityField::joined(double number, const QString& unit) const {
    return QString::number(number, 'g', 6) + QLatin1Char(' ') + unit;
}

void QuantityField::showValue(const rl::Json& value) {
    showing_ = true;
    const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>())
                         : value.is_null() ? QString()
                                           : QString::fromStdString(value.dump());
    shownText_ = text;
    const auto [number, unit] = splitQuantity(text);
    const auto si = parseSi(text, dimension_);
    QString shownNumber = text;  // unsplittable text is shown whole
    if (si && !number.isEmpty() && unitFactor(unit) > 0) {
        shownNumber = number;
        int index = unit_->findText(unit);
        if (index < 0) {  // a unit the file uses but the list lacks ("Gbit/s")
            unit_->addItem(unit);
            index = unit_->count() - 1;
        }
        const QSignalBlocker block(unit_);
        unit_->setCurrentIndex(index);
    }
    // Keep what the user is typing ("2039 " is still 2039).
    const bool typing = number_->hasFocus() && number_->text().trimmed() == shownNumber.trimmed();
    if (!typing && number_->text() != shownNumber) number_->setText(shownNumber);
    if (si) placeSlider(*si);
    showing_ = false;
}

void QuantityField::placeSlider(double si) {
    if (!slider_ || si <= 0) return;
    if (sliderCentre_ <= 0) {
        sliderCentre_ = si;
        slider_->setToolTip(tr("Scale from 0.1× to 10× of %1").arg(shownText_));
    }
    const double steps = std::log10(si / sliderCentre_) * kSliderSteps;
    const int step =
        static_cast<int>(std::lround(std::clamp(steps, -1.0 * kSliderSteps, 1.0 * kSliderSteps)));
    const QSignalBlocker block(slider_);
    slider_->setValue(step);
}

void QuantityField::onNumberEdited(const QString& text) {
    bool isNumber = false;
    text.trimmed().toDouble(&isNumber);
    // A bare number takes the chosen unit; anything else ("3 TB/s") is the user's own text.
    Q_EMIT textEdited(isNumber && !unit_->currentText().isEmpty()
                          ? text.trimmed() + QLatin1Char(' ') + unit_->currentText()
                          : text);
}

void QuantityField::onUnitChosen(int index) {
    if (showing_ || index < 0) return;
    const QString unit = unit_->itemText(index);
    const auto si = parseSi(shownText_, dimension_);
    const double factor = unitFactor(unit);
    if (si && factor > 0) {
        Q_EMIT textEdited(joined(*si / factor, unit));
        return;
    }
    bool isNumber = false;
    const double n = number_->text().trimmed().toDouble(&isNumber);
    if (isNumber) Q_EMIT textEdited(joined(n, unit));
}

void QuantityField::onSliderMoved(int step) {
    if (showing_ || sliderCentre_ <= 0) return;
    const double si = sliderCentre_ * std::pow(10.0, double(step) / kSliderSteps);
    const QString unit = unit_->currentText();
    const double factor = unitFactor(unit);
    if (factor <= 0) return;
    // Four significant digits: a slider is not a precision instrument.
    const double number = QString::number(si / factor, 'g', 4).toDouble();
    Q_EMIT textEdited(joined(number, unit));
}

}  // namespace views
}  // namespace rl
