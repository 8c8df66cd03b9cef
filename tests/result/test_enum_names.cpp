// Every enum's table of names (core/spec/enum_names.h) covers every value
// once, and toString and the parser agree: each value round-trips.
#include <QtTest>

#include <set>
#include <string>

#include "core/analytical/collective_names.h"
#include "core/dataflow/mapper.h"
#include "core/dataflow/systolic.h"
#include "core/learned/learned_model.h"
#include "core/predict/predictor_registry.h"
#include "core/result/serving_report_names.h"
#include "core/result/trace_names.h"
#include "core/sim/serving/policy_names.h"
#include "core/sim/training/training_enum_names.h"
#include "core/spec/accelerator_spec.h"
#include "core/spec/dtype_names.h"
#include "core/workload/operator_names.h"

using namespace rl;

namespace {

// The table lists values 0..last once each, with distinct non-empty names,
// and nameOf / valueOf invert each other.
template <typename E, std::size_t N>
void checkTable(const std::array<EnumName<E>, N>& table, E last) {
    QCOMPARE(N, static_cast<std::size_t>(last) + 1);
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < N; ++i) {
        const E value = static_cast<E>(i);
        const std::string_view name = nameOf(table, value, "");
        QVERIFY2(!name.empty(), std::to_string(i).c_str());
        QVERIFY2(names.insert(name).second, std::string(name).c_str());
        QCOMPARE(valueOf(table, name), std::optional<E>(value));
    }
    QVERIFY(!valueOf(table, "no such name"));
    QVERIFY(!valueOf(table, ""));
}

}  // namespace

class TestEnumNames : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void opKind() {
        checkTable(kOpKindNames, OpKind::send_recv);
        for (const auto& e : kOpKindNames) {
            QCOMPARE(toString(e.value), e.name);
            QCOMPARE(parseOpKind(toString(e.value)), std::optional<OpKind>(e.value));
        }
        QVERIFY(!parseOpKind("GEMM"));  // exact names; importers add their aliases
    }

    void tensorClass() {
        checkTable(kTensorClassNames, TensorClass::optimizer_state);
        for (const auto& e : kTensorClassNames) {
            QCOMPARE(toString(e.value), e.name);
            QCOMPARE(parseTensorClass(toString(e.value)), std::optional<TensorClass>(e.value));
        }
    }

    void collectiveKind() {
        checkTable(kCollectiveKindNames, CollectiveKind::send_recv);
        for (const auto& e : kCollectiveKindNames) {
            QCOMPARE(toString(e.value), e.name);
            QCOMPARE(parseCollectiveKind(toString(e.value)),
                     std::optional<CollectiveKind>(e.value));
        }
    }

    void dtype() {
        checkTable(kDTypeNames, DType::int4);
        QCOMPARE(kDTypeNames.size(), kAllDTypes.size());
        for (DType t : kAllDTypes) QCOMPARE(parseDType(toString(t)), std::optional<DType>(t));
        // The aliases Hugging Face configs write.
        QCOMPARE(parseDType("bfloat16"), std::optional<DType>(DType::bf16));
        QCOMPARE(parseDType("float32"), std::optional<DType>(DType::fp32));
        QVERIFY(!parseDType("fp12"));
    }

    void learnedModelNames() {
        checkTable(kPredictorKindNames, PredictorKind::hybrid);
        checkTable(kAlgorithmNames, Algorithm::mlp);
        for (const auto& e : kPredictorKindNames) QCOMPARE(toString(e.value), std::string(e.name));
        for (const auto& e : kAlgorithmNames) QCOMPARE(toString(e.value), std::string(e.name));
    }

    // Enums whose tables stay inside their .cpp: every value through the public pair.
    void learnedFeatures() {
        std::set<std::string_view> names;
        for (int i = 0; i < kFeatureCount; ++i) {
            const auto f = static_cast<Feature>(i);
            QVERIFY(toString(f) != "?");
            QVERIFY(names.insert(toString(f)).second);
            std::string error;
            QCOMPARE(parseFeatures({std::string(toString(f))}, &error), std::vector<Feature>{f});
        }
        std::string error;
        QVERIFY(parseFeatures({"log_m", "no_such_feature"}, &error).empty());
        QVERIFY2(error.find("no_such_feature") != std::string::npos, error.c_str());
    }

    void dataflowNames() {
        using namespace rl::dataflow;
        for (int i = 0; i <= static_cast<int>(Objective::edp); ++i) {
            const auto o = static_cast<Objective>(i);
            QVERIFY(toString(o) != "?");
            QCOMPARE(parseObjective(toString(o)), std::optional<Objective>(o));
        }
        QCOMPARE(parseObjective("delay"), std::optional<Objective>(Objective::cycles));
        for (int i = 0; i <= static_cast<int>(SystolicDataflow::is); ++i) {
            const auto d = static_cast<SystolicDataflow>(i);
            QVERIFY(toString(d) != "?");
            QCOMPARE(parseSystolicDataflow(toString(d)), std::optional<SystolicDataflow>(d));
        }
        QVERIFY(!parseSystolicDataflow("rs"));
        for (int i = 0; i < kDataSpaceCount; ++i) {
            const auto d = static_cast<DataSpace>(i);
            QVERIFY(toString(d) != "?");
            QCOMPARE(parseDataSpace(toString(d)), std::optional<DataSpace>(d));
        }
    }

    void traceAndServingNames() {
        checkTable(kTraceRefNames, TraceRef::task);
        for (const auto& e : kTraceRefNames) QCOMPARE(toString(e.value), e.name);
        checkTable(kServingChangeNames, ServingWhatIf::Change::rate);
        using namespace rl::serving;
        checkTable(kPolicyNames, Policy::fastertransformer);
        checkTable(kGlobalPolicyNames, GlobalPolicy::random);
        for (const auto& e : kPolicyNames) QCOMPARE(policyOf(std::string(e.name)), e.value);
        for (const auto& e : kGlobalPolicyNames)
            QCOMPARE(globalPolicyOf(std::string(e.name)), e.value);
        QCOMPARE(policyOf("disaggregated"), Policy::vllm);  // the one alias
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, policyOf("VLLM"));
    }

    void trainingAndCollectiveNames() {
        using namespace rl::training;
        checkTable(kScheduleNames, Schedule::zeroBubble);
        checkTable(kRecomputeNames, Recompute::full);
        for (const auto& e : kScheduleNames) QCOMPARE(toString(e.value), e.name);
        for (const auto& e : kRecomputeNames) QCOMPARE(toString(e.value), e.name);
        checkTable(kCollectiveAlgorithmNames, CollectiveAlgorithm::nvls);
        checkTable(kNcclProtocolNames, NcclProtocol::simple);
        for (const auto& e : kNcclProtocolNames) QCOMPARE(toString(e.value), e.name);
        for (const auto& e : kCollectiveAlgorithmNames) {
            QCOMPARE(toString(e.value), e.name);
            CollectiveAlgorithm parsed = CollectiveAlgorithm::ring;
            QVERIFY(parseCollectiveAlgorithm(e.name, parsed));
            QVERIFY(parsed == e.value);
        }
        CollectiveAlgorithm untouched = CollectiveAlgorithm::tree;
        QVERIFY(!parseCollectiveAlgorithm("automatic", untouched));
        QVERIFY(untouched == CollectiveAlgorithm::tree);
    }

    void predictorNamesMatchTheLearnedKinds() {
        // `--predictor hybrid` loads a hybrid model file: the two tables agree.
        QCOMPARE(toString(PredictorId::hybrid), std::string_view(toString(PredictorKind::hybrid)));
        QCOMPARE(toString(PredictorId::learned),
                 std::string_view(toString(PredictorKind::learned)));
    }
};

QTEST_GUILESS_MAIN(TestEnumNames)
#include "test_enum_names.moc"
