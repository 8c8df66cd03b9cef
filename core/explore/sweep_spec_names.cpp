// Reading and writing a sweep's names in several languages.
#include "core/explore/sweep_spec_names.h"

#include <cctype>
#include <stdexcept>
#include <vector>

#include "core/spec/spec_document.h"
#include "core/spec/spec_phrases.h"

namespace rl::explore {
namespace {

template <class Is>
bool allOf(std::string_view s, Is is) {
    for (unsigned char c : s)
        if (!is(c)) return false;
    return true;
}
// Lambdas: taking the address of a standard library function is unspecified.
constexpr auto lower = [](unsigned char c) { return std::islower(c) != 0; };
constexpr auto upper = [](unsigned char c) { return std::isupper(c) != 0; };
constexpr auto digit = [](unsigned char c) { return std::isdigit(c) != 0; };

// "zh", "Hans", "CN", "419": the parts of a code after the language.
bool isScript(std::string_view p) {
    return p.size() == 4 && std::isupper(static_cast<unsigned char>(p[0])) &&
           allOf(p.substr(1), lower);
}
bool isTerritory(std::string_view p) {
    return (p.size() == 2 && allOf(p, upper)) || (p.size() == 3 && allOf(p, digit));
}

// A blank name reads as no name in a table or on an axis.
bool isBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

bool isLanguageCode(std::string_view code) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = code.find('_', start);
        parts.push_back(code.substr(start, end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    if (parts.size() > 3 || parts[0].size() < 2 || parts[0].size() > 3 || !allOf(parts[0], lower))
        return false;
    if (parts.size() == 1) return true;
    if (parts.size() == 3) return isScript(parts[1]) && isTerritory(parts[2]);
    return isScript(parts[1]) || isTerritory(parts[1]);
}

std::optional<LocalizedName> readLocalizedName(ObjectReader& r, std::string_view key, Need need,
                                               std::size_t maxLength) {
    const Json* v = r.child(key, need);
    if (!v) return std::nullopt;
    Diagnostics& diag = r.diagnostics();
    const std::string path = r.pathOf(key);
    if (v->is_string()) {
        // The plain form, read as before: a required name (the sweep's title)
        // as readName reads it, so it must not be blank.
        auto s = need == Need::required ? readName(r, key, need, maxLength)
                                        : r.string(key, need, maxLength);
        if (!s) return std::nullopt;
        return LocalizedName{*s, {}};
    }
    if (!v->is_object()) {
        diag.error(path, displayJson(*v),
                   RL_TR("SpecText",
                         "a name: a string, or an object of names by language code such as "
                         "{\"en\": \"HBM bandwidth\", \"de\": \"HBM-Bandbreite\"}"));
        return std::nullopt;
    }
    LocalizedName out;
    bool ok = true;
    for (const auto& [code, name] : v->items()) {
        const std::string at = jsonPointerChild(path, code);
        if (!isLanguageCode(code)) {
            diag.error(at, quotedValue(displayValue(code)),
                       RL_TR("SpecText",
                             "a language code such as \"en\", \"de\" or \"zh_CN\" (language, "
                             "then optionally _ and a script and/or _ and a territory)"));
            ok = false;
            continue;
        }
        if (!name.is_string() || name.get_ref<const std::string&>().size() > maxLength ||
            isBlank(name.get_ref<const std::string&>())) {
            diag.error(at, displayJson(name),
                       Phrase(RL_TR("SpecText", "a non-empty string of at most %1 characters"),
                              {PhraseArg::integer(static_cast<std::int64_t>(maxLength))}));
            ok = false;
            continue;
        }
        if (code == "en")
            out.english = name.get<std::string>();
        else
            out.translations.emplace(code, name.get<std::string>());
    }
    if (!v->contains("en")) {
        diag.error(path, displayJson(*v),
                   RL_TR("SpecText",
                         "an \"en\" entry: the English name, which column headers and the "
                         "command line use"));
        ok = false;
    }
    if (!ok) return std::nullopt;
    return out;
}

Json localizedNameJson(const std::string& english, const NameTranslations& translations) {
    if (translations.empty()) return english;
    Json j = {{"en", english}};
    for (const auto& [code, name] : translations) j[code] = name;
    return j;
}

LocalizedName localizedNameFromJson(const Json& j) {
    if (j.is_string()) return {j.get<std::string>(), {}};
    LocalizedName out{j.at("en").get<std::string>(), {}};
    for (const auto& [code, name] : j.items())
        if (code != "en") out.translations.emplace(code, name.get<std::string>());
    return out;
}

}  // namespace rl::explore
