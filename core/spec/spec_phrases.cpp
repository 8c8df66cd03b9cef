#include "core/spec/spec_phrases.h"

#include "core/spec/json_reader.h"

namespace rl {

Phrase quotedValue(std::string shown) {
    return Phrase(RL_TR("SpecText", "\"%1\""), {PhraseArg::verbatim(std::move(shown))});
}

Phrase didYouMean(std::string best) {
    return Phrase(RL_TR("SpecText", "did you mean \"%1\"?"),
                  {PhraseArg::verbatim(std::move(best))});
}

Phrase jsonValueWithType(const Json& v) {
    const char* pattern = RL_TR("SpecText", "%1 (an object)");
    if (v.is_null())
        pattern = RL_TR("SpecText", "%1 (null)");
    else if (v.is_boolean())
        pattern = RL_TR("SpecText", "%1 (a boolean)");
    else if (v.is_number())
        pattern = RL_TR("SpecText", "%1 (a number)");
    else if (v.is_string())
        pattern = RL_TR("SpecText", "%1 (a string)");
    else if (v.is_array())
        pattern = RL_TR("SpecText", "%1 (an array)");
    return Phrase(pattern, {PhraseArg::verbatim(displayJson(v))});
}

}  // namespace rl
