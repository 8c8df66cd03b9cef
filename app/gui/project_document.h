#pragma once
// Opening project files for the window through core's project reader, the one
// the CLI uses (saving goes through rl::toJson(Project) and
// rl::saveJsonAtomically): specs with errors still open in their editors, where
// the user fixes them, while a project that cannot be read, or whose specs do
// not fit together, is refused with the reason.
#include <QString>

#include "core/spec/project.h"

namespace rl {
namespace gui {

struct OpenedProject {
    rl::Project project;  // documents, references, name, description, view settings
    QString labels[3];    // editor titles (hardware, model, scenario): file name or "(embedded)"
    QString error;        // why it was not opened; empty when it was
};

// `keepMisfit`: open specs that do not fit together anyway (a recovery file
// holds whatever the user had when the program stopped).
OpenedProject openProject(const QString& path, bool keepMisfit = false);

}  // namespace gui
}  // namespace rl
