#pragma once
// An error whose reason is also a typed Message, so the GUI can show it in the
// user's language (docs/messages.md). what() stays the engine's English, so
// every existing catch of std::invalid_argument, the CLI and the logs are
// unchanged.
#include <stdexcept>
#include <utility>

#include "core/result/message.h"

namespace rl {

class MessageError : public std::invalid_argument {
  public:
    explicit MessageError(Message message)
        : std::invalid_argument(message.english), message_(std::move(message)) {}
    const Message& message() const noexcept { return message_; }

  private:
    Message message_;
};

// The typed reason behind an exception, or nullptr when it carries none.
inline const Message* typedReason(const std::exception& e) {
    const auto* typed = dynamic_cast<const MessageError*>(&e);
    return typed ? &typed->message() : nullptr;
}

}  // namespace rl
