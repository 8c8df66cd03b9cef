#include "core/spec/format_field.h"

namespace rl {

std::string formatField(const Json& doc) {
    if (!doc.is_object()) return {};
    const auto it = doc.find("format");
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace rl
