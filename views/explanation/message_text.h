#pragma once
// The engine's typed sentences (rl::Message) in the user's language: one tr()
// template per MessageId, numbers through views/common/format.h, and engine
// words (binding resources, phases, tensor classes) through their own tables.
// Names from the user's files (models, hardware, operators, levels, dtypes)
// are shown as they are. docs/messages.md describes the mechanism.
#include <exception>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/result/message.h"

namespace rl {
struct OpRecord;
struct Prediction;
struct RequestRecord;
struct ServingReport;
struct WhatIf;

namespace views {

class MessageText {
    Q_DECLARE_TR_FUNCTIONS(rl::views::MessageText)
  public:
    // The sentence in the current language; its English where the id is unknown.
    static QString text(const rl::Message& message);
    // A what-if's label ("2× HBM3 bandwidth") in the current language.
    static QString whatIfLabel(const rl::WhatIf& whatIf);
    // `typed` in the current language; `english` where it was not typed
    // (an empty message: a result read from a file or an older engine).
    static QString label(const rl::Message& typed, const std::string& english);
    // Sentences with their typed twins: rendered when there is one per
    // sentence, else the English as it is. As HTML: one <p> each.
    static QStringList sentences(const std::vector<std::string>& english,
                                 const std::vector<rl::Message>& typed);
    static QString sentencesHtml(const std::vector<std::string>& english,
                                 const std::vector<rl::Message>& typed);
    // Why a request was rejected in the current language: its typed reason,
    // else the English (a report read from a file).
    static QString rejection(const rl::ServingReport& report, const rl::RequestRecord& request);
    // Why a run failed: a MessageError's typed reason in the current
    // language, else the exception's English what().
    static QString error(const std::exception& e);
    // A Prediction's warnings in the current language, in order; the ones
    // not typed yet in English.
    static QStringList warnings(const rl::Prediction& prediction);
    // An operator's note (few tiles, outside the learned model's training
    // data, ...) in the current language, its parts joined; the English note
    // where it was not typed; "" without a note.
    static QString note(const rl::OpRecord& op);
    // "compute fp16" -> "compute (fp16 matrix units)", "HBM3" -> "HBM3 bandwidth".
    static QString resource(const std::string& resource);
    static QString phase(const std::string& phase);              // "prefill", "decode", ...
    static QString tensorClass(const std::string& tensorClass);  // "kv_cache" -> "KV cache"
    // A part of a training step ("bubble" -> "the pipeline bubble").
    static QString stepPart(const std::string& part);
    static QString factor(double ratio);  // "1.93×", "1.00×"; whole scales from 2 on: "2×"
};

}  // namespace views
}  // namespace rl
