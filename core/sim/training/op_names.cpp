#include "core/sim/training/op_names.h"

namespace rl::training {
namespace {

MessageArg part(int value) {
    MessageArg a;
    a.kind = MessageArg::Kind::count;
    a.value = value;
    return a;
}

// The enum behind args[i], if it is one of the enum's `count` values.
template <typename Enum>
std::optional<Enum> partOf(const Message& m, std::size_t i, int count) {
    if (i >= m.args.size() || m.args[i].kind != MessageArg::Kind::count) return std::nullopt;
    const double v = m.args[i].value;
    if (!(v >= 0 && v < count) || v != static_cast<int>(v)) return std::nullopt;
    return static_cast<Enum>(static_cast<int>(v));
}

}  // namespace

Message trainingOpName(Phrase name) {
    return Message::fromPhrase(kTrainingOpContext, std::move(name));
}

Message collectiveName(const CollectivePurpose& p) {
    // A fixed phrase (the English as it is) plus the purpose's parts as args:
    // a renderer that does not know the context still shows the English.
    Message m = Message::fromPhrase(kCollectivePurposeContext, Phrase(toString(p)));
    m.args = {part(static_cast<int>(p.group)), part(static_cast<int>(p.kind)),
              part(static_cast<int>(p.pattern)), part(static_cast<int>(p.payload))};
    return m;
}

std::optional<CollectivePurpose> collectivePurposeOf(const Message& m) {
    if (m.id != MessageId::phrase || m.phraseContext != kCollectivePurposeContext)
        return std::nullopt;
    const auto group = partOf<CommGroup>(m, 0, static_cast<int>(CommGroup::other) + 1);
    const auto kind = partOf<CollectiveKind>(m, 1, static_cast<int>(CollectiveKind::send_recv) + 1);
    const auto pattern =
        partOf<CommPattern>(m, 2, static_cast<int>(CommPattern::withReduceScatter) + 1);
    const auto payload = partOf<CommPayload>(m, 3, static_cast<int>(CommPayload::parameters) + 1);
    if (!group || !kind || !pattern || !payload) return std::nullopt;
    CollectivePurpose p{*group, *kind, *pattern, *payload};
    // A purpose whose English is not the message's is not this name's.
    if (toString(p) != m.english) return std::nullopt;
    return p;
}

}  // namespace rl::training
