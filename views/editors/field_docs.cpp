#include "views/editors/field_docs.h"

#include <QCoreApplication>
#include <QHash>

namespace rl {
namespace views {

QString fieldDoc(const QString& key, const QString& parentKey) {
    auto tr = [](const char* s) { return QCoreApplication::translate("rl::views::FieldDocs", s); };
    if (parentKey == "peak")
        return tr("Dense peak math rate for this data type, e.g. \"312 TFLOP/s\".");
    if (parentKey == "efficiency")
        return tr(
            "Fraction of the peak a well-tuned kernel reaches for this data type, in (0, 1].");
    if (parentKey == "precision")
        return tr("Data type of this tensor class: fp32, bf16, fp16, fp8, int8 or int4.");
    if (parentKey == "parallelism")
        return tr("Number of devices along this parallelism dimension.");
    static const QHash<QString, const char*> docs = {
        {"name", QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Display name.")},
        {"vendor", QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Manufacturer.")},
        {"kind", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                   "What this spec describes (hardware: gpu, tpu, cpu, edge, "
                                   "accelerator; scenario: inference, serving, training).")},
        {"source", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                     "Where the numbers come from (datasheet, paper).")},
        {"aliases",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                           "Other names of the device in measurement files, comma separated.")},
        {"units", QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Compute units (SMs, cores, PEs).")},
        {"clock", QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Boost clock, e.g. \"1.41 GHz\".")},
        {"energy_per_flop", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                              "Energy of one operation, e.g. \"0.6 pJ/FLOP\".")},
        {"capacity", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                       "Capacity per instance, e.g. \"80 GiB\" or \"192 KiB\".")},
        {"instances",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                           "How many copies of this level exist (e.g. one L1 per SM).")},
        {"bandwidth", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                        "Aggregate bandwidth of the level, e.g. \"2039 GB/s\". "
                                        "Drag the slider to scale it live.")},
        {"efficiency",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                           "Fraction of the bandwidth a streaming kernel reaches, in (0, 1].")},
        {"read_energy",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Energy per byte read, e.g. \"7 pJ/B\".")},
        {"write_energy",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Energy per byte written, e.g. \"7 pJ/B\".")},
        {"latency",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Access or message latency, e.g. \"500 ns\".")},
        {"topology", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                       "Interconnect topology: switch, ring, torus or mesh.")},
        {"devices",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Devices along this interconnect dimension.")},
        {"link_bandwidth",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                           "Bandwidth per device per direction, e.g. \"300 GB/s\".")},
        {"tdp", QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Thermal design power, e.g. \"400 W\".")},
        {"die_area", QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Die area, e.g. \"826 mm2\".")},
        {"cost_per_hour",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Rental price, e.g. \"1.80 USD/h\".")},
        {"kernel_launch", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                            "Fixed overhead per kernel launch, e.g. \"4 us\".")},
        {"published_params",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "The parameter count the model is known by.")},
        {"model_type", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                         "Hugging Face model family (llama, mistral, mixtral, "
                                         "qwen2, gpt2, opt, falcon, bert).")},
        {"hidden_size",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Width of the residual stream (d_model).")},
        {"intermediate_size",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Width of the MLP (per expert for MoE).")},
        {"num_attention_heads",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Query heads per layer.")},
        {"num_key_value_heads",
         QT_TRANSLATE_NOOP(
             "rl::views::FieldDocs",
             "Key/value heads per layer (fewer than query heads for GQA, 1 for MQA).")},
        {"num_hidden_layers", QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Transformer blocks.")},
        {"vocab_size", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                         "Tokens in the vocabulary (embedding and LM head rows).")},
        {"max_position_embeddings",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Longest context the model supports.")},
        {"num_local_experts",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                           "Experts per MoE layer (0 or absent for dense models).")},
        {"num_experts_per_tok",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Experts each token is routed to (top-k).")},
        {"hidden_act",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "MLP activation (silu, gelu, relu).")},
        {"batch", QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Sequences processed together.")},
        {"prompt_tokens",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs", "Prompt length per sequence (prefill).")},
        {"generated_tokens", QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                                               "Tokens generated per sequence (decode steps).")},
        {"flash_attention",
         QT_TRANSLATE_NOOP("rl::views::FieldDocs",
                           "Fused attention kernel: the score matrix never goes to memory.")},
    };
    auto it = docs.constFind(key);
    return it == docs.constEnd() ? QString() : tr(it.value());
}

}  // namespace views
}  // namespace rl
