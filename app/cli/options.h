#pragma once
// Command-line options without Qt, for the commands ridgeline-cli runs without
// loading Qt Core (analyze, show, validate, list: BENCHMARKS.md, "CLI
// start-up"). glibc's getopt_long_only does the parsing; this layer declares
// options the way QCommandLineOption does and keeps QCommandLineParser's
// behaviour and messages, so a command reads the same whichever parser it
// uses: `-name` is `--name`, names are never abbreviated, `--` ends the
// options, and the errors are Qt's ("Unknown option 'x'.", "Missing value
// after '--top'.", "Unexpected value after '--ops'.").
#include <optional>
#include <string>
#include <vector>

namespace rl::cli {

// One option, as QCommandLineOption declares it.
struct Option {
    std::vector<std::string> names;  // "h", "help": one letter or a word each
    std::string description;
    std::string valueName;  // empty: a flag without a value
    std::string defaultValue;

    Option(std::string name, std::string description, std::string valueName = {},
           std::string defaultValue = {});
    Option(std::vector<std::string> names, std::string description, std::string valueName = {},
           std::string defaultValue = {});
};

// What option helpers shared by every command (--format, the spec files, the
// scenario overrides, the predictor) need of a parser: declaring options and
// reading them back. Options implements it; the commands built with Qt hand
// their QCommandLineParser through QtOptionSet (qt_option_set.h).
class OptionSet {
  public:
    virtual ~OptionSet() = default;
    virtual void addOption(const Option& option) = 0;
    // Given on the command line (a default value does not count).
    virtual bool isSet(const std::string& name) const = 0;
    // The last value given, else the default ("" for a flag or an unknown name).
    virtual std::string value(const std::string& name) const = 0;
};

class Options final : public OptionSet {
  public:
    void setApplicationDescription(std::string description);
    void addOption(const Option& option) override;
    // `syntax` is what the usage line shows ("FILE..."); empty: the name.
    void addPositionalArgument(std::string name, std::string description, std::string syntax = {});

    // args[0] names the program ("ridgeline-cli analyze"); false on an error
    // (errorText() says which), after reading all arguments as Qt does.
    bool parse(const std::vector<std::string>& args);

    bool isSet(const std::string& name) const override;
    std::string value(const std::string& name) const override;
    // Every value given, else the default (if any).
    std::vector<std::string> values(const std::string& name) const;
    const std::vector<std::string>& positionalArguments() const { return positional_; }
    std::string errorText() const;
    // QCommandLineParser's layout: usage (args[0] of the last parse), the
    // description, the options and the arguments, descriptions wrapped at 79
    // columns.
    std::string helpText() const;

  private:
    struct Positional {
        std::string name, description, syntax;
    };
    // Index into options_ of a name, or -1.
    int find(const std::string& name) const;

    std::string description_;
    std::vector<Option> options_;
    std::vector<Positional> positionalDefinitions_;
    std::string program_;
    std::vector<std::vector<std::string>> given_;  // per option: the values given
    std::vector<bool> set_;
    std::vector<std::string> positional_;
    std::vector<std::string> unknown_;
    std::string error_;
};

// An option's value as a number, read as QString::toLongLong and toInt read
// it (base 10, surrounding spaces allowed); nullopt when it is not one.
std::optional<long long> toLongLong(const std::string& text);
std::optional<int> toInt(const std::string& text);

}  // namespace rl::cli
