#include "core/spec/json_reader.h"

#include "core/spec/dtype_names.h"
#include "core/spec/input_file.h"
#include "core/spec/json_syntax_phrase.h"
#include "core/spec/json_text.h"
#include "core/spec/quantity_phrase.h"
#include "core/spec/spec_phrases.h"

#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>
#include <vector>

namespace rl {
namespace {

// Whether the text starts (after blanks) like a JSON document.
bool looksLikeJson(std::string_view text) {
    const auto start = text.find_first_not_of(" \t\r\n");
    return start != std::string_view::npos && (text[start] == '{' || text[start] == '[');
}

// Nesting depth of the raw text, counting brackets outside strings. Checked
// before parsing so deeply nested input cannot exhaust the stack later.
int maxNestingDepth(std::string_view text) {
    int depth = 0, maxDepth = 0;
    forEachJsonBracket(text, [&](std::size_t i) {
        if (text[i] == '[' || text[i] == '{')
            maxDepth = std::max(maxDepth, ++depth);
        else
            --depth;
    });
    return maxDepth;
}

using A = PhraseArg;

// What a range asks for, its bounds as %g writes them: "a value > 0 and <= 1e+30 (in SI units)".
Phrase rangeExpectation(const Range& r) {
    const bool hasMin = std::isfinite(r.min), hasMax = std::isfinite(r.max);
    const A lo = A::number(r.min, 6), hi = A::number(r.max, 6);
    if (hasMin && hasMax)
        return r.minExclusive
                   ? Phrase(RL_TR("SpecText", "a value > %1 and <= %2 (in SI units)"), {lo, hi})
                   : Phrase(RL_TR("SpecText", "a value >= %1 and <= %2 (in SI units)"), {lo, hi});
    if (hasMin)
        return r.minExclusive ? Phrase(RL_TR("SpecText", "a value > %1 (in SI units)"), {lo})
                              : Phrase(RL_TR("SpecText", "a value >= %1 (in SI units)"), {lo});
    if (hasMax) return Phrase(RL_TR("SpecText", "a value <= %1 (in SI units)"), {hi});
    return RL_TR("SpecText", "a value  (in SI units)");
}

bool checkRangePhrase(double v, const Range& r, const std::string& path, const Phrase& shown,
                      Diagnostics& diag) {
    if (!std::isfinite(v)) {
        diag.error(path, shown, RL_TR("SpecText", "a finite value"));
        return false;
    }
    const bool low = r.minExclusive ? !(v > r.min) : !(v >= r.min);
    if (low || v > r.max) {
        diag.error(path, shown, rangeExpectation(r));
        return false;
    }
    return true;
}

// Follows the parser's events to find repeated keys and their JSON pointers.
struct DuplicateKeyFinder {
    struct Frame {
        bool object = true;
        std::string pointer;  // of this object/array
        std::set<std::string> keys;
        std::string key;        // current key (objects)
        std::size_t index = 0;  // current element (arrays)
    };
    std::vector<Frame> stack;
    std::vector<std::string> duplicates;

    std::string childPointer() const {
        if (stack.empty()) return "";
        const Frame& f = stack.back();
        return f.object ? jsonPointerChild(f.pointer, f.key) : jsonPointerChild(f.pointer, f.index);
    }
    void elementDone() {
        if (!stack.empty() && !stack.back().object) ++stack.back().index;
    }
    bool onEvent(Json::parse_event_t event, const Json& parsed) {
        switch (event) {
            case Json::parse_event_t::object_start:
            case Json::parse_event_t::array_start: {
                Frame f;
                f.object = event == Json::parse_event_t::object_start;
                f.pointer = childPointer();
                stack.push_back(std::move(f));
                break;
            }
            case Json::parse_event_t::key: {
                if (stack.empty() || !parsed.is_string()) break;
                Frame& f = stack.back();
                f.key = parsed.get<std::string>();
                if (!f.keys.insert(f.key).second && duplicates.size() < 50)
                    duplicates.push_back(jsonPointerChild(f.pointer, f.key));
                break;
            }
            case Json::parse_event_t::object_end:
            case Json::parse_event_t::array_end:
                if (!stack.empty()) stack.pop_back();
                elementDone();
                break;
            case Json::parse_event_t::value:
                elementDone();
                break;
        }
        return true;
    }
};

}  // namespace

std::optional<Json> parseJsonDocument(std::string_view text, Diagnostics& diag) {
    return parseJsonText(text, kMaxSpecFileBytes, diag);
}

std::optional<Json> parseJsonText(std::string_view text, std::uint64_t maxBytes,
                                  Diagnostics& diag) {
    if (text.size() > maxBytes) {
        diag.error(
            "", humanBytes(text.size()),
            Phrase(RL_TR("SpecText", "a file of at most %1"), {A::verbatim(humanBytes(maxBytes))}));
        return std::nullopt;
    }
    if (int depth = maxNestingDepth(text); depth > kMaxJsonDepth) {
        diag.error("", Phrase(RL_TR("SpecText", "nesting depth %1"), {A::integer(depth)}),
                   Phrase(RL_TR("SpecText", "JSON nested at most %1 levels deep"),
                          {A::integer(kMaxJsonDepth)}));
        return std::nullopt;
    }
    try {
        // nlohmann keeps the last of duplicate keys silently; a spec file with
        // two "memory" keys is a mistake the user must hear about.
        DuplicateKeyFinder dups;
        Json doc = Json::parse(
            text.begin(), text.end(),
            [&dups](int, Json::parse_event_t event, Json& parsed) {
                return dups.onEvent(event, parsed);
            },
            true, /*ignore_comments=*/false);
        for (const auto& path : dups.duplicates)
            diag.error(path, "",
                       RL_TR("SpecText",
                             "each key at most once per object (a repeated key silently replaces "
                             "the earlier value)"));
        if (!dups.duplicates.empty()) return std::nullopt;
        return doc;
    } catch (const Json::parse_error& e) {
        Diagnostic d;
        d.path = "";
        lineAndColumnAt(text, e.byte > 0 ? e.byte - 1 : 0, d.line, d.column);
        std::string what = e.what();
        // nlohmann's message starts with "[json.exception.parse_error.101] "; keep the rest.
        if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
        // "...; last read: '<bytes>'" quotes the file. Not for a file that is no JSON at all:
        // it may be a private file (a project pointing at /etc/passwd).
        if (!looksLikeJson(text))
            if (auto pos = what.find("; last read"); pos != std::string::npos) what.resize(pos);
        d.setExpected(jsonSyntaxExpectation(text, displayValue(what, 200), d.line, d.column));
        diag.add(std::move(d));
    } catch (const std::exception& e) {
        // e.g. out_of_range.406 "number overflow parsing '1e400'"
        std::string what = e.what();
        if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
        diag.error("", "", jsonNumberExpectation(displayValue(what, 200)));
    }
    return std::nullopt;
}

std::optional<Json> readJsonFile(const std::string& path, Diagnostics& diag) {
    return readJsonInput(path, kMaxSpecFileBytes, "a spec file", diag);
}

std::optional<Json> readJsonInput(const std::string& path, std::uint64_t maxBytes,
                                  std::string_view what, Diagnostics& diag) {
    if (diag.file().empty()) diag.setFile(path);
    InputText in = readInputFile(path, maxBytes, what);
    if (!in.ok()) {
        Diagnostic d;
        d.setValue(in.refusal->valueText);
        d.setExpected(in.refusal->expectedText);
        d.line = in.refusal->line;
        d.column = in.refusal->column;
        diag.add(std::move(d));
        return std::nullopt;
    }
    return parseJsonText(in.text, maxBytes, diag);
}

std::string jsonPointerChild(const std::string& parent, std::string_view key) {
    std::string out = parent + "/";
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string jsonPointerChild(const std::string& parent, std::size_t index) {
    return parent + "/" + std::to_string(index);
}

std::string displayJson(const Json& v) {
    std::string s;
    try {
        s = v.dump(-1, ' ', false, Json::error_handler_t::replace);
    } catch (...) {
        s = "<unprintable>";
    }
    return displayValue(s, 60);
}

ObjectReader::ObjectReader(const Json& value, std::string path, Diagnostics& diag)
    : path_(std::move(path)), diag_(diag) {
    if (value.is_object())
        object_ = &value;
    else
        diag_.error(path_, jsonValueWithType(value), RL_TR("SpecText", "a JSON object"));
}

bool ObjectReader::has(std::string_view key) const { return object_ && object_->contains(key); }

void ObjectReader::missing(std::string_view key) {
    diag_.error(
        pathOf(key), "",
        Phrase(RL_TR("SpecText", "the required key \"%1\""), {A::verbatim(std::string(key))}));
}

const Json* ObjectReader::child(std::string_view key, Need need) {
    if (!object_) return nullptr;
    known_.emplace(key);
    auto it = object_->find(key);
    if (it == object_->end()) {
        if (need == Need::required) missing(key);
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> ObjectReader::string(std::string_view key, Need need,
                                                std::size_t maxLength) {
    const Json* v = child(key, need);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        diag_.error(pathOf(key), jsonValueWithType(*v), RL_TR("SpecText", "a string"));
        return std::nullopt;
    }
    const auto& s = v->get_ref<const std::string&>();
    if (s.size() > maxLength) {
        diag_.error(pathOf(key), displayValue(s),
                    Phrase(RL_TR("SpecText", "a string of at most %1 characters"),
                           {A::integer(static_cast<std::int64_t>(maxLength))}));
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> ObjectReader::choice(std::string_view key,
                                                std::span<const std::string_view> choices,
                                                Need need) {
    auto s = string(key, need);
    if (!s) return std::nullopt;
    std::string list, best;
    int bestDist = 1 << 30;
    for (auto c : choices) {
        if (*s == c) return s;
        list += (list.empty() ? "" : ", ") + std::string("\"") + std::string(c) + "\"";
        int d = editDistance(*s, std::string(c));
        if (d < bestDist) bestDist = d, best = c;
    }
    diag_.error(pathOf(key), quotedValue(displayValue(*s)),
                Phrase(RL_TR("SpecText", "one of %1"), {A::verbatim(list)}),
                bestDist <= 3 ? didYouMean(best) : Phrase());
    return std::nullopt;
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Need need) {
    const Json* v = child(key, need);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
        diag_.error(pathOf(key), jsonValueWithType(*v), RL_TR("SpecText", "true or false"));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, std::int64_t min,
                                                  std::int64_t max, Need need) {
    const Json* v = child(key, need);
    if (!v) return std::nullopt;
    const Phrase want(RL_TR("SpecText", "an integer from %1 to %2"),
                      {A::integer(min), A::integer(max)});
    std::int64_t out = 0;
    if (v->is_number_integer()) {
        if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
            diag_.error(pathOf(key), displayJson(*v), want);
            return std::nullopt;
        }
        out = v->get<std::int64_t>();
    } else if (v->is_number_float()) {
        double d = v->get<double>();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9e15) {
            diag_.error(pathOf(key), displayJson(*v), want);
            return std::nullopt;
        }
        out = static_cast<std::int64_t>(d);
    } else {
        diag_.error(pathOf(key), jsonValueWithType(*v), want);
        return std::nullopt;
    }
    if (out < min || out > max) {
        diag_.error(pathOf(key), displayJson(*v), want);
        return std::nullopt;
    }
    return out;
}

std::optional<double> ObjectReader::number(std::string_view key, Range range, Need need) {
    const Json* v = child(key, need);
    if (!v) return std::nullopt;
    if (!v->is_number()) {
        diag_.error(pathOf(key), jsonValueWithType(*v), RL_TR("SpecText", "a number"));
        return std::nullopt;
    }
    double d = v->get<double>();
    if (!checkRangePhrase(d, range, pathOf(key), displayJson(*v), diag_)) return std::nullopt;
    return d;
}

std::optional<double> ObjectReader::quantity(std::string_view key, Dimension dim, Range range,
                                             Need need) {
    const Json* v = child(key, need);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        diag_.error(pathOf(key), jsonValueWithType(*v),
                    quantityWithUnitPhrase(dim, v->is_number()));
        return std::nullopt;
    }
    const auto& text = v->get_ref<const std::string&>();
    auto parsed = parseQuantityPhrase(text, dim);
    if (auto* problem = std::get_if<Phrase>(&parsed)) {
        diag_.error(pathOf(key), quotedValue(displayValue(text)), *problem);
        return std::nullopt;
    }
    double d = std::get<double>(parsed);
    if (!checkRangePhrase(d, range, pathOf(key), quotedValue(displayValue(text)), diag_))
        return std::nullopt;
    return d;
}

std::optional<DType> ObjectReader::dtype(std::string_view key, Need need) {
    static constexpr auto kNames = namesOf(kDTypeNames);
    auto s = choice(key, kNames, need);
    if (!s) return std::nullopt;
    return parseDType(*s);
}

void ObjectReader::accept(std::initializer_list<std::string_view> keys) {
    for (auto k : keys) known_.emplace(k);
}

void ObjectReader::finish(Diagnostic::Severity severity) {
    if (!object_) return;
    for (auto it = object_->begin(); it != object_->end(); ++it) {
        const std::string& key = it.key();
        if (known_.count(key)) continue;
        std::string best;
        int bestDist = 1 << 30;
        for (const auto& k : known_) {
            int d = editDistance(key, k);
            if (d < bestDist) bestDist = d, best = k;
        }
        Diagnostic d;
        d.severity = severity;
        d.path = pathOf(key);
        d.setValue(quotedValue(displayValue(key)));
        d.setExpected(RL_TR("SpecText", "a known key (this one is not part of the format)"));
        if (!best.empty() && bestDist <= std::max<int>(2, static_cast<int>(key.size()) / 3))
            d.setSuggestion(didYouMean(best));
        diag_.add(std::move(d));
    }
}

}  // namespace rl
