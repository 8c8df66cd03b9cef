#pragma once
// A QCommandLineParser seen as an OptionSet (options.h), so that the commands
// built with Qt (libridgeline_cli_commands.so) share the option helpers
// (--format, spec files, scenario overrides, predictor) with the commands
// that run without Qt.
#include <QCommandLineParser>
#include <QStringList>

#include "app/cli/options.h"

namespace rl::cli {

class QtOptionSet final : public OptionSet {
  public:
    explicit QtOptionSet(QCommandLineParser& parser) : parser_(parser), writable_(&parser) {}
    explicit QtOptionSet(const QCommandLineParser& parser) : parser_(parser) {}

    void addOption(const Option& option) override {
        QStringList names;
        for (const std::string& n : option.names) names << QString::fromStdString(n);
        if (writable_)
            writable_->addOption(QCommandLineOption(names,
                                                    QString::fromStdString(option.description),
                                                    QString::fromStdString(option.valueName),
                                                    QString::fromStdString(option.defaultValue)));
    }
    bool isSet(const std::string& name) const override {
        return parser_.isSet(QString::fromStdString(name));
    }
    std::string value(const std::string& name) const override {
        return parser_.value(QString::fromStdString(name)).toStdString();
    }

  private:
    const QCommandLineParser& parser_;
    QCommandLineParser* writable_ = nullptr;  // null: read only
};

}  // namespace rl::cli
