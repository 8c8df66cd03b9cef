#include "core/spec/spec_document.h"

#include <utility>

#include "core/spec/spec_io.h"
#include "core/spec/spec_phrases.h"

namespace rl {

namespace {

using A = PhraseArg;

Phrase unsupportedVersion(std::int64_t version) {
    return Phrase(RL_TR("SpecText",
                        "file format version %1 is not supported; this Ridgeline reads version 1"),
                  {A::integer(version)});
}

// "\"ridgeline.hardware\" (this file is read as hardware)": the kind of file in
// words, a sentence per kind so that the kind is translated with it.
Phrase wrongFormat(std::string_view format) {
    static constexpr std::pair<std::string_view, const char*> kSentences[] = {
        {"hardware", RL_TR("SpecText", "\"%1\" (this file is read as hardware)")},
        {"model", RL_TR("SpecText", "\"%1\" (this file is read as model)")},
        {"scenario", RL_TR("SpecText", "\"%1\" (this file is read as scenario)")},
        {"project", RL_TR("SpecText", "\"%1\" (this file is read as project)")},
        {"accelerator", RL_TR("SpecText", "\"%1\" (this file is read as accelerator)")},
        {"problem", RL_TR("SpecText", "\"%1\" (this file is read as problem)")},
        {"mapping", RL_TR("SpecText", "\"%1\" (this file is read as mapping)")},
        {"sweep", RL_TR("SpecText", "\"%1\" (this file is read as sweep)")},
    };
    const std::string kind(format.substr(format.find('.') + 1));
    const char* pattern = RL_TR("SpecText", "\"%1\" (this file is read as %2)");
    for (const auto& [k, sentence] : kSentences)
        if (k == kind) pattern = sentence;
    return Phrase(pattern, {A::verbatim(std::string(format)), A::verbatim(kind)});
}

}  // namespace

std::string unsupportedVersionMessage(std::int64_t version) {
    return unsupportedVersion(version).english();
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
                   Phrase(RL_TR("SpecText", "the string \"%1\""),
                          {A::verbatim(std::string(expectedFormat))}));
        ok = false;
    } else if (format->get_ref<const std::string&>() != expectedFormat) {
        diag.error(r.pathOf("format"), quotedValue(displayValue(format->get<std::string>())),
                   wrongFormat(expectedFormat));
        ok = false;
    }
    const Json* version = r.child("version", Need::required);
    if (!version) {
        ok = false;
    } else if (!version->is_number_integer()) {
        diag.error(r.pathOf("version"), displayJson(*version),
                   RL_TR("SpecText", "the integer 1 (the file format version)"));
        ok = false;
    } else if (version->is_number_unsigned() ? version->get<std::uint64_t>() != 1
                                             : version->get<std::int64_t>() != 1) {
        std::int64_t v = version->is_number_unsigned()
                             ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                                   version->get<std::uint64_t>(), INT64_MAX))
                             : version->get<std::int64_t>();
        diag.error(r.pathOf("version"), displayJson(*version), unsupportedVersion(v));
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
        diag.error(r.pathOf(key), displayJson(*v), RL_TR("SpecText", "an array of strings"));
        return std::nullopt;
    }
    if (v->size() > maxItems) {
        diag.error(r.pathOf(key),
                   Phrase(RL_TR("SpecText", "%1 items"), {A::integer(std::ssize(*v))}),
                   Phrase(RL_TR("SpecText", "at most %1 items"),
                          {A::integer(static_cast<std::int64_t>(maxItems))}));
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& item = (*v)[i];
        std::string p = jsonPointerChild(r.pathOf(key), i);
        if (!item.is_string()) {
            diag.error(p, displayJson(item), RL_TR("SpecText", "a string"));
            ok = false;
        } else if (item.get_ref<const std::string&>().size() > 256) {
            diag.error(
                p, displayJson(item),
                Phrase(RL_TR("SpecText", "a string of at most %1 characters"), {A::integer(256)}));
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
        r.diagnostics().error(r.pathOf(key), quotedValue(displayValue(*s)),
                              RL_TR("SpecText", "a non-empty string"));
        return std::nullopt;
    }
    return s;
}
}  // namespace rl
