#include "views/explore/localized_name.h"

#include <QCoreApplication>

namespace rl {
namespace views {

QString interfaceLanguage() {
    //: The Qt language code of this translation ("de", "zh_CN"): sweep files
    //: name their axes per language, and the one of this code is shown.
    return QCoreApplication::translate("rl::views::LocalizedName", "en");
}

QString localizedName(const std::string& english, const rl::NameTranslations& translations,
                      const QString& language) {
    if (translations.empty() || language == QLatin1String("en"))
        return QString::fromStdString(english);
    const std::string code = language.toStdString();
    if (auto it = translations.find(code); it != translations.end())
        return QString::fromStdString(it->second);
    const std::string base = code.substr(0, code.find('_'));
    for (const auto& [other, name] : translations)
        if (other.substr(0, other.find('_')) == base) return QString::fromStdString(name);
    return QString::fromStdString(english);
}

QString localizedName(const std::string& english, const rl::NameTranslations& translations) {
    return localizedName(english, translations, interfaceLanguage());
}

QString localizedName(const rl::Json& name) {
    if (name.is_string()) return QString::fromStdString(name.get<std::string>());
    const auto english = name.is_object() ? name.find("en") : name.end();
    if (!name.is_object() || english == name.end() || !english->is_string()) return {};
    rl::NameTranslations translations;
    for (const auto& [code, text] : name.items())
        if (code != "en" && text.is_string()) translations.emplace(code, text.get<std::string>());
    return localizedName(english->get<std::string>(), translations);
}

}  // namespace views
}  // namespace rl
