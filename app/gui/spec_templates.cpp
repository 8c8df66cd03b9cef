#include "app/gui/spec_templates.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <iterator>

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

namespace {

// What File > New knows of each kind of document, in one place.
struct KindFacts {
    NewDocumentKind kind;
    rl::SpecKind spec;          // what detectSpecKind() calls such a file; its name is the key
    const char* libraryFolder;  // the views::libraryEntries() folder of its items
    const char* title;          // NewDocumentDialog::title(), translated there
};
constexpr KindFacts kKinds[] = {
    {NewDocumentKind::hardware, rl::SpecKind::hardware, "hardware",
     QT_TRANSLATE_NOOP("rl::gui::NewDocumentDialog", "New hardware")},
    {NewDocumentKind::model, rl::SpecKind::model, "models",
     QT_TRANSLATE_NOOP("rl::gui::NewDocumentDialog", "New model")},
    {NewDocumentKind::scenario, rl::SpecKind::scenario, "scenarios",
     QT_TRANSLATE_NOOP("rl::gui::NewDocumentDialog", "New scenario")},
    {NewDocumentKind::accelerator, rl::SpecKind::accelerator, "accelerators",
     QT_TRANSLATE_NOOP("rl::gui::NewDocumentDialog", "New accelerator")},
    {NewDocumentKind::problem, rl::SpecKind::problem, "accelerators",
     QT_TRANSLATE_NOOP("rl::gui::NewDocumentDialog", "New problem")},
    {NewDocumentKind::mapping, rl::SpecKind::mapping, "accelerators",
     QT_TRANSLATE_NOOP("rl::gui::NewDocumentDialog", "New mapping")},
};

const KindFacts& factsOf(NewDocumentKind kind) {
    // Every enumerator has its row: the lookup cannot miss.
    return *std::find_if(std::begin(kKinds), std::end(kKinds),
                         [kind](const KindFacts& f) { return f.kind == kind; });
}

}  // namespace

QString templateKey(NewDocumentKind kind) {
    return QString::fromStdString(rl::toString(factsOf(kind).spec));
}

const char* newDocumentTitle(NewDocumentKind kind) { return factsOf(kind).title; }

std::optional<NewDocumentKind> newDocumentKindOf(rl::SpecKind spec) {
    for (const KindFacts& f : kKinds)
        if (f.spec == spec) return f.kind;
    return std::nullopt;
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
    const KindFacts& facts = factsOf(kind);
    if (!isDataflowKind(kind)) return views::libraryEntries(facts.libraryFolder);
    // One folder holds architectures, problems and mappings.
    QList<views::LibraryEntry> out;
    for (const auto& e : views::libraryEntries(facts.libraryFolder)) {
        rl::Diagnostics ignored;
        const auto doc = rl::readJsonFile(e.path.toStdString(), ignored);
        if (doc && rl::detectSpecKind(*doc) == facts.spec) out.push_back(e);
    }
    return out;
}

}  // namespace gui
}  // namespace rl
