#include "views/training/collective_purpose_name.h"

#include <QCoreApplication>

#include "views/explanation/collective_name.h"

namespace rl {
namespace views {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("rl::views::CollectivePurposeName", text);
}
}  // namespace

// One case per value and no default: a new value is a compiler warning here.
QString commGroupName(rl::training::CommGroup group) {
    using rl::training::CommGroup;
    switch (group) {
        case CommGroup::tensor:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "TP"));
        case CommGroup::context:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "CP"));
        case CommGroup::expert:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "EP"));
        case CommGroup::pipeline:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "PP"));
        case CommGroup::data:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "DP"));
        case CommGroup::other:
            break;
    }
    return tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "other"));
}

QString collectivePurposeName(const rl::training::CollectivePurpose& p) {
    using rl::training::CommPattern;
    using rl::training::CommPayload;
    // Whole patterns, so a translator orders the parts ("Ring-Send/Recv").
    QString collective;
    switch (p.pattern) {
        case CommPattern::ring:
            collective = tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "ring %1"))
                             .arg(collectiveKindName(p.kind));
            break;
        case CommPattern::withReduceScatter:
            collective = tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "%1 + %2"))
                             .arg(collectiveKindName(p.kind),
                                  collectiveKindName(CollectiveKind::reduce_scatter));
            break;
        case CommPattern::single:
            collective = collectiveKindName(p.kind);
            break;
    }
    const QString named = p.group == rl::training::CommGroup::other
                              ? collective
                              : tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "%1 %2"))
                                    .arg(commGroupName(p.group), collective);
    const char* payload = nullptr;
    switch (p.payload) {
        case CommPayload::keysValues:
            payload = QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "K, V");
            break;
        case CommPayload::keysValuesAndGradients:
            payload = QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "K, V and gradients");
            break;
        case CommPayload::gradients:
            payload = QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "gradients");
            break;
        case CommPayload::parameters:
            payload = QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "parameters");
            break;
        case CommPayload::unnamed:
            break;
    }
    if (!payload) return named;
    //: A collective and what one call carries: "DP all-reduce (gradients)".
    return tr(QT_TRANSLATE_NOOP("rl::views::CollectivePurposeName", "%1 (%2)"))
        .arg(named, tr(payload));
}

}  // namespace views
}  // namespace rl
