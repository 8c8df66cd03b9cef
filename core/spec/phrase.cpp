#include "core/spec/phrase.h"

#include <cmath>
#include <cstdio>

namespace rl {

std::string PhraseArg::english() const {
    switch (kind) {
        case Kind::text:
            return text;
        case Kind::integer:
            return std::to_string(static_cast<std::int64_t>(std::llround(value)));
        case Kind::number: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.*g", digits, value);
            return buf;
        }
        case Kind::quantity:
            return formatQuantity(value, dimension, digits);
    }
    return text;
}

std::string Phrase::english() const {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += args[n].english();
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

}  // namespace rl
