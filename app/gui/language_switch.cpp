#include "app/gui/language_switch.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

#include "app/gui/qm_catalogue.h"
#include "app/gui/retranslator.h"

namespace rl {
namespace gui {

namespace {
// Spin boxes (and other locale-aware widgets) write numbers as the one formatter
// does, "1,000,000" and "10.00" in every language (views/common/format.h), not
// as the system's locale ("1.000.000", "10,00"). The C locale with its group
// separator shown; typed numbers are read with or without the commas.
void useTheFormattersNumbers() {
    QLocale numbers = QLocale::c();
    numbers.setNumberOptions(QLocale::DefaultNumberOptions);  // C itself omits the commas
    QLocale::setDefault(numbers);
}
}  // namespace

LanguageSwitch& LanguageSwitch::instance() {
    static LanguageSwitch s;
    return s;
}

LanguageSwitch::LanguageSwitch() : folders_{QStringLiteral(":/i18n")} {}

LanguageSwitch::~LanguageSwitch() = default;

QStringList LanguageSwitch::languages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString LanguageSwitch::normalized(const QString& localeName) {
    if (localeName.startsWith(QLatin1String("de"))) return QStringLiteral("de");
    if (localeName.startsWith(QLatin1String("zh"))) return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void LanguageSwitch::addQmFolder(const QString& folder) {
    if (!folders_.contains(folder)) folders_ << folder;
}

QString LanguageSwitch::qmFile(const QString& language) const {
    for (const QString& folder : folders_) {
        const QString path = folder + "/ridgeline_" + language + ".qm";
        if (QFile::exists(path)) return path;
    }
    return QString();
}

bool LanguageSwitch::setLanguage(const QString& requested) {
    useTheFormattersNumbers();  // before the windows: a widget keeps the locale it was made with
    const QString language = normalized(requested);
    auto app = std::make_unique<QTranslator>();
    if (language != "en" && !app->load(qmFile(language))) return false;

    // The texts on screen are in the current language: its catalogue leads
    // back to their sources. English texts are the sources themselves, found
    // in the catalogue of the language being switched to.
    const QString catalogueLanguage = current_ != "en" ? current_ : language;
    QFile qm(qmFile(catalogueLanguage));
    std::vector<CatalogueEntry> entries;
    if (catalogueLanguage != "en" && qm.open(QIODevice::ReadOnly))
        entries = readQmCatalogue(qm.readAll());
    const Retranslator retranslator(std::move(entries), current_ != "en");

    if (app_) QCoreApplication::removeTranslator(app_.get());
    if (qt_) QCoreApplication::removeTranslator(qt_.get());
    app_.reset();
    qt_.reset();
    if (language != "en") {
        app_ = std::move(app);
        QCoreApplication::installTranslator(app_.get());
        // Qt's own texts (dialog buttons, context menus), where the system has them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load("qtbase_" + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            qt_ = std::move(qt);
            QCoreApplication::installTranslator(qt_.get());
        }
    }
    const bool changed = language != current_;
    current_ = language;
    if (!changed) return true;
    // Windows with a parent (menus, dialogs) are re-translated with it.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (!w->parentWidget()) retranslator.apply(w);
    Q_EMIT languageChanged(language);
    return true;
}

}  // namespace gui
}  // namespace rl
