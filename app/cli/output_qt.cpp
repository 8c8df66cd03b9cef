// The standard options of output.h for the commands built with Qt
// (libridgeline_cli_commands.so), which parse with QCommandLineParser.
#include <cstdio>
#include <utility>

#include "app/cli/output.h"
#include "app/cli/qt_option_set.h"
#include "core/spec/reference_policy.h"

namespace rl::cli {

void addStandardOptions(QCommandLineParser& parser, bool withFormat) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QtOptionSet options(parser);
    addStandardOptions(static_cast<OptionSet&>(options), withFormat);
}

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args) {
    if (!parser.parse(args)) {
        fail(parser.errorText().toStdString() + " (see --help)");
        return 2;
    }
    if (parser.isSet("help")) {
        // Qt names the executable path in the usage line; name the command instead.
        QString help = parser.helpText();
        const QString usage = QStringLiteral("Usage: ");
        if (help.startsWith(usage) && !args.isEmpty()) {
            qsizetype end = help.indexOf(QStringLiteral(" ["), usage.size());
            qsizetype eol = help.indexOf(QLatin1Char('\n'));
            if (end < 0 || (eol >= 0 && end > eol)) end = eol;
            if (end > 0) help = usage + args.first() + help.mid(end);
        }
        const std::string text = help.toStdString();
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    if (parser.optionNames().contains("allow-outside-refs") && parser.isSet("allow-outside-refs"))
        allowReferencesOutsideProject(true);
    return std::nullopt;
}

std::optional<OutputFormat> outputFormat(const QCommandLineParser& parser) {
    return parseOutputFormat(parser.value("format").toStdString());
}

std::optional<OutputFormat> startCommand(QCommandLineParser& parser, const QStringList& args,
                                         int& exitCode, const PositionalCount& positionals) {
    if (auto code = parseArguments(parser, args)) {
        exitCode = *code;
        return std::nullopt;
    }
    return checkFormatAndPositionals(QtOptionSet(std::as_const(parser)),
                                     static_cast<std::size_t>(parser.positionalArguments().size()),
                                     positionals, exitCode);
}

}  // namespace rl::cli
