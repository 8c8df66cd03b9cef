#include <QCoreApplication>

#include "app/cli/cli_application.h"

namespace rl::cli {

void setUpCliApplication() {
    QCoreApplication::setApplicationName("ridgeline-cli");
    QCoreApplication::setOrganizationName("Ridgeline");
    trustSampleLibrary();
}

}  // namespace rl::cli
