#include "core/sim/serving/serving_export.h"

#include <cstdio>

#include "core/result/csv_writer.h"
#include "core/result/engine_text.h"
#include "core/result/serving_report_names.h"

namespace rl {
namespace {

using nlohmann::json;

// A time that never happened is negative in the report and null in JSON.
json when(double t) { return t >= 0 ? json(t) : json(nullptr); }

json latency(const LatencySummary& s) {
    return {{"mean", s.mean}, {"p50", s.p50}, {"p90", s.p90},        {"p95", s.p95},
            {"p99", s.p99},   {"max", s.max}, {"samples", s.samples}};
}

json requestToJson(const RequestRecord& r) {
    const bool served = r.served();
    return {{"id", r.id},
            {"replica", r.replica},
            {"prefill_replica", r.prefillReplica},
            {"arrival_s", r.arrival},
            {"scheduled_s", when(r.scheduled)},
            {"first_token_s", when(r.firstToken)},
            {"completion_s", when(r.completion)},
            {"prompt_tokens", r.promptTokens},
            {"output_tokens", r.outputTokens},
            {"preemptions", r.preemptions},
            {"max_token_gap_s", r.maxTokenGap},
            {"ttft_s", served ? json(r.ttft()) : json(nullptr)},
            {"tpot_s", served ? json(r.tpot()) : json(nullptr)},
            {"e2e_s", served ? json(r.e2e()) : json(nullptr)},
            {"rejected", r.rejected}};
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}

std::string cell(double t) { return t >= 0 ? num(t) : std::string(); }

}  // namespace

json servingReportToJson(const Prediction& p, bool withIterations) {
    if (!p.serving)
        throwEngineError(
            RL_TR("EngineText", "servingReportToJson: the prediction has no serving report"));
    const ServingReport& r = *p.serving;
    json doc = json::object();
    doc["format"] = "ridgeline.serving_report";
    doc["version"] = kServingReportJsonVersion;
    doc["hardware"] = p.hardware;
    doc["model"] = p.model;
    doc["scenario"] = p.scenario;
    doc["predictor"] = p.predictor;
    doc["warnings"] = p.warnings;
    doc["summary"] = {{"duration_s", r.duration},
                      {"served", r.served},
                      {"rejected", r.rejected},
                      {"preemptions", r.preemptions},
                      {"requests_per_s", r.requestsPerS},
                      {"input_tokens_per_s", r.inputTokensPerS},
                      {"output_tokens_per_s", r.outputTokensPerS},
                      {"goodput_requests_per_s", r.goodputRequestsPerS},
                      {"slo_attainment", r.sloAttainment},
                      {"mfu", r.mfu},
                      {"busy_fraction", r.busyFraction},
                      {"kv_blocks_per_replica", r.kvBlocksPerReplica},
                      {"kv_block_bytes", r.kvBlockBytes},
                      {"energy_j", r.energyJ},
                      {"energy_j_per_million_tokens", r.joulesPerMillionTokens},
                      {"cost_usd_per_million_tokens", r.usdPerMillionTokens}};
    doc["latency_s"] = {{"ttft", latency(r.ttft)},
                        {"tbt", latency(r.tbt)},
                        {"tpot", latency(r.tpot)},
                        {"e2e", latency(r.e2e)},
                        {"scheduling_delay", latency(r.schedulingDelay)}};
    doc["normalised_latency_s_per_token"] = latency(r.normalisedLatency);

    json trials = json::array();
    for (const CapacityTrial& t : r.capacityTrials)
        trials.push_back({{"rate_per_s", t.ratePerS},
                          {"ttft_p99_s", t.ttftP99},
                          {"tpot_p99_s", t.tpotP99},
                          {"e2e_p99_s", t.e2eP99},
                          {"meets_slo", t.meetsSlo}});
    doc["capacity"] = {{"rate_per_s", r.capacityRatePerS}, {"trials", trials}};

    json whatIfs = json::array();
    for (const ServingWhatIf& w : r.whatIfs)
        whatIfs.push_back({{"change", std::string(nameOf(kServingChangeNames, w.change))},
                           {"value", w.value},
                           {"scheduler", w.scheduler},
                           {"label", w.label},
                           {"ttft_p99_before_s", w.ttftP99Before},
                           {"ttft_p99_after_s", w.ttftP99After},
                           {"tbt_p99_before_s", w.tbtP99Before},
                           {"tbt_p99_after_s", w.tbtP99After},
                           {"preemptions_before", w.preemptionsBefore},
                           {"preemptions_after", w.preemptionsAfter},
                           {"output_tokens_per_s_before", w.throughputBefore},
                           {"output_tokens_per_s_after", w.throughputAfter}});
    doc["what_ifs"] = whatIfs;
    doc["explanation"] = r.explanation;

    json series = json::array();
    for (const ServingSeries& s : r.series)
        series.push_back({{"replica", s.replica},
                          {"time_s", s.time},
                          {"batch_size", s.batchSize},
                          {"tokens_per_iteration", s.tokensPerIteration},
                          {"kv_use_fraction", s.kvUse},
                          {"queue_length", s.queueLength},
                          {"busy_fraction", s.busy}});
    doc["series"] = series;

    json requests = json::array();
    for (const RequestRecord& q : r.requests) requests.push_back(requestToJson(q));
    doc["requests"] = requests;

    if (withIterations) {
        json its = json::array();
        for (const IterationRecord& i : r.iterations)
            its.push_back({{"replica", i.replica},
                           {"stage", i.stage},
                           {"start_s", i.start},
                           {"duration_s", i.duration},
                           {"prefill_tokens", i.prefillTokens},
                           {"decode_tokens", i.decodeTokens},
                           {"requests", i.requests},
                           {"kv_blocks_used", i.kvBlocksUsed},
                           {"linear_s", i.linearTime},
                           {"attention_s", i.attentionTime},
                           {"communication_s", i.communicationTime},
                           {"overhead_s", i.overheadTime}});
        doc["iterations"] = its;
    }
    return doc;
}

std::string servingRequestsCsv(const ServingReport& r) {
    std::string out =
        csv::record({"id", "replica", "prefill_replica", "arrival_s", "scheduled_s",
                     "first_token_s", "completion_s", "prompt_tokens", "output_tokens",
                     "preemptions", "ttft_s", "tpot_s", "e2e_s", "scheduling_delay_s",
                     "normalised_latency_s_per_token", "max_token_gap_s", "rejected"});
    out.reserve(out.size() + r.requests.size() * 120);
    for (const RequestRecord& q : r.requests) {
        const bool served = q.served();
        out += csv::record(
            {std::to_string(q.id), std::to_string(q.replica), std::to_string(q.prefillReplica),
             num(q.arrival), cell(q.scheduled), cell(q.firstToken), cell(q.completion),
             std::to_string(q.promptTokens), std::to_string(q.outputTokens),
             std::to_string(q.preemptions), served ? num(q.ttft()) : "",
             served ? num(q.tpot()) : "", served ? num(q.e2e()) : "",
             q.scheduled >= 0 ? num(q.schedulingDelay()) : "",
             served ? num(q.normalisedLatency()) : "", num(q.maxTokenGap), q.rejected});
    }
    return out;
}

}  // namespace rl
