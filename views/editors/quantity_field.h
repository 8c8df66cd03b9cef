#pragma once
// A quantity as a number plus a unit chooser ("2039" [GB/s]), optionally with a
// slider that scales it from 0.1x to 10x. The document keeps the text
// ("2039 GB/s"); this widget only splits and joins it. Choosing another unit
// keeps the quantity and converts the number (2039 GB/s -> 2.039 TB/s): a
// unit is a way of reading a value, so changing it must not change the design.
// Text it cannot split (a typo such as "2039 furlongs") is shown whole in the
// number box, so nothing the file says is hidden.
#include <QWidget>

#include "core/spec/json_reader.h"
#include "core/spec/units.h"

class QComboBox;
class QLineEdit;
class QSlider;

namespace rl {
namespace views {

class QuantityField : public QWidget {
    Q_OBJECT
  public:
    QuantityField(rl::Dimension dimension, bool withSlider, QWidget* parent = nullptr);

    // Shows the document's value; never emits textEdited.
    void showValue(const rl::Json& value);
    QLineEdit* numberEdit() const { return number_; }
    QComboBox* unitBox() const { return unit_; }
    QSlider* slider() const { return slider_; }  // nullptr without a slider

  Q_SIGNALS:
    // The user changed the value: the new text for the document ("2.5 TB/s").
    void textEdited(const QString& documentText);

  private:
    void onNumberEdited(const QString& text);
    void onUnitChosen(int index);
    void onSliderMoved(int step);
    void placeSlider(double si);
    QString joined(double number, const QString& unit) const;
    double unitFactor(const QString& unit) const;  // SI value of 1 unit; 0 if unknown

    rl::Dimension dimension_;
    QLineEdit* number_;
    QComboBox* unit_;
    QSlider* slider_ = nullptr;
    QString shownText_;        // the document text on show
    double sliderCentre_ = 0;  // SI value at the slider's centre
    bool showing_ = false;
};

}  // namespace views
}  // namespace rl
