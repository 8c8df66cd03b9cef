#include "core/spec/spec_document.h"

#include "core/spec/spec_io.h"

namespace rl {

std::string unsupportedVersionMessage(std::int64_t version) {
    return "file format version " + std::to_string(version) +
           " is not supported; this Ridgeline reads version 1";
}

Json newDocument(std::string_view format, const std::string& name) {
    return {{"format", std::string(format)}, {"version", kFormatVersion}, {"name", name}};
}

bool readFormatHeader(ObjectReader& r, std::string_view expectedFormat) {
    if (!r.valid()) return false;
    Diagnostics& diag = r.diagnostics();
    bool ok = true;
    const Json* format = r.child("format", Need::required);
    if (!format) {
        ok = false;
    } else if (!format->is_string()) {
        diag.error(r.pathOf("format"), displayJson(*format),
                   "the string \"" + std::string(expectedFormat) + "\"");
        ok = false;
    } else if (format->get_ref<const std::string&>() != expectedFormat) {
        diag.error(r.pathOf("format"), "\"" + displayValue(format->get<std::string>()) + "\"",
                   "\"" + std::string(expectedFormat) + "\" (this file is read as " +
                       std::string(expectedFormat.substr(expectedFormat.find('.') + 1)) + ")");
        ok = false;
    }
    const Json* version = r.child("version", Need::required);
    if (!version) {
        ok = false;
    } else if (!version->is_number_integer()) {
        diag.error(r.pathOf("version"), displayJson(*version),
                   "the integer 1 (the file format version)");
        ok = false;
    } else if (version->is_number_unsigned() ? version->get<std::uint64_t>() != 1
                                             : version->get<std::int64_t>() != 1) {
        std::int64_t v = version->is_number_unsigned()
                             ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                                   version->get<std::uint64_t>(), INT64_MAX))
                             : version->get<std::int64_t>();
        diag.error(r.pathOf("version"), displayJson(*version), unsupportedVersionMessage(v));
        ok = false;
    }
    return ok;
}

bool hasValue(ObjectReader& r, std::string_view key) {
    const Json* v = r.child(key);
    return v && !v->is_null();
}

std::string firstPresent(ObjectReader& r, std::initializer_list<std::string_view> keys) {
    std::string found;
    for (auto k : keys) {
        const Json* v = r.child(k);  // marks it known
        if (found.empty() && v && !v->is_null()) found = std::string(k);
    }
    return found;
}

std::optional<std::vector<std::string>> readStringList(ObjectReader& r, std::string_view key,
                                                       std::size_t maxItems) {
    const Json* v = r.child(key);
    if (!v) return std::nullopt;
    Diagnostics& diag = r.diagnostics();
    if (!v->is_array()) {
        diag.error(r.pathOf(key), displayJson(*v), "an array of strings");
        return std::nullopt;
    }
    if (v->size() > maxItems) {
        diag.error(r.pathOf(key), std::to_string(v->size()) + " items",
                   "at most " + std::to_string(maxItems) + " items");
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& item = (*v)[i];
        std::string p = jsonPointerChild(r.pathOf(key), i);
        if (!item.is_string()) {
            diag.error(p, displayJson(item), "a string");
            ok = false;
        } else if (item.get_ref<const std::string&>().size() > 256) {
            diag.error(p, displayJson(item), "a string of at most 256 characters");
            ok = false;
        } else {
            out.push_back(item.get<std::string>());
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace rl

namespace rl {
std::optional<std::string> readName(ObjectReader& r, std::string_view key, Need need,
                                    std::size_t maxLength) {
    auto s = r.string(key, need, maxLength);
    if (!s) return std::nullopt;
    if (s->find_first_not_of(" \t\r\n") == std::string::npos) {
        r.diagnostics().error(r.pathOf(key), "\"" + displayValue(*s) + "\"", "a non-empty string");
        return std::nullopt;
    }
    return s;
}
}  // namespace rl
