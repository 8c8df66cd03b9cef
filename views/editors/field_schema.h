#pragma once
// The one table of what the fields of the hardware, model and scenario formats
// mean: for each JSON path pattern a human label, a one-line description, the
// kind of editor it gets (number, quantity with unit, choice, ...), the values
// the parser accepts, and for optional fields the default a user can add.
// The parsers in core/spec are the truth this table follows (docs/formats.md
// describes the same fields); the editors and the sweep builder read it.
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "core/spec/json_reader.h"
#include "core/spec/units.h"
#include "core/workload/operator.h"

namespace rl {
namespace views {

enum class SchemaFormat { hardware, model, scenario };

enum class FieldKind {
    fixed,     // shown, never edited (format, version)
    text,      // a string
    integer,   // a whole number
    number,    // a dimensionless number (fraction, ratio, count)
    quantity,  // a number with a unit: "2039 GB/s"
    choice,    // one of `choices`
    boolean,   // true / false
    list,      // an array of scalars, edited as "a, b, c"
    object,    // a group of fields
    rows,      // an array of objects (memory levels, ops): rows added, removed, moved
};

struct FieldSpec {
    std::string pattern;  // JSON pointer; "*" matches any one segment ("/memory/*/bandwidth")
    FieldKind kind = FieldKind::text;
    const char* labelSource = "";        // untranslated; shown through label()
    const char* descriptionSource = "";  // untranslated one-liner; shown through description()
    rl::Dimension dimension = rl::Dimension::bytes;  // quantity only
    std::vector<std::string> choices;  // choice: exactly the values the parser accepts
    bool openChoice = false;  // choice whose list is a suggestion (the parser takes any string)
    bool optional = true;     // may be left out of the file
    bool addable = true;      // offered when absent (false: mutually exclusive sections)
    rl::Json defaultValue;    // written when added; shown greyed while absent
    const char* rowNameSource = "";  // rows: one row, singular ("memory level")
    // Offered only while the sibling `whenKey` holds one of `whenValues`
    // ("burstiness" only for arrival "gamma").
    std::string whenKey;
    std::vector<std::string> whenValues;

    QString label() const;  // translated
    QString description() const;
    QString rowNameText() const;
    std::string key() const;  // the last segment of the pattern
};

// The schema entry for a concrete path ("/memory/2/bandwidth"), or nullptr.
const FieldSpec* fieldSpec(SchemaFormat format, const std::string& path);
// Entries of the fields directly inside the container at `path` (an object, or
// one row of a rows field), in the order a form shows them.
std::vector<const FieldSpec*> childSpecs(SchemaFormat format, const std::string& path);
// A new row for the rows field at `path`, made to fit `existing` (unique names).
rl::Json newRow(SchemaFormat format, const std::string& path, const rl::Json& existing);
// Every entry of every format (tests, the key-based tooltip lookup).
const std::vector<FieldSpec>& allFieldSpecs(SchemaFormat format);

// What a drop-down shows for a choice value ("closed_loop" -> "Closed loop"),
// translated; the file keeps the value. Values whose spelling is the standard
// name (data types, model families) come back as written.
QString choiceDisplayName(const std::string& value);
// An operator's kind the same way ("batched_matmul" -> "Batched matmul"), for
// the tables and tooltips that show one.
QString opKindDisplayName(rl::OpKind kind);

// Units the chooser offers per dimension, smallest first.
std::vector<std::string> unitChoices(rl::Dimension d);

// The label as the middle of a sentence ("Edit bandwidth"): English labels
// start lower-case there, translated ones keep their spelling (German nouns).
QString labelInSentence(const FieldSpec& spec);

}  // namespace views
}  // namespace rl
