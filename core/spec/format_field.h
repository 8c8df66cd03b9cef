#pragma once
// A document's "format" string, read without trusting the document: a
// hostile file's "format": 2 must not throw a JSON type error out of the
// code that only asks what kind of file it is.
#include <string>

#include "core/spec/json_reader.h"

namespace rl {

// Empty when the field is absent, not a string, or the document is not an object.
std::string formatField(const Json& doc);

}  // namespace rl
