// Message <-> JSON (message_json.h). The names are the enumerators' own
// spellings, so a file reads back whatever the enum's order becomes.
#include "core/result/message_json.h"

#include <cstdint>
#include <iterator>
#include <string_view>
#include <utility>

namespace rl {
namespace {

template <class E>
struct Named {
    E value;
    std::string_view name;
};

constexpr Named<MessageId> kIds[] = {
    {MessageId::phrase, "phrase"},
    {MessageId::runSummary, "runSummary"},
    {MessageId::phaseShare, "phaseShare"},
    {MessageId::llmMetrics, "llmMetrics"},
    {MessageId::communicationShare, "communicationShare"},
    {MessageId::memoryFits, "memoryFits"},
    {MessageId::memoryWeightsDoNotFit, "memoryWeightsDoNotFit"},
    {MessageId::memoryDoesNotFit, "memoryDoesNotFit"},
    {MessageId::runBound, "runBound"},
    {MessageId::runBoundTraffic, "runBoundTraffic"},
    {MessageId::phaseBound, "phaseBound"},
    {MessageId::phaseBoundTraffic, "phaseBoundTraffic"},
    {MessageId::trafficShare, "trafficShare"},
    {MessageId::nextBoundWouldNeed, "nextBoundWouldNeed"},
    {MessageId::opBound, "opBound"},
    {MessageId::opBoundRepeated, "opBoundRepeated"},
    {MessageId::opNextBound, "opNextBound"},
    {MessageId::whatIfFaster, "whatIfFaster"},
    {MessageId::whatIfThroughput, "whatIfThroughput"},
    {MessageId::whatIfBandwidth, "whatIfBandwidth"},
    {MessageId::whatIfCompute, "whatIfCompute"},
    {MessageId::whatIfPrecision, "whatIfPrecision"},
    {MessageId::whatIfPrecisionKv, "whatIfPrecisionKv"},
    {MessageId::whatIfBatch, "whatIfBatch"},
    {MessageId::sentence, "sentence"},
    {MessageId::servingNoneServed, "servingNoneServed"},
    {MessageId::servingQueueingWaits, "servingQueueingWaits"},
    {MessageId::servingPrefillDominates, "servingPrefillDominates"},
    {MessageId::servingTbt, "servingTbt"},
    {MessageId::servingTbtStallPrompts, "servingTbtStallPrompts"},
    {MessageId::servingTbtStallChunks, "servingTbtStallChunks"},
    {MessageId::servingPreemptions, "servingPreemptions"},
    {MessageId::servingBusy, "servingBusy"},
    {MessageId::servingSloMet, "servingSloMet"},
    {MessageId::servingRejected, "servingRejected"},
    {MessageId::servingWhatIfResult, "servingWhatIfResult"},
    {MessageId::servingWhatIfFailed, "servingWhatIfFailed"},
    {MessageId::servingWhatIfAddReplica, "servingWhatIfAddReplica"},
    {MessageId::servingWhatIfKvFp8, "servingWhatIfKvFp8"},
    {MessageId::servingWhatIfMaxBatch, "servingWhatIfMaxBatch"},
    {MessageId::servingWhatIfChunk, "servingWhatIfChunk"},
    {MessageId::trainingPartShare, "trainingPartShare"},
    {MessageId::trainingDpReduceScatterContention, "trainingDpReduceScatterContention"},
    {MessageId::trainingDpAllReduceContention, "trainingDpAllReduceContention"},
    {MessageId::trainingFp8Scaling, "trainingFp8Scaling"},
    {MessageId::trainingStageDoesNotFit, "trainingStageDoesNotFit"},
    {MessageId::trainingWhatIfMicroBatchesGlobal, "trainingWhatIfMicroBatchesGlobal"},
    {MessageId::trainingWhatIfMicroBatchesHalf, "trainingWhatIfMicroBatchesHalf"},
    {MessageId::trainingWhatIfInterleave, "trainingWhatIfInterleave"},
    {MessageId::trainingWhatIfZeroBubble, "trainingWhatIfZeroBubble"},
    {MessageId::trainingWhatIfFp8, "trainingWhatIfFp8"},
    {MessageId::trainingWhatIfDpOverlap, "trainingWhatIfDpOverlap"},
    {MessageId::trainingWhatIfTpOverlap, "trainingWhatIfTpOverlap"},
    {MessageId::trainingWhatIfSequenceParallel, "trainingWhatIfSequenceParallel"},
    {MessageId::trainingWhatIfRecomputeSelective, "trainingWhatIfRecomputeSelective"},
    {MessageId::trainingWhatIfRecomputeNone, "trainingWhatIfRecomputeNone"},
    {MessageId::trainingWhatIfZero1, "trainingWhatIfZero1"},
    {MessageId::warnStageDoesNotFit, "warnStageDoesNotFit"},
    {MessageId::warnRequestsRejected, "warnRequestsRejected"},
    {MessageId::warnNoInterconnect, "warnNoInterconnect"},
    {MessageId::warnMoreDevicesThanHardware, "warnMoreDevicesThanHardware"},
    {MessageId::warnCannotAnalyse, "warnCannotAnalyse"},
    {MessageId::warnNoMemoryLevels, "warnNoMemoryLevels"},
    {MessageId::warnNotInference, "warnNotInference"},
    {MessageId::warnCollectiveNoInterconnect, "warnCollectiveNoInterconnect"},
    {MessageId::warnCollectiveNoDimension, "warnCollectiveNoDimension"},
    {MessageId::warnCollectiveTooWide, "warnCollectiveTooWide"},
    {MessageId::noteFewTiles, "noteFewTiles"},
    {MessageId::noteCollectiveWithoutInterconnect, "noteCollectiveWithoutInterconnect"},
    {MessageId::noteOutsideTrainingData, "noteOutsideTrainingData"},
    {MessageId::noteFeatureOutside, "noteFeatureOutside"},
    {MessageId::noteTransferUnchecked, "noteTransferUnchecked"},
    {MessageId::noteKindNotTrained, "noteKindNotTrained"},
    {MessageId::noteRooflineKept, "noteRooflineKept"},
    {MessageId::rejectKvBlocks, "rejectKvBlocks"},
    {MessageId::rejectPromptTooLong, "rejectPromptTooLong"},
    {MessageId::rejectNeverCompleted, "rejectNeverCompleted"},
    {MessageId::servingKvFootprint, "servingKvFootprint"},
    {MessageId::servingNeedsDecoder, "servingNeedsDecoder"},
    {MessageId::servingNoKvBlock, "servingNoKvBlock"},
    {MessageId::servingCapacityNeedsSlo, "servingCapacityNeedsSlo"},
    {MessageId::trainingNotTransformer, "trainingNotTransformer"},
    {MessageId::trainingTpHeads, "trainingTpHeads"},
    {MessageId::trainingCpSequence, "trainingCpSequence"},
    {MessageId::trainingStagesLayers, "trainingStagesLayers"},
    {MessageId::trainingGlobalBatch, "trainingGlobalBatch"},
    {MessageId::trainingInterleaveChunks, "trainingInterleaveChunks"},
    {MessageId::trainingInterleavedMicroBatches, "trainingInterleavedMicroBatches"},
    {MessageId::trainingInterleaveSchedule, "trainingInterleaveSchedule"},
    {MessageId::trainingEpDense, "trainingEpDense"},
    {MessageId::trainingEpDivide, "trainingEpDivide"},
    {MessageId::trainingSpSequence, "trainingSpSequence"},
    {MessageId::trainingTooFewGpus, "trainingTooFewGpus"},
    {MessageId::trainingFp8Hardware, "trainingFp8Hardware"},
    {MessageId::trainingNoPlan, "trainingNoPlan"},
    {MessageId::warnWorkload, "warnWorkload"},
    {MessageId::workloadRowTooShort, "workloadRowTooShort"},
    {MessageId::workloadBadTokens, "workloadBadTokens"},
    {MessageId::workloadBadTimestamp, "workloadBadTimestamp"},
    {MessageId::workloadBadSeconds, "workloadBadSeconds"},
    {MessageId::workloadBadArrival, "workloadBadArrival"},
    {MessageId::workloadMoreBadRows, "workloadMoreBadRows"},
    {MessageId::workloadFewerRows, "workloadFewerRows"},
};

// One row per id in the enum's order; an id added after the last must be
// named here and replace workloadFewerRows below (tst_point_failures checks
// every id has its own name).
static_assert(std::size(kIds) == static_cast<std::size_t>(MessageId::workloadFewerRows) + 1,
              "every MessageId needs a name in kIds");

constexpr Named<MessageArg::Kind> kArgKinds[] = {
    {MessageArg::Kind::name, "name"},       {MessageArg::Kind::resource, "resource"},
    {MessageArg::Kind::phase, "phase"},     {MessageArg::Kind::tensorClass, "tensor_class"},
    {MessageArg::Kind::seconds, "seconds"}, {MessageArg::Kind::bytes, "bytes"},
    {MessageArg::Kind::share, "share"},     {MessageArg::Kind::factor, "factor"},
    {MessageArg::Kind::count, "count"},     {MessageArg::Kind::rate, "rate"},
    {MessageArg::Kind::decimal, "decimal"}, {MessageArg::Kind::number, "number"},
    {MessageArg::Kind::change, "change"},   {MessageArg::Kind::stepPart, "step_part"},
};

constexpr Named<Dimension> kDimensions[] = {
    {Dimension::bytes, "bytes"},
    {Dimension::bandwidth, "bandwidth"},
    {Dimension::flop_rate, "flop_rate"},
    {Dimension::frequency, "frequency"},
    {Dimension::time, "time"},
    {Dimension::power, "power"},
    {Dimension::energy, "energy"},
    {Dimension::energy_per_byte, "energy_per_byte"},
    {Dimension::energy_per_flop, "energy_per_flop"},
    {Dimension::area, "area"},
    {Dimension::money_rate, "money_rate"},
    {Dimension::flops, "flops"},
};

template <class E, std::size_t N>
std::string_view nameOf(const Named<E> (&table)[N], E value) {
    for (const auto& n : table)
        if (n.value == value) return n.name;
    return {};
}

template <class E, std::size_t N>
std::optional<E> valueOf(const Named<E> (&table)[N], const Json& name) {
    if (!name.is_string()) return std::nullopt;
    const auto& s = name.get_ref<const std::string&>();
    for (const auto& n : table)
        if (n.name == s) return n.value;
    return std::nullopt;
}

Json phraseArgJson(const PhraseArg& a) {
    switch (a.kind) {
        case PhraseArg::Kind::text:
            return {{"text", a.text}};
        case PhraseArg::Kind::integer:
            return {{"integer", static_cast<std::int64_t>(a.value)}};
        case PhraseArg::Kind::number:
            return {{"number", a.value}, {"digits", a.digits}};
        case PhraseArg::Kind::quantity:
            return {{"quantity", a.value},
                    {"dimension", nameOf(kDimensions, a.dimension)},
                    {"digits", a.digits}};
    }
    return Json::object();
}

std::optional<PhraseArg> phraseArgFrom(const Json& j) {
    if (!j.is_object()) return std::nullopt;
    const int digits = j.contains("digits") && j["digits"].is_number_integer()
                           ? j["digits"].get<int>()
                           : PhraseArg().digits;
    if (j.contains("text") && j["text"].is_string())
        return PhraseArg::verbatim(j["text"].get<std::string>());
    if (j.contains("integer") && j["integer"].is_number_integer())
        return PhraseArg::integer(j["integer"].get<std::int64_t>());
    if (j.contains("number") && j["number"].is_number())
        return PhraseArg::number(j["number"].get<double>(), digits);
    if (j.contains("quantity") && j["quantity"].is_number()) {
        const auto d = valueOf(kDimensions, j.value("dimension", Json()));
        if (!d) return std::nullopt;
        return PhraseArg::quantity(j["quantity"].get<double>(), *d, digits);
    }
    return std::nullopt;
}

}  // namespace

std::string_view messageIdName(MessageId id) { return nameOf(kIds, id); }

std::optional<MessageId> messageIdNamed(std::string_view name) {
    for (const auto& n : kIds)
        if (n.name == name) return n.value;
    return std::nullopt;
}

Json messageToJson(const Message& m) {
    Json j = {{"id", messageIdName(m.id)}, {"english", m.english}};
    if (m.id == MessageId::phrase) {
        j["context"] = m.phraseContext;
        j["pattern"] = m.phrase.pattern;
        if (!m.phrase.args.empty()) {
            Json values = Json::array();
            for (const PhraseArg& a : m.phrase.args) values.push_back(phraseArgJson(a));
            j["values"] = std::move(values);
        }
    }
    if (!m.args.empty()) {
        Json args = Json::array();
        for (const MessageArg& a : m.args) {
            Json arg = {{"kind", nameOf(kArgKinds, a.kind)}};
            if (!a.text.empty()) arg["text"] = a.text;
            if (a.value != 0) arg["value"] = a.value;
            args.push_back(std::move(arg));
        }
        j["args"] = std::move(args);
    }
    if (!m.clauses.empty()) {
        Json clauses = Json::array();
        for (const Message& c : m.clauses) clauses.push_back(messageToJson(c));
        j["clauses"] = std::move(clauses);
    }
    return j;
}

std::optional<Message> messageFromJson(const Json& j) {
    if (!j.is_object() || !j.contains("english") || !j["english"].is_string()) return std::nullopt;
    const auto id = j.contains("id") && j["id"].is_string()
                        ? messageIdNamed(j["id"].get_ref<const std::string&>())
                        : std::nullopt;
    if (!id) return std::nullopt;  // written by a newer Ridgeline: the English stands
    Message m;
    m.id = *id;
    m.english = j["english"].get<std::string>();
    if (m.id == MessageId::phrase) {
        if (!j.contains("context") || !j["context"].is_string() || !j.contains("pattern") ||
            !j["pattern"].is_string())
            return std::nullopt;
        m.phraseContext = j["context"].get<std::string>();
        m.phrase.pattern = j["pattern"].get<std::string>();
        if (j.contains("values")) {
            if (!j["values"].is_array()) return std::nullopt;
            for (const Json& v : j["values"]) {
                auto a = phraseArgFrom(v);
                if (!a) return std::nullopt;
                m.phrase.args.push_back(std::move(*a));
            }
        }
    }
    if (j.contains("args")) {
        if (!j["args"].is_array()) return std::nullopt;
        for (const Json& a : j["args"]) {
            const auto kind =
                a.is_object() ? valueOf(kArgKinds, a.value("kind", Json())) : std::nullopt;
            if (!kind) return std::nullopt;
            MessageArg arg;
            arg.kind = *kind;
            if (a.contains("text") && a["text"].is_string())
                arg.text = a["text"].get<std::string>();
            if (a.contains("value") && a["value"].is_number()) arg.value = a["value"].get<double>();
            m.args.push_back(std::move(arg));
        }
    }
    if (j.contains("clauses")) {
        if (!j["clauses"].is_array()) return std::nullopt;
        for (const Json& c : j["clauses"]) {
            auto clause = messageFromJson(c);
            if (!clause) return std::nullopt;
            m.clauses.push_back(std::move(*clause));
        }
    }
    return m;
}

}  // namespace rl
