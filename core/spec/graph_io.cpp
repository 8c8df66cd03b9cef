#include "core/spec/graph_io.h"

#include <set>

#include "core/spec/spec_document.h"
#include "core/spec/spec_limits.h"
#include "core/spec/spec_phrases.h"

namespace rl {

namespace {

// Kinds that take the same dims, each shape stated once (as in
// docs/formats.md), in the order the kinds are listed there. `help` stands
// alone in a lowering error; `sentence` is the reader's expectation with the
// kind as %1, written whole so a translator sees it so.
struct DimsShape {
    std::vector<const char*> kinds;
    std::size_t minDims, maxDims;
    const char* help;
    const char* sentence;
};

const std::vector<DimsShape>& dimsShapes() {
    // clang-format off
    static const std::vector<DimsShape> kShapes = {
        {{"gemm"}, 3, 4, RL_TR("SpecText", "[m, n, k] or [batch, m, n, k]"),
         RL_TR("SpecText", "for \"%1\": [m, n, k] or [batch, m, n, k]")},
        {{"batched_matmul"}, 4, 4, RL_TR("SpecText", "[batch, m, n, k]"),
         RL_TR("SpecText", "for \"%1\": [batch, m, n, k]")},
        {{"conv2d"}, 6, 9,
         RL_TR("SpecText", "[batch, in_channels, out_channels, height, width, kernel, "
                           "stride?, padding?, groups?]"),
         RL_TR("SpecText", "for \"%1\": [batch, in_channels, out_channels, height, width, "
                           "kernel, stride?, padding?, groups?]")},
        {{"pool"}, 5, 6, RL_TR("SpecText", "[batch, channels, height, width, kernel, stride?]"),
         RL_TR("SpecText", "for \"%1\": [batch, channels, height, width, kernel, stride?]")},
        {{"attention", "attention_scores", "attention_values"}, 6, 6,
         RL_TR("SpecText", "[batch, heads, kv_heads, head_dim, query_len, kv_len]"),
         RL_TR("SpecText", "for \"%1\": [batch, heads, kv_heads, head_dim, query_len, kv_len]")},
        // The second number is what the cost reads: tensors of that size
        // read per output element (a residual add reads 2), as the
        // learned CSV's "inputs" column.
        {{"softmax", "norm", "activation", "elementwise"}, 1, 2,
         RL_TR("SpecText", "[elements] or [elements, inputs]"),
         RL_TR("SpecText", "for \"%1\": [elements] or [elements, inputs]")},
        // A gather reads the table rows it writes: one number, rows x width.
        {{"embedding"}, 1, 1, RL_TR("SpecText", "[elements]"),
         RL_TR("SpecText", "for \"%1\": [elements]")},
        {{"moe_router"}, 3, 3, RL_TR("SpecText", "[tokens, hidden, experts]"),
         RL_TR("SpecText", "for \"%1\": [tokens, hidden, experts]")},
        {{"collective"}, 2, 2, RL_TR("SpecText", "[bytes, ranks]"),
         RL_TR("SpecText", "for \"%1\": [bytes, ranks]")},
        // A pair, as in the learned CSV: ranks may be left out (2).
        {{"send_recv"}, 1, 2, RL_TR("SpecText", "[bytes] or [bytes, ranks]"),
         RL_TR("SpecText", "for \"%1\": [bytes] or [bytes, ranks]")},
    };
    // clang-format on
    return kShapes;
}

// The reader's expectation for `kind`'s dims ("for "gemm": [m, n, k] or ...").
Phrase dimsExpectation(const std::string& kind) {
    for (const DimsShape& shape : dimsShapes())
        for (const char* k : shape.kinds)
            if (kind == k) return Phrase(shape.sentence, {PhraseArg::verbatim(kind)});
    return {};
}

}  // namespace

const std::vector<GraphKindInfo>& graphOpKinds() {
    static const std::vector<GraphKindInfo> kKinds = [] {
        std::vector<GraphKindInfo> kinds;
        for (const DimsShape& shape : dimsShapes())
            for (const char* kind : shape.kinds)
                kinds.push_back({kind, shape.minDims, shape.maxDims, shape.help});
        return kinds;
    }();
    return kKinds;
}

namespace {

// The kind names in table order: the choices of an op's "kind".
const std::vector<std::string_view>& graphOpKindNames() {
    static const std::vector<std::string_view> kNames = [] {
        std::vector<std::string_view> names;
        for (const GraphKindInfo& k : graphOpKinds()) names.emplace_back(k.kind);
        return names;
    }();
    return kNames;
}

}  // namespace

std::optional<std::vector<GraphOpSpec>> parseGraphSpec(const Json& node, const std::string& path,
                                                       Diagnostics& diag) {
    ObjectReader top(node, path, diag);
    if (!top.valid()) return std::nullopt;
    int before = diag.errorCount();
    std::vector<GraphOpSpec> ops;
    const Json* list = top.child("ops", Need::required);
    const std::string opsPath = top.pathOf("ops");
    top.finish();
    if (!list) return std::nullopt;
    if (!list->is_array() || list->empty()) {
        diag.error(opsPath, displayJson(*list),
                   RL_TR("SpecText", "a non-empty array of operators"));
        return std::nullopt;
    }
    if (list->size() > static_cast<std::size_t>(limits::kMaxGraphOps)) {
        diag.error(
            opsPath,
            Phrase(RL_TR("SpecText", "%1 operators"), {PhraseArg::integer(std::ssize(*list))}),
            Phrase(RL_TR("SpecText", "at most %1 operators"),
                   {PhraseArg::integer(limits::kMaxGraphOps)}));
        return std::nullopt;
    }
    std::set<std::string> names;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string p = jsonPointerChild(opsPath, i);
        ObjectReader r((*list)[i], p, diag);
        if (!r.valid()) continue;
        GraphOpSpec op;
        if (auto v = readName(r, "name")) op.name = *v;
        const GraphKindInfo* info = nullptr;
        if (auto v = r.choice("kind", graphOpKindNames(), Need::required)) {
            op.kind = *v;
            for (const auto& k : graphOpKinds())
                if (k.kind == op.kind) info = &k;
        }
        if (const Json* dims = r.child("dims", Need::required)) {
            const std::string dp = r.pathOf("dims");
            if (!dims->is_array()) {
                diag.error(dp, displayJson(*dims),
                           RL_TR("SpecText", "an array of positive integers"));
            } else if (info && (dims->size() < info->minDims || dims->size() > info->maxDims)) {
                diag.error(dp, displayJson(*dims), dimsExpectation(op.kind));
            } else {
                for (std::size_t d = 0; d < dims->size() && d < 16; ++d) {
                    const Json& x = (*dims)[d];
                    bool ok = x.is_number_integer();
                    std::int64_t value = 0;
                    if (ok && x.is_number_unsigned()) {
                        auto u = x.get<std::uint64_t>();
                        ok = u <= static_cast<std::uint64_t>(limits::kMaxGraphDim);
                        value = static_cast<std::int64_t>(u);
                    } else if (ok) {
                        value = x.get<std::int64_t>();
                    }
                    if (!ok || value < 1 || value > limits::kMaxGraphDim) {
                        diag.error(jsonPointerChild(dp, d), displayJson(x),
                                   Phrase(RL_TR("SpecText", "an integer from %1 to %2"),
                                          {PhraseArg::integer(1),
                                           PhraseArg::integer(limits::kMaxGraphDim)}));
                        continue;
                    }
                    op.dims.push_back(value);
                }
            }
        }
        if (auto v = readStringList(r, "inputs", 64)) {
            for (std::size_t k = 0; k < v->size(); ++k)
                if (!names.count((*v)[k]))
                    diag.error(jsonPointerChild(r.pathOf("inputs"), k),
                               quotedValue(displayValue((*v)[k])),
                               RL_TR("SpecText", "the name of an earlier operator in \"ops\""));
            op.inputs = *v;
        }
        if (auto v = r.integer("repeat", 1, limits::kMaxGraphRepeat))
            op.repeat = static_cast<int>(*v);
        r.finish();
        if (!op.name.empty() && !names.insert(op.name).second)
            diag.error(r.pathOf("name"), quotedValue(displayValue(op.name)),
                       RL_TR("SpecText", "a name not used by another operator"));
        ops.push_back(std::move(op));
    }
    if (diag.errorCount() > before) return std::nullopt;
    return ops;
}

Json graphSpecToJson(const std::vector<GraphOpSpec>& ops) {
    Json list = Json::array();
    for (const auto& op : ops) {
        Json j = Json::object();
        j["name"] = op.name;
        j["kind"] = op.kind;
        j["dims"] = op.dims;
        if (!op.inputs.empty()) j["inputs"] = op.inputs;
        if (op.repeat != 1) j["repeat"] = op.repeat;
        list.push_back(j);
    }
    return Json{{"ops", list}};
}

}  // namespace rl
