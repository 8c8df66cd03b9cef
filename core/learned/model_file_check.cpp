#include "core/learned/model_file_check.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/spec/json_reader.h"
#include "core/spec/spec_phrases.h"

namespace rl {
namespace {

constexpr std::int64_t kRootParent = 2147483647;  // XGBoost's "no parent"

using A = PhraseArg;

// %g, as num() writes it.
PhraseArg numArg(double v) { return A::number(v, 6); }
PhraseArg sizeArg(std::size_t n) { return A::integer(static_cast<std::int64_t>(n)); }

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// XGBoost writes its integer and float parameters as strings ("12", "5E-1").
std::optional<std::int64_t> stringInteger(ObjectReader& r, std::string_view key, std::int64_t min,
                                          std::int64_t max) {
    auto s = r.string(key, Need::required, 32);
    if (!s) return std::nullopt;
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
    if (ec != std::errc() || p != s->data() + s->size() || v < min || v > max) {
        r.diagnostics().error(
            r.pathOf(key), quotedValue(displayValue(*s)),
            Phrase(RL_TR("SpecText", "an integer from %1 to %2, written as a string"),
                   {A::integer(min), A::integer(max)}));
        return std::nullopt;
    }
    return v;
}

std::optional<double> stringNumber(ObjectReader& r, std::string_view key, double absMax) {
    auto s = r.string(key, Need::required, 64);
    if (!s) return std::nullopt;
    double v = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
    if (ec != std::errc() || p != s->data() + s->size() || !std::isfinite(v) ||
        std::fabs(v) > absMax) {
        r.diagnostics().error(
            r.pathOf(key), quotedValue(displayValue(*s)),
            Phrase(
                RL_TR("SpecText", "a finite number of magnitude at most %1, written as a string"),
                {numArg(absMax)}));
        return std::nullopt;
    }
    return v;
}

// An array of exactly `size` numbers (any size if size is npos), each finite
// and within [min, max]; integers only when `integral`.
std::optional<std::vector<double>> numberArray(ObjectReader& r, std::string_view key,
                                               std::size_t size, double min, double max,
                                               bool integral) {
    const nlohmann::json* v = r.child(key, Need::required);
    if (!v) return std::nullopt;
    Diagnostics& diag = r.diagnostics();
    const std::string path = r.pathOf(key);
    if (!v->is_array()) {
        diag.error(path, displayJson(*v), RL_TR("SpecText", "an array of numbers"));
        return std::nullopt;
    }
    if (size != std::string::npos && v->size() != size) {
        diag.error(path, Phrase(RL_TR("SpecText", "%1 elements"), {sizeArg(v->size())}),
                   Phrase(RL_TR("SpecText", "%1 elements (one per node)"), {sizeArg(size)}));
        return std::nullopt;
    }
    std::vector<double> out;
    out.reserve(v->size());
    const Phrase want(integral ? RL_TR("SpecText", "an integer from %1 to %2")
                               : RL_TR("SpecText", "a finite number from %1 to %2"),
                      {numArg(min), numArg(max)});
    for (std::size_t i = 0; i < v->size(); ++i) {
        const auto& e = (*v)[i];
        const double d = e.is_number() ? e.get<double>() : std::nan("");
        if (!std::isfinite(d) || d < min || d > max || (integral && d != std::floor(d))) {
            diag.error(jsonPointerChild(path, i), displayJson(e), want);
            return std::nullopt;
        }
        out.push_back(d);
    }
    return out;
}

void requireString(ObjectReader& r, std::string_view key, std::string_view value) {
    if (auto s = r.string(key, Need::required, 64); s && *s != value)
        r.diagnostics().error(r.pathOf(key), quotedValue(displayValue(*s)),
                              quotedValue(std::string(value)));
}

void requireEmptyArray(ObjectReader& r, std::string_view key) {
    const nlohmann::json* v = r.child(key, Need::required);
    if (v && !(v->is_array() && v->empty()))
        r.diagnostics().error(
            r.pathOf(key), displayJson(*v),
            RL_TR("SpecText", "an empty array (categorical splits are not used)"));
}

// Optional array of names: empty, or one string per feature.
void namesArray(ObjectReader& r, std::string_view key, std::size_t features) {
    const nlohmann::json* v = r.child(key);
    if (!v) return;
    bool good = v->is_array() && (v->empty() || v->size() == features);
    if (good)
        for (const auto& e : *v)
            good = good && e.is_string() && e.get_ref<const std::string&>().size() <= 256;
    if (!good)
        r.diagnostics().error(
            r.pathOf(key), displayJson(*v),
            Phrase(RL_TR("SpecText", "an empty array or %1 short strings"), {sizeArg(features)}));
}

// Shape of one tree: children numbered after their parent, every node below
// the root with exactly one parent (so the nodes form one tree, no cycles),
// leaves with both children -1, depth at most kMaxTreeDepth.
void checkTreeShape(const std::vector<double>& left, const std::vector<double>& right,
                    const std::vector<double>& parents, const std::string& path,
                    Diagnostics& diag) {
    const std::size_t n = left.size();
    std::vector<int> parentCount(n, 0), depth(n, 0);
    if (parents[0] != static_cast<double>(kRootParent)) {
        diag.error(
            path + "/parents/0", num(parents[0]),
            Phrase(RL_TR("SpecText", "%1 (the root has no parent)"), {A::integer(kRootParent)}));
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double l = left[i], r = right[i];
        if (l == -1 && r == -1) continue;  // a leaf
        const std::string at = "/" + std::to_string(i);
        for (auto [child, name] :
             {std::pair{l, "/left_children"}, std::pair{r, "/right_children"}}) {
            if (!(child > static_cast<double>(i) && child < static_cast<double>(n))) {
                diag.error(path + name + at, num(child),
                           Phrase(RL_TR("SpecText",
                                        "-1 (a leaf) or a node index from %1 to %2 "
                                        "(children are numbered after their parent)"),
                                  {sizeArg(i + 1), sizeArg(n - 1)}));
                return;
            }
        }
        if (l == r) {
            diag.error(path + "/right_children" + at, num(r),
                       RL_TR("SpecText", "a child other than the left one"));
            return;
        }
        for (double child : {l, r}) {
            const auto c = static_cast<std::size_t>(child);
            if (++parentCount[c] > 1) {
                diag.error(path + "/left_children",
                           Phrase(RL_TR("SpecText", "node %1 twice"), {sizeArg(c)}),
                           RL_TR("SpecText", "each node the child of one parent only"));
                return;
            }
            if (parents[c] != static_cast<double>(i)) {
                diag.error(
                    path + "/parents/" + std::to_string(c), num(parents[c]),
                    Phrase(RL_TR("SpecText", "%1 (the node whose child it is)"), {sizeArg(i)}));
                return;
            }
            depth[c] = depth[i] + 1;
            if (depth[c] > kMaxTreeDepth) {
                diag.error(
                    path,
                    Phrase(RL_TR("SpecText", "a tree deeper than %1"), {A::integer(kMaxTreeDepth)}),
                    Phrase(RL_TR("SpecText", "trees at most %1 levels deep"),
                           {A::integer(kMaxTreeDepth)}));
                return;
            }
        }
    }
    for (std::size_t i = 1; i < n; ++i)
        if (parentCount[i] != 1) {
            diag.error(path + "/parents/" + std::to_string(i), num(parents[i]),
                       Phrase(RL_TR("SpecText",
                                    "every node below the root reachable from it "
                                    "(node %1 is nobody's child)"),
                              {sizeArg(i)}));
            return;
        }
}

void checkTree(const nlohmann::json& tree, const std::string& path, std::size_t index,
               std::size_t features, Diagnostics& diag) {
    ObjectReader r(tree, path, diag);
    if (!r.valid()) return;
    const int before = diag.errorCount();
    if (auto id = r.integer("id", 0, static_cast<std::int64_t>(kMaxTreesPerMember));
        id && *id != static_cast<std::int64_t>(index))
        diag.error(r.pathOf("id"), std::to_string(*id),
                   Phrase(RL_TR("SpecText", "%1 (its position)"), {sizeArg(index)}));
    std::optional<std::int64_t> nodes;
    if (const nlohmann::json* p = r.child("tree_param", Need::required)) {
        ObjectReader tp(*p, r.pathOf("tree_param"), diag);
        if (tp.valid()) {
            stringInteger(tp, "num_deleted", 0, 0);
            if (auto f = stringInteger(tp, "num_feature", 0, 1 << 24);
                f && *f != static_cast<std::int64_t>(features))
                diag.error(tp.pathOf("num_feature"), quotedValue(std::to_string(*f)),
                           Phrase(RL_TR("SpecText", "\"%1\" (the model's feature count)"),
                                  {sizeArg(features)}));
            nodes = stringInteger(tp, "num_nodes", 1, static_cast<std::int64_t>(kMaxNodesPerTree));
            stringInteger(tp, "size_leaf_vector", 0, 0);
            tp.finish();
        }
    }
    if (!nodes) {
        r.finish();
        return;
    }
    const auto n = static_cast<std::size_t>(*nodes);
    const double maxNode = static_cast<double>(n) - 1;
    auto left = numberArray(r, "left_children", n, -1, maxNode, true);
    auto right = numberArray(r, "right_children", n, -1, maxNode, true);
    auto parents = numberArray(r, "parents", n, 0, static_cast<double>(kRootParent), true);
    auto split = numberArray(r, "split_indices", n, 0, static_cast<double>(features) - 1, true);
    // Thresholds compare with features (FLOPs reach 1e18) and leaves hold log10 steps.
    auto cond = numberArray(r, "split_conditions", n, -3.4e38, 3.4e38, false);
    numberArray(r, "split_type", n, 0, 0, true);
    numberArray(r, "default_left", n, 0, 1, true);
    numberArray(r, "base_weights", n, -3.4e38, 3.4e38, false);
    numberArray(r, "loss_changes", n, -3.4e38, 3.4e38, false);
    numberArray(r, "sum_hessian", n, -3.4e38, 3.4e38, false);
    for (const char* key :
         {"categories", "categories_nodes", "categories_segments", "categories_sizes"})
        requireEmptyArray(r, key);
    r.finish();
    if (diag.errorCount() != before || !left || !right || !parents || !split || !cond) return;
    checkTreeShape(*left, *right, *parents, path, diag);
    // A leaf adds its value to a log10 time: beyond +-100 it is no model of time.
    for (std::size_t i = 0; i < n; ++i)
        if ((*left)[i] == -1 && std::fabs((*cond)[i]) > 100) {
            diag.error(path + "/split_conditions/" + std::to_string(i), num((*cond)[i]),
                       RL_TR("SpecText", "a leaf value from -100 to 100 (a log10 step)"));
            return;
        }
}

}  // namespace

void checkXgboostMember(const nlohmann::json& member, const std::string& path, std::size_t features,
                        Diagnostics& diag) {
    ObjectReader top(member, path, diag);
    if (!top.valid()) return;
    numberArray(top, "version", 3, 0, 1000, true);
    const nlohmann::json* learner = top.child("learner", Need::required);
    top.finish();
    if (!learner) return;
    ObjectReader l(*learner, top.pathOf("learner"), diag);
    if (!l.valid()) return;
    if (const nlohmann::json* a = l.child("attributes"); a && !a->is_object())
        diag.error(l.pathOf("attributes"), displayJson(*a), RL_TR("SpecText", "an object"));
    namesArray(l, "feature_names", features);
    namesArray(l, "feature_types", features);
    if (const nlohmann::json* p = l.child("learner_model_param", Need::required)) {
        ObjectReader mp(*p, l.pathOf("learner_model_param"), diag);
        if (mp.valid()) {
            stringNumber(mp, "base_score", 100);
            if (mp.has("boost_from_average")) stringInteger(mp, "boost_from_average", 0, 1);
            stringInteger(mp, "num_class", 0, 0);
            if (auto f = stringInteger(mp, "num_feature", 1, 1 << 24);
                f && *f != static_cast<std::int64_t>(features))
                diag.error(mp.pathOf("num_feature"), quotedValue(std::to_string(*f)),
                           Phrase(RL_TR("SpecText", "\"%1\" (one per name in /features)"),
                                  {sizeArg(features)}));
            if (mp.has("num_target")) stringInteger(mp, "num_target", 1, 1);
            mp.finish();
        }
    }
    if (const nlohmann::json* o = l.child("objective", Need::required)) {
        ObjectReader obj(*o, l.pathOf("objective"), diag);
        if (obj.valid()) {
            requireString(obj, "name", "reg:squarederror");
            if (const nlohmann::json* rp = obj.child("reg_loss_param")) {
                ObjectReader loss(*rp, obj.pathOf("reg_loss_param"), diag);
                if (loss.valid()) stringNumber(loss, "scale_pos_weight", 1e6);
                loss.finish();
            }
            obj.finish();
        }
    }
    const nlohmann::json* gb = l.child("gradient_booster", Need::required);
    l.finish();
    if (!gb) return;
    ObjectReader g(*gb, l.pathOf("gradient_booster"), diag);
    if (!g.valid()) return;
    requireString(g, "name", "gbtree");
    const nlohmann::json* model = g.child("model", Need::required);
    g.finish();
    if (!model) return;
    ObjectReader m(*model, g.pathOf("model"), diag);
    if (!m.valid()) return;
    const nlohmann::json* trees = m.child("trees", Need::required);
    const std::string treesPath = m.pathOf("trees");
    if (trees && (!trees->is_array() || trees->empty() || trees->size() > kMaxTreesPerMember)) {
        diag.error(
            treesPath,
            trees->is_array() ? Phrase(RL_TR("SpecText", "%1 trees"), {sizeArg(trees->size())})
                              : Phrase(displayJson(*trees)),
            Phrase(RL_TR("SpecText", "an array of 1 to %1 trees"), {sizeArg(kMaxTreesPerMember)}));
        trees = nullptr;
    }
    const std::size_t count = trees ? trees->size() : 0;
    if (const nlohmann::json* p = m.child("gbtree_model_param", Need::required)) {
        ObjectReader mp(*p, m.pathOf("gbtree_model_param"), diag);
        if (mp.valid()) {
            stringInteger(mp, "num_parallel_tree", 1, 1);
            // XGBoost reads num_trees trees without looking at the array: it must match.
            if (auto t = stringInteger(mp, "num_trees", 1,
                                       static_cast<std::int64_t>(kMaxTreesPerMember));
                t && trees && static_cast<std::size_t>(*t) != count)
                diag.error(
                    mp.pathOf("num_trees"), quotedValue(std::to_string(*t)),
                    Phrase(RL_TR("SpecText", "\"%1\" (the number of trees in %2)"),
                           {A::integer(static_cast<std::int64_t>(count)), A::verbatim(treesPath)}));
            if (mp.has("size_leaf_vector")) stringInteger(mp, "size_leaf_vector", 0, 0);
            mp.finish();
        }
    }
    if (trees)
        numberArray(m, "tree_info", count, 0, 0, true);
    else
        m.accept({"tree_info"});  // cannot be checked without the trees
    m.finish();
    if (!trees) return;
    for (std::size_t i = 0; i < count && !diag.hasErrors(); ++i)
        checkTree((*trees)[i], jsonPointerChild(treesPath, i), i, features, diag);
}

void checkMlpMember(const nlohmann::json& member, const std::string& path, std::size_t features,
                    Diagnostics& diag) {
    ObjectReader r(member, path, diag);
    if (!r.valid()) return;
    numberArray(r, "input_mean", features, -3.4e38, 3.4e38, false);
    numberArray(r, "input_scale", features, 1e-300, 3.4e38, false);
    r.number("target_mean", Range{-100, 100}, Need::required);
    r.number("target_scale", Range::positive(100), Need::required);
    const nlohmann::json* layers = r.child("layers", Need::required);
    r.finish();
    if (!layers) return;
    const std::string lp = r.pathOf("layers");
    if (!layers->is_array() || layers->empty() || layers->size() > 64) {
        diag.error(lp, displayJson(*layers), RL_TR("SpecText", "an array of 1 to 64 layers"));
        return;
    }
    std::size_t in = features;
    for (std::size_t k = 0; k < layers->size(); ++k) {
        ObjectReader layer((*layers)[k], jsonPointerChild(lp, k), diag);
        if (!layer.valid()) return;
        const nlohmann::json* w = layer.child("weights", Need::required);
        auto bias = numberArray(layer, "bias", std::string::npos, -1e6, 1e6, false);
        layer.finish();
        if (!w || !bias || bias->empty() || bias->size() > 100'000) {
            if (bias && (bias->empty() || bias->size() > 100'000))
                diag.error(layer.pathOf("bias"),
                           Phrase(RL_TR("SpecText", "%1 values"), {sizeArg(bias->size())}),
                           RL_TR("SpecText", "1 to 100000 values"));
            return;
        }
        const std::string wp = layer.pathOf("weights");
        if (!w->is_array() || w->size() != bias->size()) {
            diag.error(
                wp,
                w->is_array() ? Phrase(RL_TR("SpecText", "%1 rows"), {sizeArg(w->size())})
                              : Phrase(displayJson(*w)),
                Phrase(RL_TR("SpecText", "%1 rows (one per bias)"), {sizeArg(bias->size())}));
            return;
        }
        for (std::size_t row = 0; row < w->size(); ++row) {
            const auto& e = (*w)[row];
            bool good = e.is_array() && e.size() == in;
            for (std::size_t c = 0; good && c < e.size(); ++c)
                good = e[c].is_number() && std::isfinite(e[c].get<double>()) &&
                       std::fabs(e[c].get<double>()) <= 1e6;
            if (!good) {
                diag.error(jsonPointerChild(wp, row), displayJson(e),
                           Phrase(RL_TR("SpecText", "%1 finite weights of magnitude at most 1e6"),
                                  {sizeArg(in)}));
                return;
            }
        }
        in = bias->size();
    }
    if (in != 1)
        diag.error(lp, Phrase(RL_TR("SpecText", "%1 outputs"), {sizeArg(in)}),
                   RL_TR("SpecText", "a last layer with one output"));
}

void checkCalibrations(const nlohmann::json& calibrations, Diagnostics& diag) {
    if (!calibrations.is_object()) {
        diag.error("/calibrations", displayJson(calibrations), RL_TR("SpecText", "an object"));
        return;
    }
    for (auto it = calibrations.begin(); it != calibrations.end(); ++it) {
        ObjectReader c(it.value(), jsonPointerChild("/calibrations", it.key()), diag);
        if (!c.valid()) continue;
        c.choice("method", {"offset", "retrain"}, Need::required);
        const Range sane{-kMaxCalibrationLog10, kMaxCalibrationLog10};
        c.number("offset_log10", sane, Need::required);
        c.number("slope_log10", sane, Need::required);
        c.integer("samples", 0, 1'000'000'000, Need::required);
        c.integer("weight", 0, 1'000'000);
        c.finish();
    }
}

void checkEnvelopeNumbers(const nlohmann::json& doc, Diagnostics& diag) {
    // Walks a section; every number must be finite (nlohmann keeps 1e308 and
    // its products overflow later).
    auto walk = [&](auto&& self, const nlohmann::json& v, const std::string& path) -> void {
        if (v.is_number_float() && !(std::fabs(v.get<double>()) <= 1e30)) {
            diag.error(path, displayJson(v),
                       RL_TR("SpecText", "a finite number of magnitude at most 1e30"));
        } else if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                self(self, it.value(), jsonPointerChild(path, it.key()));
        } else if (v.is_array()) {
            for (std::size_t i = 0; i < v.size(); ++i) self(self, v[i], jsonPointerChild(path, i));
        }
    };
    for (const char* key : {"parameters", "training", "transfer", "metrics"})
        if (auto it = doc.find(key); it != doc.end()) walk(walk, *it, std::string("/") + key);
}

}  // namespace rl
