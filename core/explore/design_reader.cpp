#include "core/explore/design_reader.h"

#include "core/explore/point_failure.h"
#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"

namespace rl::explore {
namespace {

constexpr std::array<const char*, 3> kDocuments = {"hardware", "model", "scenario"};

// The parsed document: the base's when no axis wrote it, else read again.
template <class T, class Parse>
PointError take(const Json& edited, const char* name, const T& base, Parse parse, T& out) {
    if (!edited.contains(name)) {
        out = base;
        return {};
    }
    auto loaded = parse(edited.at(name), name);
    if (!loaded.ok()) return readerFailure(loaded.diagnostics);
    out = std::move(*loaded.value);
    return {};
}

}  // namespace

void DesignReader::prepare(const SweepBase& base, const PointSpace& space) {
    base_ = &base;
    baseSpecs_.reset();
    documents_.clear();
    DesignSpecs specs;
    if (parseDesign(base.design, specs).failed()) return;  // every point is read whole
    for (std::size_t i = 0; i < space.axisCount(); ++i) {
        const std::string& pointer = space.axisSpec(i).pointer;
        std::optional<Document> document;
        for (int d = 0; d < documentCount; ++d) {
            const std::string prefix = std::string("/") + kDocuments[d];
            if (pointer == prefix || pointer.rfind(prefix + "/", 0) == 0)
                document = static_cast<Document>(d);
        }
        if (!document) return;
        documents_.push_back(*document);
    }
    baseSpecs_ = std::move(specs);
}

PointError DesignReader::read(const PointDesign& point, DesignSpecs& out) const {
    if (!baseSpecs_) {
        const Json& design = point.design();
        if (design.is_null()) return engineFailure(point.designError());
        return parseDesign(design, out);
    }
    // Only the documents some axis writes, copied from the base; then the
    // point's values written by PointSpace::apply itself, so its rules (axis
    // order, base values kept under a replaced document) hold here too.
    Json edited = Json::object();
    const auto settings = point.settings();
    for (std::size_t i = 0; i < documents_.size(); ++i) {
        const char* name = kDocuments[documents_[i]];
        if (settings[i].position != kBaseValue && !edited.contains(name))
            edited[name] = base_->design.at(name);
    }
    if (Phrase e = point.space().apply(edited, settings); !e.empty())
        return engineFailure(std::move(e));
    if (PointError e = take(edited, "hardware", baseSpecs_->hardware, parseHardware, out.hardware);
        e.failed())
        return e;
    if (PointError e = take(edited, "model", baseSpecs_->model, parseModel, out.model); e.failed())
        return e;
    if (PointError e = take(edited, "scenario", baseSpecs_->scenario, parseScenario, out.scenario);
        e.failed())
        return e;
    Diagnostics combination("scenario");
    checkCombination(out.hardware, out.model, out.scenario, combination, ScenarioPaths{});
    if (combination.hasErrors()) return readerFailure(combination);
    return {};
}

}  // namespace rl::explore
