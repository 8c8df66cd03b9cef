#pragma once
// What File > New starts from: the blank templates shipped in the resources
// (:/templates/<key>.json, minimal valid documents) and the library items of
// each kind (samples and the user's own library).
#include <QList>
#include <QString>

#include <optional>

#include "core/spec/json_reader.h"
#include "views/start/sample_library.h"

namespace rl {
enum class SpecKind;  // core/spec/spec_io.h

namespace gui {

enum class NewDocumentKind : int { hardware, model, scenario, accelerator, problem, mapping };

// "hardware", "model", "scenario", "accelerator", "problem", "mapping".
QString templateKey(NewDocumentKind kind);
// "New hardware", ... untranslated (context rl::gui::NewDocumentDialog).
const char* newDocumentTitle(NewDocumentKind kind);
// The kind of document a file of `spec` kind is; nullopt for projects and the like.
std::optional<NewDocumentKind> newDocumentKindOf(rl::SpecKind spec);
// Accelerator, problem and mapping make a dataflow study.
bool isDataflowKind(NewDocumentKind kind);
// The blank template of `kind` as shipped; null if the resource is missing.
rl::Json blankTemplate(NewDocumentKind kind);
// Library items of `kind`; accelerator files are told apart by their format.
QList<views::LibraryEntry> libraryItems(NewDocumentKind kind);

}  // namespace gui
}  // namespace rl
