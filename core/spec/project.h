#pragma once
// A project names or embeds one hardware, one model and one scenario, plus the
// GUI's view settings; and/or a dataflow study (an accelerator, a problem and
// optionally a mapping). It is what the GUI opens and saves.
// File format: docs/formats.md, "ridgeline.project".
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/spec/accelerator_spec.h"
#include "core/spec/hardware.h"
#include "core/spec/json_reader.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

namespace rl {

// The project's "dataflow" object: what the dataflow page shows.
struct DataflowStudy {
    // Paths as written (relative to the project file); empty when embedded,
    // or (architecture) taken from the project's hardware, or (problem) a
    // layer of the project's model, or (mapping) absent.
    std::string architectureRef, problemRef, mappingRef;
    bool architectureFromHardware = false;  // the hardware's "accelerator" object
    // >= 0: the problem is this layer of the model (0 = first; the file's
    // "model_layer" counts from 1, as the rows of the Network view do).
    std::int64_t modelLayer = -1;
    // The resolved documents (null when not given) and their parsed form.
    Json architectureJson, problemJson, mappingJson;
    std::shared_ptr<const AcceleratorArch> architecture;
    std::optional<DataflowProblem> problem;  // unset for a model layer (lowered by the session)
    std::optional<Mapping> mapping;          // unset: the mapper finds one
    // The mapper's settings when there is no mapping ("mapper" object).
    std::string objective = "edp";  // cycles | energy | edp
    std::uint64_t seed = 1;
    std::int64_t evaluations = 200'000;
};

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
    // Set when the project holds a dataflow study.
    std::optional<DataflowStudy> dataflow;
    // Hardware, model and scenario are all given, so the project can be
    // analysed (a dataflow study may leave them out).
    bool analysable() const {
        auto given = [](const std::string& ref, const Json& doc) {
            return !ref.empty() || !doc.is_null();
        };
        return given(hardwareRef, hardwareJson) && given(modelRef, modelJson) &&
               given(scenarioRef, scenarioJson);
    }
};

}  // namespace rl
