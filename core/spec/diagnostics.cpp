#include "core/spec/diagnostics.h"

#include <algorithm>
#include <cstdio>

namespace rl {

std::string Diagnostic::format() const {
    std::string out;
    if (!file.empty()) out += file + ": ";
    out += path.empty() ? std::string("(document)") : path;
    if (line > 0)
        out += " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")";
    out += severity == Severity::error ? ": error: " : ": warning: ";
    if (!value.empty()) out += "got " + value + "; ";
    out += expected;
    if (!suggestion.empty()) out += " (" + suggestion + ")";
    return out;
}

void Diagnostic::setValue(Phrase p) {
    value = p.english();
    valueText = std::move(p);
}

void Diagnostic::setExpected(Phrase p) {
    expected = p.english();
    expectedText = std::move(p);
}

void Diagnostic::setSuggestion(Phrase p) {
    suggestion = p.english();
    suggestionText = std::move(p);
}

namespace {

Diagnostic makeDiagnostic(Diagnostic::Severity severity, const std::string& file, std::string path,
                          Phrase value, Phrase expected, Phrase suggestion) {
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.path = std::move(path);
    d.setValue(std::move(value));
    d.setExpected(std::move(expected));
    d.setSuggestion(std::move(suggestion));
    return d;
}

}  // namespace

void Diagnostics::error(std::string path, Phrase value, Phrase expected, Phrase suggestion) {
    add(makeDiagnostic(Diagnostic::Severity::error, file_, std::move(path), std::move(value),
                       std::move(expected), std::move(suggestion)));
}

void Diagnostics::warning(std::string path, Phrase value, Phrase expected, Phrase suggestion) {
    add(makeDiagnostic(Diagnostic::Severity::warning, file_, std::move(path), std::move(value),
                       std::move(expected), std::move(suggestion)));
}

void Diagnostics::add(Diagnostic d) {
    if (d.file.empty()) d.file = file_;
    // A hostile file could produce millions of errors; keep the report readable.
    constexpr std::size_t kMaxItems = 500;
    if (items_.size() == kMaxItems) {
        items_.push_back(
            makeDiagnostic(Diagnostic::Severity::error, file_, "", {},
                           RL_TR("SpecText", "too many problems; the rest are not listed"), {}));
        return;
    }
    if (items_.size() > kMaxItems) return;
    items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.items_) add(d);
}

bool Diagnostics::hasErrors() const { return errorCount() > 0; }

int Diagnostics::errorCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::error;
    }));
}

std::string Diagnostics::format() const {
    std::string out;
    for (const auto& d : items_) out += d.format() + "\n";
    return out;
}

std::string displayValue(const std::string& raw, std::size_t maxLength) {
    std::string out;
    for (unsigned char c : raw) {
        if (out.size() >= maxLength) {
            out += "...";
            break;
        }
        if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

int editDistance(const std::string& a, const std::string& b) {
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

}  // namespace rl
