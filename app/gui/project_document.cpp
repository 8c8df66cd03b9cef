#include "app/gui/project_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/spec/project_reader.h"

namespace rl {
namespace gui {

OpenedProject openProject(const QString& path, bool keepMisfit) {
    OpenedProject out;
    rl::ProjectForEditing read = rl::readProjectForEditing(path.toStdString());
    if (read.projectErrors.hasErrors()) {
        out.error = QString::fromStdString(read.projectErrors.format());
        return out;
    }
    if (!keepMisfit && read.combinationErrors.hasErrors()) {
        out.error = QCoreApplication::translate("rl::gui::MainWindow",
                                                "The project's specs do not fit together:\n%1")
                        .arg(QString::fromStdString(read.combinationErrors.format()));
        return out;
    }
    out.project = std::move(read.project);
    const rl::Project& p = out.project;
    const std::string* refs[3] = {&p.hardwareRef, &p.modelRef, &p.scenarioRef};
    const char* keys[3] = {"hardware", "model", "scenario"};
    const QDir dir = QFileInfo(path).absoluteDir();
    for (int i = 0; i < 3; ++i)
        out.labels[i] =
            refs[i]->empty()
                ? QCoreApplication::translate("rl::gui::MainWindow", "%1 (embedded)").arg(keys[i])
                : QFileInfo(dir.absoluteFilePath(QString::fromStdString(*refs[i]))).fileName();
    return out;
}

}  // namespace gui
}  // namespace rl
