#include "views/explore/sweep_format.h"

#include <string_view>
#include <utility>

#include <QCoreApplication>

#include "core/spec/units.h"
#include "views/common/format.h"
#include "views/editors/field_schema.h"
#include "views/explanation/message_text.h"
#include "views/explore/localized_name.h"

namespace rl {
namespace views {
ValueFormat sweepValueFormat(const std::string& unit) {
    if (unit == "s") return fmtTime;
    if (unit == "J") return fmtEnergy;
    if (unit == "B") return fmtBytes;
    if (unit == "B/s") return fmtBandwidth;
    if (unit == "FLOP/s") return fmtFlopRate;
    if (unit == "FLOP") return fmtFlops;
    if (unit == "USD") return fmtUsd;
    if (unit == "Hz") return [](double v) { return fmtQuantity(v, rl::Dimension::frequency); };
    if (unit == "W") return [](double v) { return fmtQuantity(v, rl::Dimension::power); };
    if (unit == "m^2") return [](double v) { return fmtQuantity(v, rl::Dimension::area); };
    if (unit == "1/s") return [](double v) { return fmtNumber(v) + QStringLiteral("/s"); };
    if (unit.empty()) return fmtNumber;
    const QString u = QString::fromStdString(unit);
    return [u](double v) { return fmtNumber(v) + ' ' + u; };
}

ValueFormat sweepFigureFormat(const std::string& metric, const std::string& unit) {
    if (metric == "mfu") return [](double v) { return fmtPercent(v, 2); };
    return sweepValueFormat(unit);
}

QString sweepMetricTitle(const std::string& metric, const std::string& name) {
    static const std::pair<const char*, const char*> titles[] = {
        {"time", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Time")},
        {"throughput", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Throughput")},
        {"ttft", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Time to first token")},
        {"ttft_p99", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "p99 time to first token")},
        {"tpot", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Time per output token")},
        {"tpot_p99", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "p99 time per output token")},
        {"energy", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Energy")},
        {"cost_per_million_tokens",
         QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Cost per million tokens")},
        {"mfu", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Model FLOPs utilisation")},
        {"memory_fit", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Fits in memory")},
        {"memory_headroom", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Memory headroom")},
        {"die_area", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Die area")},
        {"mapper_cycles", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Mapper cycles")},
        {"mapper_energy", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Mapper energy")},
        {"slo_met", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "SLO met")},
        {"capacity", QT_TRANSLATE_NOOP("rl::views::SweepFormat", "Capacity under the SLO")},
    };
    for (const auto& [m, title] : titles)
        if (metric == m) return QCoreApplication::translate("rl::views::SweepFormat", title);
    return QString::fromStdString(name.empty() ? metric : name);
}

QString objectiveTitle(const rl::SweepObjectiveInfo& o) {
    // A name the user chose (not the metric's own) is shown as written.
    if ((!o.name.empty() && o.name != o.metric) || !o.nameTranslations.empty())
        return localizedName(o.name, o.nameTranslations);
    return sweepMetricTitle(o.metric, o.name);
}

namespace {
// A pointer into the design ("/scenario/training/micro_batch") by its field's
// label in the user's language; the pointer where the schema has no label.
QString designFieldTitle(const std::string& pointer) {
    static const std::pair<const char*, SchemaFormat> documents[] = {
        {"/hardware", SchemaFormat::hardware},
        {"/model", SchemaFormat::model},
        {"/scenario", SchemaFormat::scenario},
    };
    for (const auto& [prefix, format] : documents) {
        const std::string_view root(prefix);
        if (pointer.size() <= root.size() || pointer.compare(0, root.size(), root) != 0 ||
            pointer[root.size()] != '/')
            continue;
        const FieldSpec* spec = fieldSpec(format, pointer.substr(root.size()));
        if (spec && *spec->labelSource) return spec->label();
    }
    return QString::fromStdString(pointer);
}
}  // namespace

QString axisTitle(const rl::SweepAxisInfo& a) {
    // An axis the sweep did not name is called by its pointer (sweep_spec.h).
    if (a.name.empty() || a.name == a.pointer) return designFieldTitle(a.pointer);
    return localizedName(a.name, a.nameTranslations);
}

QString constraintTitle(const rl::SweepConstraintInfo& c) {
    if (!c.nameTranslations.empty()) return localizedName(c.name, c.nameTranslations);
    return sweepMetricTitle(c.metric, c.name);
}

QString sweepTitle(const rl::SweepResult& d) { return localizedName(d.name, d.nameTranslations); }

QString sweepPointError(const rl::SweepResult& d, const rl::SweepPoint& p) {
    if (p.error.empty()) return {};
    if (const rl::Message* typed = rl::failureReason(d, p.index)) return MessageText::text(*typed);
    return QString::fromStdString(p.error);
}

}  // namespace views
}  // namespace rl
