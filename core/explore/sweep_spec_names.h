#pragma once
// The names a sweep file gives its title, axes, objectives and constraints:
// a string (English), or an object of translations by Qt language code,
//   {"en": "HBM bandwidth", "de": "HBM-Bandbreite", "zh_CN": "HBM 带宽"}
// with "en" required, as desktop files name an application per language.
// The English name is the one column headers and the CLI use; the views show
// the user's language's (views/explore/localized_name.h).
#include <optional>
#include <string>
#include <string_view>

#include "core/result/sweep_result.h"
#include "core/spec/json_reader.h"

namespace rl::explore {

struct LocalizedName {
    std::string english;
    NameTranslations translations;  // without "en"
};

// "de", "zh_CN", "zh_Hans", "pt_BR", "sr_Latn_RS": a language (2 or 3 lower-case
// letters), then optionally a script (Xxxx) and/or a territory (XX or 3 digits).
bool isLanguageCode(std::string_view code);

// Reads r[key] in either form; reports a wrong shape (not a string or an
// object, no "en", a key that is no language code, a blank or overlong name
// in the object) at its JSON path; a string is read as ObjectReader::string
// reads it, and must not be blank when `need` is required (as readName).
// Nothing when the key is absent or wrong.
std::optional<LocalizedName> readLocalizedName(ObjectReader& r, std::string_view key,
                                               Need need = Need::optional,
                                               std::size_t maxLength = 256);

// The name as a file writes it: a plain string without translations, else
// the object of "en" and the translations.
Json localizedNameJson(const std::string& english, const NameTranslations& translations);
// The inverse for files this program wrote (sweep.json of an output folder):
// throws std::exception on a shape localizedNameJson does not write.
LocalizedName localizedNameFromJson(const Json& j);

}  // namespace rl::explore
