#pragma once
// The interface language: installs Ridgeline's and Qt's translators for a
// language, and switches them while the program runs, re-translating every
// open window at once (retranslator.h) and telling the windows to re-render
// what they build from results (languageChanged). The project, its undo
// history and its results are untouched.
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace rl {
namespace gui {

class LanguageSwitch : public QObject {
    Q_OBJECT
  public:
    static LanguageSwitch& instance();
    ~LanguageSwitch() override;

    // The languages offered: "en" (the source), "de", "zh_CN".
    static QStringList languages();
    // One of languages() for a preference or locale name ("de_DE" -> "de",
    // "zh" -> "zh_CN"); "en" for anything without a translation.
    static QString normalized(const QString& localeName);

    // Folders searched for ridgeline_<language>.qm, in order (default ":/i18n").
    void addQmFolder(const QString& folder);
    QString current() const { return current_; }

    // Makes `language` (normalized) the interface language: its translators
    // replace the current ones and every open window is re-translated.
    // False (nothing changed) if its .qm file is not found.
    bool setLanguage(const QString& language);

  Q_SIGNALS:
    // After the texts of the open windows were re-translated: views that
    // build texts from results re-render them.
    void languageChanged(const QString& language);

  private:
    LanguageSwitch();
    QString qmFile(const QString& language) const;

    QString current_ = QStringLiteral("en");
    QStringList folders_;
    std::unique_ptr<QTranslator> app_, qt_;
};

}  // namespace gui
}  // namespace rl
