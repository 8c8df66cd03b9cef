#include "app/cli/cli_application.h"

#include <QCoreApplication>
#include <QDir>

#include "core/spec/reference_policy.h"

namespace rl::cli {

void setUpCliApplication() {
    QCoreApplication::setApplicationName("ridgeline-cli");
    QCoreApplication::setOrganizationName("Ridgeline");
    // Projects may reference the sample library beside the build or the install.
    const QDir exe(QCoreApplication::applicationDirPath());
    for (const char* rel : {"../../samples", "../share/ridgeline/samples"})
        rl::addTrustedReferenceRoot(exe.absoluteFilePath(rel).toStdString());
}

}  // namespace rl::cli
