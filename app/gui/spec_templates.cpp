#include "app/gui/spec_templates.h"

#include <QFile>

#include "core/spec/spec_io.h"

// The templates live in the GUI library's resources: register them here too,
// so code that never built a window (tests, dialogs) finds them.
static void initTemplateResources() {
    static const bool once = [] {
        Q_INIT_RESOURCE(ridgeline);
        return true;
    }();
    (void)once;
}

namespace rl {
namespace gui {

QString templateKey(NewDocumentKind kind) {
    switch (kind) {
        case NewDocumentKind::hardware:
            return QStringLiteral("hardware");
        case NewDocumentKind::model:
            return QStringLiteral("model");
        case NewDocumentKind::scenario:
            return QStringLiteral("scenario");
        case NewDocumentKind::accelerator:
            return QStringLiteral("accelerator");
        case NewDocumentKind::problem:
            return QStringLiteral("problem");
        case NewDocumentKind::mapping:
            return QStringLiteral("mapping");
    }
    return {};
}

bool isDataflowKind(NewDocumentKind kind) {
    return kind == NewDocumentKind::accelerator || kind == NewDocumentKind::problem ||
           kind == NewDocumentKind::mapping;
}

rl::Json blankTemplate(NewDocumentKind kind) {
    initTemplateResources();
    QFile file(QStringLiteral(":/templates/%1.json").arg(templateKey(kind)));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return rl::Json::parse(file.readAll().toStdString(), nullptr, false);
}

QList<views::LibraryEntry> libraryItems(NewDocumentKind kind) {
    switch (kind) {
        case NewDocumentKind::hardware:
            return views::libraryEntries("hardware");
        case NewDocumentKind::model:
            return views::libraryEntries("models");
        case NewDocumentKind::scenario:
            return views::libraryEntries("scenarios");
        default:
            break;
    }
    // One folder holds architectures, problems and mappings.
    const rl::SpecKind wanted = kind == NewDocumentKind::accelerator ? rl::SpecKind::accelerator
                                : kind == NewDocumentKind::problem   ? rl::SpecKind::problem
                                                                     : rl::SpecKind::mapping;
    QList<views::LibraryEntry> out;
    for (const auto& e : views::libraryEntries("accelerators")) {
        rl::Diagnostics ignored;
        const auto doc = rl::readJsonFile(e.path.toStdString(), ignored);
        if (doc && rl::detectSpecKind(*doc) == wanted) out.push_back(e);
    }
    return out;
}

}  // namespace gui
}  // namespace rl
