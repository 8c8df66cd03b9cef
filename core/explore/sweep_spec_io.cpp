// Reading "ridgeline.sweep" documents: every problem is collected with its
// JSON path, value and expectation; nothing half-read is returned.
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "core/explore/field_values.h"
#include "core/explore/sweep_spec.h"
#include "core/explore/sweep_spec_names.h"
#include "core/predict/predictor_registry.h"
#include "core/spec/device_kind.h"
#include "core/spec/spec_document.h"
#include "core/spec/spec_phrases.h"

namespace rl::explore {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxAxes = 32;
constexpr std::size_t kMaxListValues = 100000;
constexpr std::int64_t kMaxSteps = 1000000;
constexpr std::size_t kMaxObjectives = 3;
constexpr std::size_t kMaxConstraints = 16;
// Grids and samples above this are refused: at 1 M points/s they would run
// for more than a day, which is a typo more often than an intent.
constexpr double kMaxPoints = 1e11;

std::string resolveAgainst(const std::string& file, const std::string& ref) {
    if (ref.empty()) return ref;
    fs::path p(ref);
    if (p.is_absolute()) return p.lexically_normal().string();
    fs::path dir = fs::path(file).parent_path();
    return (dir / p).lexically_normal().string();
}

using A = PhraseArg;

// r["name"] (a string or names by language) into `name` and `translations`;
// `fallback` when it is absent or wrong (then reported).
void readNameInto(ObjectReader& r, std::string& name, NameTranslations& translations,
                  std::string fallback, Need need = Need::optional) {
    if (auto n = readLocalizedName(r, "name", need)) {
        name = std::move(n->english);
        translations = std::move(n->translations);
    } else {
        name = std::move(fallback);
    }
}

// The array at r[key], reporting a non-array or one outside [minItems,
// maxItems]; `expected` is a pattern with %1 and %2 for the two.
const Json* readArray(ObjectReader& r, std::string_view key, std::size_t minItems,
                      std::size_t maxItems, const char* expected, Need need) {
    const Json* a = r.child(key, need);
    if (!a) return nullptr;
    if (!a->is_array() || a->size() < minItems || a->size() > maxItems) {
        r.diagnostics().error(r.pathOf(key), displayJson(*a),
                              Phrase(expected, {A::integer(static_cast<std::int64_t>(minItems)),
                                                A::integer(static_cast<std::int64_t>(maxItems))}));
        return nullptr;
    }
    return a;
}

// A range end: a plain number or a quantity string ("1 TB/s").
struct RangeEnd {
    double si = 0;
    std::optional<Dimension> dimension;
};
std::optional<RangeEnd> readRangeEnd(ObjectReader& r, std::string_view key) {
    const Json* v = r.child(key, Need::required);
    if (!v) return std::nullopt;
    if (v->is_number()) {
        double d = v->get<double>();
        if (std::isfinite(d)) return RangeEnd{d, std::nullopt};
    } else if (v->is_string()) {
        if (auto q = parseAnyQuantity(v->get<std::string>())) return RangeEnd{q->si, q->dimension};
    }
    r.diagnostics().error(
        r.pathOf(key), displayJson(*v),
        RL_TR("SpecText", "a finite number or a quantity with its unit such as \"3.35 TB/s\""));
    return std::nullopt;
}

void readRange(ObjectReader& a, const Json& node, AxisValues& out) {
    ObjectReader r(node, a.pathOf("range"), a.diagnostics());
    if (!r.valid()) return;
    Diagnostics& diag = r.diagnostics();
    auto from = readRangeEnd(r, "from");
    auto to = readRangeEnd(r, "to");
    auto scale = r.choice("scale", {"linear", "log"});
    auto steps = r.integer("steps", 2, kMaxSteps);
    r.finish();
    out.kind = scale && *scale == "log" ? AxisValues::Kind::log : AxisValues::Kind::linear;
    out.steps = steps ? static_cast<int>(*steps) : 0;
    if (!from || !to) return;
    if (from->dimension != to->dimension) {
        diag.error(r.pathOf("to"), displayJson(node.at("to")),
                   from->dimension
                       ? Phrase(RL_TR("SpecText", "a quantity of the same kind as \"from\" (%1)"),
                                {A::verbatim(std::string(toString(*from->dimension)))})
                       : Phrase(RL_TR("SpecText", "a plain number like \"from\"")));
        return;
    }
    if (from->si == to->si)
        diag.error(r.pathOf("to"), displayJson(node.at("to")),
                   RL_TR("SpecText", "a value different from \"from\""));
    if (out.kind == AxisValues::Kind::log && (from->si <= 0 || to->si <= 0))
        diag.error(r.pathOf(from->si <= 0 ? "from" : "to"),
                   displayJson(node.at(from->si <= 0 ? "from" : "to")),
                   RL_TR("SpecText", "a value > 0 (a log range)"));
    out.from = from->si;
    out.to = to->si;
    out.dimension = from->dimension;
}

void readLibrary(ObjectReader& a, const Json& node, const std::string& file, AxisValues& out) {
    ObjectReader r(node, a.pathOf("library"), a.diagnostics());
    if (!r.valid()) return;
    out.kind = AxisValues::Kind::library;
    if (auto k = r.choice("kind", deviceKindNames(), Need::required)) out.libraryKind = *k;
    if (auto f = r.string("folder", Need::optional, 4096))
        out.libraryFolder = resolveAgainst(file, *f);
    if (auto req = readStringList(r, "require", 64)) {
        for (std::size_t i = 0; i < req->size(); ++i) {
            const std::string& p = (*req)[i];
            if (!isJsonPointer(p))
                r.diagnostics().error(jsonPointerChild(r.pathOf("require"), i), quotedValue(p),
                                      RL_TR("SpecText",
                                            "a JSON pointer into a hardware document "
                                            "such as \"/cost_per_hour\""));
            else
                out.libraryRequire.push_back(p);
        }
    }
    r.finish();
}

void readListValues(ObjectReader& a, const Json& node, AxisValues& out) {
    Diagnostics& diag = a.diagnostics();
    const std::string path = a.pathOf("values");
    out.kind = AxisValues::Kind::list;
    if (!node.is_array() || node.empty() || node.size() > kMaxListValues) {
        diag.error(path, displayJson(node),
                   Phrase(RL_TR("SpecText", "an array of 1 to %1 values"),
                          {A::integer(static_cast<std::int64_t>(kMaxListValues))}));
        return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
        const Json& v = node[i];
        if (v.is_null() || v.is_array() ||
            (v.is_number_float() && !std::isfinite(v.get<double>()))) {
            diag.error(
                jsonPointerChild(path, i), displayJson(v),
                RL_TR("SpecText", "a number, a quantity string, a name, a boolean or an object"));
            continue;
        }
        out.list.push_back(v);
    }
}

SweepAxis readAxis(const Json& node, const std::string& path, const std::string& file,
                   std::map<std::string, int>& groups, Diagnostics& diag) {
    SweepAxis axis;
    axis.path = path;
    ObjectReader r(node, path, diag);
    if (!r.valid()) return axis;
    if (auto p = r.string("pointer", Need::required, 1000)) {
        if (!isDesignPointer(*p))
            diag.error(r.pathOf("pointer"), quotedValue(displayValue(*p)),
                       RL_TR("SpecText",
                             "a JSON pointer into the design starting with "
                             "/hardware, /model or /scenario, such as "
                             "\"/hardware/memory/0/bandwidth\""));
        axis.pointer = *p;
    }
    readNameInto(r, axis.name, axis.nameTranslations, axis.pointer);
    if (auto t = r.string("tie")) axis.group = groups.emplace(*t, int(groups.size())).first->second;
    const char* kinds[] = {"values", "range", "library"};
    int given = 0;
    for (const char* k : kinds) given += r.has(k) ? 1 : 0;
    if (given != 1)
        diag.error(path,
                   given == 0 ? RL_TR("SpecText", "an axis without values")
                              : RL_TR("SpecText", "an axis with several value kinds"),
                   RL_TR("SpecText",
                         "exactly one of \"values\" (a list), \"range\" (from, to, "
                         "steps, scale) or \"library\" (all devices of a kind)"));
    if (const Json* v = r.child("values")) readListValues(r, *v, axis.values);
    if (const Json* v = r.child("range")) readRange(r, *v, axis.values);
    if (const Json* v = r.child("library")) readLibrary(r, *v, file, axis.values);
    r.finish();
    return axis;
}

void readSampling(ObjectReader& doc, SweepSpec& s) {
    const Json* node = doc.child("sampling");
    if (!node) return;
    ObjectReader r(*node, doc.pathOf("sampling"), doc.diagnostics());
    if (!r.valid()) return;
    auto m = r.choice("method", {"grid", "random", "latin_hypercube"}, Need::required);
    if (m) {
        s.sampling.method = *m == "grid"     ? Sampling::Method::grid
                            : *m == "random" ? Sampling::Method::random
                                             : Sampling::Method::latin_hypercube;
    }
    const bool sampled = s.sampling.method != Sampling::Method::grid;
    if (auto c = r.integer("count", 1, static_cast<std::int64_t>(kMaxPoints),
                           sampled ? Need::required : Need::optional)) {
        s.sampling.count = static_cast<std::uint64_t>(*c);
        if (!sampled)
            doc.diagnostics().error(r.pathOf("count"), std::to_string(*c),
                                    RL_TR("SpecText",
                                          "no \"count\" for a grid (a grid has every "
                                          "combination); use \"random\" or "
                                          "\"latin_hypercube\" to sample"));
    }
    if (auto seed = r.integer("seed", 0, std::numeric_limits<std::int64_t>::max()))
        s.sampling.seed = static_cast<std::uint64_t>(*seed);
    r.finish();
}

std::optional<Metric> readMetric(ObjectReader& r) {
    auto name = r.string("metric", Need::required);
    if (!name) return std::nullopt;
    if (auto m = parseMetric(*name)) return m;
    std::string best, all;
    int bestDistance = 1 << 30;
    for (const MetricInfo& i : metricTable()) {
        all += (all.empty() ? "" : ", ") + std::string(i.name);
        int d = editDistance(*name, std::string(i.name));
        if (d < bestDistance) bestDistance = d, best = std::string(i.name);
    }
    r.diagnostics().error(
        r.pathOf("metric"), quotedValue(displayValue(*name)),
        Phrase(RL_TR("SpecText", "one of %1"), {A::verbatim(all)}),
        bestDistance <= 3 ? Phrase(RL_TR("SpecText", "did you mean \"%1\"?"), {A::verbatim(best)})
                          : Phrase());
    return std::nullopt;
}

void readObjectives(ObjectReader& doc, SweepSpec& s) {
    const Json* list = readArray(
        doc, "objectives", 1, kMaxObjectives,
        RL_TR("SpecText", "an array of %1 to %2 objectives (the Pareto front uses 2 or 3)"),
        Need::required);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        ObjectReader r((*list)[i], jsonPointerChild(doc.pathOf("objectives"), i),
                       doc.diagnostics());
        if (!r.valid()) continue;
        Objective o;
        auto metric = readMetric(r);
        if (metric) {
            o.metric = *metric;
            o.sense = info(*metric).usual;
        }
        if (auto g = r.choice("goal", {"minimise", "maximise", "minimize", "maximize"}))
            o.sense =
                g->substr(0, 3) == "min" ? ObjectiveSense::minimise : ObjectiveSense::maximise;
        readNameInto(r, o.name, o.nameTranslations, metric ? std::string(info(*metric).name) : "");
        r.finish();
        if (metric) s.objectives.push_back(std::move(o));
    }
}

// "a <dimension> with its unit such as "<example>" (metric <name>)": one
// pattern per dimension, so a translator sees the whole phrase.
const char* boundPattern(Dimension d) {
    switch (d) {
        case Dimension::bytes:
            return RL_TR("SpecText", "a size in bytes with its unit such as \"%1\" (metric %2)");
        case Dimension::bandwidth:
            return RL_TR("SpecText", "a bandwidth with its unit such as \"%1\" (metric %2)");
        case Dimension::flop_rate:
            return RL_TR("SpecText", "a compute rate with its unit such as \"%1\" (metric %2)");
        case Dimension::frequency:
            return RL_TR("SpecText", "a frequency with its unit such as \"%1\" (metric %2)");
        case Dimension::time:
            return RL_TR("SpecText", "a time with its unit such as \"%1\" (metric %2)");
        case Dimension::power:
            return RL_TR("SpecText", "a power with its unit such as \"%1\" (metric %2)");
        case Dimension::energy:
            return RL_TR("SpecText", "a energy with its unit such as \"%1\" (metric %2)");
        case Dimension::energy_per_byte:
            return RL_TR("SpecText", "a energy per byte with its unit such as \"%1\" (metric %2)");
        case Dimension::energy_per_flop:
            return RL_TR("SpecText",
                         "a energy per operation with its unit such as \"%1\" (metric %2)");
        case Dimension::area:
            return RL_TR("SpecText", "a area with its unit such as \"%1\" (metric %2)");
        case Dimension::money_rate:
            return RL_TR("SpecText", "a cost per hour with its unit such as \"%1\" (metric %2)");
        case Dimension::flops:
            return RL_TR("SpecText", "a operation count with its unit such as \"%1\" (metric %2)");
    }
    return RL_TR("SpecText", "a quantity with its unit such as \"%1\" (metric %2)");
}

// A bound in SI: a quantity string for a metric with a unit of a dimension,
// a plain number for counts, ratios, flags and rates.
std::optional<double> readBound(ObjectReader& r, std::string_view key, Metric m) {
    const Json* v = r.child(key);
    if (!v) return std::nullopt;
    std::optional<Dimension> dim = dimensionOfUnit(info(m).unit);
    if (dim) {
        if (v->is_string())
            if (auto q = parseQuantity(v->get<std::string>(), *dim);
                std::holds_alternative<double>(q))
                return std::get<double>(q);
        r.diagnostics().error(
            r.pathOf(key), displayJson(*v),
            Phrase(boundPattern(*dim), {A::verbatim(std::string(exampleFor(*dim))),
                                        A::verbatim(std::string(info(m).name))}));
        return std::nullopt;
    }
    if (v->is_number() && std::isfinite(v->get<double>())) return v->get<double>();
    r.diagnostics().error(r.pathOf(key), displayJson(*v),
                          Phrase(RL_TR("SpecText", "a plain number (metric %1 has no unit)"),
                                 {A::verbatim(std::string(info(m).name))}));
    return std::nullopt;
}

void readConstraints(ObjectReader& doc, SweepSpec& s) {
    const Json* list =
        readArray(doc, "constraints", 0, kMaxConstraints,
                  RL_TR("SpecText", "an array of %1 to %2 constraints"), Need::optional);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = jsonPointerChild(doc.pathOf("constraints"), i);
        ObjectReader r((*list)[i], path, doc.diagnostics());
        if (!r.valid()) continue;
        Constraint c;
        auto metric = readMetric(r);
        if (!metric) {
            r.accept({"at_least", "at_most", "name"});
            r.finish();
            continue;
        }
        c.metric = *metric;
        c.lower = readBound(r, "at_least", *metric).value_or(kNoValue);
        c.upper = readBound(r, "at_most", *metric).value_or(kNoValue);
        // A constraint on an objective's metric gets its own column name.
        std::string name(info(*metric).name);
        for (const Objective& o : s.objectives)
            if (o.name == name) name += " limit";
        readNameInto(r, c.name, c.nameTranslations, name);
        r.finish();
        if (!r.has("at_least") && !r.has("at_most"))
            doc.diagnostics().error(
                path, displayJson((*list)[i]),
                RL_TR("SpecText", "a bound: \"at_least\", \"at_most\" or both"));
        if (c.lower > c.upper)
            doc.diagnostics().error(jsonPointerChild(path, "at_most"),
                                    displayJson((*list)[i]["at_most"]),
                                    RL_TR("SpecText", "a bound not below \"at_least\""));
        s.constraints.push_back(std::move(c));
    }
}

void readPredictor(ObjectReader& doc, SweepSpec& s) {
    const Json* node = doc.child("predictor");
    if (!node) return;
    Diagnostics& diag = doc.diagnostics();
    ObjectReader r(*node, doc.pathOf("predictor"), diag);
    if (!r.valid()) return;
    PredictorChoice& p = s.predictor;
    if (auto k =
            r.choice("kind", {"analytical", "dataflow", "serving", "training"}, Need::required))
        p.kind = *parsePredictorKind(*k);
    if (auto op = r.string("operator_predictor")) {
        if (!parsePredictorId(*op))
            diag.error(r.pathOf("operator_predictor"), quotedValue(displayValue(*op)),
                       Phrase(RL_TR("SpecText", "one of %1"), {A::verbatim(predictorNames())}));
        p.operatorPredictor = *op;
    }
    if (auto f = r.string("model_file", Need::optional, 4096))
        p.operatorModelFile = resolveAgainst(s.file, *f);
    if (auto e = r.integer("mapper_evaluations", 1, 1'000'000'000)) p.mapperEvaluations = *e;
    if (auto c = r.boolean("capacity_search")) p.capacitySearch = *c;
    if (auto n = r.integer("requests", 0, 100'000'000)) p.requests = *n;
    r.finish();
    auto needsFile = parsePredictorId(p.operatorPredictor);
    if (needsFile && p.operatorModelFile.empty()) {
        for (const PredictorInfo& pi : kPredictors)
            if (pi.id == *needsFile && pi.needsModelFile)
                diag.error(r.path(), "\"operator_predictor\": \"" + p.operatorPredictor + "\"",
                           Phrase(RL_TR("SpecText",
                                        "a \"model_file\" (a ridgeline.learned-model "
                                        "file) for the %1 predictor"),
                                  {A::verbatim(p.operatorPredictor)}));
    }
}

// Checks that need the whole document: unique column names, metrics the
// predictor computes, tied axes of equal length, a point count in reason.
void checkWhole(const SweepSpec& s, Diagnostics& diag) {
    std::set<std::string> columns = {"index", "feasible", "error"};
    auto unique = [&](const std::string& name, const std::string& path) {
        if (!columns.insert(name).second)
            diag.error(path, quotedValue(displayValue(name)),
                       RL_TR("SpecText",
                             "a name no other axis, objective or constraint uses (it "
                             "is a column header), and not index, feasible or error"));
    };
    for (const SweepAxis& a : s.axes) unique(a.name, jsonPointerChild(a.path, "name"));
    for (std::size_t i = 0; i < s.objectives.size(); ++i)
        unique(s.objectives[i].name, "/objectives/" + std::to_string(i) + "/name");
    for (std::size_t i = 0; i < s.constraints.size(); ++i)
        unique(s.constraints[i].name, "/constraints/" + std::to_string(i) + "/name");

    auto checkProvided = [&](Metric m, const std::string& path) {
        if (!provides(s.predictor.kind, m)) {
            std::string which;
            for (PredictorKind k : {PredictorKind::analytical, PredictorKind::dataflow,
                                    PredictorKind::serving, PredictorKind::training})
                if (provides(k, m)) which += (which.empty() ? "" : ", ") + std::string(toString(k));
            diag.error(
                path, "\"" + std::string(info(m).name) + "\"",
                Phrase(RL_TR("SpecText", "a metric the %1 predictor computes (%2 comes from: %3)"),
                       {A::verbatim(std::string(toString(s.predictor.kind))),
                        A::verbatim(std::string(info(m).name)), A::verbatim(which)}));
        }
    };
    for (std::size_t i = 0; i < s.objectives.size(); ++i)
        checkProvided(s.objectives[i].metric, "/objectives/" + std::to_string(i) + "/metric");
    for (std::size_t i = 0; i < s.constraints.size(); ++i)
        checkProvided(s.constraints[i].metric, "/constraints/" + std::to_string(i) + "/metric");

    const bool grid = s.sampling.method == Sampling::Method::grid;
    std::map<int, std::pair<std::int64_t, const SweepAxis*>> groupSize;
    double points = 1;
    for (const SweepAxis& a : s.axes) {
        const AxisValues& v = a.values;
        const bool range = v.kind == AxisValues::Kind::linear || v.kind == AxisValues::Kind::log;
        if (range && grid && v.steps < 2)
            diag.error(jsonPointerChild(a.path, "range"),
                       RL_TR("SpecText", "a range without \"steps\""),
                       RL_TR("SpecText", "\"steps\" (2 or more values) for grid sampling"));
        // Library sizes are known only when the folder is read; count them as 1 here.
        std::int64_t n = v.kind == AxisValues::Kind::list ? std::int64_t(v.list.size())
                         : range                          ? v.steps
                                                          : -1;
        if (a.group < 0) {
            if (n > 0) points *= double(n);
            continue;
        }
        auto [it, first] = groupSize.emplace(a.group, std::make_pair(n, &a));
        if (first) {
            if (n > 0) points *= double(n);
        } else if (n > 0 && it->second.first > 0 && n != it->second.first && (grid || !range)) {
            diag.error(jsonPointerChild(a.path, "tie"),
                       Phrase(RL_TR("SpecText", "%1 values tied to %2"),
                              {A::integer(n), A::integer(it->second.first)}),
                       Phrase(RL_TR("SpecText",
                                    "as many values as the axis it is tied to "
                                    "(\"%1\"): tied axes take their i-th values "
                                    "together"),
                              {A::verbatim(it->second.second->name)}));
        }
    }
    if (grid && points > kMaxPoints)
        diag.error("/axes", Phrase(RL_TR("SpecText", "%1 grid points"), {A::number(points, 4)}),
                   RL_TR("SpecText",
                         "at most 1e11 points; sample with \"random\" or "
                         "\"latin_hypercube\" and a \"count\""));
}

}  // namespace

LoadedSweep parseSweep(const Json& doc, const std::string& file) {
    LoadedSweep out;
    out.diagnostics.setFile(file);
    Diagnostics& diag = out.diagnostics;
    ObjectReader r(doc, "", diag);
    if (!readFormatHeader(r, "ridgeline.sweep")) return out;
    SweepSpec s;
    s.file = file;
    readNameInto(r, s.name, s.nameTranslations, "", Need::required);
    if (auto v = r.string("description", Need::optional, 10000)) s.description = *v;
    if (auto v = r.string("project", Need::required, 4096)) {
        s.projectRef = *v;
        s.projectPath = resolveAgainst(file, *v);
    }
    std::map<std::string, int> groups;
    if (const Json* axes = readArray(
            r, "axes", 1, kMaxAxes, RL_TR("SpecText", "an array of %1 to %2 axes"), Need::required))
        for (std::size_t i = 0; i < axes->size(); ++i)
            s.axes.push_back(
                readAxis((*axes)[i], jsonPointerChild("/axes", i), file, groups, diag));
    readSampling(r, s);
    readObjectives(r, s);
    readConstraints(r, s);
    readPredictor(r, s);
    if (auto v = r.boolean("sensitivity")) s.sensitivity = *v;
    r.finish();
    if (!diag.hasErrors()) checkWhole(s, diag);
    if (!diag.hasErrors()) out.spec = std::move(s);
    return out;
}

}  // namespace rl::explore
