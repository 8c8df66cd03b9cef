#pragma once
// A project names or embeds one hardware, one model and one scenario, plus the
// GUI's view settings. It is what the GUI opens and saves.
// File format: docs/formats.md, "ridgeline.project".
#include <string>

#include "core/spec/hardware.h"
#include "core/spec/json_reader.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

namespace rl {

struct Project {
    std::string name;
    std::string description;
    // Paths as written in the file (relative to the project file), or empty when
    // the spec is embedded.
    std::string hardwareRef, modelRef, scenarioRef;
    // The resolved spec documents (so editors can show and change the raw JSON)
    // and their parsed form.
    Json hardwareJson, modelJson, scenarioJson;
    Hardware hardware;
    ModelSpec model;
    Scenario scenario;
    Json viewSettings = Json::object();  // free-form, owned by the GUI
};

}  // namespace rl
