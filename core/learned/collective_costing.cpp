#include "core/learned/collective_costing.h"

#include "core/result/engine_text.h"

namespace rl {

RankGroup sampleGroup(const Hardware& hw, const Sample& sample) {
    const Operator& op = sample.op;
    const int ranks = op.kind == OpKind::send_recv ? 2 : op.collective.ranks;
    if (sample.ranksPerNode > 0) return groupOnNodes(hw, ranks, sample.ranksPerNode);
    return groupOnDimension(hw, ranks, op.collective.dimension);
}

void costCollectivesWithNccl(FeatureTable& table, const Dataset& data, const DeviceLibrary& library,
                             const CollectiveOptions& options) {
    if (table.size() != data.samples.size())
        throwEngineError(RL_TR(
            "EngineText", "collective costing: the feature table was not built from the data"));
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Sample& s = data.samples[i];
        if (s.op.kind != OpKind::collective && s.op.kind != OpKind::send_recv) continue;
        const Hardware* hw = library.byName(table.hardware[i]);
        if (!hw)
            throwEngineError({RL_TR("EngineText", "no hardware spec named \"%1\""),
                              {PhraseArg::verbatim(table.hardware[i])}});
        table.roofline[i] = estimateCollective(*hw, s.op.collective.kind, s.op.collective.bytes,
                                               sampleGroup(*hw, s), options)
                                .time;
    }
}

}  // namespace rl
