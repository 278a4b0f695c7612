// A sentence for people, kept as its English source and the values that go
// into it, so that the layers with translations (models/) say it in the
// user's language while engine/ stays free of Qt. english() is the same
// sentence for logs, the console and the tests.
//
// Sources are marked BITS_TR_NOOP("bits", "...") where they are written:
// lupdate reads the macro as QT_TRANSLATE_NOOP (-tr-function-alias), so the
// engine's sentences land in the .ts files beside the UI's. A source with %n
// is marked BITS_TR_N_NOOP (QT_TRANSLATE_N_NOOP) so that translators give its
// plural forms.
#pragma once

#include "vocabulary.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#define BITS_TR_NOOP(context, text) text
#define BITS_TR_N_NOOP(context, text) text

namespace bits {

// The context every engine sentence is translated in.
inline constexpr const char *kSentenceContext = "bits";

struct Sentence;

// An argument said as the description of its HRESULT ("NAME (0x…): meaning").
struct Code {
    HResult value = 0;
    friend bool operator==(const Code &, const Code &) = default;
};

// What fills a %1…%9: text used as it is (a path, a URL, a number, a server's
// words), a code described, or a sentence of its own.
class SentenceArg {
public:
    SentenceArg(std::string text);
    SentenceArg(const char *text);
    SentenceArg(Code code);
    SentenceArg(const Sentence &sentence);

    const std::string *text() const { return std::get_if<std::string>(&m_value); }
    const Code *code() const { return std::get_if<Code>(&m_value); }
    const Sentence *sentence() const;

    friend bool operator==(const SentenceArg &, const SentenceArg &);

private:
    std::variant<std::string, Code, std::shared_ptr<const Sentence>> m_value;
};

struct Sentence {
    Sentence() = default;
    // A marked source and its arguments, in order: %1, %2, …
    explicit Sentence(std::string source, std::vector<SentenceArg> args = {})
        : source(std::move(source))
        , args(std::move(args))
    {
    }
    Sentence(const char *source)
        : source(source)
    {
    }
    // A source with %n, said with Qt's plural forms for `count`.
    static Sentence counted(std::string source, std::int64_t count, std::vector<SentenceArg> args = {});
    // Words that are not ours to translate (the service's own text).
    static Sentence verbatim(std::string text);

    std::string source;
    std::vector<SentenceArg> args;
    std::optional<std::int64_t> count;

    bool empty() const { return source.empty(); }
    std::string english() const;

    friend bool operator==(const Sentence &, const Sentence &) = default;
};

// Replaces %1…%9 in `pattern` (UTF-8) with say(index) and %n with `count`,
// in one pass, so that an argument holding "%2" stays as it is. english() and
// the translating layer both fill their pattern with it.
std::string fillSentence(std::string_view pattern, std::optional<std::int64_t> count,
                         const std::function<std::string(std::size_t)> &say);

}  // namespace bits
