#pragma once
// One table of names per enum, read both ways: toString and parse walk the
// same constexpr array, so a name can never be written in one direction and
// forgotten in the other. tests/result/test_enum_names.cpp round-trips every
// table.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace rl {

template <typename E>
struct EnumName {
    E value;
    std::string_view name;
};

// The name of `value`, or `fallback` for a value missing from the table.
template <typename E, std::size_t N>
constexpr std::string_view nameOf(const std::array<EnumName<E>, N>& table, E value,
                                  std::string_view fallback = "unknown") {
    for (const EnumName<E>& e : table)
        if (e.value == value) return e.name;
    return fallback;
}

// The value named exactly `name`, or nothing.
template <typename E, std::size_t N>
constexpr std::optional<E> valueOf(const std::array<EnumName<E>, N>& table, std::string_view name) {
    for (const EnumName<E>& e : table)
        if (e.name == name) return e.value;
    return std::nullopt;
}

// The names alone, in table order: the choices a reader accepts or a
// drop-down offers, so they come from the same table as the parser.
template <typename E, std::size_t N>
constexpr std::array<std::string_view, N> namesOf(const std::array<EnumName<E>, N>& table) {
    std::array<std::string_view, N> names{};
    for (std::size_t i = 0; i < N; ++i) names[i] = table[i].name;
    return names;
}

}  // namespace rl
