#include "views/editors/field_schema.h"

#include <set>

#include <QCoreApplication>

#include "core/spec/device_kind.h"
#include "core/spec/dtype_names.h"
#include "core/spec/hf_config.h"

namespace rl {
namespace views {
namespace {

constexpr const char* kContext = "rl::views::FieldSchema";

using D = rl::Dimension;
using K = FieldKind;

// A fluent builder so that each table line reads as one sentence.
struct Entry {
    FieldSpec s;
    Entry(std::string pattern, FieldKind kind, const char* label, const char* description) {
        s.pattern = std::move(pattern);
        s.kind = kind;
        s.labelSource = label;
        s.descriptionSource = description;
    }
    Entry& required() {
        s.optional = false;
        return *this;
    }
    Entry& fixedInForm() {
        s.addable = false;
        return *this;
    }
    Entry& def(rl::Json v) {
        s.defaultValue = std::move(v);
        return *this;
    }
    Entry& dim(D d) {
        s.dimension = d;
        return *this;
    }
    Entry& pick(std::vector<std::string> values, bool open = false) {
        s.choices = std::move(values);
        s.openChoice = open;
        return *this;
    }
    Entry& row(const char* name, rl::Json templ) {
        s.rowNameSource = name;
        s.defaultValue = std::move(templ);
        return *this;
    }
    Entry& when(std::string key, std::vector<std::string> values) {
        s.whenKey = std::move(key);
        s.whenValues = std::move(values);
        return *this;
    }
    operator FieldSpec() const { return s; }
};

Entry q(std::string p, const char* label, const char* desc, D d, const char* example) {
    return Entry(std::move(p), K::quantity, label, desc).dim(d).def(example);
}

// A drop-down's values straight from a core name table, so the editor offers
// exactly what the reader accepts.
template <std::size_t N>
std::vector<std::string> choicesOf(const std::array<std::string_view, N>& names) {
    return {names.begin(), names.end()};
}

std::vector<std::string> dtypeNames() { return choicesOf(rl::namesOf(rl::kDTypeNames)); }

// Every format starts with its format and version: shown, never edited.
std::vector<FieldSpec> withHeader(std::vector<FieldSpec> fields) {
    const std::vector<FieldSpec> header = {
        Entry("/format", K::fixed, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Format"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "The kind of file; set by Ridgeline."))
            .required(),
        Entry("/version", K::fixed, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Version"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Version of the file format."))
            .required(),
    };
    fields.insert(fields.begin(), header.begin(), header.end());
    return fields;
}

std::vector<FieldSpec> hardwareTable() {
    std::vector<FieldSpec> t = {
        Entry("/name", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Name"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Display name of the device."))
            .required(),
        Entry("/vendor", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Vendor"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Manufacturer."))
            .def(""),
        Entry("/kind", K::choice, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Kind"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "What the spec describes."))
            .pick(choicesOf(rl::deviceKindNames()))
            .required(),
        Entry("/source", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Source"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "The datasheet or paper the figures come from."))
            .required(),
        Entry("/aliases", K::list, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Aliases"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Other names of the device in measurement files, comma separated."))
            .def(rl::Json::array()),
        Entry("/compute", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Compute"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Math units, their clock and peaks."))
            .required(),
        Entry("/compute/units", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Compute units"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "SMs, cores or PEs (1 to 10^7)."))
            .def(1),
        q("/compute/clock", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Clock"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Boost clock."), D::frequency, "1 GHz"),
        Entry("/compute/threads_per_unit", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Threads per unit"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Resident threads per SM (2048, 1536 on sm_86/89, 1024 on sm_75); "
                                "sets the bytes a streaming kernel keeps in flight."))
            .def(2048),
        Entry("/compute/peak", K::object,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Peak math rate"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Dense peak per device and data type; at least one."))
            .required(),
    };
    // Data-type keys are their own labels ("fp16"), the same in every language.
    for (const auto& e : rl::kDTypeNames)
        t.push_back(q(
            "/compute/peak/" + std::string(e.name), e.name.data(),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Dense peak math rate for this data type."),
            D::flop_rate, "100 TFLOP/s"));
    t.push_back(
        Entry("/compute/efficiency", K::object,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Compute efficiency"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Fraction of the peak a well-tuned kernel reaches, per data type."))
            .def(rl::Json::object()));
    for (const auto& e : rl::kDTypeNames)
        t.push_back(
            Entry("/compute/efficiency/" + std::string(e.name), K::number, e.name.data(),
                  QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                    "Fraction of the peak reached for this data type, in (0, 1]."))
                .def(1.0));
    const std::vector<FieldSpec> rest = {
        q("/compute/energy_per_flop",
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Energy per operation"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                            "Energy of one operation at the math precision."),
          D::energy_per_flop, "0.5 pJ/FLOP"),
        Entry("/memory", K::rows, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Memory levels"),
              QT_TRANSLATE_NOOP(
                  "rl::views::FieldSchema",
                  "Memory hierarchy, outermost (DRAM/HBM) first; inner levels must not hold more."))
            .row(QT_TRANSLATE_NOOP("rl::views::FieldSchema", "memory level"),
                 {{"name", "New level"},
                  {"kind", "sram"},
                  {"capacity", "64 KiB"},
                  {"bandwidth", "10 TB/s"}})
            .required(),
        Entry("/memory/*/name", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Name"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Name of the level, e.g. HBM3 or L2."))
            .required(),
        Entry("/memory/*/kind", K::choice, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Kind"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Technology of the level."))
            .pick({"dram", "hbm", "sram", "cache", "regfile"})
            .required(),
        q("/memory/*/capacity", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Capacity"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Capacity of one instance."), D::bytes,
          "64 KiB")
            .required(),
        Entry("/memory/*/instances", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Instances"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Copies of this level, e.g. one L1 per SM."))
            .def(1),
        q("/memory/*/bandwidth", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Bandwidth"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                            "Aggregate bandwidth over all instances; drag the slider to scale it."),
          D::bandwidth, "1 TB/s")
            .required(),
        Entry("/memory/*/efficiency", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Efficiency"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Fraction of the bandwidth a streaming kernel reaches, in (0, 1]."))
            .def(1.0),
        q("/memory/*/read_energy", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Read energy"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Energy per byte read."), D::energy_per_byte,
          "1 pJ/B"),
        q("/memory/*/write_energy", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Write energy"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Energy per byte written."),
          D::energy_per_byte, "1 pJ/B"),
        q("/memory/*/latency", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Latency"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Access latency."), D::time, "100 ns"),
        Entry("/interconnect", K::rows, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Interconnect"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Links between devices, innermost dimension first."))
            .row(QT_TRANSLATE_NOOP("rl::views::FieldSchema", "interconnect dimension"),
                 {{"name", "New link"},
                  {"topology", "switch"},
                  {"devices", 2},
                  {"link_bandwidth", "100 GB/s"}})
            .def(rl::Json::array()),
        Entry("/interconnect/*/name", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Name"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Name of the link, e.g. NVLink4."))
            .required(),
        Entry("/interconnect/*/topology", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Topology"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "How the devices of this dimension are connected."))
            .pick({"switch", "ring", "torus", "mesh", "point_to_point"})
            .required(),
        Entry("/interconnect/*/devices", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Devices"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Devices along this dimension (1 to 10^6)."))
            .required()
            .def(2),
        q("/interconnect/*/link_bandwidth",
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Link bandwidth"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                            "Bandwidth per device and direction; drag the slider to scale it."),
          D::bandwidth, "100 GB/s")
            .required(),
        q("/interconnect/*/latency", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Latency"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Latency per message."), D::time, "1 us"),
        Entry("/interconnect/*/efficiency", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Efficiency"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Fraction of the link bandwidth collectives reach, in (0, 1]."))
            .def(1.0),
        q("/interconnect/*/energy_per_byte",
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Energy per byte"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Energy per byte sent over the link."),
          D::energy_per_byte, "10 pJ/B"),
        q("/tdp", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Thermal design power"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Power the device is designed to draw."),
          D::power, "300 W"),
        q("/die_area", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Die area"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Silicon area of the die."), D::area,
          "500 mm2"),
        q("/cost_per_hour", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Cost per hour"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Rental price."), D::money_rate, "1 USD/h"),
        q("/kernel_launch", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Kernel launch"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Fixed overhead of each kernel launch."),
          D::time, "5 us"),
        Entry("/accelerator", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Accelerator"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "PE array of a spatial accelerator; edited on the Dataflow page."))
            .fixedInForm(),
    };
    t.insert(t.end(), rest.begin(), rest.end());
    return t;
}

std::vector<std::string> families() { return rl::supportedTransformerFamilies(); }
const std::vector<std::string> kLlamaLike = {"llama", "mistral", "mixtral", "qwen2"};

std::vector<FieldSpec> modelTable() {
    return {
        Entry("/name", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Name"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Display name of the model."))
            .required(),
        Entry("/source", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Source"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Where the architecture comes from."))
            .def(""),
        Entry("/published_params", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Published parameters"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "The parameter count the model is known by."))
            .def(1e9),
        Entry("/transformer", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Transformer"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "A Hugging Face config.json; one of transformer, CNN or graph."))
            .fixedInForm(),
        Entry("/transformer/model_type", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Model family"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Hugging Face model type; selects which keys are read."))
            .pick(families())
            .required(),
        Entry(
            "/transformer/hidden_size", K::integer,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Hidden size"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Width of the residual stream (d_model)."))
            .required(),
        Entry(
            "/transformer/n_embd", K::integer,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Hidden size"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Width of the residual stream (d_model)."))
            .fixedInForm(),
        Entry("/transformer/n_layer", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Layers"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Transformer blocks."))
            .fixedInForm(),
        Entry("/transformer/n_head", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Attention heads"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Query heads per layer."))
            .fixedInForm(),
        Entry("/transformer/n_positions", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Context length"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Longest context the model supports, in tokens."))
            .fixedInForm(),
        Entry(
            "/transformer/n_inner", K::integer,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "MLP width"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Width of the MLP; null: 4 x hidden size."))
            .fixedInForm(),
        Entry("/transformer/ffn_dim", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "MLP width"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Width of the MLP."))
            .fixedInForm(),
        Entry("/transformer/activation_function", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Activation"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "MLP activation; any name Hugging Face uses is accepted."))
            .pick({"gelu_new", "gelu", "relu", "silu"}, true)
            .fixedInForm(),
        Entry("/transformer/intermediate_size", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "MLP width"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Width of the MLP (per expert for MoE)."))
            .when("model_type", {"llama", "mistral", "mixtral", "qwen2", "bert"})
            .def(11008),
        Entry("/transformer/num_attention_heads", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Attention heads"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Query heads per layer."))
            .required(),
        Entry("/transformer/num_key_value_heads", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Key/value heads"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Fewer than the query heads for GQA, 1 for MQA; default: as many."))
            .when("model_type", kLlamaLike)
            .def(8),
        Entry("/transformer/num_hidden_layers", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Layers"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Transformer blocks."))
            .required(),
        Entry("/transformer/head_dim", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Head dimension"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Width of one head; default: hidden size / heads."))
            .def(128),
        Entry("/transformer/vocab_size", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Vocabulary"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Tokens in the vocabulary (embedding and LM head rows)."))
            .required(),
        Entry("/transformer/max_position_embeddings", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Context length"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Longest context the model supports, in tokens."))
            .def(4096),
        Entry("/transformer/hidden_act", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Activation"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "MLP activation; any name Hugging Face uses is accepted."))
            .pick({"silu", "gelu", "gelu_new", "gelu_pytorch_tanh", "relu"}, true)
            .def("silu"),
        Entry(
            "/transformer/tie_word_embeddings", K::boolean,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Tied LM head"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "The LM head shares the embedding matrix."))
            .def(false),
        Entry("/transformer/num_local_experts", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Experts"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Experts per MoE layer; absent for dense models."))
            .when("model_type", kLlamaLike)
            .def(8),
        Entry(
            "/transformer/num_experts_per_tok", K::integer,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Experts per token"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Experts each token is routed to (top-k)."))
            .when("model_type", kLlamaLike)
            .def(2),
        Entry("/transformer/attention_bias", K::boolean,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Attention bias"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Biases on the attention projections."))
            .when("model_type", kLlamaLike)
            .def(false),
        Entry("/transformer/mlp_bias", K::boolean,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "MLP bias"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Biases on the MLP projections."))
            .when("model_type", kLlamaLike)
            .def(false),
        Entry("/transformer/rms_norm_eps", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Norm epsilon"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Does not change cost; kept for the round trip."))
            .fixedInForm(),
        Entry("/transformer/torch_dtype", K::text,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Checkpoint data type"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Does not change cost: the scenario's precision does."))
            .fixedInForm(),
        Entry("/cnn", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "CNN"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "A layer list; one of transformer, CNN or graph."))
            .fixedInForm(),
        Entry("/cnn/input", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Input image"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Size of one input image."))
            .required(),
        Entry("/cnn/input/height", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Height [px]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Image height in pixels."))
            .required(),
        Entry("/cnn/input/width", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Width [px]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Image width in pixels."))
            .required(),
        Entry("/cnn/input/channels", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Channels"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Input channels (3 for RGB)."))
            .required(),
        Entry("/cnn/layers", K::rows, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Layers"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Layers and blocks, input first."))
            .row(QT_TRANSLATE_NOOP("rl::views::FieldSchema", "layer"), {{"type", "conv"},
                                                                        {"out_channels", 64},
                                                                        {"kernel", 3},
                                                                        {"stride", 1},
                                                                        {"padding", 1}})
            .required(),
        Entry("/cnn/layers/*/type", K::choice, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Type"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Layer or block type."))
            .pick({"conv", "depthwise_conv", "maxpool", "avgpool", "global_avgpool", "fc",
                   "bottleneck", "basic_block", "inverted_residual"})
            .required(),
        Entry("/cnn/layers/*/out_channels", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Output channels"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Required except for pools and depthwise convolutions."))
            .def(64),
        Entry("/cnn/layers/*/kernel", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Kernel"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Kernel size (square)."))
            .def(3),
        Entry("/cnn/layers/*/stride", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Stride"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Stride; for blocks, of the first repetition."))
            .def(1),
        Entry("/cnn/layers/*/padding", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Padding"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Zero padding per side."))
            .def(0),
        Entry("/cnn/layers/*/groups", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Groups"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Grouped convolution; divides input and output channels."))
            .def(1),
        Entry("/cnn/layers/*/expansion", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Expansion"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Expansion ratio of an inverted residual block."))
            .when("type", {"inverted_residual"})
            .def(6),
        Entry("/cnn/layers/*/mid_channels", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Middle channels"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Width of a bottleneck block; default: output / 4."))
            .when("type", {"bottleneck"})
            .def(64),
        Entry("/cnn/layers/*/repeat", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Repeat"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Repetitions; the first uses the stride, the rest 1."))
            .def(1),
        Entry("/cnn/layers/*/bias", K::boolean, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Bias"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Adds a bias."))
            .def(false),
        Entry("/cnn/layers/*/batch_norm", K::boolean,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Batch norm"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Batch normalisation after the layer."))
            .def(true),
        Entry("/cnn/layers/*/activation", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Activation"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Activation after the layer."))
            .pick({"relu", "relu6", "gelu", "silu", "sigmoid", "tanh", "none"})
            .def("relu"),
        Entry("/graph", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Operator graph"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "An explicit operator list; one of transformer, CNN or graph."))
            .fixedInForm(),
        Entry("/graph/ops", K::rows, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Operators"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Operators in execution order."))
            .row(QT_TRANSLATE_NOOP("rl::views::FieldSchema", "operator"),
                 {{"name", "op"}, {"kind", "gemm"}, {"dims", {1024, 1024, 1024}}})
            .required(),
        Entry("/graph/ops/*/name", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Name"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Unique name of the operator."))
            .required(),
        Entry("/graph/ops/*/kind", K::choice, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Kind"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Operator type; sets what dims mean."))
            .pick({"gemm", "batched_matmul", "conv2d", "pool", "attention", "attention_scores",
                   "attention_values", "softmax", "norm", "activation", "elementwise", "embedding",
                   "moe_router", "collective", "send_recv"})
            .required(),
        Entry("/graph/ops/*/dims", K::list,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Dimensions"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Integers, comma separated; gemm: m, n, k."))
            .required(),
        Entry("/graph/ops/*/inputs", K::list, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Inputs"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Names of earlier operators, comma separated."))
            .def(rl::Json::array()),
        Entry("/graph/ops/*/repeat", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Repeat"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "How often the operator runs."))
            .def(1),
    };
}

const std::vector<std::string> kTimedArrivals = {"poisson", "gamma", "constant", "fixed"};
const std::vector<std::string> kLengthKinds = {"fixed",     "uniform", "normal",
                                               "lognormal", "zipf",    "trace"};

void addLength(std::vector<FieldSpec>& t, const std::string& base, const char* label) {
    const std::vector<FieldSpec> rows = {
        Entry(base, K::object, label,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Distribution of lengths, in tokens."))
            .def({{"kind", "fixed"}, {"mean", 512}}),
        Entry(base + "/kind", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Distribution"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Shape of the distribution."))
            .pick(kLengthKinds)
            .required(),
        Entry(base + "/mean", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Mean [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Mean length."))
            .when("kind", {"fixed", "uniform", "normal", "lognormal"})
            .def(512),
        Entry(base + "/min", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Minimum [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Shortest length."))
            .def(1),
        Entry(base + "/max", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Maximum [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Longest length."))
            .def(4096),
        Entry(base + "/stddev", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Standard deviation [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Spread of the lengths; default: mean / 2."))
            .when("kind", {"normal", "lognormal"})
            .def(256),
        Entry(base + "/theta", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Zipf exponent"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Larger: short lengths more common (0 to 10)."))
            .when("kind", {"zipf"})
            .def(1.0),
    };
    t.insert(t.end(), rows.begin(), rows.end());
}

std::vector<FieldSpec> scenarioTable() {
    std::vector<FieldSpec> t = {
        Entry("/name", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Name"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Display name of the scenario."))
            .required(),
        Entry(
            "/kind", K::choice, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Kind"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                              "Inference (one batch), serving (a stream of requests) or training."))
            .pick({"inference", "serving", "training"})
            .required(),
        Entry("/precision", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Precision"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Data type of each tensor class."))
            .def(rl::Json::object()),
        Entry("/precision/weights", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Weights"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Data type of the weights."))
            .pick(dtypeNames())
            .def("fp16"),
        Entry("/precision/activations", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Activations"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Data type of the activations."))
            .pick(dtypeNames())
            .def("fp16"),
        Entry("/precision/kv_cache", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "KV cache"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Data type of the key/value cache."))
            .pick(dtypeNames())
            .def("fp16"),
        Entry("/parallelism", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Parallelism"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Devices along each parallelism dimension."))
            .def(rl::Json::object()),
        Entry("/parallelism/tensor", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Tensor parallel"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Devices each layer is split across."))
            .def(1),
        Entry("/parallelism/pipeline", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Pipeline parallel"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Pipeline stages."))
            .def(1),
        Entry("/parallelism/data", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Data parallel"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Replicas that each take part of the batch."))
            .def(1),
        Entry("/parallelism/expert", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Expert parallel"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Devices the experts of an MoE layer are spread over."))
            .def(1),
        Entry("/parallelism/context", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Context parallel"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Devices the sequence is split across (ring attention; training)."))
            .def(1),
        Entry("/inference", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Inference"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "One batch: prefill, then decode."))
            .when("kind", {"inference"})
            .def({{"batch", 1}, {"prompt_tokens", 512}}),
        Entry("/inference/batch", K::integer, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Batch"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Sequences processed together."))
            .required(),
        Entry("/inference/prompt_tokens", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Prompt [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Prompt length per sequence (prefill)."))
            .required(),
        Entry("/inference/generated_tokens", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Generated [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Tokens generated per sequence (decode steps)."))
            .def(128),
        Entry("/inference/prefill_chunk", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Prefill chunk [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Prompt tokens per prefill step; 0: the whole prompt at once."))
            .def(0),
        Entry("/inference/flash_attention", K::boolean,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Flash attention"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Fused attention: the score matrix never goes to memory."))
            .def(true),
        Entry("/serving", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Serving"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "A stream of requests to a server."))
            .when("kind", {"serving"})
            .def({{"arrival", "poisson"},
                  {"rate_per_s", 1.0},
                  {"requests", 100},
                  {"prompt_length", {{"kind", "fixed"}, {"mean", 512}}},
                  {"output_length", {{"kind", "fixed"}, {"mean", 128}}}}),
        Entry("/serving/arrival", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Arrivals"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "How requests arrive."))
            .pick({"poisson", "gamma", "constant", "fixed", "closed_loop", "trace"})
            .required(),
        Entry("/serving/rate_per_s", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Rate [requests/s]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Mean arrival rate."))
            .when("arrival", kTimedArrivals)
            .def(1.0),
        Entry("/serving/burstiness", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Burstiness"),
              QT_TRANSLATE_NOOP(
                  "rl::views::FieldSchema",
                  "Coefficient of variation of gamma inter-arrival times; 1 is Poisson-like."))
            .when("arrival", {"gamma"})
            .def(1.0),
        Entry("/serving/clients", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Clients"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Requests in flight; the next is sent when one finishes."))
            .when("arrival", {"closed_loop"})
            .def(8),
        Entry("/serving/requests", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Requests"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Requests simulated."))
            .required(),
    };
    addLength(t, "/serving/prompt_length",
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Prompt length"));
    addLength(t, "/serving/output_length",
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Output length"));
    const std::vector<FieldSpec> rest = {
        Entry("/serving/trace", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Trace"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "A CSV file of requests to replay or sample lengths from."))
            .def({{"file", "trace.csv"}}),
        Entry("/serving/trace/file", K::text, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "File"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Path relative to the file the scenario is written in."))
            .required(),
        Entry("/serving/trace/columns", K::object,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Columns"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Header names of the columns used."))
            .def(rl::Json::object()),
        Entry("/serving/trace/columns/arrival", K::text,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Arrival column"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Seconds or timestamps; needed with arrival trace."))
            .def("arrival"),
        Entry("/serving/trace/columns/prompt", K::text,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Prompt column"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Prompt token counts."))
            .def("prompt_tokens"),
        Entry("/serving/trace/columns/output", K::text,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Output column"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Output token counts."))
            .def("output_tokens"),
        Entry("/serving/trace/time_scale", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Time scale"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Replay speed-up: 2 halves every inter-arrival time."))
            .def(1.0),
        Entry("/serving/scheduler", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Scheduler"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Batching policy of each replica."))
            .pick({"vllm", "orca", "sarathi", "fastertransformer", "disaggregated"})
            .def("vllm"),
        Entry("/serving/max_batch", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Max batch"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Sequences in a batch."))
            .def(128),
        Entry("/serving/max_batched_tokens", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Max batched tokens"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Tokens per iteration (vLLM); 0: no limit."))
            .def(4096),
        Entry("/serving/chunk_size", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Chunk size [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Sarathi-Serve token budget per iteration."))
            .def(512),
        Entry("/serving/kv_block_tokens", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "KV block [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Tokens per paged KV-cache block."))
            .def(16),
        Entry("/serving/kv_watermark", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "KV watermark"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Fraction of blocks kept free when admitting (0 to 0.5)."))
            .def(0.01),
        Entry("/serving/memory_reserve", K::number,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Memory reserve"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Fraction of device memory left unused (0 to 0.9)."))
            .def(0.1),
        Entry("/serving/preemption", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Preemption"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "What happens to a preempted sequence's KV cache."))
            .pick({"recompute", "swap"})
            .def("recompute"),
        q("/serving/cpu_overhead", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "CPU overhead"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Per iteration: scheduling and sampling."),
          D::time, "0 s"),
        Entry(
            "/serving/replicas", K::integer,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Replicas"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Copies of the tensor x pipeline devices."))
            .def(1),
        Entry("/serving/global_scheduler", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Global scheduler"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "How requests are spread over replicas."))
            .pick({"round_robin", "least_outstanding", "random"})
            .def("round_robin"),
        Entry("/serving/prefill_replicas", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Prefill replicas"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Disaggregated: the first N replicas prefill, the rest decode."))
            .when("scheduler", {"disaggregated"})
            .def(1),
        Entry("/serving/slo", K::object,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Service-level objectives"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "99th-percentile targets for goodput and capacity searches."))
            .def(rl::Json::object()),
        q("/serving/slo/ttft_p99",
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Time to first token, p99"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Target for the 99th percentile."), D::time,
          "2 s"),
        q("/serving/slo/tpot_p99",
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Time per output token, p99"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Target for the 99th percentile."), D::time,
          "100 ms"),
        q("/serving/slo/e2e_p99", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "End to end, p99"),
          QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Target for the 99th percentile."), D::time,
          "30 s"),
        Entry("/serving/seed", K::integer, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Seed"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Random seed: the same seed gives the same requests."))
            .def(1),
        Entry("/training", K::object, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Training"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "One training step."))
            .when("kind", {"training"})
            .def({{"global_batch", 8}, {"micro_batch", 1}, {"sequence", 2048}}),
        Entry("/training/global_batch", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Global batch"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Sequences per step; a multiple of micro batch x data parallel."))
            .required(),
        Entry("/training/micro_batch", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Micro batch"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Sequences per pipeline micro-batch."))
            .required(),
        Entry("/training/sequence", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Sequence [tokens]"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Tokens per sequence."))
            .required(),
        Entry(
            "/training/zero_stage", K::integer,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "ZeRO stage"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                              "0: none; 1: optimizer state, 2: + gradients, 3: + weights sharded."))
            .def(0),
        Entry(
            "/training/recompute", K::choice,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Recompute"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Activation recomputation to save memory."))
            .pick({"none", "selective", "full"})
            .def("none"),
        Entry("/training/sequence_parallel", K::boolean,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Sequence parallel"),
              QT_TRANSLATE_NOOP(
                  "rl::views::FieldSchema",
                  "Splits norms and dropouts along the sequence (with tensor parallel)."))
            .def(false),
        Entry("/training/interleave", K::integer,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Interleave"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Virtual pipeline chunks per device (1F1B only)."))
            .def(1),
        Entry(
            "/training/optimizer", K::choice,
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Optimizer"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Sets the optimizer state per parameter."))
            .pick({"adam", "adamw", "sgd"})
            .def("adam"),
        Entry("/training/schedule", K::choice,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Pipeline schedule"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Order of forward and backward micro-batches."))
            .pick({"1f1b", "gpipe", "zero-bubble"})
            .def("1f1b"),
        Entry("/training/overlap_grad_reduce", K::boolean,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Overlap gradient reduce"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Gradient all-reduce hidden behind the backward pass."))
            .def(true),
        Entry("/training/overlap_param_gather", K::boolean,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Overlap parameter gather"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "ZeRO parameter all-gather hidden behind compute."))
            .def(true),
        Entry("/training/overlap_tensor_comm", K::boolean,
              QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Overlap tensor communication"),
              QT_TRANSLATE_NOOP("rl::views::FieldSchema",
                                "Tensor-parallel collectives hidden behind GEMMs."))
            .def(false),
        Entry(
            "/training/fp8", K::boolean, QT_TRANSLATE_NOOP("rl::views::FieldSchema", "FP8 math"),
            QT_TRANSLATE_NOOP("rl::views::FieldSchema", "GEMMs in fp8 (Transformer Engine style)."))
            .def(false),
    };
    t.insert(t.end(), rest.begin(), rest.end());
    return t;
}

std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> out;
    std::size_t i = 1;
    while (i <= path.size() && !path.empty()) {
        const std::size_t j = path.find('/', i);
        out.push_back(path.substr(i, j == std::string::npos ? std::string::npos : j - i));
        if (j == std::string::npos) break;
        i = j + 1;
    }
    return out;
}

bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
             std::size_t count) {
    if (pattern.size() < count || path.size() < count) return false;
    for (std::size_t i = 0; i < count; ++i)
        if (pattern[i] != "*" && pattern[i] != path[i]) return false;
    return true;
}

}  // namespace

QString FieldSpec::label() const { return QCoreApplication::translate(kContext, labelSource); }

QString FieldSpec::description() const {
    return QCoreApplication::translate(kContext, descriptionSource);
}

QString FieldSpec::rowNameText() const {
    return QCoreApplication::translate(kContext, rowNameSource);
}

std::string FieldSpec::key() const {
    const auto slash = pattern.rfind('/');
    return slash == std::string::npos ? pattern : pattern.substr(slash + 1);
}

const std::vector<FieldSpec>& allFieldSpecs(SchemaFormat format) {
    static const std::vector<FieldSpec> hardware = withHeader(hardwareTable());
    static const std::vector<FieldSpec> model = withHeader(modelTable());
    static const std::vector<FieldSpec> scenario = withHeader(scenarioTable());
    switch (format) {
        case SchemaFormat::hardware:
            return hardware;
        case SchemaFormat::model:
            return model;
        case SchemaFormat::scenario:
            break;
    }
    return scenario;
}

const FieldSpec* fieldSpec(SchemaFormat format, const std::string& path) {
    const auto segments = split(path);
    for (const FieldSpec& s : allFieldSpecs(format)) {
        const auto pattern = split(s.pattern);
        if (pattern.size() == segments.size() && matches(pattern, segments, segments.size()))
            return &s;
    }
    return nullptr;
}

std::vector<const FieldSpec*> childSpecs(SchemaFormat format, const std::string& path) {
    const auto segments = split(path);
    std::vector<const FieldSpec*> out;
    for (const FieldSpec& s : allFieldSpecs(format)) {
        const auto pattern = split(s.pattern);
        if (pattern.size() == segments.size() + 1 && pattern.back() != "*" &&
            matches(pattern, segments, segments.size()))
            out.push_back(&s);
    }
    return out;
}

rl::Json newRow(SchemaFormat format, const std::string& path, const rl::Json& existing) {
    const FieldSpec* spec = fieldSpec(format, path);
    rl::Json row = spec && spec->kind == FieldKind::rows ? spec->defaultValue : rl::Json::object();
    if (!row.is_object() || !row.contains("name") || !row["name"].is_string()) return row;
    // Names identify rows (operators are referenced by name): never add a duplicate.
    std::set<std::string> taken;
    if (existing.is_array())
        for (const auto& r : existing)
            if (r.is_object() && r.contains("name") && r["name"].is_string())
                taken.insert(r["name"].get<std::string>());
    const std::string base = row["name"].get<std::string>();
    std::string name = base;
    for (int n = 2; taken.count(name); ++n) name = base + " " + std::to_string(n);
    row["name"] = name;
    return row;
}

QString choiceDisplayName(const std::string& value) {
    // One table for every drop-down: a word means the same in each field
    // ("none", "fixed", "trace"), so each value has one display name.
    struct Shown {
        const char* value;
        const char* display;
    };
    static const Shown kShown[] = {
        {"gpu", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "GPU")},
        {"tpu", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "TPU")},
        {"cpu", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "CPU")},
        {"edge", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Edge device")},
        {"accelerator", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Accelerator")},
        {"node", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Node")},
        {"cluster", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Cluster")},
        {"dram", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "DRAM")},
        {"hbm", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "HBM")},
        {"sram", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "SRAM")},
        {"cache", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Cache")},
        {"regfile", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Register file")},
        {"switch", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Switch")},
        {"ring", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Ring")},
        {"torus", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Torus")},
        {"mesh", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Mesh")},
        {"point_to_point", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Point to point")},
        {"inference", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Inference")},
        {"serving", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Serving")},
        {"training", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Training")},
        {"poisson", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Poisson")},
        {"gamma", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Gamma")},
        {"constant", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Constant")},
        {"fixed", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Fixed")},
        {"closed_loop", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Closed loop")},
        {"trace", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Trace")},
        {"uniform", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Uniform")},
        {"normal", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Normal")},
        {"lognormal", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Log-normal")},
        {"zipf", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Zipf")},
        {"vllm", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "vLLM")},
        {"orca", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Orca")},
        {"sarathi", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Sarathi")},
        {"fastertransformer", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "FasterTransformer")},
        {"disaggregated", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Disaggregated")},
        {"recompute", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Recompute")},
        {"swap", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Swap")},
        {"round_robin", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Round robin")},
        {"least_outstanding", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Least outstanding")},
        {"random", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Random")},
        {"none", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "None")},
        {"selective", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Selective")},
        {"full", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Full")},
        {"adam", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Adam")},
        {"adamw", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "AdamW")},
        {"sgd", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "SGD")},
        {"1f1b", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "1F1B")},
        {"gpipe", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "GPipe")},
        {"zero-bubble", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Zero bubble")},
        {"conv", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Convolution")},
        {"depthwise_conv", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Depthwise convolution")},
        {"maxpool", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Max pooling")},
        {"avgpool", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Average pooling")},
        {"global_avgpool", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Global average pooling")},
        {"fc", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Fully connected")},
        {"bottleneck", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Bottleneck block")},
        {"basic_block", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Basic block")},
        {"inverted_residual", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Inverted residual")},
        {"gemm", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "GEMM")},
        {"batched_matmul", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Batched matmul")},
        {"conv2d", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "2D convolution")},
        {"pool", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Pooling")},
        {"attention", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Attention")},
        {"attention_scores", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Attention scores")},
        {"attention_values", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Attention values")},
        {"softmax", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Softmax")},
        {"norm", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Normalization")},
        {"activation", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Activation")},
        {"elementwise", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Elementwise")},
        {"embedding", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Embedding")},
        {"moe_router", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "MoE router")},
        {"collective", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Collective")},
        {"send_recv", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Send/receive")},
        {"relu", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "ReLU")},
        {"relu6", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "ReLU6")},
        {"gelu", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "GELU")},
        {"silu", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "SiLU")},
        {"sigmoid", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Sigmoid")},
        {"tanh", QT_TRANSLATE_NOOP("rl::views::FieldSchema", "Tanh")},
    };
    for (const auto& s : kShown)
        if (value == s.value) return QCoreApplication::translate(kContext, s.display);
    return QString::fromStdString(value);
}

QString opKindDisplayName(rl::OpKind kind) {
    return choiceDisplayName(std::string(toString(kind)));
}

std::vector<std::string> unitChoices(rl::Dimension d) {
    switch (d) {
        case D::bytes:
            return {"B", "KiB", "MiB", "GiB", "TiB", "kB", "MB", "GB", "TB"};
        case D::bandwidth:
            return {"MB/s", "GB/s", "TB/s", "PB/s"};
        case D::flop_rate:
            return {"GFLOP/s", "TFLOP/s", "PFLOP/s", "TOP/s"};
        case D::frequency:
            return {"MHz", "GHz"};
        case D::time:
            return {"ns", "us", "ms", "s", "min", "h"};
        case D::power:
            return {"mW", "W", "kW", "MW"};
        case D::energy:
            return {"pJ", "nJ", "uJ", "mJ", "J"};
        case D::energy_per_byte:
            return {"fJ/B", "pJ/B", "pJ/bit", "nJ/B"};
        case D::energy_per_flop:
            return {"fJ/FLOP", "pJ/FLOP", "nJ/FLOP"};
        case D::area:
            return {"mm2", "cm2"};
        case D::money_rate:
            return {"USD/h"};
        case D::flops:
            return {"GFLOP", "TFLOP", "PFLOP"};
    }
    return {};
}

QString labelInSentence(const FieldSpec& spec) {
    const QString shown = spec.label();
    if (shown != QString::fromUtf8(spec.labelSource) || shown.size() < 2) return shown;
    // "KV cache" and "FP8 math" keep their capitals; "Bandwidth" becomes "bandwidth".
    if (shown[1].isUpper()) return shown;
    return shown.left(1).toLower() + shown.mid(1);
}

}  // namespace views
}  // namespace rl
