#pragma once
// A project read for editing, by the same reader as loadProject(). An editor
// needs the documents of specs that have errors (the user sees and fixes them
// there), so they are kept; what makes the project itself unusable (an
// unreadable file, a reference that does not resolve) and specs that do not
// fit together are reported apart from the errors inside the spec documents.
#include <string>

#include "core/spec/diagnostics.h"
#include "core/spec/project.h"

namespace rl {

struct ProjectForEditing {
    // Name, references, documents and view settings; the parsed specs only
    // when specsValid.
    Project project;
    Diagnostics projectErrors;      // the file, its header and references
    Diagnostics specErrors;         // inside the three spec documents
    Diagnostics combinationErrors;  // checked only when specsValid
    bool specsValid = false;        // all three specs parsed without errors
};

ProjectForEditing readProjectForEditing(const std::string& path);

// Where the scenario's fields sit in the file being diagnosed (JSON pointers).
struct ScenarioPaths {
    std::string parallelism = "/parallelism";
    std::string kind = "/kind";
};

// The checks that need all three specs, for projects and for specs given one
// by one: the devices the scenario uses (core/spec/parallelism.h) against the
// hardware's, pipeline stages against layers, tensor parallelism against
// attention heads, expert parallelism against experts, generation against
// encoder-only models, serving against non-transformers.
void checkCombination(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                      Diagnostics& diag, const ScenarioPaths& paths = {});

}  // namespace rl
