#pragma once
// The toolbar's predictor choice for project runs: the analytical roofline,
// the model last trained on the "Learned models" page, or a saved model file
// (ridgeline.learned-model). The chosen model refines every operator kind it
// was trained on; the others keep the roofline, with a note.
#include <memory>

#include <QComboBox>
#include <QString>

#include "core/learned/learned_model.h"
#include "core/predict/operator_cost_model.h"

namespace rl {
namespace gui {

class PredictorChooser : public QComboBox {
    Q_OBJECT
  public:
    explicit PredictorChooser(QWidget* parent = nullptr);

    // Null for the roofline.
    std::shared_ptr<const LearnedModel> model() const { return current_; }
    // The chosen predictor, built by the predictor registry (core/predict) as
    // the CLI builds its --predictor choice.
    std::shared_ptr<const OperatorCostModel> costModel() const;
    // Shown in results ("roofline", "hybrid (xgboost), model.json", ...).
    QString predictorName() const;

    // Offers the model trained on the Learned models page (replaces an older one).
    void setTrainedModel(std::shared_ptr<const LearnedModel> model);
    // Loads a model file and selects it; on failure keeps the current choice
    // and returns the error (naming the file and what is wrong).
    QString loadFile(const QString& path);
    void useRoofline();
    void useTrainedModel();

  Q_SIGNALS:
    // The predictor changed: re-run.
    void predictorChanged();
    // A model file could not be loaded (the choice did not change).
    void loadFailed(const QString& error);

  private:
    enum Choice { roofline, trained, file, browse };
    void onActivated(int index);
    void select(Choice c);

    std::shared_ptr<const LearnedModel> trained_, file_, current_;
    QString fileName_;
    Choice choice_ = roofline;
};

}  // namespace gui
}  // namespace rl
