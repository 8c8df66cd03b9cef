#include "app/gui/explore_runner.h"

#include <optional>
#include <stdexcept>

#include <QDir>
#include <QTemporaryFile>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_runner.h"
#include "core/spec/atomic_save.h"
#include "core/spec/spec_io.h"
#include "views/common/save_error_text.h"

namespace rl {
namespace gui {

rl::SweepResult runSweepForPage(const rl::explore::SweepSpec& spec,
                                const rl::explore::SweepBase& base, const rl::Progress& progress,
                                const StreamedPoint& onPoint) {
    rl::Diagnostics diag(spec.file);
    auto evaluator = rl::explore::makeEvaluator(spec, diag);
    if (!evaluator) throw std::runtime_error(diag.format());
    rl::explore::RunOptions options;
    options.progress = progress;
    options.keepPoints = true;
    // Small batches: the page's scatter grows while the sweep runs.
    options.batchSize = 32;
    // The runner hands a failed point's typed reason on just before the point.
    std::optional<rl::Message> reason;
    options.onReason = [&reason](std::uint64_t, const rl::Message& m) { reason = m; };
    options.onPoint = [&onPoint, &reason](const rl::SweepPoint& p, std::string_view,
                                          std::string_view) {
        onPoint(p, reason ? &*reason : nullptr);
        reason.reset();
    };
    rl::explore::RunReport report = rl::explore::runSweep(spec, base, *evaluator, options);
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
    const rl::SaveError err = rl::saveJsonTyped(path.toStdString(), rl::toJson(project));
    if (!err.ok()) {
        QFile::remove(path);
        *error = views::saveErrorText(err);
        return {};
    }
    return path;
}

}  // namespace gui
}  // namespace rl
