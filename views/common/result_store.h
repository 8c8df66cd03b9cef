#pragma once
// The current prediction and the pinned baseline, shared by every view. Views
// subscribe to its signals instead of being handed results one by one, so a new
// view (timeline, Pareto) only has to connect here.
#include <memory>

#include <QObject>

#include "core/result/prediction.h"

namespace rl {
namespace views {

using PredictionPtr = std::shared_ptr<const rl::Prediction>;

class ResultStore : public QObject {
    Q_OBJECT
  public:
    explicit ResultStore(QObject* parent = nullptr) : QObject(parent) {}

    const PredictionPtr& result() const { return result_; }
    const PredictionPtr& baseline() const { return baseline_; }

    void setResult(PredictionPtr p);
    void setBaseline(PredictionPtr p);
    // Pins the current result as the baseline (no-op without a result).
    void pinCurrentAsBaseline() { setBaseline(result_); }
    void clearBaseline() { setBaseline(nullptr); }

  Q_SIGNALS:
    void resultChanged();
    void baselineChanged();

  private:
    PredictionPtr result_;
    PredictionPtr baseline_;
};

// Index of the baseline op matching `op` (same name and phase), or -1.
int matchingOp(const rl::Prediction& in, const rl::OpRecord& op);

}  // namespace views
}  // namespace rl
