#include "core/explore/sweep_manifest.h"

#include <cstdio>

#include "core/explore/sweep_spec_names.h"

namespace rl::explore {
namespace {

// FNV-1a, 64 bits: a stable hash of text, the same on every platform.
std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return h;
}

Json bound(double v) { return std::isnan(v) ? Json(nullptr) : Json(v); }
double unbound(const Json& j) { return j.is_number() ? j.get<double>() : kNoValue; }

}  // namespace

std::string sweepFingerprint(const SweepSpec& spec) {
    Json doc = toJson(spec);
    // Names in other languages change no point: the English ones stay.
    for (const char* list : {"axes", "objectives", "constraints"})
        if (doc.contains(list))
            for (Json& item : doc[list]) item["name"] = localizedNameFromJson(item["name"]).english;
    doc.erase("name");
    doc.erase("description");
    doc.erase("project");
    for (Json& axis : doc["axes"])
        if (axis.contains("library")) axis["library"].erase("folder");
    doc["predictor"].erase("model_file");
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(doc.dump())));
    return buf;
}

SweepResult describeSweep(const SweepSpec& spec, std::uint64_t pointCount) {
    SweepResult r;
    r.name = spec.name;
    r.nameTranslations = spec.nameTranslations;
    r.specFile = spec.file;
    r.fingerprint = sweepFingerprint(spec);
    r.axes = spec.axisInfos();
    r.objectives = spec.objectiveInfos();
    r.constraints = spec.constraintInfos();
    r.pointCount = pointCount;
    r.rangeEnd = pointCount;
    return r;
}

Json manifestJson(const SweepResult& r) {
    Json axes = Json::array(), objectives = Json::array(), constraints = Json::array();
    for (const SweepAxisInfo& a : r.axes)
        axes.push_back({{"name", localizedNameJson(a.name, a.nameTranslations)},
                        {"pointer", a.pointer},
                        {"unit", a.unit},
                        {"numeric", a.numeric},
                        {"log", a.logScale},
                        {"tie", a.group}});
    for (const SweepObjectiveInfo& o : r.objectives)
        objectives.push_back(
            {{"name", localizedNameJson(o.name, o.nameTranslations)},
             {"metric", o.metric},
             {"unit", o.unit},
             {"goal", o.sense == ObjectiveSense::minimise ? "minimise" : "maximise"}});
    for (const SweepConstraintInfo& c : r.constraints)
        constraints.push_back({{"name", localizedNameJson(c.name, c.nameTranslations)},
                               {"metric", c.metric},
                               {"unit", c.unit},
                               {"at_least", bound(c.lower)},
                               {"at_most", bound(c.upper)}});
    Json front = Json::array();
    for (std::size_t i : r.front) front.push_back(r.points[i].index);
    Json sensitivity = Json::array();
    for (const SensitivityRow& s : r.sensitivity)
        sensitivity.push_back({{"axis", s.axis},
                               {"objective", s.objective},
                               {"base", bound(s.base)},
                               {"at_low", bound(s.atLow)},
                               {"at_high", bound(s.atHigh)},
                               {"low", s.lowLabel},
                               {"high", s.highLabel},
                               {"min", bound(s.min)},
                               {"max", bound(s.max)},
                               {"min_at", s.minLabel},
                               {"max_at", s.maxLabel}});
    return {{"format", kSweepResultFormat},
            {"version", 1},
            {"name", localizedNameJson(r.name, r.nameTranslations)},
            {"fingerprint", r.fingerprint},
            {"axes", axes},
            {"objectives", objectives},
            {"constraints", constraints},
            {"points", r.pointCount},
            {"range", {r.rangeBegin, r.rangeEnd}},
            {"evaluated", r.evaluated},
            {"feasible", r.feasibleCount},
            {"errors", r.errorCount},
            {"complete", r.complete},
            {"front", front},
            {"sensitivity", sensitivity}};
}

bool readManifest(const Json& doc, const std::string& file, SweepResult& out,
                  std::vector<std::uint64_t>& frontIndices, Diagnostics& diag) {
    // Written by this program, so a mismatch means another file or damage:
    // one clear error rather than a field-by-field report.
    try {
        if (doc.at("format") != kSweepResultFormat || doc.at("version") != 1)
            throw std::runtime_error("format");
        LocalizedName title = localizedNameFromJson(doc.at("name"));
        out.name = std::move(title.english);
        out.nameTranslations = std::move(title.translations);
        out.fingerprint = doc.at("fingerprint").get<std::string>();
        for (const Json& a : doc.at("axes")) {
            LocalizedName n = localizedNameFromJson(a.at("name"));
            out.axes.push_back({std::move(n.english), a.at("pointer"), a.at("unit"),
                                a.at("numeric"), a.at("log"), a.at("tie"),
                                std::move(n.translations)});
        }
        for (const Json& o : doc.at("objectives")) {
            LocalizedName n = localizedNameFromJson(o.at("name"));
            out.objectives.push_back(
                {std::move(n.english), o.at("metric"), o.at("unit"),
                 o.at("goal") == "maximise" ? ObjectiveSense::maximise : ObjectiveSense::minimise,
                 std::move(n.translations)});
        }
        for (const Json& c : doc.at("constraints")) {
            LocalizedName n = localizedNameFromJson(c.at("name"));
            out.constraints.push_back({std::move(n.english), c.at("metric"), c.at("unit"),
                                       unbound(c.at("at_least")), unbound(c.at("at_most")),
                                       std::move(n.translations)});
        }
        out.pointCount = doc.at("points");
        out.rangeBegin = doc.at("range").at(0);
        out.rangeEnd = doc.at("range").at(1);
        out.evaluated = doc.at("evaluated");
        out.feasibleCount = doc.at("feasible");
        out.errorCount = doc.at("errors");
        out.complete = doc.at("complete");
        frontIndices = doc.at("front").get<std::vector<std::uint64_t>>();
        for (const Json& s : doc.at("sensitivity")) {
            SensitivityRow row;
            row.axis = s.at("axis");
            row.objective = s.at("objective");
            row.base = unbound(s.at("base"));
            row.atLow = unbound(s.at("at_low"));
            row.atHigh = unbound(s.at("at_high"));
            row.lowLabel = s.at("low");
            row.highLabel = s.at("high");
            row.min = unbound(s.at("min"));
            row.max = unbound(s.at("max"));
            row.minLabel = s.at("min_at");
            row.maxLabel = s.at("max_at");
            if (row.axis >= out.axes.size() || row.objective >= out.objectives.size())
                throw std::runtime_error("sensitivity");
            out.sensitivity.push_back(std::move(row));
        }
        return true;
    } catch (const std::exception&) {
        diag.error("", file,
                   RL_TR("SpecText",
                         "a sweep result description (\"ridgeline.sweep-result\" "
                         "version 1) as ridgeline-cli sweep writes it"));
        return false;
    }
}

}  // namespace rl::explore
