#include "core/learned/dataset.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "core/learned/csv.h"
#include "core/result/csv_writer.h"
#include "core/spec/atomic_save.h"
#include "core/spec/diagnostics.h"
#include "core/spec/enum_names.h"
#include "core/spec/input_file.h"
#include "core/workload/embedding_op.h"
#include "core/workload/op_family.h"
#include "core/workload/operator_names.h"

namespace rl {

std::string ImportIssue::text() const { return file + ":" + std::to_string(line) + ": " + message; }

std::string opLabel(const Sample& s) {
    return s.op.name.empty() ? std::string(toString(s.op.kind)) : s.op.name;
}

std::vector<std::string> Dataset::devices() const {
    std::set<std::string> d;
    for (const auto& s : samples) d.insert(s.hardware.empty() ? s.device : s.hardware);
    return {d.begin(), d.end()};
}

std::vector<std::string> Dataset::opLabels() const {
    std::set<std::string> d;
    for (const auto& s : samples) d.insert(opLabel(s));
    return {d.begin(), d.end()};
}

Dataset Dataset::filtered(const std::vector<std::string>& hardware, bool keep) const {
    Dataset out;
    for (const auto& s : samples) {
        const std::string& h = s.hardware.empty() ? s.device : s.hardware;
        const bool in = std::find(hardware.begin(), hardware.end(), h) != hardware.end();
        if (in == keep) out.samples.push_back(s);
    }
    return out;
}

Dataset Dataset::withOps(const std::vector<std::string>& labels) const {
    if (labels.empty()) return *this;
    Dataset out;
    for (const auto& s : samples)
        if (std::find(labels.begin(), labels.end(), opLabel(s)) != labels.end())
            out.samples.push_back(s);
    return out;
}

Dataset Dataset::subsample(std::size_t perDevice, unsigned seed) const {
    std::map<std::string, std::vector<std::size_t>> byDevice;
    for (std::size_t i = 0; i < samples.size(); ++i)
        byDevice[samples[i].hardware.empty() ? samples[i].device : samples[i].hardware].push_back(
            i);
    std::vector<std::size_t> keep;
    for (auto& [dev, rows] : byDevice) {
        std::mt19937 g(seed);
        for (std::size_t i = rows.size(); i > 1; --i) std::swap(rows[i - 1], rows[g() % i]);
        if (rows.size() > perDevice) rows.resize(perDevice);
        keep.insert(keep.end(), rows.begin(), rows.end());
    }
    std::sort(keep.begin(), keep.end());
    Dataset out;
    for (std::size_t i : keep) out.samples.push_back(samples[i]);
    return out;
}

namespace {
constexpr std::array<EnumName<CsvFormat>, 6> kCsvFormatNames{{
    {CsvFormat::generic, "generic"},
    {CsvFormat::neusight, "neusight"},
    {CsvFormat::vidur_ops, "vidur-ops"},
    {CsvFormat::vidur_collectives, "vidur-collectives"},
    {CsvFormat::vidur_attention, "vidur-attention"},
    {CsvFormat::unknown, "unknown"},
}};
}  // namespace

std::string toString(CsvFormat f) { return std::string(nameOf(kCsvFormatNames, f)); }

namespace {

// Column lookup for one file; field() reports missing/bad values as issues.
struct Table {
    std::map<std::string, std::size_t> index;
    bool has(const std::string& c) const { return index.count(c) > 0; }
};

// Plausibility limits of a measurement row: a kernel time from 1 ps to
// 10000 s; a number (bytes, FLOPs per element) of magnitude at most 1e18.
constexpr double kMinTimeS = 1e-12, kMaxTimeS = 1e4, kMaxMagnitude = 1e18;

struct RowReader {
    const Table& table;
    const std::vector<std::string>& fields;
    std::vector<std::string> problems;

    std::string text(const std::string& col) const {
        auto it = table.index.find(col);
        if (it == table.index.end() || it->second >= fields.size()) return {};
        return csv::trim(fields[it->second]);
    }
    bool present(const std::string& col) const { return !text(col).empty(); }
    // A yes/no column as VIDUR writes it (Python's True/False); anything else is no.
    bool flag(const std::string& col) const { return csv::lower(text(col)) == "true"; }
    // A column every row must fill (a device name); "missing col" when empty.
    std::string requiredText(const std::string& col) {
        std::string t = text(col);
        if (t.empty()) problems.push_back("missing " + col);
        return t;
    }
    double number(const std::string& col, double fallback = 0, bool required = true) {
        const std::string t = text(col);
        if (t.empty()) {
            if (required) problems.push_back("missing " + col);
            return fallback;
        }
        auto v = csv::toNumber(t);
        if (!v || std::fabs(*v) > kMaxMagnitude) {
            problems.push_back(col + " = \"" + displayValue(t) + "\" is not a number" +
                               (v ? " of magnitude at most 1e18" : ""));
            return fallback;
        }
        return *v;
    }
    long long integer(const std::string& col, long long fallback = 0, bool required = true,
                      long long minimum = 1) {
        const std::string t = text(col);
        if (t.empty()) {
            if (required) problems.push_back("missing " + col);
            return fallback;
        }
        auto v = csv::toInteger(t);
        if (!v) {
            problems.push_back(col + " = \"" + displayValue(t) + "\" is not an integer");
            return fallback;
        }
        if (*v < minimum) {
            problems.push_back(col + " = " + displayValue(t) + " must be at least " +
                               std::to_string(minimum));
            return fallback;
        }
        return *v;
    }
    // Required integer columns (each at least 1), read in the order given so
    // that a row's problems are listed in that order.
    template <std::size_t N>
    std::array<long long, N> integers(const char* const (&cols)[N]) {
        std::array<long long, N> values{};
        for (std::size_t i = 0; i < N; ++i) values[i] = integer(cols[i]);
        return values;
    }
    // A small count stored as int (kernel, stride, ranks, repeats): at most
    // 2^20, so it is never narrowed into another value.
    int count(const std::string& col, long long fallback = 0, bool required = true,
              long long minimum = 1) {
        const long long v = integer(col, fallback, required, minimum);
        if (v > (1 << 20)) {
            problems.push_back(col + " = " + std::to_string(v) + " must be at most 1048576");
            return static_cast<int>(fallback);
        }
        return static_cast<int>(v);
    }
    // The product of sizes (B x M, elements of a tensor), refused when it does
    // not fit 64 bits: a wrapped product would become a negative shape.
    long long product(const std::string& what, std::initializer_list<long long> sizes) {
        long long p = 1;
        for (long long v : sizes)
            if (__builtin_mul_overflow(p, v, &p)) {
                problems.push_back(what + " overflows a 64-bit integer");
                return 1;
            }
        return p;
    }
    // A measured time in the given unit (1e-3 for ms); must be positive.
    double time(const std::string& col, double scale) {
        const std::string t = text(col);
        if (t.empty()) {
            problems.push_back("missing " + col);
            return 0;
        }
        auto v = csv::toNumber(t);
        if (!v) {
            problems.push_back(col + " = \"" + displayValue(t) + "\" is not a number");
            return 0;
        }
        const double seconds = *v * scale;
        if (!(seconds >= kMinTimeS && seconds <= kMaxTimeS)) {
            problems.push_back(col + " = " + displayValue(t) +
                               " is not a positive time from 1 ps to 10000 s");
            return 0;
        }
        return seconds;
    }
};

// One measured operator named `label`, every tensor of it in type `t`; the
// callers fill in its shape.
Sample sampleOf(const std::string& label, OpKind kind, DType t) {
    Sample s;
    s.op.name = label;
    s.op.kind = kind;
    s.op.mathType = s.op.weightType = s.op.activationType = s.op.kvType = t;
    return s;
}

}  // namespace

Sample gemmSample(const std::string& label, long long batch, long long m, long long n, long long k,
                  DType t, bool bias, bool bmm) {
    Sample s = sampleOf(label, bmm ? OpKind::batched_matmul : OpKind::gemm, t);
    s.op.gemm.batch = batch;
    s.op.gemm.m = m;
    s.op.gemm.n = n;
    s.op.gemm.k = k;
    s.op.gemm.bias = bias;
    s.op.gemm.bClass = bmm ? TensorClass::activations : TensorClass::weights;
    return s;
}

Sample convSample(const std::string& label, long long b, long long cin, long long cout, long long h,
                  long long w, int kernel, int stride, int pad, int groups, DType t) {
    Sample s = sampleOf(label, OpKind::conv2d, t);
    auto& c = s.op.conv;
    c.batch = b;
    c.inChannels = cin;
    c.outChannels = cout;
    c.inHeight = h;
    c.inWidth = w;
    c.kernelH = c.kernelW = kernel;
    c.strideH = c.strideW = stride;
    c.padH = c.padW = pad;
    c.groups = groups;
    return s;
}

namespace {

Sample elementwiseSample(const std::string& label, OpKind kind, long long elements, int inputs,
                         double flopsPerElement, long long weightElements, DType t,
                         const std::string& detail, long long rowWidth = 0) {
    Sample s = sampleOf(label, kind, t);
    s.op.detail = detail;
    s.op.elementwise.elements = elements;
    s.op.elementwise.inputs = inputs;
    s.op.elementwise.flopsPerElement = flopsPerElement;
    s.op.elementwise.weightElements = weightElements;
    s.op.elementwise.rowWidth = rowWidth;
    return s;
}

// The lookup as the lowering builds it (core/workload/embedding_op.h).
Sample embeddingSample(const std::string& label, long long tokens, long long width, DType t) {
    Sample s = elementwiseSample(label, OpKind::embedding, 0, 1, 0, 0, t, {});
    makeEmbeddingLookup(s.op, tokens, width);
    return s;
}

// The canonical names (core/workload/operator_names.h), lower case, plus the
// spellings other tools write.
std::optional<CollectiveKind> parseCollective(const std::string& s) {
    const std::string l = csv::lower(s);
    if (auto k = parseCollectiveKind(l)) return k;
    if (l == "allreduce") return CollectiveKind::all_reduce;
    if (l == "allgather") return CollectiveKind::all_gather;
    if (l == "alltoall") return CollectiveKind::all_to_all;
    if (l == "sendrecv") return CollectiveKind::send_recv;
    return std::nullopt;
}

// The kinds a measurement row can describe (the generic columns have no
// attention, pooling or router shapes).
std::optional<OpKind> parseImportedOpKind(const std::string& s) {
    const std::string l = csv::lower(s);
    if (l == "linear") return OpKind::gemm;
    if (l == "bmm") return OpKind::batched_matmul;
    if (l == "conv") return OpKind::conv2d;
    const std::optional<OpKind> k = parseOpKind(l);
    switch (k.value_or(OpKind::pool)) {
        case OpKind::pool:
        case OpKind::attention:
        case OpKind::attention_scores:
        case OpKind::attention_values:
        case OpKind::moe_router:
            return std::nullopt;
        default:
            return k;
    }
}

// ---- generic -------------------------------------------------------------

void readGeneric(RowReader& r, std::vector<Sample>& out) {
    const std::string kindText = r.text("op");
    auto kind = parseImportedOpKind(kindText);
    if (!kind) {
        r.problems.push_back(kindText.empty() ? "missing op" : "unknown op \"" + kindText + "\"");
        return;
    }
    DType t = DType::fp32;
    const std::string dt = r.text("dtype");
    if (dt.empty()) {
        r.problems.push_back("missing dtype");
    } else if (auto d = parseDType(csv::lower(dt))) {
        t = *d;
    } else {
        r.problems.push_back("dtype = \"" + dt + "\" is not a data type (fp32, fp16, bf16, ...)");
    }
    const std::string label = r.present("label") ? r.text("label") : std::string(toString(*kind));
    Sample s;
    switch (*kind) {
        case OpKind::gemm:
        case OpKind::batched_matmul:
            s = gemmSample(label, r.integer("batch", 1, false), r.integer("m"), r.integer("n"),
                           r.integer("k"), t, false, *kind == OpKind::batched_matmul);
            r.product("batch x m x n x k",
                      {s.op.gemm.batch, s.op.gemm.m, s.op.gemm.n, s.op.gemm.k});
            break;
        case OpKind::conv2d:
            s = convSample(label, r.integer("batch", 1, false), r.integer("in_channels"),
                           r.integer("out_channels"), r.integer("in_h"), r.integer("in_w"),
                           r.count("kernel"), r.count("stride", 1, false),
                           r.count("padding", 0, false, 0), r.count("groups", 1, false), t);
            r.product(
                "batch x in_channels x out_channels x in_h x in_w x kernel^2",
                {s.op.conv.batch, s.op.conv.inChannels, s.op.conv.outChannels, s.op.conv.inHeight,
                 s.op.conv.inWidth, s.op.conv.kernelH, s.op.conv.kernelW});
            break;
        case OpKind::collective:
        case OpKind::send_recv: {
            s = sampleOf(label, *kind, t);
            s.op.collective.bytes = r.number("bytes");
            if (s.op.collective.bytes <= 0) r.problems.push_back("bytes must be positive");
            // A send/recv is a pair: ranks may be left out.
            s.op.collective.ranks = r.count("ranks", 2, *kind != OpKind::send_recv, 2);
            const std::string d = r.text("detail");
            auto ck = parseCollective(
                d.empty() ? std::string(*kind == OpKind::send_recv ? "send_recv" : "all_reduce")
                          : d);
            if (!ck)
                r.problems.push_back("detail = \"" + d + "\" is not a collective kind");
            else
                s.op.collective.kind = *ck;
            // A tier index or name; names are checked against the spec when
            // the device is mapped (DeviceLibrary::map).
            s.dimension = r.text("dimension");
            if (!s.dimension.empty() && s.dimension.front() == '-')
                r.problems.push_back("dimension = \"" + displayValue(s.dimension) +
                                     "\" is not an interconnect dimension (expected a tier index "
                                     "from 0, innermost, or a tier name of the hardware spec)");
            break;
        }
        case OpKind::embedding:
            // elements = rows x width gathered; the generic row has no separate width.
            s = embeddingSample(label, r.integer("elements"), 1, t);
            break;
        default:
            s = elementwiseSample(label, *kind, r.integer("elements"), r.count("inputs", 1, false),
                                  r.number("flops_per_element", 1.0, false), 0, t,
                                  r.text("detail"));
            if (r.present("dimension"))
                r.problems.push_back("dimension = \"" + displayValue(r.text("dimension")) +
                                     "\" is only for collective and send_recv rows");
            break;
    }
    s.device = r.requiredText("device");
    s.timeS = r.time("time_s", 1.0);
    if (r.present("time_std_s")) s.timeStdS = r.number("time_std_s", 0, false);
    if (r.present("repeats")) s.repeats = r.count("repeats", 0, false, 0);
    // How the time was taken: "gpu" between CUDA events (no host launch in
    // it), "stream" (the default) as the op's share of a stream.
    if (r.present("timing")) {
        const std::string timing = csv::lower(r.text("timing"));
        if (timing == "gpu")
            s.gpuTimed = true;
        else if (timing != "stream")
            r.problems.push_back("timing = \"" + displayValue(r.text("timing")) +
                                 "\" is not a timing (expected gpu or stream)");
    }
    // A row kernel's elements per row (one thread block per row).
    if (r.present("row_width")) {
        if (familyOf(s.op.kind) == OpFamily::streaming)
            s.op.elementwise.rowWidth = r.integer("row_width", 0, false);
        else
            r.problems.push_back(
                "row_width = \"" + displayValue(r.text("row_width")) +
                "\" is only for element-wise, norm, activation and embedding rows");
    }
    out.push_back(std::move(s));
}

// ---- NeuSight --------------------------------------------------------------

void readNeuSight(RowReader& r, std::vector<Sample>& out) {
    const std::string op = csv::lower(r.text("op"));
    Sample s;
    if (op == "linear") {
        // nn.Linear(N -> K) on [B, M, N]: one GEMM of (B*M) x N times N x K, with bias.
        const auto [b, m, n, k] = r.integers({"B", "M", "N", "K"});
        r.product("B x M x N x K", {b, m, n, k});  // the FLOPs must be countable
        s = gemmSample("linear", 1, r.product("B x M", {b, m}), k, n, DType::fp32, true, false);
    } else if (op == "bmm") {
        // bmm([B, M, N], [B, N, K]): B GEMMs of M x N times N x K.
        const auto [b, m, n, k] = r.integers({"B", "M", "N", "K"});
        r.product("B x M x N x K", {b, m, n, k});
        s = gemmSample("bmm", b, m, k, n, DType::fp32, false, true);
    } else if (op == "conv" || op == "conv2d") {
        const long long hw = r.integer("input_hw");
        s = convSample("conv2d", r.integer("B"), r.integer("C_in"), r.integer("C_out"), hw, hw,
                       r.count("kernel"), r.count("stride"), r.count("padding", 0, true, 0), 1,
                       DType::fp32);
        if (s.op.conv.outHeight() < 1) r.problems.push_back("convolution has no output pixels");
    } else {
        r.problems.push_back(op.empty() ? "missing op" : "unknown op \"" + op + "\"");
        return;
    }
    s.device = r.requiredText("device");
    s.timeS = r.time("latency_ms", 1e-3);
    s.repeats = 5;
    out.push_back(std::move(s));
}

// ---- VIDUR per-op ----------------------------------------------------------

void readVidurOps(RowReader& r, std::vector<Sample>& out) {
    const std::string device = r.requiredText("gpu");
    const auto [tokens, heads, kvHeads, embd, expanded, tp] =
        r.integers({"num_tokens", "n_head", "n_kv_head", "n_embd", "n_expanded_embd", "tp"});
    const bool gated = r.flag("use_gated_mlp");
    if (!r.problems.empty()) return;
    if (embd % heads != 0) {
        r.problems.push_back("n_embd is not a multiple of n_head");
        return;
    }
    const long long headDim = embd / heads;
    // The largest products below (GEMM FLOPs) must fit 64 bits.
    r.product("num_tokens x n_embd x n_expanded_embd x 2", {tokens, embd, expanded, 2});
    r.product("num_tokens x (n_head + 2 n_kv_head) x head size x n_embd",
              {tokens, heads + 2 * kvHeads, headDim, embd});
    if (!r.problems.empty()) return;
    const long long qkv = (heads + 2 * kvHeads) * headDim / tp;
    const long long up = (gated ? 2 : 1) * expanded / tp;
    const DType t = DType::fp16;
    struct Col {
        const char* column;
        Sample sample;
    };
    // Model dims in the file are unsharded; one tensor-parallel shard is measured.
    std::vector<Col> cols = {
        {"attn_pre_proj_median_ms",
         gemmSample("attn_pre_proj", 1, tokens, qkv, embd, t, false, false)},
        {"attn_post_proj_median_ms",
         gemmSample("attn_post_proj", 1, tokens, embd, embd / tp, t, false, false)},
        {"mlp_up_proj_median_ms", gemmSample("mlp_up_proj", 1, tokens, up, embd, t, false, false)},
        {"mlp_down_proj_median_ms",
         gemmSample("mlp_down_proj", 1, tokens, embd, expanded / tp, t, false, false)},
        {"input_layernorm_median_ms", elementwiseSample("input_layernorm", OpKind::norm,
                                                        tokens * embd, 1, 4, embd, t, "rms", embd)},
        {"post_attention_layernorm_median_ms",
         elementwiseSample("post_attention_layernorm", OpKind::norm, tokens * embd, 1, 4, embd, t,
                           "rms", embd)},
        {"attn_rope_median_ms", elementwiseSample("attn_rope", OpKind::elementwise,
                                                  tokens * (heads + kvHeads) * headDim / tp, 1, 3,
                                                  0, t, "rope", (heads + kvHeads) * headDim / tp)},
        {"mlp_act_median_ms",
         elementwiseSample("mlp_act", OpKind::activation, tokens * expanded / tp, gated ? 2 : 1,
                           gated ? 5 : 4, 0, t, gated ? "silu*gate" : "gelu", expanded / tp)},
        {"add_median_ms",
         elementwiseSample("add", OpKind::elementwise, tokens * embd, 2, 1, 0, t, "add")},
        {"emb_median_ms", embeddingSample("emb", tokens, embd, t)},
    };
    bool any = false;
    for (auto& c : cols) {
        if (!r.table.has(c.column)) continue;
        const std::string v = r.text(c.column);
        if (v.empty()) continue;  // this op was not measured in this row
        RowReader one{r.table, r.fields, {}};
        c.sample.timeS = one.time(c.column, 1e-3);
        if (!one.problems.empty()) {
            for (auto& p : one.problems) r.problems.push_back(p);
            continue;
        }
        c.sample.device = device;
        c.sample.repeats = 20;
        c.sample.gpuTimed = true;  // VIDUR's CudaTimer: events around each op
        out.push_back(std::move(c.sample));
        any = true;
    }
    if (!any && r.problems.empty()) r.problems.push_back("no measured op in this row");
}

// ---- VIDUR collectives -----------------------------------------------------

void readVidurCollectives(RowReader& r, std::vector<Sample>& out) {
    const std::string kindText = r.text("collective");
    auto ck = parseCollective(kindText);
    if (!ck) {
        r.problems.push_back("collective = \"" + kindText + "\" is not a collective kind");
        return;
    }
    Sample s = sampleOf(std::string(toString(*ck)),
                        *ck == CollectiveKind::send_recv ? OpKind::send_recv : OpKind::collective,
                        DType::fp16);
    s.op.collective.kind = *ck;
    s.op.collective.bytes = r.number("size_bytes");
    if (s.op.collective.bytes <= 0) r.problems.push_back("size_bytes must be positive");
    const long long workers = r.count("num_workers", 2, true, 2);
    const long long perNode = r.integer("devices_per_node", 1);
    s.op.collective.ranks = static_cast<int>(workers);
    // Where the group lands on the tiers is known once the topology maps to a
    // spec (DeviceLibrary::map); until then: inside a node or across.
    s.ranksPerNode = static_cast<int>(std::min(perNode, workers));
    s.op.collective.dimension = perNode < workers ? 1 : 0;
    s.op.detail = r.text("network_device");
    // The topology name starts with the GPU ("a100_dgx", "a40_pairwise_nvlink").
    s.device = s.op.detail.substr(0, s.op.detail.find('_'));
    if (s.device.empty()) r.problems.push_back("missing network_device");
    s.timeS = r.time("median_ms", 1e-3);
    if (r.present("min_ms") && r.present("max_ms")) {
        const double lo = r.number("min_ms", 0, false), hi = r.number("max_ms", 0, false);
        s.timeStdS = std::max(0.0, (hi - lo) * 1e-3 / 4.0);  // range/4 as a rough spread
    }
    s.repeats = 20;
    out.push_back(std::move(s));
}

// ---- VIDUR attention -------------------------------------------------------

// One FlashAttention call per row: a prefill chunk after kv_cache_size cached
// tokens (batch 1), or a decode of batch_size sequences at that KV length.
// Model dims are unsharded; one tensor-parallel shard is measured.
void readVidurAttention(RowReader& r, std::vector<Sample>& out) {
    const std::string device = r.requiredText("gpu");
    const auto [embd, heads, kvHeads, tp, batch] =
        r.integers({"n_embd", "n_q_head", "n_kv_head", "tp", "batch_size"});
    const long long kv = r.integer("kv_cache_size", 0, true, 0);
    const bool prefill = r.flag("is_prefill");
    const long long chunk = prefill ? r.integer("prefill_chunk_size") : 1;
    if (!r.problems.empty()) return;
    if (embd % heads != 0 || heads % tp != 0 || kvHeads % tp != 0) {
        r.problems.push_back("n_embd, n_q_head and n_kv_head do not divide into " +
                             std::to_string(tp) + " tensor-parallel shards of whole heads");
        return;
    }
    r.product("batch_size x (kv_cache_size + chunk) x n_embd", {batch, kv + chunk, embd});
    if (!r.problems.empty()) return;
    Sample s = sampleOf(prefill ? "attn_prefill" : "attn_decode", OpKind::attention, DType::fp16);
    s.op.phase = prefill ? "prefill" : "decode";
    s.op.attention = {batch, heads / tp, kvHeads / tp, embd / heads, chunk, kv + chunk, true};
    s.timeS = r.time(prefill ? "attn_prefill_median_ms" : "attn_decode_median_ms", 1e-3);
    s.device = device;
    s.repeats = 20;
    s.gpuTimed = true;
    out.push_back(std::move(s));
}

// The formats the importer reads: the first whose three columns the header
// has is the file's format, and each of its rows goes to that reader.
struct FormatReader {
    CsvFormat format;
    std::array<const char*, 3> columns;
    void (*read)(RowReader&, std::vector<Sample>&);
};

constexpr FormatReader kFormatReaders[] = {
    {CsvFormat::generic, {"op", "device", "time_s"}, readGeneric},
    {CsvFormat::neusight, {"op", "device", "latency_ms"}, readNeuSight},
    {CsvFormat::vidur_attention, {"gpu", "is_prefill", "kv_cache_size"}, readVidurAttention},
    {CsvFormat::vidur_ops, {"gpu", "num_tokens", "n_embd"}, readVidurOps},
    {CsvFormat::vidur_collectives,
     {"network_device", "collective", "size_bytes"},
     readVidurCollectives},
};

// nullptr for a header of no known format.
const FormatReader* detect(const Table& t) {
    for (const FormatReader& f : kFormatReaders)
        if (std::all_of(f.columns.begin(), f.columns.end(),
                        [&](const char* c) { return t.has(c); }))
            return &f;
    return nullptr;
}

}  // namespace

ImportResult importCsvText(const std::string& text, const std::string& file) {
    ImportResult res;
    // A byte-order mark (Excel writes one) is not part of the first column's name.
    std::istringstream in(text.rfind("\xEF\xBB\xBF", 0) == 0 ? text.substr(3) : text);
    std::string line;
    int lineNo = 0;
    Table table;
    while (std::getline(in, line)) {
        ++lineNo;
        if (csv::trim(line).empty()) continue;
        auto cols = csv::splitLine(line);
        for (std::size_t i = 0; i < cols.size(); ++i) table.index[csv::trim(cols[i])] = i;
        break;
    }
    const FormatReader* reader = detect(table);
    res.format = reader ? reader->format : CsvFormat::unknown;
    if (!reader) {
        res.issues.push_back({file, lineNo == 0 ? 1 : lineNo,
                              lineNo == 0
                                  ? "the file is empty"
                                  : "unknown header: expected the generic format "
                                    "(op,device,dtype,time_s,...), NeuSight "
                                    "(op,device,...,latency_ms), VIDUR per-op "
                                    "(gpu,...,num_tokens,...), VIDUR attention "
                                    "(gpu,...,is_prefill,...,kv_cache_size,...) or VIDUR "
                                    "collectives (network_device,collective,size_bytes,...)"});
        return res;
    }
    while (std::getline(in, line)) {
        ++lineNo;
        if (csv::trim(line).empty()) continue;
        ++res.rowsRead;
        const auto fields = csv::splitLine(line);
        RowReader r{table, fields, {}};
        std::vector<Sample> rows;
        reader->read(r, rows);
        if (!r.problems.empty()) {
            std::string msg;
            for (const auto& p : r.problems) msg += (msg.empty() ? "" : "; ") + p;
            res.issues.push_back({file, lineNo, msg + " (row skipped)"});
            continue;
        }
        for (auto& s : rows) {
            s.line = lineNo;
            res.data.samples.push_back(std::move(s));
        }
    }
    return res;
}

ImportResult importCsv(const std::string& path) {
    // The guarded reader every input goes through (regular file, size cap, UTF-8).
    InputText in = readInputFile(path, kMaxCsvFileBytes, "a CSV file");
    if (!in.ok()) {
        ImportResult res;
        res.issues.push_back({path, in.refusal->line, in.refusal->reason()});
        return res;
    }
    return importCsvText(in.text, path);
}

std::string genericCsvHeader() {
    return "op,label,device,dtype,time_s,time_std_s,repeats,batch,m,n,k,in_channels,"
           "out_channels,in_h,in_w,kernel,stride,padding,groups,elements,inputs,"
           "flops_per_element,bytes,ranks,detail,dimension,row_width,timing";
}

namespace {
std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}
}  // namespace

std::string toGenericCsvRow(const Sample& s) {
    const Operator& op = s.op;
    std::vector<std::string> f(28);
    f[0] = std::string(toString(op.kind));
    f[1] = csv::field(op.name);
    f[2] = csv::field(s.hardware.empty() ? s.device : s.device);
    f[3] = std::string(toString(op.mathType));
    f[4] = num(s.timeS);
    if (s.timeStdS > 0) f[5] = num(s.timeStdS);
    if (s.repeats > 0) f[6] = std::to_string(s.repeats);
    // Integer columns that stand side by side in the header, from `first` on.
    auto integers = [&f](std::size_t first, std::initializer_list<long long> values) {
        for (long long v : values) f[first++] = std::to_string(v);
    };
    switch (op.kind) {
        case OpKind::gemm:
        case OpKind::batched_matmul:
            integers(7, {op.gemm.batch, op.gemm.m, op.gemm.n, op.gemm.k});
            break;
        case OpKind::conv2d:
            integers(7, {op.conv.batch});
            integers(11,
                     {op.conv.inChannels, op.conv.outChannels, op.conv.inHeight, op.conv.inWidth,
                      op.conv.kernelH, op.conv.strideH, op.conv.padH, op.conv.groups});
            break;
        case OpKind::collective:
        case OpKind::send_recv:
            f[22] = num(op.collective.bytes);
            f[23] = std::to_string(op.collective.ranks);
            f[24] = std::string(toString(op.collective.kind));
            f[25] = std::to_string(op.collective.dimension);
            break;
        default:
            integers(19, {op.elementwise.elements, op.elementwise.inputs});
            f[21] = num(op.elementwise.flopsPerElement);
            f[24] = csv::field(op.detail);
            if (op.elementwise.rowWidth > 0) f[26] = std::to_string(op.elementwise.rowWidth);
            break;
    }
    if (s.gpuTimed) f[27] = "gpu";
    std::string row;
    for (std::size_t i = 0; i < f.size(); ++i) row += (i ? "," : "") + f[i];
    return row;
}

std::string writeGenericCsv(const std::string& path, const Dataset& data) {
    std::string text = genericCsvHeader();
    text += csv::kLineEnd;
    for (const auto& s : data.samples) {
        text += toGenericCsvRow(s);
        text += csv::kLineEnd;
    }
    return saveFileAtomically(path, text);
}

}  // namespace rl
