#include "core/predict/shape_cost_cache.h"

#include <cstring>
#include <stdexcept>
#include <type_traits>

#include "core/analytical/analyze.h"

namespace rl {

namespace {

// Appends the bytes of one field (never of a struct: no padding in the key).
template <typename T>
void put(std::string& key, T value) {
    static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    key.append(bytes, sizeof(T));
}

}  // namespace

std::string shapeKey(const Operator& op) {
    std::string key;
    key.reserve(256 + op.detail.size());
    put(key, op.kind);
    put(key, op.count);
    put(key, op.mathType);
    put(key, op.weightType);
    put(key, op.activationType);
    put(key, op.kvType);
    const GemmShape& g = op.gemm;
    for (std::int64_t v : {g.batch, g.m, g.n, g.k}) put(key, v);
    put(key, g.bias);
    put(key, g.bClass);
    const ConvShape& c = op.conv;
    for (std::int64_t v : {c.batch, c.inChannels, c.outChannels, c.inHeight, c.inWidth})
        put(key, v);
    for (int v : {c.kernelH, c.kernelW, c.strideH, c.strideW, c.padH, c.padW, c.dilationH,
                  c.dilationW, c.groups})
        put(key, v);
    put(key, c.bias);
    const AttentionShape& a = op.attention;
    for (std::int64_t v : {a.batch, a.heads, a.kvHeads, a.headDim, a.queryLen, a.kvLen})
        put(key, v);
    put(key, a.causal);
    const PoolShape& p = op.pool;
    for (std::int64_t v : {p.batch, p.channels, p.inHeight, p.inWidth}) put(key, v);
    for (int v : {p.kernel, p.stride, p.padding}) put(key, v);
    put(key, p.average);
    const ElementwiseShape& e = op.elementwise;
    put(key, e.elements);
    put(key, e.inputs);
    put(key, e.flopsPerElement);
    put(key, e.weightElements);
    const CollectiveShape& k = op.collective;
    put(key, k.kind);
    put(key, k.bytes);
    put(key, k.ranks);
    put(key, k.dimension);
    key += op.detail;  // last: variable length
    return key;
}

ShapeCostCache::ShapeCostCache(std::shared_ptr<const OperatorCostModel> model, const Hardware& hw)
    : model_(std::move(model)), hw_(hw), device_(hw_) {
    if (!model_) throw std::invalid_argument("ShapeCostCache needs a predictor");
}

OpRecord ShapeCostCache::cost(const Operator& op) {
    std::string key = shapeKey(op);
    {
        const std::lock_guard lock(mutex_);
        if (auto it = records_.find(key); it != records_.end()) {
            ++hits_;
            OpRecord rec = it->second;
            rec.name = op.name;
            rec.phase = op.phase;
            rec.layer = op.layer;
            return rec;
        }
    }
    // Costed outside the lock; two threads may cost the same new shape once each.
    OpRecord rec = evaluateOperator(op, device_);
    if (model_->refines()) model_->refine(op, hw_, rec);
    const std::lock_guard lock(mutex_);
    records_.emplace(std::move(key), rec);
    return rec;
}

std::size_t ShapeCostCache::hits() const {
    const std::lock_guard lock(mutex_);
    return hits_;
}

std::size_t ShapeCostCache::misses() const {
    const std::lock_guard lock(mutex_);
    return records_.size();
}

}  // namespace rl
