// Fuzz target: the spatial-accelerator readers (accelerator, problem, mapping
// documents, and a hardware file's "accelerator" object) and, when all three
// parse from one input, binding and validating the mapping and evaluating it.
// Rejection must come as diagnostics.
#include "core/dataflow/loop_nest_model.h"
#include "core/dataflow/mapping_nest.h"
#include "core/spec/accelerator_spec.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rl::Diagnostics diag("fuzz.json");
    const auto doc = rl::parseJsonDocument(rl::fuzz::asText(data, size), diag);
    if (!doc) return 0;
    auto arch = rl::parseAcceleratorArch(*doc, "", diag);
    if (doc->is_object() && doc->contains("accelerator"))
        arch = rl::parseAcceleratorArch((*doc)["accelerator"], "/accelerator", diag);
    // A combined document {"arch": ..., "problem": ..., "mapping": ...} lets
    // the fuzzer reach the evaluation with all three specs from one input.
    const rl::Json* problemNode = doc.operator->();
    const rl::Json* mappingNode = doc.operator->();
    if (doc->is_object() && doc->contains("arch") && doc->contains("problem") &&
        doc->contains("mapping")) {
        arch = rl::parseAcceleratorArch((*doc)["arch"], "/arch", diag);
        problemNode = &(*doc)["problem"];
        mappingNode = &(*doc)["mapping"];
    }
    const auto problem = rl::parseProblem(*problemNode, "", diag);
    const auto mapping = rl::parseMapping(*mappingNode, "", diag);
    if (!arch || !problem || !mapping) return 0;
    rl::dataflow::MappingNest nest;
    rl::Diagnostics md;
    if (!rl::dataflow::bindMapping(*mapping, *arch, nest, md, "") ||
        !rl::dataflow::validateMapping(nest, *arch, *problem, md, ""))
        return 0;
    (void)rl::dataflow::LoopNestModel(*arch, *problem).evaluate(nest);
    return 0;
}
