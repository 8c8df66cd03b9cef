#include "views/explanation/predictor_name.h"

#include <QCoreApplication>

namespace rl {
namespace views {

namespace {

// RooflineCostModel::name() and kPredictorKindNames, word for word.
constexpr const char* kPredictorNames[] = {
    QT_TRANSLATE_NOOP("rl::views::PredictorName", "roofline"),
    QT_TRANSLATE_NOOP("rl::views::PredictorName", "hybrid"),
    QT_TRANSLATE_NOOP("rl::views::PredictorName", "learned"),
};

}  // namespace

QString predictorName(const std::string& name) {
    for (const char* known : kPredictorNames)
        if (name == known) return QCoreApplication::translate("rl::views::PredictorName", known);
    return QString::fromStdString(name);
}

}  // namespace views
}  // namespace rl
