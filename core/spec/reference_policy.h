#pragma once
// Where a project may read files from. A project is shared like a document,
// so opening one must not make Ridgeline read (and quote in error messages)
// whatever file it names: "../../../../etc/passwd" or "/etc/shadow". Its
// references (hardware, model, scenario and a serving scenario's trace) must
// resolve, after following symlinks and "..", inside the project's own folder
// or a trusted folder: the sample library ($RIDGELINE_SAMPLES_DIR,
// $RIDGELINE_SAMPLES, the source tree's samples/) and any the application
// adds. Anything else is refused unless the user consented (the CLI's
// --allow-outside-refs).
#include <string>

#include "core/spec/phrase.h"

namespace rl {

// Process-wide consent to read outside (set once, before reading).
void allowReferencesOutsideProject(bool allow);
bool referencesOutsideProjectAllowed();
// A folder every project may read from besides its own (e.g. the GUI's sample library).
void addTrustedReferenceRoot(const std::string& folder);

// "" when `target` may be read by a project in `projectDir` (or consent was
// given), else why not, as an "expected ..." fragment for a Diagnostic.
std::string checkReferenceInside(const std::string& target, const std::string& projectDir);
// The same as a Phrase the GUI translates (empty when the file may be read).
Phrase referenceOutsideProject(const std::string& target, const std::string& projectDir);

}  // namespace rl
