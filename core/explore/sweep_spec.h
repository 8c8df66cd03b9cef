#pragma once
// A design-space sweep: a base project, the axes that vary (fields of its
// hardware, model or scenario document, by JSON pointer), how points are
// sampled, what to optimise and constrain, and which predictor evaluates
// each point. File format "ridgeline.sweep", version 1: docs/formats.md and
// docs/explore.md. Read with full diagnostics (file, JSON path, value,
// expectation) like every other spec.
//
// The design of one point is the JSON object
//   {"hardware": <hardware document>, "model": <model document>,
//    "scenario": <scenario document>}
// of the base project with the axis values written at their pointers, so an
// axis pointer starts with /hardware, /model or /scenario (accelerator fields
// are under /hardware/accelerator).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/explore/metric.h"
#include "core/result/sweep_result.h"
#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"
#include "core/spec/project.h"

namespace rl::explore {

// The values one axis takes.
struct AxisValues {
    enum class Kind { list, linear, log, library };
    Kind kind = Kind::list;
    // kind == list: the values as written (numbers, quantity strings, enum
    // strings, booleans or whole objects).
    std::vector<Json> list;
    // kind == linear/log: `steps` values from `from` to `to` inclusive (SI
    // numbers); random and Latin-hypercube sampling draw from the continuous
    // interval instead. `dimension` is set when the field holds a quantity
    // string ("3.35 TB/s"): values are written back as quantity strings.
    double from = 0, to = 0;
    int steps = 0;
    std::optional<Dimension> dimension;
    bool integer = false;  // the field holds an integer: values are rounded
    // kind == library: every hardware spec of this kind ("gpu", "tpu", ...)
    // in the bundled library (or `libraryFolder`), by file name; the axis
    // replaces the whole document at its pointer (normally "/hardware").
    std::string libraryKind;
    std::string libraryFolder;  // empty: the bundled samples/hardware
    // Only devices whose document has every one of these JSON pointers
    // (e.g. "/cost_per_hour" for a cost objective).
    std::vector<std::string> libraryRequire;
};

// Every `name` below is the English one (column headers, the CLI); a file may
// also name things per language (sweep_spec_names.h): `nameTranslations`.
struct SweepAxis {
    std::string name;  // shown in tables and plots; defaults to the pointer
    NameTranslations nameTranslations;
    std::string pointer;  // into the design, e.g. "/scenario/parallelism/tensor"
    AxisValues values;
    // Axes of the same group are tied (zipped: the i-th value of each goes
    // together; they need the same number of values); groups and ungrouped
    // axes are crossed. -1 = ungrouped. Group names in the file map to ids
    // in order of first appearance.
    int group = -1;
    std::string path;  // JSON pointer of this axis in the sweep file, for diagnostics
};

struct Sampling {
    enum class Method { grid, random, latin_hypercube };
    Method method = Method::grid;
    std::uint64_t count = 0;  // random / Latin hypercube: number of points
    std::uint64_t seed = 1;
};

struct Objective {
    std::string name;  // column header; defaults to the metric name
    NameTranslations nameTranslations;
    Metric metric = Metric::time;
    ObjectiveSense sense = ObjectiveSense::minimise;  // defaults to the metric's usual one
};

struct Constraint {
    std::string name;
    NameTranslations nameTranslations;
    Metric metric = Metric::time;
    double lower = kNoValue, upper = kNoValue;  // SI; NaN = open
};

struct PredictorChoice {
    PredictorKind kind = PredictorKind::analytical;
    // Operator-cost predictor from core/predict's registry ("roofline", ...)
    // for the analytical, serving and training predictors.
    std::string operatorPredictor = "roofline";
    // hybrid / learned: the ridgeline.learned-model file, resolved against
    // the sweep file's folder.
    std::string operatorModelFile;
    // dataflow: mappings the mapper evaluates per layer and point.
    std::int64_t mapperEvaluations = 20000;
    // serving: search the highest rate meeting the SLO per point (for
    // "capacity"), and how many requests each simulation runs (0 = the
    // scenario's own count).
    bool capacitySearch = false;
    std::int64_t requests = 0;
};

struct SweepSpec {
    std::string name;
    NameTranslations nameTranslations;
    std::string description;
    std::string file;         // the sweep file (diagnostics, relative paths)
    std::string projectPath;  // the base project, resolved against the sweep file's folder
    std::string projectRef;   // as written in the file
    std::vector<SweepAxis> axes;
    Sampling sampling;
    std::vector<Objective> objectives;  // at least 1; the Pareto front uses 2 or 3
    std::vector<Constraint> constraints;
    PredictorChoice predictor;
    bool sensitivity = true;  // evaluate one-at-a-time points around the base

    // The distinct metrics of the objectives and constraints, in order of
    // first appearance: what an evaluator computes per point.
    std::vector<Metric> metrics() const;
    // Position of an objective's / constraint's metric in metrics().
    std::size_t metricSlot(Metric m) const;
    // Descriptors for the SweepResult.
    std::vector<SweepAxisInfo> axisInfos() const;
    std::vector<SweepObjectiveInfo> objectiveInfos() const;
    std::vector<SweepConstraintInfo> constraintInfos() const;
};

// The base project of a sweep, read by the one project reader, with its three
// documents gathered into one design object (see the top of this file).
struct SweepBase {
    Project project;
    Json design;  // {"hardware": ..., "model": ..., "scenario": ...}
};

// Reading. parseSweep checks the document alone (types, ranges, names,
// metrics the predictor provides); loadSweep also reads the base project and
// checks every axis pointer against it: the field must exist and hold a value
// of the kind the axis writes (number, quantity of the same dimension, string,
// object). Neither throws; `value` / `base` are set only without errors.
struct LoadedSweep {
    std::optional<SweepSpec> spec;
    std::optional<SweepBase> base;
    Diagnostics diagnostics;
    bool ok() const { return spec && base && !diagnostics.hasErrors(); }
};
LoadedSweep parseSweep(const Json& doc, const std::string& file);
LoadedSweep loadSweep(const std::string& path);
// The same for the document already read from `file` (a caller that looked at
// its "format" first reads the file once).
LoadedSweep loadSweep(const Json& doc, const std::string& file);
// Reads the base project of an already parsed spec and checks the axes
// against it (the second half of loadSweep).
std::optional<SweepBase> loadSweepBase(SweepSpec& spec, Diagnostics& diag);

Json toJson(const SweepSpec& spec);  // round-trips through parseSweep

}  // namespace rl::explore
