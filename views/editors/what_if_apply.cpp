#include "views/editors/what_if_apply.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/spec/dtype.h"
#include "core/spec/units.h"

namespace rl {
namespace views {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("rl::views::WhatIf", s); }

// Scales a quantity string ("2039 GB/s") in place; false if it does not parse.
bool scaleQuantity(rl::Json& field, rl::Dimension d, double factor) {
    if (!field.is_string()) return false;
    auto parsed = rl::parseQuantity(field.get<std::string>(), d);
    const double* v = std::get_if<double>(&parsed);
    if (!v) return false;
    field = rl::formatQuantity(*v * factor, d, 4);
    return true;
}

}  // namespace

WhatIfEdit applyWhatIfToSpecs(const rl::WhatIf& w, const rl::Json& hardware,
                              const rl::Json& scenario) {
    WhatIfEdit out;
    const double f = w.factor > 0 ? w.factor : 2.0;
    if (w.resource == "compute") {
        out.target = WhatIfEdit::Target::hardware;
        out.document = hardware;
        bool any = false;
        if (out.document.contains("compute") && out.document["compute"].contains("peak"))
            for (auto& [k, v] : out.document["compute"]["peak"].items())
                any = scaleQuantity(v, rl::Dimension::flop_rate, f) || any;
        if (!any) out.error = tr("the hardware spec has no compute peaks to scale");
    } else if (w.resource == "interconnect") {
        out.target = WhatIfEdit::Target::hardware;
        out.document = hardware;
        bool any = false;
        if (out.document.contains("interconnect") && out.document["interconnect"].is_array())
            for (auto& dim : out.document["interconnect"])
                if (dim.contains("link_bandwidth"))
                    any = scaleQuantity(dim["link_bandwidth"], rl::Dimension::bandwidth, f) || any;
        if (!any) out.error = tr("the hardware spec has no interconnect bandwidth to scale");
    } else if (w.resource == "batch") {
        out.target = WhatIfEdit::Target::scenario;
        out.document = scenario;
        auto& inf = out.document["inference"];
        const std::int64_t batch = inf.contains("batch") && inf["batch"].is_number_integer()
                                       ? inf["batch"].get<std::int64_t>()
                                       : 1;
        inf["batch"] = static_cast<std::int64_t>(batch * f);
    } else if (w.resource == "precision") {
        // The label names the narrower types: "fp8 weights, fp8 activations, fp8 KV cache".
        out.target = WhatIfEdit::Target::scenario;
        out.document = scenario;
        const QStringList parts = QString::fromStdString(w.label).split(',', Qt::SkipEmptyParts);
        const char* keys[] = {"weights", "activations", "kv_cache"};
        if (parts.size() != 3) {
            out.error = tr("unrecognised precision what-if");
        } else {
            for (int i = 0; i < 3; ++i) {
                const QString type = parts[i].trimmed().section(' ', 0, 0);
                if (!rl::parseDType(type.toStdString())) {
                    out.error = tr("unrecognised data type %1").arg(type);
                    break;
                }
                out.document["precision"][keys[i]] = type.toStdString();
            }
        }
    } else {
        // A memory level by name.
        out.target = WhatIfEdit::Target::hardware;
        out.document = hardware;
        bool found = false;
        if (out.document.contains("memory") && out.document["memory"].is_array())
            for (auto& level : out.document["memory"])
                if (level.value("name", std::string()) == w.resource && level.contains("bandwidth"))
                    found = scaleQuantity(level["bandwidth"], rl::Dimension::bandwidth, f);
        if (!found)
            out.error = tr("no memory level named %1 in the hardware spec")
                            .arg(QString::fromStdString(w.resource));
    }
    if (!out.error.isEmpty()) out.target = WhatIfEdit::Target::none;
    return out;
}

}  // namespace views
}  // namespace rl
