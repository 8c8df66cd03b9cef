#include "app/cli/options.h"

#include <getopt.h>

#include <algorithm>
#include <charconv>
#include <limits>

namespace rl::cli {
namespace {

// getopt_long's `val` for the i-th long name: above any character, so that an
// option given a value it does not take ('?' with optopt) is told from an
// unknown one (optopt 0).
constexpr int kFirstLongValue = 0x1000;

// Code points of UTF-8 text: Qt counts characters, not bytes, when it pads
// and wraps help text.
std::u32string decode(const std::string& s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0x3F >> (len - 1));
        for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
            cp =
                (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

std::string encode(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

bool isSpace(char32_t c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0; }

// One entry of the help: the names in a column `width` wide, the description
// wrapped so that no line passes column 79 (QCommandLineParser's layout).
std::string wrapEntry(const std::string& namesText, std::size_t width,
                      const std::string& descriptionText) {
    const std::u32string names = decode(namesText), text = decode(descriptionText);
    std::size_t nameIndex = 0;
    auto nextNameSection = [&] {
        std::u32string section = names.substr(std::min(nameIndex, names.size()), width);
        nameIndex += section.size();
        return section;
    };
    std::u32string out;
    const std::ptrdiff_t max = 79 - static_cast<std::ptrdiff_t>(2 + width + 1);
    const auto len = static_cast<std::ptrdiff_t>(text.size());
    std::ptrdiff_t lineStart = 0, lastBreakable = -1, x = 0;
    for (std::ptrdiff_t i = 0; i < len; ++i) {
        ++x;
        const char32_t c = text[static_cast<std::size_t>(i)];
        if (isSpace(c)) lastBreakable = i;
        std::ptrdiff_t breakAt = -1, nextLineStart = -1;
        if (x > max && lastBreakable != -1) {
            breakAt = lastBreakable;
            nextLineStart = lastBreakable + 1;
        } else if ((x > max - 1 && lastBreakable == -1) || i == len - 1) {
            breakAt = i + 1;
            nextLineStart = breakAt;
        } else if (c == '\n') {
            breakAt = i;
            nextLineStart = i + 1;
        }
        if (breakAt != -1) {
            std::u32string name = nextNameSection();
            name.resize(std::max(name.size(), width), U' ');
            out += U"  " + name + U" ";
            out += text.substr(static_cast<std::size_t>(lineStart),
                               static_cast<std::size_t>(breakAt - lineStart));
            out += U'\n';
            x = 0;
            lastBreakable = -1;
            lineStart = nextLineStart;
            if (lineStart < len && isSpace(text[static_cast<std::size_t>(lineStart)])) ++lineStart;
            i = lineStart;
        }
    }
    while (nameIndex < names.size()) out += U"  " + nextNameSection() + U"\n";
    return encode(out);
}

}  // namespace

Option::Option(std::string name, std::string description, std::string valueName,
               std::string defaultValue)
    : Option(std::vector<std::string>{std::move(name)}, std::move(description),
             std::move(valueName), std::move(defaultValue)) {}

Option::Option(std::vector<std::string> names, std::string description, std::string valueName,
               std::string defaultValue)
    : names(std::move(names)),
      description(std::move(description)),
      valueName(std::move(valueName)),
      defaultValue(std::move(defaultValue)) {}

void Options::setApplicationDescription(std::string description) {
    description_ = std::move(description);
}

void Options::addOption(const Option& option) { options_.push_back(option); }

void Options::addPositionalArgument(std::string name, std::string description, std::string syntax) {
    if (syntax.empty()) syntax = name;
    positionalDefinitions_.push_back({std::move(name), std::move(description), std::move(syntax)});
}

int Options::find(const std::string& name) const {
    for (std::size_t i = 0; i < options_.size(); ++i)
        for (const std::string& n : options_[i].names)
            if (n == name) return static_cast<int>(i);
    return -1;
}

bool Options::parse(const std::vector<std::string>& args) {
    program_ = args.empty() ? std::string() : args.front();
    given_.assign(options_.size(), {});
    set_.assign(options_.size(), false);
    positional_.clear();
    unknown_.clear();
    error_.clear();
    if (args.size() < 2) return true;

    // Every name of every option is a long option: "-h" and "-format" are
    // read as getopt_long_only reads "--h" and "--format".
    std::vector<option> table;
    std::vector<std::size_t> owner;
    for (std::size_t i = 0; i < options_.size(); ++i)
        for (const std::string& n : options_[i].names) {
            table.push_back({n.c_str(),
                             options_[i].valueName.empty() ? no_argument : required_argument,
                             nullptr, kFirstLongValue + static_cast<int>(table.size())});
            owner.push_back(i);
        }
    table.push_back({nullptr, 0, nullptr, 0});
    std::vector<std::string> copy(args);
    std::vector<char*> argv;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    const int argc = static_cast<int>(args.size());

    // "-": arguments come back in order (1 for a positional one), as Qt reads
    // them; ":": a missing value is ':' and getopt prints nothing itself.
    opterr = 0;
    optind = 0;  // 0 makes glibc start afresh
    bool error = false;
    for (;;) {
        const int at = std::max(optind, 1);
        const int c = getopt_long_only(argc, argv.data(), "-:", table.data(), nullptr);
        if (c == -1) break;
        if (c == 1) {
            positional_.emplace_back(optarg);
            continue;
        }
        // The argument as given and the name in it (no dashes, no "=value").
        const std::string& argument = args[static_cast<std::size_t>(at)];
        const std::size_t dashes = argument.rfind("--", 0) == 0 ? 2 : 1;
        const std::size_t assign = argument.find('=');
        const std::string typed = argument.substr(
            dashes, assign == std::string::npos ? std::string::npos : assign - dashes);
        if (c == ':') {
            error_ = "Missing value after '" + argument + "'.";
            error = true;
        } else if (c == '?' && optopt >= kFirstLongValue) {
            error_ = "Unexpected value after '" + argument.substr(0, assign) + "'.";
            error = true;
        } else if (c == '?' || c < kFirstLongValue ||
                   typed != table[static_cast<std::size_t>(c - kFirstLongValue)].name) {
            // Unknown, ambiguous, or an abbreviation getopt would accept and Qt does not.
            unknown_.push_back(typed);
            error = true;
        } else {
            const std::size_t i = owner[static_cast<std::size_t>(c - kFirstLongValue)];
            set_[i] = true;
            if (!options_[i].valueName.empty()) given_[i].emplace_back(optarg ? optarg : "");
        }
    }
    for (int i = optind; i < argc; ++i) positional_.push_back(args[static_cast<std::size_t>(i)]);
    return !error;
}

bool Options::isSet(const std::string& name) const {
    const int i = find(name);
    return i >= 0 && static_cast<std::size_t>(i) < set_.size() && set_[static_cast<std::size_t>(i)];
}

std::string Options::value(const std::string& name) const {
    const int i = find(name);
    if (i < 0) return {};
    const auto k = static_cast<std::size_t>(i);
    if (k < given_.size() && !given_[k].empty()) return given_[k].back();
    return options_[k].defaultValue;
}

std::vector<std::string> Options::values(const std::string& name) const {
    const int i = find(name);
    if (i < 0) return {};
    const auto k = static_cast<std::size_t>(i);
    if (k < given_.size() && !given_[k].empty()) return given_[k];
    // Not given: the default, as QCommandLineParser::values gives it.
    if (options_[k].defaultValue.empty()) return {};
    return {options_[k].defaultValue};
}

std::string Options::errorText() const {
    if (!error_.empty()) return error_;
    if (unknown_.size() == 1) return "Unknown option '" + unknown_.front() + "'.";
    if (unknown_.size() > 1) {
        std::string all;
        for (const std::string& u : unknown_) all += (all.empty() ? "" : ", ") + u;
        return "Unknown options: " + all + ".";
    }
    return {};
}

std::string Options::helpText() const {
    std::string usage = program_;
    if (!options_.empty()) usage += " [options]";
    for (const Positional& p : positionalDefinitions_) usage += " " + p.syntax;
    std::string text = "Usage: " + usage + "\n";
    if (!description_.empty()) text += description_ + "\n";
    text += "\n";
    std::vector<std::string> nameColumn;
    std::size_t longest = 0;
    for (const Option& o : options_) {
        std::string names;
        for (const std::string& n : o.names)
            names += (names.empty() ? "" : ", ") + std::string(n.size() == 1 ? "-" : "--") + n;
        if (!o.valueName.empty()) names += " <" + o.valueName + ">";
        longest = std::max(longest, decode(names).size());
        nameColumn.push_back(std::move(names));
    }
    for (const Positional& p : positionalDefinitions_)
        longest = std::max(longest, decode(p.name).size());
    const std::size_t width = std::min<std::size_t>(50, longest + 1);
    if (!options_.empty()) text += "Options:\n";
    for (std::size_t i = 0; i < options_.size(); ++i)
        text += wrapEntry(nameColumn[i], width, options_[i].description);
    if (!positionalDefinitions_.empty()) {
        if (!options_.empty()) text += "\n";
        text += "Arguments:\n";
        for (const Positional& p : positionalDefinitions_)
            text += wrapEntry(p.name, width, p.description);
    }
    return text;
}

std::optional<long long> toLongLong(const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t\n\v\f\r");
    if (first == std::string::npos) return std::nullopt;
    const std::size_t last = text.find_last_not_of(" \t\n\v\f\r");
    const char* begin = text.data() + first;
    const char* end = text.data() + last + 1;
    if (*begin == '+' && end - begin > 1 && begin[1] != '-') ++begin;
    long long v = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc() || ptr != end) return std::nullopt;
    return v;
}

std::optional<int> toInt(const std::string& text) {
    const auto v = toLongLong(text);
    if (!v || *v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*v);
}

}  // namespace rl::cli
