#include "range_answer.h"

#include "http_headers.h"

namespace bits {

namespace {

using Act = RangeVerdict::Act;
using Why = RangeVerdict::Why;

RangeVerdict act(Act what, std::optional<std::uint64_t> total = std::nullopt)
{
    RangeVerdict v;
    v.act = what;
    v.total = total;
    return v;
}

RangeVerdict failure(HResult error, Why why, std::optional<std::uint64_t> total = std::nullopt)
{
    RangeVerdict v = act(Act::Fail, total);
    v.error = error;
    v.why = why;
    return v;
}

RangeVerdict partial(const RangeRequest &asked, const RangeResponse &answer)
{
    const auto range = parseContentRange(answer.contentRange);
    const std::optional<std::uint64_t> total = range ? range->total : std::nullopt;
    const bool asAsked = range && range->first && *range->first == asked.start
        && (asked.end == kSizeUnknown || *range->last <= asked.end);
    if (!asAsked)
        return failure(hr::BG_E_InsufficientRangeSupport, Why::WrongPart, total);
    if (!total && !asked.foreground)
        return failure(hr::BG_E_MissingFileSize, Why::MissingSize);  // background needs the size to plan ranges
    if (asked.sentIfRange && !answer.validator.empty() && answer.validator != asked.validator)
        return act(Act::StartOver, total);  // a part of another file: not ours to append
    RangeVerdict v = act(Act::Accept, total);
    v.end = *range->last;
    return v;
}

RangeVerdict whole(const RangeRequest &asked, const RangeResponse &answer)
{
    const std::uint64_t length = answer.contentLength.value_or(kSizeUnknown);
    if (asked.start > 0 && (asked.sentIfRange || asked.foreground)) {
        // If-Range said the file changed (or a FOREGROUND resume got it whole).
        if (!asked.foreground)
            return act(Act::StartOver);  // fetched again, in ranges
        return act(Act::AcceptFromZero, length);
    }
    if (!asked.foreground) {
        // The server ignored the Range header: background transfers need it.
        if (!answer.contentLength)
            return failure(hr::BG_E_MissingFileSize, Why::MissingSize);
        return failure(hr::BG_E_InsufficientRangeSupport, Why::IgnoresRanges, length);
    }
    RangeVerdict v = act(Act::Accept, length);
    v.end = length == kSizeUnknown || length == 0 ? kSizeUnknown : length - 1;  // the whole file
    return v;
}

}  // namespace

RangeVerdict judgeAnswer(const RangeRequest &asked, const RangeResponse &answer)
{
    if (answer.status == 416) {
        // Nothing past our offset: done if the sizes agree, else the file shrank.
        const auto range = parseContentRange(answer.contentRange);
        if (asked.start > 0 && range && range->total && *range->total == asked.start)
            return act(Act::Finished, *range->total);
        return act(Act::StartOver);
    }
    return answer.status == 206 ? partial(asked, answer) : whole(asked, answer);
}

}  // namespace bits
