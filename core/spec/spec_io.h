#pragma once
// Loading, validating and saving spec files. Every loader collects all problems
// of a file into Diagnostics and never throws or crashes, whatever the bytes.
#include <optional>
#include <string>

#include "core/spec/diagnostics.h"
#include "core/spec/hardware.h"
#include "core/spec/json_reader.h"
#include "core/spec/model.h"
#include "core/spec/project.h"
#include "core/spec/scenario.h"

namespace rl {

inline constexpr int kFormatVersion = 1;

template <class T>
struct Loaded {
    std::optional<T> value;  // set only when there are no errors
    Diagnostics diagnostics;
    bool ok() const { return value.has_value() && !diagnostics.hasErrors(); }
};

enum class SpecKind { hardware, model, scenario, project, accelerator, mapping, problem, unknown };
// From the document's "format" field ("ridgeline.hardware", ...); a raw
// Hugging Face config.json (has "model_type") counts as a model.
SpecKind detectSpecKind(const Json& doc);
std::string toString(SpecKind k);

// Parse an already-read document. `file` is used in diagnostics; `baseDir`
// resolves relative references in projects.
Loaded<Hardware> parseHardware(const Json& doc, const std::string& file);
Loaded<ModelSpec> parseModel(const Json& doc, const std::string& file);
Loaded<Scenario> parseScenario(const Json& doc, const std::string& file);
Loaded<Project> parseProject(const Json& doc, const std::string& file, const std::string& baseDir);

Loaded<Hardware> loadHardware(const std::string& path);
Loaded<ModelSpec> loadModel(const std::string& path);
Loaded<Scenario> loadScenario(const std::string& path);
Loaded<Project> loadProject(const std::string& path);

// Validates any spec file by its detected kind; returns all diagnostics.
Diagnostics validateFile(const std::string& path);

// Serialisation back to the file format (round-trips through parse*).
Json toJson(const Hardware& hw);
Json toJson(const Scenario& sc);
Json toJson(const ModelSpec& m);
Json toJson(const Project& p);  // embeds specs that have no reference

// Writes `doc` to `path` atomically (temporary file + rename), so a crash never
// leaves a half-written file. Returns an error message or empty on success.
std::string saveJsonAtomically(const std::string& path, const Json& doc);

}  // namespace rl
