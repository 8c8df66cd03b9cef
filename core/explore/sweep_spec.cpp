// The derived views of a SweepSpec (its metric slots and result
// descriptors) and its serialisation.
#include <algorithm>
#include <charconv>

#include "core/explore/field_values.h"
#include "core/explore/sweep_spec.h"
#include "core/explore/sweep_spec_names.h"

namespace rl::explore {

std::vector<Metric> SweepSpec::metrics() const {
    std::vector<Metric> out;
    auto add = [&](Metric m) {
        if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    };
    for (const Objective& o : objectives) add(o.metric);
    for (const Constraint& c : constraints) add(c.metric);
    return out;
}

std::size_t SweepSpec::metricSlot(Metric m) const {
    const std::vector<Metric> all = metrics();
    return static_cast<std::size_t>(std::find(all.begin(), all.end(), m) - all.begin());
}

std::vector<SweepAxisInfo> SweepSpec::axisInfos() const {
    std::vector<SweepAxisInfo> out;
    for (const SweepAxis& a : axes) {
        SweepAxisInfo i;
        i.name = a.name;
        i.nameTranslations = a.nameTranslations;
        i.pointer = a.pointer;
        const AxisValues& v = a.values;
        i.unit = v.dimension ? std::string(siUnit(*v.dimension)) : std::string();
        i.logScale = v.kind == AxisValues::Kind::log;
        i.group = a.group;
        i.numeric = v.kind == AxisValues::Kind::linear || v.kind == AxisValues::Kind::log ||
                    (v.kind == AxisValues::Kind::list &&
                     std::all_of(v.list.begin(), v.list.end(), [](const Json& j) {
                         const auto k = fieldKindOf(j).kind;
                         return k == FieldKind::Kind::integer || k == FieldKind::Kind::number ||
                                k == FieldKind::Kind::quantity;
                     }));
        out.push_back(std::move(i));
    }
    return out;
}

std::vector<SweepObjectiveInfo> SweepSpec::objectiveInfos() const {
    std::vector<SweepObjectiveInfo> out;
    for (const Objective& o : objectives)
        out.push_back({o.name, std::string(info(o.metric).name), std::string(info(o.metric).unit),
                       o.sense, o.nameTranslations});
    return out;
}

std::vector<SweepConstraintInfo> SweepSpec::constraintInfos() const {
    std::vector<SweepConstraintInfo> out;
    for (const Constraint& c : constraints)
        out.push_back({c.name, std::string(info(c.metric).name), std::string(info(c.metric).unit),
                       c.lower, c.upper, c.nameTranslations});
    return out;
}

namespace {

// An SI value as a file writes it: a quantity string that parses back to the
// very same double, or a plain number.
Json exactValue(double si, std::optional<Dimension> dim) {
    if (!dim) return Json(si);
    char buf[40];
    auto end = std::to_chars(buf, buf + sizeof buf, si).ptr;
    return std::string(buf, end) + " " + std::string(siUnit(*dim));
}

}  // namespace

Json toJson(const SweepSpec& s) {
    Json doc = Json::object();
    doc["format"] = "ridgeline.sweep";
    doc["version"] = 1;
    doc["name"] = localizedNameJson(s.name, s.nameTranslations);
    if (!s.description.empty()) doc["description"] = s.description;
    doc["project"] = s.projectRef;
    std::vector<std::string> groupNames;  // ids back to names: "tie1", "tie2", ...
    Json axes = Json::array();
    for (const SweepAxis& a : s.axes) {
        Json j = {{"name", localizedNameJson(a.name, a.nameTranslations)}, {"pointer", a.pointer}};
        if (a.group >= 0) j["tie"] = "tie" + std::to_string(a.group + 1);
        const AxisValues& v = a.values;
        switch (v.kind) {
            case AxisValues::Kind::list:
                j["values"] = v.list;
                break;
            case AxisValues::Kind::linear:
            case AxisValues::Kind::log: {
                Json r = {{"from", exactValue(v.from, v.dimension)},
                          {"to", exactValue(v.to, v.dimension)},
                          {"scale", v.kind == AxisValues::Kind::log ? "log" : "linear"}};
                if (v.steps > 0) r["steps"] = v.steps;
                j["range"] = r;
                break;
            }
            case AxisValues::Kind::library: {
                Json l = {{"kind", v.libraryKind}};
                if (!v.libraryFolder.empty()) l["folder"] = v.libraryFolder;
                if (!v.libraryRequire.empty()) l["require"] = v.libraryRequire;
                j["library"] = l;
                break;
            }
        }
        axes.push_back(std::move(j));
    }
    doc["axes"] = axes;
    Json sampling = {{"method", s.sampling.method == Sampling::Method::grid ? "grid"
                                : s.sampling.method == Sampling::Method::random
                                    ? "random"
                                    : "latin_hypercube"}};
    if (s.sampling.method != Sampling::Method::grid) sampling["count"] = s.sampling.count;
    sampling["seed"] = s.sampling.seed;
    doc["sampling"] = sampling;
    Json objectives = Json::array();
    for (const Objective& o : s.objectives)
        objectives.push_back(
            {{"name", localizedNameJson(o.name, o.nameTranslations)},
             {"metric", info(o.metric).name},
             {"goal", o.sense == ObjectiveSense::minimise ? "minimise" : "maximise"}});
    doc["objectives"] = objectives;
    if (!s.constraints.empty()) {
        Json constraints = Json::array();
        for (const Constraint& c : s.constraints) {
            Json j = {{"name", localizedNameJson(c.name, c.nameTranslations)},
                      {"metric", info(c.metric).name}};
            const auto dim = dimensionOfUnit(info(c.metric).unit);
            if (!std::isnan(c.lower)) j["at_least"] = exactValue(c.lower, dim);
            if (!std::isnan(c.upper)) j["at_most"] = exactValue(c.upper, dim);
            constraints.push_back(std::move(j));
        }
        doc["constraints"] = constraints;
    }
    Json predictor = {{"kind", toString(s.predictor.kind)},
                      {"operator_predictor", s.predictor.operatorPredictor}};
    if (!s.predictor.operatorModelFile.empty())
        predictor["model_file"] = s.predictor.operatorModelFile;
    if (s.predictor.kind == PredictorKind::dataflow)
        predictor["mapper_evaluations"] = s.predictor.mapperEvaluations;
    if (s.predictor.kind == PredictorKind::serving) {
        predictor["capacity_search"] = s.predictor.capacitySearch;
        predictor["requests"] = s.predictor.requests;
    }
    doc["predictor"] = predictor;
    doc["sensitivity"] = s.sensitivity;
    return doc;
}

}  // namespace rl::explore
