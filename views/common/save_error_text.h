#pragma once
// Why a file could not be saved (rl::SaveError, core/spec/atomic_save.h) in
// the user's language: its sentence and parts (the step, the system's
// reason) translated in the "SpecText" context, the file as written.
#include <QString>

namespace rl {
struct SaveError;

namespace views {

// "" when the file was saved.
QString saveErrorText(const rl::SaveError& error);

}  // namespace views
}  // namespace rl
