#pragma once
// Form widgets bound to JSON pointers of a DataflowDocEditor's document: a
// change in a widget is one undoable edit of that value ("Edit MAC energy"),
// refresh() shows the document's values, mark() marks a widget with the
// diagnostics at or below its pointer.
#include <QObject>
#include <QString>
#include <string>
#include <utility>
#include <vector>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace rl::views {

class DataflowDocEditor;

class DocFields : public QObject {
    Q_OBJECT
  public:
    explicit DocFields(DataflowDocEditor* editor);

    // An integer; 0 below `min` shows "–" (a value the document lacks or
    // cannot hold as an integer, which the validator reports).
    QSpinBox* addInt(const QString& pointer, int def, int min, int max, const QString& what,
                     const QString& tip);
    // A string (names, quantities with units such as "0.845 pJ").
    QLineEdit* addText(const QString& pointer, const QString& def, const QString& what,
                       const QString& tip);
    // One of `choices` (document value, shown label).
    QComboBox* addChoice(const QString& pointer, const QString& def,
                         const std::vector<std::pair<QString, QString>>& choices,
                         const QString& what, const QString& tip);
    QCheckBox* addBool(const QString& pointer, bool def, const QString& label, const QString& what,
                       const QString& tip);

    void refresh(const Json& doc);
    // Marks every field with the diagnostics at or below its pointer and sets
    // placed[i] for each diagnostic shown.
    void mark(const Diagnostics& diag, std::vector<bool>& placed);
    // The widget bound to `pointer` (tests), nullptr if none.
    QWidget* field(const QString& pointer) const;

  private:
    struct Field {
        std::string pointer;
        QWidget* widget = nullptr;
        QString tip;
        enum class Type { integer, text, choice, boolean } type = Type::text;
        Json def;
    };
    void edit(const Field& f, const Json& value);
    Field& add(const QString& pointer, QWidget* w, Field::Type type, Json def, const QString& what,
               const QString& tip);

    DataflowDocEditor* editor_;
    std::vector<Field> fields_;
    std::vector<QString> whats_;
};

// Whether diagnostic path `path` is `pointer` or below it.
bool pathAtOrBelow(const std::string& path, const std::string& pointer);

}  // namespace rl::views
