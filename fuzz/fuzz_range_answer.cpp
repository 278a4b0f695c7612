// judgeAnswer over any request and any answer: the first 24 bytes give the
// request (start, end, flags) and the status; the rest, split at NUL bytes,
// the Content-Range, the validators asked and answered.
#include "fuzz_check.h"

#include "engine/bits/range_answer.h"

#include <cstring>
#include <string_view>

namespace {

std::uint64_t take64(const std::uint8_t *p)
{
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

std::string_view field(std::string_view &rest)
{
    const std::string_view f = rest.substr(0, rest.find('\0'));
    rest = f.size() < rest.size() ? rest.substr(f.size() + 1) : std::string_view{};
    return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 20)
        return 0;
    bits::RangeRequest asked;
    asked.start = take64(data) % (1ull << 40);
    asked.end = data[16] & 1 ? bits::kSizeUnknown : asked.start + take64(data + 8) % (1ull << 32);
    asked.foreground = data[16] & 2;
    asked.sentIfRange = data[16] & 4;
    bits::RangeResponse answer;
    static constexpr int kStatuses[] = {200, 206, 416, 204, 203};
    answer.status = kStatuses[data[17] % 5];
    if (data[18] & 1)
        answer.contentLength = take64(data + 8);
    std::string_view rest(reinterpret_cast<const char *>(data + 20), size - 20);
    answer.contentRange = std::string(field(rest));
    asked.validator = std::string(field(rest));
    answer.validator = std::string(field(rest));

    const bits::RangeVerdict v = bits::judgeAnswer(asked, answer);
    using Act = bits::RangeVerdict::Act;
    if (v.act == Act::Accept && answer.status == 206) {
        // A part: where it was asked to start, never past the end asked or the size.
        FUZZ_CHECK(v.end != bits::kSizeUnknown && v.end >= asked.start);
        FUZZ_CHECK(asked.end == bits::kSizeUnknown || v.end <= asked.end);
        FUZZ_CHECK(!v.total || *v.total == bits::kSizeUnknown || v.end < *v.total);
    }
    if (v.act == Act::Accept && answer.status != 206) {
        // The whole file, from the start, taken only by FOREGROUND.
        FUZZ_CHECK(asked.foreground && asked.start == 0);
        FUZZ_CHECK(v.end == bits::kSizeUnknown || (v.total && v.end + 1 == *v.total));
    }
    if (v.act == Act::Accept || v.act == Act::AcceptFromZero)
        FUZZ_CHECK(answer.status != 416);
    if (v.act == Act::AcceptFromZero)
        FUZZ_CHECK(asked.foreground && asked.start > 0);  // only a foreground resume takes a whole file
    if (v.act == Act::Finished)
        FUZZ_CHECK(answer.status == 416 && v.total && *v.total == asked.start);
    if (v.act == Act::Fail)
        FUZZ_CHECK(v.error != 0 && v.why != bits::RangeVerdict::Why::None);
    else
        FUZZ_CHECK(v.error == 0);
    if (v.act == Act::Accept && !asked.foreground && answer.status == 206)
        FUZZ_CHECK(v.total && *v.total != bits::kSizeUnknown);  // background plans its ranges by the size
    return 0;
}
