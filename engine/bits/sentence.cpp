#include "sentence.h"

#include "hresult.h"

namespace bits {

SentenceArg::SentenceArg(std::string text)
    : m_value(std::move(text))
{
}

SentenceArg::SentenceArg(const char *text)
    : m_value(std::string(text))
{
}

SentenceArg::SentenceArg(Code code)
    : m_value(code)
{
}

SentenceArg::SentenceArg(const Sentence &sentence)
    : m_value(std::make_shared<const Sentence>(sentence))
{
}

const Sentence *SentenceArg::sentence() const
{
    const auto *held = std::get_if<std::shared_ptr<const Sentence>>(&m_value);
    return held ? held->get() : nullptr;
}

bool operator==(const SentenceArg &left, const SentenceArg &right)
{
    if (left.m_value.index() != right.m_value.index())
        return false;
    if (const Sentence *sentence = left.sentence())
        return *sentence == *right.sentence();
    return left.m_value == right.m_value;
}

Sentence Sentence::counted(std::string source, std::int64_t count, std::vector<SentenceArg> args)
{
    Sentence sentence(std::move(source), std::move(args));
    sentence.count = count;
    return sentence;
}

Sentence Sentence::verbatim(std::string text)
{
    return Sentence("%1", {std::move(text)});
}

std::string Sentence::english() const
{
    return fillSentence(source, count, [this](std::size_t index) -> std::string {
        if (index >= args.size())
            return {};
        const SentenceArg &arg = args[index];
        if (const std::string *text = arg.text())
            return *text;
        if (const Code *code = arg.code())
            return describe(code->value);
        return arg.sentence()->english();
    });
}

std::string fillSentence(std::string_view pattern, std::optional<std::int64_t> count,
                         const std::function<std::string(std::size_t)> &say)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] == '%' && next >= '1' && next <= '9') {
            out += say(std::size_t(next - '1'));
            ++i;
        } else if (pattern[i] == '%' && next == 'n' && count) {
            out += std::to_string(*count);
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace bits
