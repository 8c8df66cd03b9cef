#include "views/editors/what_if_apply.h"

#include <QCoreApplication>

#include "core/spec/dtype.h"
#include "core/spec/units.h"

namespace rl {
namespace views {
namespace {

// lupdate files these tr() calls under the enclosing namespace: look them up there.
QString tr(const char* s) { return QCoreApplication::translate("rl::views", s); }

// Scales a quantity string ("2039 GB/s") in place; false if it does not parse.
bool scaleQuantity(rl::Json& field, rl::Dimension d, double factor) {
    if (!field.is_string()) return false;
    auto parsed = rl::parseQuantity(field.get<std::string>(), d);
    const double* v = std::get_if<double>(&parsed);
    if (!v) return false;
    field = rl::formatQuantity(*v * factor, d, 4);
    return true;
}

// The array `key` of `doc`, or null when it has none.
rl::Json* arrayOf(rl::Json& doc, const char* key) {
    return doc.is_object() && doc.contains(key) && doc[key].is_array() ? &doc[key] : nullptr;
}

}  // namespace

WhatIfEdit applyWhatIfToSpecs(const rl::WhatIf& w, const rl::Json& hardware,
                              const rl::Json& scenario) {
    using Target = rl::ResourceEdit::Target;
    const rl::ResourceEdit& e = w.edit;
    WhatIfEdit out;
    const double f = e.factor;
    const bool scalesBy = e.target != Target::precision;
    if (scalesBy && !(f > 0)) {
        out.error = tr("the what-if scales by %1, not a positive factor").arg(f);
        return out;
    }
    switch (e.target) {
        case Target::compute: {
            out.target = WhatIfEdit::Target::hardware;
            out.document = hardware;
            bool any = false;
            if (out.document.contains("compute") && out.document["compute"].contains("peak"))
                for (auto& [k, v] : out.document["compute"]["peak"].items())
                    any = scaleQuantity(v, rl::Dimension::flop_rate, f) || any;
            if (!any) out.error = tr("the hardware spec has no compute peaks to scale");
            break;
        }
        case Target::interconnectBandwidth: {
            out.target = WhatIfEdit::Target::hardware;
            out.document = hardware;
            bool any = false;
            if (rl::Json* dims = arrayOf(out.document, "interconnect"))
                for (std::size_t d = 0; d < dims->size(); ++d)
                    if ((e.level < 0 || static_cast<std::size_t>(e.level) == d) &&
                        (*dims)[d].contains("link_bandwidth"))
                        any = scaleQuantity((*dims)[d]["link_bandwidth"], rl::Dimension::bandwidth,
                                            f) ||
                              any;
            if (!any) out.error = tr("the hardware spec has no interconnect bandwidth to scale");
            break;
        }
        case Target::memoryBandwidth: {
            out.target = WhatIfEdit::Target::hardware;
            out.document = hardware;
            rl::Json* levels = arrayOf(out.document, "memory");
            const bool inRange =
                levels && e.level >= 0 && static_cast<std::size_t>(e.level) < levels->size();
            if (!inRange || !(*levels)[e.level].contains("bandwidth") ||
                !scaleQuantity((*levels)[e.level]["bandwidth"], rl::Dimension::bandwidth, f))
                out.error = tr("the hardware spec has no bandwidth for memory level %1 (%2)")
                                .arg(e.level)
                                .arg(QString::fromStdString(w.resource));
            break;
        }
        case Target::batch: {
            out.target = WhatIfEdit::Target::scenario;
            out.document = scenario;
            auto& inf = out.document["inference"];
            const std::int64_t batch = inf.contains("batch") && inf["batch"].is_number_integer()
                                           ? inf["batch"].get<std::int64_t>()
                                           : 1;
            inf["batch"] = static_cast<std::int64_t>(batch * f);
            break;
        }
        case Target::precision: {
            out.target = WhatIfEdit::Target::scenario;
            out.document = scenario;
            auto& precision = out.document["precision"];
            precision["weights"] = std::string(rl::toString(e.weights));
            precision["activations"] = std::string(rl::toString(e.activations));
            precision["kv_cache"] = std::string(rl::toString(e.kvCache));
            break;
        }
    }
    if (!out.error.isEmpty()) out.target = WhatIfEdit::Target::none;
    return out;
}

}  // namespace views
}  // namespace rl
