#pragma once
// A sweep's names in the user's language: a sweep file may name its title,
// axes, objectives and constraints per language (core/explore/
// sweep_spec_names.h); the views show the interface language's name, else the
// English one.
#include <string>

#include <QString>

#include "core/result/sweep_result.h"
#include "core/spec/json_reader.h"

namespace rl {
namespace views {

// The Qt language code of the interface's catalogue ("de", "zh_CN"); "en"
// when no catalogue is installed. Asked of the catalogue itself, so names
// follow whatever language the rest of the window speaks.
QString interfaceLanguage();

// `english` in `language` where `translations` has it (the exact code, else
// the same language of another territory or script: "de_AT" for "de"),
// else `english`.
QString localizedName(const std::string& english, const rl::NameTranslations& translations,
                      const QString& language);
// The same in the interface language.
QString localizedName(const std::string& english, const rl::NameTranslations& translations);
// A name as a file writes it (a string, or names by language code with
// "en"), in the interface language; empty when it is neither (lists of
// files that show a file's name without reading it whole).
QString localizedName(const rl::Json& name);

}  // namespace views
}  // namespace rl
