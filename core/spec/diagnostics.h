#pragma once
// Errors and warnings found while reading spec files. Every one names the file,
// the JSON path (RFC 6901 pointer such as "/memory/1/bandwidth"), the offending
// value and what was expected, so a user can act on it. Readers collect all of
// them instead of stopping at the first.
#include <string>
#include <vector>

#include "core/spec/phrase.h"

namespace rl {

struct Diagnostic {
    enum class Severity { error, warning };
    Severity severity = Severity::error;
    std::string file;        // may be empty for in-memory text
    std::string path;        // JSON pointer; "" is the document root
    std::string value;       // the offending value as written (shortened), may be empty
    std::string expected;    // what was expected, as a sentence fragment
    std::string suggestion;  // e.g. the closest valid key, may be empty
    int line = 0;            // 1-based; 0 when unknown (only syntax errors know it)
    int column = 0;
    // The typed twins of value, expected and suggestion (Phrase), for the GUI
    // to translate; the strings above are their English. Diagnostics::error
    // and warning fill both.
    Phrase valueText;
    Phrase expectedText;
    Phrase suggestionText;

    // Sets value/expected/suggestion and their typed twins together.
    void setValue(Phrase p);
    void setExpected(Phrase p);
    void setSuggestion(Phrase p);

    // "a100.json: /memory/1/bandwidth: error: got "0 TB/s"; expected a bandwidth > 0"
    std::string format() const;
};

class Diagnostics {
  public:
    explicit Diagnostics(std::string file = {}) : file_(std::move(file)) {}

    // A plain string is a fixed phrase (or a value as written); a Phrase with
    // values lets the GUI translate it (core/spec/phrase.h).
    void error(std::string path, Phrase value, Phrase expected, Phrase suggestion = {});
    void warning(std::string path, Phrase value, Phrase expected, Phrase suggestion = {});
    void add(Diagnostic d);
    void append(const Diagnostics& other);

    bool hasErrors() const;
    int errorCount() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    const std::string& file() const { return file_; }
    void setFile(std::string file) { file_ = std::move(file); }
    // All diagnostics, one per line.
    std::string format() const;

  private:
    std::string file_;
    std::vector<Diagnostic> items_;
};

// Shortens a value for display: long strings are cut with an ellipsis and
// control bytes are escaped so hostile files cannot garble a terminal.
std::string displayValue(const std::string& raw, std::size_t maxLength = 60);

// Levenshtein distance, for "did you mean" suggestions.
int editDistance(const std::string& a, const std::string& b);

}  // namespace rl
