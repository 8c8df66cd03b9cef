#include "app/gui/explore_runner.h"

#include <mutex>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include <QDir>
#include <QTemporaryFile>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_runner.h"
#include "core/spec/spec_io.h"

namespace rl {
namespace gui {

namespace {

// The sweep's evaluator, keeping the typed reason of each point that fails
// with one until the point is handed on, so a streamed row can show it in the
// user's language at once (the finished result keeps them in
// SweepResult::failures). Evaluated from many threads; handed on in order.
class ReasonTap : public rl::explore::PointEvaluator {
  public:
    explicit ReasonTap(std::unique_ptr<rl::explore::PointEvaluator> inner)
        : inner_(std::move(inner)) {}

    void prepare(const rl::explore::SweepBase& base, const rl::explore::PointSpace& space,
                 rl::Diagnostics& diag) override {
        inner_->prepare(base, space, diag);
    }
    rl::explore::PointError evaluate(const rl::explore::PointDesign& point,
                                     std::span<double> out) const override {
        rl::explore::PointError e;
        try {
            e = inner_->evaluate(point, out);
        } catch (const rl::Cancelled&) {
            throw;
        } catch (const std::exception& thrown) {
            // A throw the contract forbids: kept as the runner keeps it.
            e = rl::explore::PointError(thrown);
        }
        if (e.typed) {
            std::lock_guard<std::mutex> lock(mutex_);
            reasons_[point.index()] = *e.typed;
        }
        return e;
    }
    // The typed reason of point `index`, once (it is forgotten).
    std::optional<rl::Message> take(std::uint64_t index) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = reasons_.find(index);
        if (it == reasons_.end()) return std::nullopt;
        rl::Message m = std::move(it->second);
        reasons_.erase(it);
        return m;
    }

  private:
    std::unique_ptr<rl::explore::PointEvaluator> inner_;
    mutable std::mutex mutex_;
    mutable std::unordered_map<std::uint64_t, rl::Message> reasons_;
};

}  // namespace

rl::SweepResult runSweepForPage(const rl::explore::SweepSpec& spec,
                                const rl::explore::SweepBase& base, const rl::Progress& progress,
                                const StreamedPoint& onPoint) {
    rl::Diagnostics diag(spec.file);
    auto made = rl::explore::makeEvaluator(spec, diag);
    if (!made) throw std::runtime_error(diag.format());
    ReasonTap evaluator(std::move(made));
    rl::explore::RunOptions options;
    options.progress = progress;
    options.keepPoints = true;
    // Small batches: the page's scatter grows while the sweep runs.
    options.batchSize = 32;
    options.onPoint = [&onPoint, &evaluator](const rl::SweepPoint& p, std::string_view,
                                             std::string_view) {
        const std::optional<rl::Message> reason =
            p.error.empty() ? std::nullopt : evaluator.take(p.index);
        onPoint(p, reason ? &*reason : nullptr);
    };
    rl::explore::RunReport report = rl::explore::runSweep(spec, base, evaluator, options);
    if (report.cancelled) throw rl::Cancelled();
    if (!report.ok()) throw std::runtime_error(report.diagnostics.format());
    return std::move(report.result);
}

QString writeStandaloneProject(rl::Project project, QString* error) {
    project.hardwareRef.clear();  // embedded: the temporary file stands alone
    project.modelRef.clear();
    project.scenarioRef.clear();
    QTemporaryFile file(QDir::tempPath() + "/ridgeline-point-XXXXXX.json");
    file.setAutoRemove(false);
    if (!file.open()) {
        *error = file.errorString();
        return {};
    }
    const QString path = file.fileName();
    file.close();
    const std::string err = rl::saveJsonAtomically(path.toStdString(), rl::toJson(project));
    if (!err.empty()) {
        QFile::remove(path);
        *error = QString::fromStdString(err);
        return {};
    }
    return path;
}

}  // namespace gui
}  // namespace rl
