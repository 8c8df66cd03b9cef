#include "views/explanation/collective_name.h"

#include <QCoreApplication>

namespace rl {
namespace views {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("rl::views::CollectiveName", text);
}
// A value outside the enum (a cast from a file) shows as the engine names it.
QString engineName(std::string_view name) {
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}
}  // namespace

// One case per value and no default: a new value is a compiler warning here
// and a failure of test_engine_words until it has its German and Chinese name.
QString collectiveKindName(CollectiveKind kind) {
    switch (kind) {
        case CollectiveKind::all_reduce:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "all-reduce"));
        case CollectiveKind::all_gather:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "all-gather"));
        case CollectiveKind::reduce_scatter:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "reduce-scatter"));
        case CollectiveKind::all_to_all:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "all-to-all"));
        case CollectiveKind::send_recv:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "send/recv"));
    }
    return engineName(toString(kind));
}

QString collectiveAlgorithmName(CollectiveAlgorithm algorithm) {
    switch (algorithm) {
        case CollectiveAlgorithm::automatic:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "automatic"));
        case CollectiveAlgorithm::ring:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "ring"));
        case CollectiveAlgorithm::tree:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "tree"));
        case CollectiveAlgorithm::direct:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "direct"));
        case CollectiveAlgorithm::hierarchical:
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "hierarchical"));
        case CollectiveAlgorithm::nvls:
            // NVLink SHARP: the switch reduces, so the name says where.
            return tr(QT_TRANSLATE_NOOP("rl::views::CollectiveName", "in-switch (NVLS)"));
    }
    return engineName(toString(algorithm));
}

}  // namespace views
}  // namespace rl
