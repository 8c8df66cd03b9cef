#include "views/explanation/predictor_name.h"

#include <QCoreApplication>

namespace rl {
namespace views {

// The names are RooflineCostModel::name() and kPredictorKindNames, word for word.
QString predictorName(const std::string& name) {
    if (name == "roofline")
        return QCoreApplication::translate("rl::views::PredictorName", "roofline");
    if (name == "hybrid") return QCoreApplication::translate("rl::views::PredictorName", "hybrid");
    if (name == "learned")
        return QCoreApplication::translate("rl::views::PredictorName", "learned");
    return QString::fromStdString(name);
}

}  // namespace views
}  // namespace rl
