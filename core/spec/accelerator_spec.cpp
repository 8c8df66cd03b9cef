#include "core/spec/accelerator_spec.h"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>

#include "core/spec/enum_names.h"
#include "core/spec/spec_phrases.h"

namespace rl {
namespace {

constexpr std::int64_t kMaxCount = std::int64_t{1} << 40;
constexpr std::int64_t kMaxBound = std::int64_t{1} << 24;

// A list of tensor names ("weights", "inputs", "outputs") as a mask.
std::optional<std::array<bool, kDataSpaceCount>> readTensorList(ObjectReader& r,
                                                                std::string_view key) {
    const Json* v = r.child(key);
    if (!v) return std::nullopt;
    std::string path = r.pathOf(key);
    if (!v->is_array()) {
        r.diagnostics().error(
            path, displayJson(*v),
            RL_TR("SpecText", "an array of tensor names (\"weights\", \"inputs\", \"outputs\")"));
        return std::nullopt;
    }
    std::array<bool, kDataSpaceCount> mask = {false, false, false};
    bool ok = true;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& e = (*v)[i];
        auto d = e.is_string() ? parseDataSpace(e.get_ref<const std::string&>()) : std::nullopt;
        if (!d) {
            r.diagnostics().error(jsonPointerChild(path, i), displayJson(e),
                                  RL_TR("SpecText", "one of \"weights\", \"inputs\", \"outputs\""));
            ok = false;
            continue;
        }
        mask[static_cast<int>(*d)] = true;
    }
    if (!ok) return std::nullopt;
    return mask;
}

Json tensorList(const std::array<bool, kDataSpaceCount>& mask) {
    Json a = Json::array();
    for (int i = 0; i < kDataSpaceCount; ++i)
        if (mask[i]) a.push_back(std::string(toString(static_cast<DataSpace>(i))));
    return a;
}

// {"K": 16, "P": 4}: factors per dimension; absent dimensions are 1.
std::optional<DimArray> readFactors(ObjectReader& parent, std::string_view key,
                                    std::int64_t minValue) {
    const Json* v = parent.child(key);
    if (!v) return kOnes;
    Diagnostics& diag = parent.diagnostics();
    std::string path = parent.pathOf(key);
    if (!v->is_object()) {
        diag.error(path, displayJson(*v),
                   RL_TR("SpecText", "an object of loop factors such as {\"K\": 16, \"P\": 4}"));
        return std::nullopt;
    }
    DimArray out = kOnes;
    bool ok = true;
    for (auto it = v->begin(); it != v->end(); ++it) {
        std::string childPath = jsonPointerChild(path, it.key());
        auto d = it.key().size() == 1 ? parseDim(it.key()[0]) : std::nullopt;
        if (!d) {
            diag.error(childPath, quotedValue(displayValue(it.key())),
                       RL_TR("SpecText", "a problem dimension: one of N, K (or M), C, P, Q, R, S"));
            ok = false;
            continue;
        }
        const Json& f = it.value();
        if (!f.is_number_integer() || f.get<std::int64_t>() < minValue ||
            f.get<std::int64_t>() > kMaxBound) {
            diag.error(childPath, displayJson(f),
                       Phrase(RL_TR("SpecText", "an integer from %1 to %2"),
                              {PhraseArg::integer(minValue), PhraseArg::integer(kMaxBound)}));
            ok = false;
            continue;
        }
        out[static_cast<int>(*d)] = f.get<std::int64_t>();
    }
    if (!ok) return std::nullopt;
    return out;
}

Json factorsToJson(const DimArray& f, bool skipOnes) {
    Json o = Json::object();
    for (Dim d : kAllDims) {
        auto v = f[static_cast<int>(d)];
        if (skipOnes && v == 1) continue;
        o[std::string(1, dimLetter(d))] = v;
    }
    return o;
}

Phrase divisorOfInstances(int instances) {
    return Phrase(RL_TR("SpecText", "a divisor of instances (%1)"),
                  {PhraseArg::integer(instances)});
}

std::string energyText(double j) { return formatQuantity(j, Dimension::energy, 10); }

void readFormatHeader(ObjectReader& r, std::string_view format) {
    if (r.has("format")) {
        auto f = r.string("format");
        if (f && *f != format)
            r.diagnostics().error(r.pathOf("format"), quotedValue(displayValue(*f)),
                                  "\"" + std::string(format) + "\"");
    }
    if (r.has("version")) r.integer("version", 1, 1);
}

Phrase loopOrderText() {
    return RL_TR("SpecText",
                 "a loop order of distinct dimension letters (N K C P Q R S), outer first");
}

bool readLevel(const Json& node, const std::string& path, Diagnostics& diag, StorageLevel& lv) {
    int before = diag.errorCount();
    ObjectReader r(node, path, diag);
    if (!r.valid()) return false;
    if (auto s = r.string("name", Need::required)) lv.name = *s;
    if (auto s = r.choice("kind", {"dram", "sram", "regfile"}, Need::required)) lv.kind = *s;
    bool dram = lv.kind == "dram";
    if (auto v = r.integer("capacity_words", dram ? 0 : 1, kMaxCount,
                           dram ? Need::optional : Need::required))
        lv.capacityWords = *v;
    if (auto v = r.integer("word_bits", 1, 1024)) lv.wordBits = static_cast<int>(*v);
    if (auto v = r.integer("block_size", 1, 1 << 20)) lv.blockSize = static_cast<int>(*v);
    // 0 means unlimited; a positive rate below 1e-6 words per cycle is a typo
    // (and would make cycle counts leave 64 bits).
    for (auto [key, into] : {std::pair{"read_bandwidth", &lv.readBandwidth},
                             std::pair{"write_bandwidth", &lv.writeBandwidth}})
        if (auto v = r.number(key, Range::nonNegative(1e12))) {
            if (*v > 0 && *v < 1e-6)
                diag.error(
                    r.pathOf(key), displayJson(*r.child(key)),
                    RL_TR("SpecText", "0 (unlimited) or a rate from 1e-6 to 1e12 words per cycle"));
            else
                *into = *v;
        }
    if (auto v = r.integer("instances", 1, 1 << 24)) lv.instances = static_cast<int>(*v);
    lv.meshX = lv.instances;
    if (auto v = r.integer("mesh_x", 1, 1 << 24)) {
        lv.meshX = static_cast<int>(*v);
        if (lv.instances % lv.meshX != 0)
            diag.error(r.pathOf("mesh_x"), std::to_string(*v), divisorOfInstances(lv.instances));
    }
    if (auto m = readTensorList(r, "holds")) lv.holds = *m;
    if (const Json* e = r.child("energy", Need::required)) {
        ObjectReader er(*e, r.pathOf("energy"), diag);
        auto nn = Range::nonNegative(1.0);
        if (auto v = er.quantity("read", Dimension::energy, nn, Need::required))
            lv.energy.read = *v;
        if (auto v = er.quantity("write", Dimension::energy, nn, Need::required))
            lv.energy.write = *v;
        lv.energy.update = lv.energy.write;
        if (auto v = er.quantity("update", Dimension::energy, nn)) lv.energy.update = *v;
        if (auto v = er.quantity("leak", Dimension::energy, nn)) lv.energy.leak = *v;
        er.finish();
    }
    r.accept({"comment"});
    r.finish();
    return diag.errorCount() == before;
}

// Distinct dimension letters ("QK"), outer first where it is an order.
std::optional<std::vector<Dim>> readDimLetters(ObjectReader& r, std::string_view key,
                                               const Phrase& expected) {
    auto s = r.string(key);
    if (!s) return std::nullopt;
    std::array<bool, kDimCount> seen{};
    std::vector<Dim> dims;
    for (char c : *s) {
        if (c == ' ') continue;
        auto d = parseDim(c);
        if (!d || seen[static_cast<int>(*d)]) {
            r.diagnostics().error(r.pathOf(key), quotedValue(displayValue(*s)), expected);
            return std::nullopt;
        }
        seen[static_cast<int>(*d)] = true;
        dims.push_back(*d);
    }
    return dims;
}

// Exact factors of a constraint: dimensions left out stay 0 (free).
DimArray exactFactors(ObjectReader& r, std::string_view key) {
    DimArray out{};
    const Json* v = r.child(key);
    auto f = readFactors(r, key, 1);
    if (!v || !f || !v->is_object()) return out;
    for (auto it = v->begin(); it != v->end(); ++it)
        if (auto d = it.key().size() == 1 ? parseDim(it.key()[0]) : std::nullopt)
            out[static_cast<int>(*d)] = (*f)[static_cast<int>(*d)];
    return out;
}

void readConstraints(const Json& node, const std::string& path, AcceleratorArch& arch,
                     Diagnostics& diag) {
    ObjectReader r(node, path, diag);
    if (!r.valid()) return;
    if (auto s = r.string("name")) arch.constraints.name = *s;
    const Json* lv = r.child("levels", Need::required);
    r.accept({"comment", "source"});
    r.finish();
    if (!lv) return;
    std::string lp = r.pathOf("levels");
    if (!lv->is_array()) {
        diag.error(lp, displayJson(*lv), RL_TR("SpecText", "an array of per-level constraints"));
        return;
    }
    for (std::size_t i = 0; i < lv->size(); ++i) {
        std::string ip = jsonPointerChild(lp, i);
        ObjectReader cr((*lv)[i], ip, diag);
        if (!cr.valid()) continue;
        LevelConstraint c;
        if (auto s = cr.string("target", Need::required)) c.target = *s;
        c.temporal = exactFactors(cr, "temporal");
        c.spatial = exactFactors(cr, "spatial");
        const Phrase axisText =
            RL_TR("SpecText", "dimension letters (N K C P Q R S) allowed across this axis");
        for (auto [key, mask, given] : {std::tuple{"spatial_x", &c.spatialX, &c.spatialXGiven},
                                        std::tuple{"spatial_y", &c.spatialY, &c.spatialYGiven}})
            if (auto dims = readDimLetters(cr, key, axisText)) {
                for (Dim d : *dims) (*mask)[static_cast<int>(d)] = true;
                *given = true;  // "" allows nothing across the axis
            }
        if (auto dims = readDimLetters(cr, "order", loopOrderText())) c.order = *dims;
        if (auto k = readTensorList(cr, "keep")) c.keep = *k;
        if (auto b = readTensorList(cr, "bypass")) c.bypass = *b;
        cr.accept({"comment"});
        cr.finish();
        int li = arch.levelIndex(c.target);
        if (!c.target.empty() && li < 0) {
            std::string names;
            for (const auto& l : arch.levels) names += (names.empty() ? "" : ", ") + l.name;
            diag.error(jsonPointerChild(ip, "target"), quotedValue(displayValue(c.target)),
                       Phrase(RL_TR("SpecText", "a level of this architecture (%1)"),
                              {PhraseArg::verbatim(names)}));
            continue;
        }
        for (int t = 0; t < kDataSpaceCount && li >= 0; ++t) {
            const std::string tensor(toString(static_cast<DataSpace>(t)));
            if (c.keep[t] && c.bypass[t])
                diag.error(jsonPointerChild(ip, "bypass"), tensor,
                           RL_TR("SpecText", "a tensor either kept or bypassed, not both"));
            else if (c.keep[t] && !arch.levels[li].holds[t])
                diag.error(jsonPointerChild(ip, "keep"), tensor,
                           Phrase(RL_TR("SpecText", "only tensors level \"%1\" may hold"),
                                  {PhraseArg::verbatim(c.target)}));
            else if (c.bypass[t] && li == 0)
                diag.error(jsonPointerChild(ip, "bypass"), tensor,
                           RL_TR("SpecText",
                                 "no bypass at the outermost level (it is the backing store)"));
        }
        for (const auto& other : arch.constraints.levels)
            if (other.target == c.target)
                diag.error(jsonPointerChild(ip, "target"), quotedValue(displayValue(c.target)),
                           RL_TR("SpecText", "a level constrained once"));
        arch.constraints.levels.push_back(std::move(c));
    }
}

Json constraintsToJson(const MapspaceConstraints& cs) {
    Json o = Json::object();
    if (!cs.name.empty()) o["name"] = cs.name;
    Json levels = Json::array();
    auto letters = [](const std::array<bool, kDimCount>& mask) {
        std::string s;
        for (Dim d : kAllDims)
            if (mask[static_cast<int>(d)]) s += dimLetter(d);
        return s;
    };
    auto exact = [](const DimArray& f) {
        Json j = Json::object();
        for (Dim d : kAllDims)
            if (f[static_cast<int>(d)] > 0)
                j[std::string(1, dimLetter(d))] = f[static_cast<int>(d)];
        return j;
    };
    for (const auto& c : cs.levels) {
        Json j = Json::object();
        j["target"] = c.target;
        if (c.temporal != DimArray{}) j["temporal"] = exact(c.temporal);
        if (c.spatial != DimArray{}) j["spatial"] = exact(c.spatial);
        if (c.spatialXGiven) j["spatial_x"] = letters(c.spatialX);
        if (c.spatialYGiven) j["spatial_y"] = letters(c.spatialY);
        if (!c.order.empty()) {
            std::string s;
            for (Dim d : c.order) s += dimLetter(d);
            j["order"] = s;
        }
        if (c.keep != std::array<bool, kDataSpaceCount>{}) j["keep"] = tensorList(c.keep);
        if (c.bypass != std::array<bool, kDataSpaceCount>{}) j["bypass"] = tensorList(c.bypass);
        levels.push_back(j);
    }
    o["levels"] = levels;
    return o;
}

}  // namespace

namespace {
constexpr std::array<EnumName<DataSpace>, kDataSpaceCount> kDataSpaceNames{{
    {DataSpace::weights, "weights"},
    {DataSpace::inputs, "inputs"},
    {DataSpace::outputs, "outputs"},
}};
}  // namespace

std::string_view toString(DataSpace d) { return nameOf(kDataSpaceNames, d, "?"); }

std::optional<DataSpace> parseDataSpace(std::string_view s) { return valueOf(kDataSpaceNames, s); }

char dimLetter(Dim d) { return "NKCPQRS"[static_cast<int>(d)]; }

std::optional<Dim> parseDim(char c) {
    switch (c) {
        case 'N':
            return Dim::N;
        case 'K':
        case 'M':
            return Dim::K;
        case 'C':
            return Dim::C;
        case 'P':
            return Dim::P;
        case 'Q':
            return Dim::Q;
        case 'R':
            return Dim::R;
        case 'S':
            return Dim::S;
        default:
            return std::nullopt;
    }
}

int AcceleratorArch::levelIndex(std::string_view n) const {
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (levels[i].name == n) return static_cast<int>(i);
    return -1;
}

std::int64_t DataflowProblem::macs() const {
    std::int64_t m = 1;
    for (auto b : bounds) m *= b;
    return m;
}

std::shared_ptr<const AcceleratorArch> parseAcceleratorArch(const Json& node,
                                                            const std::string& path,
                                                            Diagnostics& diag) {
    int before = diag.errorCount();
    ObjectReader r(node, path, diag);
    if (!r.valid()) return nullptr;
    readFormatHeader(r, "ridgeline.accelerator");
    auto arch = std::make_shared<AcceleratorArch>();
    if (auto s = r.string("name", Need::required)) arch->name = *s;
    if (auto s = r.string("source", Need::optional, 2000)) arch->source = *s;
    if (auto s = r.string("technology")) arch->technology = *s;
    if (auto v = r.quantity("clock", Dimension::frequency, Range::positive(1e13), Need::required))
        arch->clockHz = *v;
    if (const Json* lv = r.child("levels", Need::required)) {
        std::string lp = r.pathOf("levels");
        if (!lv->is_array() || lv->empty()) {
            diag.error(
                lp, displayJson(*lv),
                RL_TR("SpecText", "a non-empty array of storage levels, outermost (DRAM) first"));
        } else {
            std::set<std::string> names;
            for (std::size_t i = 0; i < lv->size(); ++i) {
                StorageLevel level;
                std::string ip = jsonPointerChild(lp, i);
                if (!readLevel((*lv)[i], ip, diag, level)) continue;
                if (!names.insert(level.name).second)
                    diag.error(jsonPointerChild(ip, "name"), quotedValue(displayValue(level.name)),
                               RL_TR("SpecText", "a level name not used by another level"));
                arch->levels.push_back(std::move(level));
            }
        }
    }
    if (const Json* m = r.child("mac", Need::required)) {
        ObjectReader mr(*m, r.pathOf("mac"), diag);
        if (auto s = mr.string("name")) arch->mac.name = *s;
        if (auto v = mr.integer("instances", 1, 1 << 24))
            arch->mac.instances = static_cast<int>(*v);
        arch->mac.meshX = arch->mac.instances;
        if (auto v = mr.integer("mesh_x", 1, 1 << 24)) {
            arch->mac.meshX = static_cast<int>(*v);
            if (arch->mac.instances % arch->mac.meshX != 0)
                diag.error(mr.pathOf("mesh_x"), std::to_string(*v),
                           divisorOfInstances(arch->mac.instances));
        }
        if (auto v = mr.integer("word_bits", 1, 1024)) arch->mac.wordBits = static_cast<int>(*v);
        if (auto v =
                mr.quantity("energy", Dimension::energy, Range::nonNegative(1.0), Need::required))
            arch->mac.energyPerMac = *v;
        if (auto v = mr.quantity("leak", Dimension::energy, Range::nonNegative(1.0)))
            arch->mac.leak = *v;
        mr.finish();
    }
    if (auto s = r.choice("window_overlap", {"shared", "timeloop"}))
        arch->windowOverlap = *s == "timeloop" ? WindowOverlap::timeloop : WindowOverlap::shared;
    if (const Json* c = r.child("constraints"))
        readConstraints(*c, r.pathOf("constraints"), *arch, diag);
    r.accept({"comment"});
    r.finish();
    if (diag.errorCount() != before) return nullptr;
    // Instances must not shrink going inwards, and each level must divide evenly
    // among its children (fanout = children / parents, per axis).
    int prevI = 1, prevX = 1;
    std::string prevName = "(top)";
    auto checkFanout = [&](int inst, int meshX, const std::string& p, const std::string& name) {
        int meshY = inst / meshX, prevY = prevI / prevX;
        if (inst % prevI != 0 || meshX % prevX != 0 || meshY % prevY != 0) {
            diag.error(p,
                       Phrase(RL_TR("SpecText", "%1: %2x%3 instances"),
                              {PhraseArg::verbatim(name), PhraseArg::integer(meshX),
                               PhraseArg::integer(meshY)}),
                       Phrase(RL_TR("SpecText",
                                    "a mesh that is a whole multiple of the level "
                                    "above (%1: %2x%3) along X and Y"),
                              {PhraseArg::verbatim(prevName), PhraseArg::integer(prevX),
                               PhraseArg::integer(prevY)}));
        }
        prevI = inst;
        prevX = meshX;
        prevName = name;
    };
    for (std::size_t i = 0; i < arch->levels.size(); ++i)
        checkFanout(arch->levels[i].instances, arch->levels[i].meshX,
                    jsonPointerChild(jsonPointerChild(r.pathOf("levels"), i), "instances"),
                    arch->levels[i].name);
    checkFanout(arch->mac.instances, arch->mac.meshX,
                jsonPointerChild(r.pathOf("mac"), "instances"), arch->mac.name);
    if (diag.errorCount() != before) return nullptr;
    return arch;
}

std::optional<DataflowProblem> parseProblem(const Json& node, const std::string& path,
                                            Diagnostics& diag) {
    int before = diag.errorCount();
    ObjectReader r(node, path, diag);
    if (!r.valid()) return std::nullopt;
    readFormatHeader(r, "ridgeline.problem");
    DataflowProblem p;
    if (auto s = r.string("name")) p.name = *s;
    if (auto s = r.choice("kind", {"conv", "depthwise", "gemm", "batched_matmul"})) {
        p.kind = (*s == "depthwise") ? "depthwise" : "conv";
        if (*s == "batched_matmul") p.weightsPerBatch = true;
    }
    if (auto f = readFactors(r, "dims", 1)) p.bounds = *f;
    if (!r.has("dims"))
        diag.error(
            r.pathOf("dims"), "",
            RL_TR("SpecText", "the required key \"dims\" (e.g. {\"K\": 32, \"R\": 3, \"P\": 16})"));
    if (auto v = r.integer("stride_p", 1, 1024)) p.strideP = static_cast<int>(*v);
    if (auto v = r.integer("stride_q", 1, 1024)) p.strideQ = static_cast<int>(*v);
    if (auto v = r.integer("dilation_r", 1, 1024)) p.dilationR = static_cast<int>(*v);
    if (auto v = r.integer("dilation_s", 1, 1024)) p.dilationS = static_cast<int>(*v);
    if (auto v = r.boolean("weights_per_batch")) p.weightsPerBatch = *v;
    if (auto v = r.integer("word_bits", 1, 1024)) p.wordBits = static_cast<int>(*v);
    r.accept({"comment", "source"});
    r.finish();
    {
        // Keep every count the model derives within 64-bit integers.
        double macs = 1;
        for (auto b : p.bounds) macs *= static_cast<double>(b);
        if (macs > 1e17)
            diag.error(r.pathOf("dims"),
                       Phrase(RL_TR("SpecText", "%1 MACs"),
                              {PhraseArg::quantity(macs, Dimension::flops, 4)}),
                       RL_TR("SpecText", "a problem of at most 1e17 multiply-accumulates"));
    }
    if (p.kind == "depthwise" && p.bound(Dim::K) != 1)
        diag.error(jsonPointerChild(r.pathOf("dims"), "K"), std::to_string(p.bound(Dim::K)),
                   RL_TR("SpecText", "K = 1 for a depthwise problem (channels are C)"));
    if (diag.errorCount() != before) return std::nullopt;
    return p;
}

std::optional<Mapping> parseMapping(const Json& node, const std::string& path, Diagnostics& diag) {
    int before = diag.errorCount();
    ObjectReader r(node, path, diag);
    if (!r.valid()) return std::nullopt;
    readFormatHeader(r, "ridgeline.mapping");
    Mapping m;
    if (auto s = r.string("name")) m.name = *s;
    if (const Json* lv = r.child("levels", Need::required)) {
        std::string lp = r.pathOf("levels");
        if (!lv->is_array()) {
            diag.error(lp, displayJson(*lv), RL_TR("SpecText", "an array of per-level mappings"));
        } else {
            for (std::size_t i = 0; i < lv->size(); ++i) {
                std::string ip = jsonPointerChild(lp, i);
                ObjectReader lr((*lv)[i], ip, diag);
                if (!lr.valid()) continue;
                LevelMapping l;
                if (auto s = lr.string("target", Need::required)) l.target = *s;
                if (auto f = readFactors(lr, "temporal", 1)) l.temporal = *f;
                if (auto s = lr.string("order")) {
                    // Outer loop first; dimensions left out go innermost in N K C P Q R S order.
                    std::array<bool, kDimCount> seen{};
                    std::vector<Dim> order;
                    bool ok = true;
                    for (char c : *s) {
                        if (c == ' ') continue;
                        auto d = parseDim(c);
                        if (!d || seen[static_cast<int>(*d)]) {
                            diag.error(lr.pathOf("order"), quotedValue(displayValue(*s)),
                                       loopOrderText());
                            ok = false;
                            break;
                        }
                        seen[static_cast<int>(*d)] = true;
                        order.push_back(*d);
                    }
                    if (ok) {
                        for (Dim d : kAllDims)
                            if (!seen[static_cast<int>(d)]) order.push_back(d);
                        std::copy(order.begin(), order.end(), l.order.begin());
                    }
                }
                if (const Json* sp = lr.child("spatial")) {
                    ObjectReader sr(*sp, lr.pathOf("spatial"), diag);
                    if (sr.valid()) {
                        if (auto f = readFactors(sr, "X", 1)) l.spatialX = *f;
                        if (auto f = readFactors(sr, "Y", 1)) l.spatialY = *f;
                        sr.finish();
                    }
                }
                if (lr.has("keep") && lr.has("bypass"))
                    diag.error(lr.pathOf("bypass"), "",
                               RL_TR("SpecText", "either \"keep\" or \"bypass\", not both"));
                if (auto k = readTensorList(lr, "keep")) {
                    l.keep = *k;
                    l.keepGiven = true;
                }
                if (auto b = readTensorList(lr, "bypass")) {
                    for (int t = 0; t < kDataSpaceCount; ++t) l.keep[t] = !(*b)[t];
                    l.keepGiven = true;
                }
                lr.accept({"comment"});
                lr.finish();
                for (const auto& other : m.levels)
                    if (other.target == l.target)
                        diag.error(jsonPointerChild(ip, "target"),
                                   quotedValue(displayValue(l.target)),
                                   RL_TR("SpecText", "a level not mapped twice"));
                m.levels.push_back(l);
            }
        }
    }
    r.accept({"comment", "source"});
    r.finish();
    if (diag.errorCount() != before) return std::nullopt;
    return m;
}

Json acceleratorBodyToJson(const AcceleratorArch& a) {
    Json o = Json::object();
    o["name"] = a.name;
    if (!a.source.empty()) o["source"] = a.source;
    if (!a.technology.empty()) o["technology"] = a.technology;
    o["clock"] = formatQuantity(a.clockHz, Dimension::frequency, 10);
    Json levels = Json::array();
    for (const auto& l : a.levels) {
        Json j = Json::object();
        j["name"] = l.name;
        j["kind"] = l.kind;
        if (l.capacityWords > 0) j["capacity_words"] = l.capacityWords;
        j["word_bits"] = l.wordBits;
        j["block_size"] = l.blockSize;
        if (l.readBandwidth > 0) j["read_bandwidth"] = l.readBandwidth;
        if (l.writeBandwidth > 0) j["write_bandwidth"] = l.writeBandwidth;
        j["instances"] = l.instances;
        j["mesh_x"] = l.meshX;
        j["holds"] = tensorList(l.holds);
        Json e = Json::object();
        e["read"] = energyText(l.energy.read);
        e["write"] = energyText(l.energy.write);
        e["update"] = energyText(l.energy.update);
        e["leak"] = energyText(l.energy.leak);
        j["energy"] = e;
        levels.push_back(j);
    }
    o["levels"] = levels;
    Json mac = Json::object();
    mac["name"] = a.mac.name;
    mac["instances"] = a.mac.instances;
    mac["mesh_x"] = a.mac.meshX;
    mac["word_bits"] = a.mac.wordBits;
    mac["energy"] = energyText(a.mac.energyPerMac);
    mac["leak"] = energyText(a.mac.leak);
    o["mac"] = mac;
    if (a.windowOverlap == WindowOverlap::timeloop) o["window_overlap"] = "timeloop";
    if (!a.constraints.empty()) o["constraints"] = constraintsToJson(a.constraints);
    return o;
}

Json toJson(const AcceleratorArch& a) {
    Json o = Json::object();
    o["format"] = "ridgeline.accelerator";
    o["version"] = 1;
    Json body = acceleratorBodyToJson(a);
    o.update(body);
    return o;
}

Json toJson(const DataflowProblem& p) {
    Json o = Json::object();
    o["format"] = "ridgeline.problem";
    o["version"] = 1;
    if (!p.name.empty()) o["name"] = p.name;
    o["kind"] = p.kind;
    o["dims"] = factorsToJson(p.bounds, false);
    if (p.strideP != 1) o["stride_p"] = p.strideP;
    if (p.strideQ != 1) o["stride_q"] = p.strideQ;
    if (p.dilationR != 1) o["dilation_r"] = p.dilationR;
    if (p.dilationS != 1) o["dilation_s"] = p.dilationS;
    if (p.weightsPerBatch) o["weights_per_batch"] = true;
    o["word_bits"] = p.wordBits;
    return o;
}

Json toJson(const Mapping& m) {
    Json o = Json::object();
    o["format"] = "ridgeline.mapping";
    o["version"] = 1;
    if (!m.name.empty()) o["name"] = m.name;
    Json levels = Json::array();
    for (const auto& l : m.levels) {
        Json j = Json::object();
        j["target"] = l.target;
        j["temporal"] = factorsToJson(l.temporal, true);
        std::string order;
        for (Dim d : l.order) order += dimLetter(d);
        j["order"] = order;
        Json sp = Json::object();
        if (l.spatialX != kOnes) sp["X"] = factorsToJson(l.spatialX, true);
        if (l.spatialY != kOnes) sp["Y"] = factorsToJson(l.spatialY, true);
        if (!sp.empty()) j["spatial"] = sp;
        if (l.keepGiven) j["keep"] = tensorList(l.keep);
        levels.push_back(j);
    }
    o["levels"] = levels;
    return o;
}

}  // namespace rl
