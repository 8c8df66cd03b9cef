#include "views/explanation/message_text.h"

#include <algorithm>
#include <cmath>

#include "core/result/message_error.h"
#include "core/result/prediction.h"
#include "core/workload/operator_names.h"
#include "views/common/format.h"
#include "views/common/phrase_text.h"
#include "views/editors/field_schema.h"
#include "views/explanation/collective_name.h"

namespace rl {
namespace views {
namespace {

using Kind = rl::MessageArg::Kind;

// A relative change, signed: "+12 %", "-40 %" (a minus sign, not a hyphen).
QString changeText(double change) {
    if (!std::isfinite(change)) return QStringLiteral("–");
    const QString magnitude = fmtPercent(std::abs(change), 0);
    if (magnitude.startsWith(QLatin1Char('0'))) return magnitude;  // "0 %": no sign
    return (change < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

// One argument as the user reads it.
QString argText(const rl::MessageArg& a) {
    switch (a.kind) {
        case Kind::name:
            return qstr(a.text);
        case Kind::resource:
            return MessageText::resource(a.text);
        case Kind::phase:
            return MessageText::phase(a.text);
        case Kind::tensorClass:
            return MessageText::tensorClass(a.text);
        case Kind::seconds:
            return fmtTime(a.value);
        case Kind::bytes:
            return fmtBytes(a.value);
        case Kind::share:
            return fmtPercent(a.value, 0);
        case Kind::factor:
            return MessageText::factor(a.value);
        case Kind::count:  // as the operator table shows counts: 8160, not 8,160
            return QString::number(static_cast<qint64>(std::llround(a.value)));
        case Kind::rate:
            return fmtNumber(a.value);
        case Kind::decimal:
            return std::isfinite(a.value) ? QString::number(a.value, 'f', 1) : QStringLiteral("–");
        case Kind::number:
            return fmtNumber(a.value);
        case Kind::change:
            return changeText(a.value);
        case Kind::stepPart:
            return MessageText::stepPart(a.text);
    }
    return qstr(a.text);
}

// `pattern` with %1..%n replaced in one pass (a value holding "%1" stays as
// it is) by `leading`, the message's arguments, then `extra` (rendered
// clauses).
// Missing arguments (a message from a newer engine) read as empty.
QString fill(const QString& pattern, const rl::Message& m, const QStringList& extra = {},
             const QStringList& leading = {}) {
    QStringList values = leading;
    for (const auto& a : m.args) values << argText(a);
    values << extra;
    return fillPattern(pattern, values);
}

QString capitalised(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

// `m` with argument `i` (a name) replaced by `text`: an engine word the
// sentence's renderer translates itself.
rl::Message withName(rl::Message m, std::size_t i, const QString& text) {
    if (i < m.args.size()) m.args[i].text = text.toStdString();
    return m;
}

// A collective warning with its kind (argument 1, the engine's name:
// "all_reduce") in the user's language; a name the engine does not know stays.
rl::Message withCollectiveKind(const rl::Message& m) {
    const std::string kind = m.args.size() > 1 ? m.args[1].text : "";
    if (const auto k = rl::parseCollectiveKind(kind)) return withName(m, 1, collectiveKindName(*k));
    return m;
}

// "the hybrid model": the learned predictor's kind (core/learned/learned_model.h).
QString predictorModel(const std::string& kind) {
    if (kind == "hybrid") return MessageText::tr("the hybrid model");
    if (kind == "learned") return MessageText::tr("the learned model");
    return MessageText::tr("the %1 model").arg(qstr(kind));
}

// A learned-model note naming the predictor's kind (argument 0) and an
// operator kind (argument 1), both translated.
rl::Message withModelAndOpKind(const rl::Message& m) {
    rl::Message out = withName(m, 0, predictorModel(m.args.empty() ? "" : m.args[0].text));
    return withName(out, 1, choiceDisplayName(m.args.size() > 1 ? m.args[1].text : ""));
}

// `m` with its English reason (argument `arg`) replaced by clause `clause`, the
// same reason typed, where the engine could type it.
rl::Message withTypedReason(const rl::Message& m, std::size_t arg, std::size_t clause) {
    return clause < m.clauses.size() ? withName(m, arg, MessageText::text(m.clauses[clause])) : m;
}

// A workload diagnostic: argument 0 is its file, shown first where there is one
// (as Diagnostic::format), then `pattern` filled with the other arguments.
QString diagnostic(const QString& pattern, const rl::Message& m) {
    rl::Message rest = m;
    std::string file;
    if (!rest.args.empty()) {
        file = rest.args.front().text;
        rest.args.erase(rest.args.begin());
    }
    const QString text = fill(pattern, rest);
    return file.empty() ? text : MessageText::tr("%1: %2").arg(qstr(file), text);
}

}  // namespace

QString MessageText::rejection(const rl::ServingReport& report, const rl::RequestRecord& request) {
    const rl::Message* typed = rl::rejectionReason(report, request.id);
    return typed ? text(*typed) : qstr(request.rejected);
}

QString MessageText::error(const std::exception& e) {
    if (const rl::Message* reason = rl::typedReason(e)) return text(*reason);
    return QString::fromUtf8(e.what());
}

QString MessageText::factor(double ratio) {
    if (!std::isfinite(ratio)) return QStringLiteral("–");
    // Scale factors of what-ifs are whole ("2×"); measured ratios keep two
    // decimals, so 1.00× (no change) reads apart from a rounded 1×.
    const bool scale = ratio >= 2 && std::abs(ratio - std::round(ratio)) < 1e-9;
    return QStringLiteral("%1×").arg(ratio, 0, 'f', scale ? 0 : 2);
}

QString MessageText::resource(const std::string& r) {
    if (r == "launch") return tr("kernel launch overhead");
    if (r.rfind("compute ", 0) == 0) return tr("compute (%1 matrix units)").arg(qstr(r.substr(8)));
    if (r.rfind("vector ", 0) == 0) return tr("vector compute (%1)").arg(qstr(r.substr(7)));
    return tr("%1 bandwidth").arg(qstr(r));
}

QString MessageText::phase(const std::string& p) {
    if (p == "prefill") return tr("prefill");
    if (p == "decode") return tr("decode");
    if (p == "forward") return tr("forward");
    if (p == "run") return tr("run");
    // Training iterations (core/sim/training/traffic_records.h) and the
    // serving simulator's mixed prefill-and-decode iterations.
    if (p == "backward") return tr("backward");
    if (p == "recompute") return tr("recompute");
    if (p == "optimizer") return tr("optimizer");
    if (p == "mixed") return tr("mixed");
    // A training run's collective records (core/sim/training/traffic_records.cpp).
    if (p == "TP comm exposed") return tr("TP comm exposed");
    if (p == "CP comm exposed") return tr("CP comm exposed");
    if (p == "EP comm exposed") return tr("EP comm exposed");
    if (p == "PP comm exposed") return tr("PP comm exposed");
    if (p == "DP comm exposed") return tr("DP comm exposed");
    return qstr(p);
}

QString MessageText::tensorClass(const std::string& c) {
    if (c == "weights") return tr("weights");
    if (c == "activations") return tr("activations");
    if (c == "kv_cache") return tr("KV cache");
    if (c == "gradients") return tr("gradients");
    if (c == "optimizer_state") return tr("optimizer state");
    return qstr(c);
}

QString MessageText::stepPart(const std::string& p) {
    // The names core/sim/training/what_if.cpp gives its sentence parts.
    if (p == "bubble") return tr("the pipeline bubble");
    if (p == "tp") return tr("exposed TP communication");
    if (p == "cp") return tr("exposed CP ring attention communication");
    if (p == "ep") return tr("exposed EP all-to-all");
    if (p == "pp") return tr("exposed PP send/recv");
    if (p == "dp") return tr("exposed DP communication");
    if (p == "recompute") return tr("recompute");
    if (p == "optimizer") return tr("the optimizer step");
    return qstr(p);
}

QString MessageText::whatIfLabel(const rl::WhatIf& w) { return label(w.labelMessage, w.label); }

QString MessageText::label(const rl::Message& typed, const std::string& english) {
    return typed.english.empty() ? qstr(english) : text(typed);
}

QStringList MessageText::sentences(const std::vector<std::string>& english,
                                   const std::vector<rl::Message>& typed) {
    QStringList out;
    if (typed.size() == english.size()) {
        for (const auto& m : typed) out << text(m);
    } else {  // a report from an older engine or a file: its English
        for (const auto& s : english) out << qstr(s);
    }
    return out;
}

QString MessageText::sentencesHtml(const std::vector<std::string>& english,
                                   const std::vector<rl::Message>& typed) {
    QString html;
    for (const QString& s : sentences(english, typed)) html += "<p>" + s.toHtmlEscaped() + "</p>";
    return html;
}

QStringList MessageText::warnings(const rl::Prediction& p) {
    // The footprint's warning is typed as the run explanation's memory sentence.
    const rl::Message* memory = nullptr;
    for (const auto& e : p.explanations)
        if (e.kind == rl::ExplanationScope::run)
            for (const auto& m : e.messages)
                if (m.id == rl::MessageId::memoryDoesNotFit ||
                    m.id == rl::MessageId::memoryWeightsDoNotFit)
                    memory = &m;
    QStringList out;
    for (const std::string& w : p.warnings) {
        const auto typed = std::find_if(p.warningMessages.begin(), p.warningMessages.end(),
                                        [&w](const rl::Message& m) { return m.english == w; });
        if (typed != p.warningMessages.end())
            out << text(*typed);
        else if (memory && p.memory && w == p.memory->message)
            out << text(*memory);
        else
            out << qstr(w);  // not typed yet (docs/messages.md lists them)
    }
    return out;
}

QString MessageText::note(const rl::OpRecord& op) {
    std::string english;
    for (const auto& m : op.noteMessages) english += (english.empty() ? "" : "; ") + m.english;
    if (op.noteMessages.empty() || english != op.note) return qstr(op.note);  // not typed
    QStringList parts;
    for (const auto& m : op.noteMessages) parts << text(m);
    return parts.join(tr("; "));
}

QString MessageText::text(const rl::Message& m) {
    using Id = rl::MessageId;
    // Clauses rendered and joined; the sentence's template places them.
    const auto clauses = [&m](const QString& separator, const QString& prefix = QString()) {
        QStringList parts;
        for (const rl::Message& c : m.clauses) parts << prefix + text(c);
        return parts.join(separator);
    };
    const QString label = m.clauses.empty() ? qstr(m.english) : text(m.clauses.front());
    switch (m.id) {
        case Id::phrase: {
            // The clauses fill the placeholders after the phrase's own values
            // (a reader's diagnostic inside a sweep-point failure).
            QStringList clauseTexts;
            for (const auto& c : m.clauses) clauseTexts << text(c);
            return phraseText(m.phrase, m.phraseContext.c_str(), clauseTexts);
        }
        case Id::runSummary:
            return fill(tr("%1 on %2: %3 in all%4."), m, {clauses(QString(), tr("; "))});
        case Id::phaseShare:
            return fill(tr("%1 %2 (%3)"), m);
        case Id::llmMetrics:
            return fill(tr("Time to first token %1; %2 per output token; %3 tokens/s; MFU %4; "
                           "%5 bandwidth utilisation %6."),
                        m);
        case Id::communicationShare:
            return fill(tr("Communication takes %1 of the time."), m);
        case Id::memoryFits:
            return fill(tr("Fits: needs %1 of %2; the largest batch that fits is %3."), m);
        case Id::memoryWeightsDoNotFit:
            return fill(tr("Does not fit: needs %1, has %2 (the weights alone need %3)."), m);
        case Id::memoryDoesNotFit:
            return fill(tr("Does not fit: needs %1, has %2 at batch %3; the largest batch that "
                           "fits is %4."),
                        m);
        case Id::runBound:
            return fill(tr("The run is bound by %1: %2 of its time is in operators it binds."), m);
        case Id::runBoundTraffic:
            return fill(tr("The run is bound by %1: %2 of its time is in operators it binds, "
                           "whose %3 traffic is %4."),
                        m, {clauses(tr(", "))});
        case Id::phaseBound:
            return capitalised(
                fill(tr("%1 is bound by %2: %3 of its time is in operators it binds."), m));
        case Id::phaseBoundTraffic:
            return capitalised(fill(tr("%1 is bound by %2: %3 of its time is in operators it "
                                       "binds, whose %4 traffic is %5."),
                                    m, {clauses(tr(", "))}));
        case Id::trafficShare:
            return fill(tr("%1 %2"), m);
        case Id::nextBoundWouldNeed:
            return fill(tr("The next bound, %1, would need %2 of the time %3 needs."), m);
        case Id::opBound:
            return fill(tr("%1 (%2) is bound by %3 at %4 each, %5 of the run."), m);
        case Id::opBoundRepeated:
            return fill(tr("%1 (%2, ×%3) is bound by %4 at %5 each, %6 of the run."), m);
        case Id::opNextBound:
            return fill(tr("The next bound, %1, is %2 of it."), m);
        case Id::whatIfFaster:
            return fill(tr("%1: %2 faster."), m, {}, {label});
        case Id::whatIfThroughput:
            return fill(tr("%1: %2 throughput, %3 latency."), m, {}, {label});
        case Id::whatIfBandwidth:
            return fill(tr("%1 %2 bandwidth"), m);
        case Id::whatIfCompute:
            return fill(tr("%1 compute"), m);
        case Id::whatIfPrecision:
            return fill(tr("%1 weights, %2 activations"), m);
        case Id::whatIfPrecisionKv:
            return fill(tr("%1 weights, %2 activations, %3 KV cache"), m);
        case Id::whatIfBatch:
            return fill(tr("%1 batch"), m);
        case Id::sentence:
            return tr("%1.").arg(label);
        // Serving.
        case Id::servingNoneServed:
            return tr("No request was served.");
        case Id::servingQueueingWaits:
            return fill(tr("Queueing is %1 of p99 TTFT (%2): requests wait for a batch slot or "
                           "KV-cache blocks."),
                        m);
        case Id::servingPrefillDominates:
            return fill(tr("Queueing is %1 of p99 TTFT (%2): the prefill itself dominates."), m);
        case Id::servingTbt:
            return fill(tr("p99 time between tokens is %1 (median %2)."), m);
        case Id::servingTbtStallPrompts:
            return fill(tr("p99 time between tokens is %1 (median %2): decodes stall behind whole "
                           "prompts in the same or an earlier iteration."),
                        m);
        case Id::servingTbtStallChunks:
            return fill(tr("p99 time between tokens is %1 (median %2): some iterations carry "
                           "large prefill chunks or recomputations."),
                        m);
        case Id::servingPreemptions:
            return fill(tr("%1 preemptions: the KV cache (%2 blocks of %3 tokens per replica) "
                           "runs out."),
                        m);
        case Id::servingBusy:
            return fill(tr("Devices are busy %1 of the time at %2 MFU; batches average %3 "
                           "sequences (max %4)."),
                        m);
        case Id::servingSloMet:
            return fill(tr("%1 of served requests meet the SLO."), m);
        case Id::servingRejected:
            return fill(tr("%1 requests were rejected (see each request's reason)."), m);
        case Id::servingWhatIfResult:
            return fill(tr("%1: p99 TTFT %2 → %3, p99 TBT %4, preemptions %5 → %6"), m, {},
                        {label});
        case Id::servingWhatIfFailed:  // clause 1: the typed reason
            return fill(tr("%1: cannot be simulated (%2)"), withTypedReason(m, 0, 1), {}, {label});
        case Id::servingWhatIfAddReplica:
            return tr("+1 replica");
        case Id::servingWhatIfKvFp8:
            return tr("fp8 KV cache");
        case Id::servingWhatIfMaxBatch:
            return fill(tr("max batch %1"), m);
        case Id::servingWhatIfChunk:
            return fill(tr("Sarathi chunk %1"), m);
        // Training.
        case Id::trainingPartShare:
            return capitalised(fill(tr("%1 is %2 of the step (%3)"), m));
        case Id::trainingDpReduceScatterContention:
            return fill(tr("DP reduce-scatter is exposed for %1 because it shares the NIC with PP "
                           "sends (%2 longer than alone)"),
                        m);
        case Id::trainingDpAllReduceContention:
            return fill(tr("DP all-reduce is exposed for %1 because it shares the NIC with PP "
                           "sends (%2 longer than alone)"),
                        m);
        case Id::trainingFp8Scaling:
            return fill(tr("fp8 scaling (casts with amax, amax all-reduce) costs %1 of the step"),
                        m);
        case Id::trainingStageDoesNotFit:
            return fill(tr("Stage %1 does not fit in memory"), m);
        case Id::trainingWhatIfMicroBatchesGlobal:
            return fill(tr("%1 micro-batches instead of %2 (global batch ×2)"), m);
        case Id::trainingWhatIfMicroBatchesHalf:
            return fill(tr("%1 micro-batches instead of %2 (half the micro-batch)"), m);
        case Id::trainingWhatIfInterleave:
            return fill(tr("interleave %1 chunks per rank"), m);
        case Id::trainingWhatIfZeroBubble:
            return tr("zero-bubble schedule (ZB-H1)");
        case Id::trainingWhatIfFp8:
            return tr("fp8 GEMMs with per-tensor scaling");
        case Id::trainingWhatIfDpOverlap:
            return tr("DP communication overlapped with compute");
        case Id::trainingWhatIfTpOverlap:
            return tr("TP communication overlapped with GEMMs");
        case Id::trainingWhatIfSequenceParallel:
            return tr("sequence parallelism on");
        case Id::trainingWhatIfRecomputeSelective:
            return tr("selective recompute");
        case Id::trainingWhatIfRecomputeNone:
            return tr("no recompute");
        case Id::trainingWhatIfZero1:
            return tr("distributed optimizer (ZeRO 1)");
        // Warnings.
        case Id::warnStageDoesNotFit:
            return fill(tr("pipeline stage %1 does not fit in device memory"), m);
        case Id::warnRequestsRejected:  // clause 0: the typed reason
            return fill(tr("%1 requests were rejected; the first: request %2 %3"),
                        withTypedReason(m, 2, 0));
        case Id::warnNoInterconnect:
            return fill(tr("the scenario uses %1 devices but the hardware has no interconnect: "
                           "collectives are not costed"),
                        m);
        case Id::warnMoreDevicesThanHardware:
            return fill(tr("the scenario uses %1 devices but '%2' lists %3; assuming identical "
                           "devices on the same links"),
                        m);
        case Id::warnCannotAnalyse:  // clause 0: the lowering's typed reason
            return fill(tr("cannot analyse: %1"), withTypedReason(m, 0, 0));
        case Id::warnNoMemoryLevels:
            return tr("the hardware lists no memory levels: only compute is costed");
        case Id::warnNotInference:
            return fill(tr("the analytical predictor costs one inference pass (batch, prompt and "
                           "generated tokens of the scenario's inference settings); a '%1' "
                           "scenario needs the simulator for its full behaviour"),
                        m);
        // A collective on an interconnect dimension (its kind as argument 1).
        case Id::warnCollectiveNoInterconnect:
            return fill(tr("%1: %2 over %3 ranks on interconnect dimension %4: '%5' has no "
                           "interconnect"),
                        withCollectiveKind(m));
        case Id::warnCollectiveNoDimension:
            return fill(tr("%1: %2 over %3 ranks on interconnect dimension %4: '%5' has "
                           "dimensions 0..%6"),
                        withCollectiveKind(m));
        case Id::warnCollectiveTooWide:
            return fill(tr("%1: %2 over %3 ranks on interconnect dimension %4 (%5) needs %6 "
                           "devices, but '%7' has %8 up to that dimension (costed as if it "
                           "extended)"),
                        withCollectiveKind(m));
        // Operator notes.
        case Id::noteFewTiles:
            return fill(tr("few tiles: %1 of the device's compute is busy"), m);
        case Id::noteCollectiveWithoutInterconnect:
            return tr(
                "the hardware has no interconnect: the collective is costed as local "
                "memory traffic only");
        case Id::noteOutsideTrainingData:
            return fill(tr("outside the training data: %1"), m, {clauses(tr("; "))});
        case Id::noteFeatureOutside:
            return fill(tr("%1 = %2 (trained on %3 .. %4)"), m);
        case Id::noteTransferUnchecked:
            return fill(tr("how the correction carries to %1 is unchecked (the model has one "
                           "training device, or its transfer check was skipped): half of it "
                           "is applied"),
                        m);
        case Id::noteKindNotTrained:
            return fill(tr("%1 was not trained on %2 operators"), withModelAndOpKind(m));
        case Id::noteRooflineKept:
            return fill(tr("roofline kept: %1 was not trained on %2 operators"),
                        withModelAndOpKind(m));
        // Serving diagnostics: why a request was rejected.
        case Id::rejectKvBlocks:
            return fill(tr("needs %1 KV-cache blocks (%2 prompt + %3 output tokens) plus a "
                           "watermark of %4; a replica has %5"),
                        m);
        case Id::rejectPromptTooLong:
            return fill(tr("prompt of %1 tokens exceeds max_batched_tokens %2 (vLLM does not "
                           "split prompts)"),
                        m);
        case Id::rejectNeverCompleted:
            return tr("never completed: the replica could not make progress");
        case Id::servingKvFootprint:
            return fill(tr("KV cache: %1 blocks of %2 tokens (%3) per device after %4 of weights "
                           "and %5 of activations"),
                        m);
        // Why a run cannot be simulated.
        case Id::servingNeedsDecoder:
            return fill(tr("model '%1' cannot be served: the serving simulator needs a decoder "
                           "transformer"),
                        m);
        case Id::servingNoKvBlock:
            return fill(tr("model '%1' cannot be served on '%2' at TP %3 × PP %4: no KV-cache "
                           "block fits: each device has %5, keeps %6 in reserve, and needs %7 "
                           "for weights and %8 for activations"),
                        m);
        case Id::servingCapacityNeedsSlo:
            return tr(
                "capacity search needs a service-level objective: set serving.slo "
                "ttft_p99, tpot_p99 or e2e_p99");
        case Id::trainingNotTransformer:
            return fill(tr("model '%1' is a %2; the training simulator needs a transformer"), m);
        case Id::trainingTpHeads:
            return fill(tr("tensor parallelism %1 does not divide the %2 attention heads of '%3'"),
                        m);
        case Id::trainingCpSequence:
            return fill(tr("context parallelism %1 needs the sequence (%2) to be a multiple of "
                           "2 × CP = %3 (ring attention's load-balanced chunks)"),
                        m);
        case Id::trainingStagesLayers:
            return fill(tr("pipeline %1 × interleave %2 = %3 virtual stages for only %4 layers "
                           "of '%5'"),
                        m);
        case Id::trainingGlobalBatch:
            return fill(tr("global batch %1 is not a multiple of micro batch × data parallel = "
                           "%2 × %3"),
                        m);
        case Id::trainingInterleaveChunks:
            return tr("the interleaved schedule needs interleave >= 2");
        case Id::trainingInterleavedMicroBatches:
            return fill(tr("interleaved 1F1B needs the micro-batches per replica (%1) to be a "
                           "multiple of pipeline parallelism (%2)"),
                        m);
        case Id::trainingInterleaveSchedule:
            return fill(tr("interleave %1 needs the 1F1B schedule, not %2"), m);
        case Id::trainingEpDense:
            return fill(tr("expert parallelism %1 on dense model '%2' (no experts)"), m);
        case Id::trainingEpDivide:
            return fill(tr("expert parallelism %1 must divide the %2 experts and data "
                           "parallelism %3"),
                        m);
        case Id::trainingSpSequence:
            return fill(tr("sequence parallelism needs the sequence (%1) to be a multiple of "
                           "tensor × context parallelism (%2 × %3)"),
                        m);
        case Id::trainingTooFewGpus:
            return fill(tr("the plan needs TP × CP × PP × DP = %1 × %2 × %3 × %4 = %5 GPUs; '%6' "
                           "has %7"),
                        m);
        case Id::trainingFp8Hardware:
            return fill(tr("fp8 GEMMs need fp8 tensor cores; '%1' lists no fp8 peak"), m);
        case Id::trainingNoPlan:
            return fill(tr("no plan of TP (within a node, dividing the %1 heads) × PP (at most "
                           "the %2 layers) × DP divides %3 GPUs and the global batch of %4"),
                        m);
        // The workload checks of a serving scenario, one diagnostic per clause.
        case Id::warnWorkload:
            return tr("workload: %1").arg(clauses(QStringLiteral("\n")));
        case Id::workloadRowTooShort:
            return diagnostic(tr("(row) (line %1, column %2): warning: got %3; at least %4 "
                                 "fields (the row has %5)"),
                              m);
        case Id::workloadBadTokens:
            return diagnostic(tr("column \"%1\" (line %2, column %3): warning: got %4; a whole "
                                 "number of tokens from 0 to %5 (row skipped)"),
                              m);
        case Id::workloadBadTimestamp:
            return diagnostic(tr("column \"%1\" (line %2, column %3): warning: got %4; a "
                                 "timestamp such as \"2023-11-16 18:15:46.6805900\" like the rows "
                                 "above (row skipped)"),
                              m);
        case Id::workloadBadSeconds:
            return diagnostic(tr("column \"%1\" (line %2, column %3): warning: got %4; an "
                                 "arrival time in seconds >= 0 like the rows above (row skipped)"),
                              m);
        case Id::workloadBadArrival:
            return diagnostic(tr("column \"%1\" (line %2, column %3): warning: got %4; an "
                                 "arrival time in seconds, or a timestamp such as "
                                 "\"2023-11-16 18:15:46.6805900\" (row skipped)"),
                              m);
        case Id::workloadMoreBadRows:
            return diagnostic(tr("(file): warning: got %1 more bad rows; rows like the ones "
                                 "above (skipped; only the first %2 are listed)"),
                              m);
        case Id::workloadFewerRows:
            return diagnostic(tr("(rows): warning: got %1 usable rows; %2 requests as the "
                                 "scenario asks (replaying all %3 rows instead)"),
                              m);
    }
    return qstr(m.english);
}

}  // namespace views
}  // namespace rl
