#include "core/predict/shape_cost_cache.h"

#include <cstring>
#include <type_traits>

#include "core/analytical/analyze.h"
#include "core/analytical/op_record_identity.h"
#include "core/result/engine_text.h"

namespace rl {

namespace {

// Appends the bytes of each field in order (never of a struct: no padding in the key).
template <typename... T>
void put(std::string& key, T... values) {
    static_assert(((std::is_arithmetic_v<T> || std::is_enum_v<T>)&&...));
    const auto append = [&key](auto value) {
        char bytes[sizeof(value)];
        std::memcpy(bytes, &value, sizeof(value));
        key.append(bytes, sizeof(value));
    };
    (append(values), ...);
}

}  // namespace

std::string shapeKey(const Operator& op) {
    std::string key;
    key.reserve(256 + op.detail.size());
    put(key, op.kind, op.count, op.mathType, op.weightType, op.activationType, op.kvType);
    const GemmShape& g = op.gemm;
    put(key, g.batch, g.m, g.n, g.k, g.bias, g.bClass);
    const ConvShape& c = op.conv;
    put(key, c.batch, c.inChannels, c.outChannels, c.inHeight, c.inWidth);
    put(key, c.kernelH, c.kernelW, c.strideH, c.strideW, c.padH, c.padW, c.dilationH, c.dilationW,
        c.groups, c.bias);
    const AttentionShape& a = op.attention;
    put(key, a.batch, a.heads, a.kvHeads, a.headDim, a.queryLen, a.kvLen, a.causal);
    const PoolShape& p = op.pool;
    put(key, p.batch, p.channels, p.inHeight, p.inWidth, p.kernel, p.stride, p.padding, p.average);
    const ElementwiseShape& e = op.elementwise;
    put(key, e.elements, e.inputs, e.flopsPerElement, e.weightElements, e.rowWidth);
    const CollectiveShape& k = op.collective;
    put(key, k.kind, k.bytes, k.ranks, k.dimension);
    key += op.detail;  // last: variable length
    return key;
}

ShapeCostCache::ShapeCostCache(std::shared_ptr<const OperatorCostModel> model, const Hardware& hw)
    : model_(std::move(model)), hw_(hw), device_(hw_) {
    if (!model_) throwEngineError(RL_TR("EngineText", "ShapeCostCache needs a predictor"));
}

OpRecord ShapeCostCache::cost(const Operator& op) {
    std::string key = shapeKey(op);
    {
        const std::lock_guard lock(mutex_);
        if (auto it = records_.find(key); it != records_.end()) {
            ++hits_;
            OpRecord rec = it->second;  // the shape's cost (count and types are in the key)
            setOpIdentity(rec, op);
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
