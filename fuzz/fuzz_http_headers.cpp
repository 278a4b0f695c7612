// What a server sends back: Content-Range, Retry-After, ETag/Last-Modified.
// The input is split at the first two NUL bytes into those three values.
#include "fuzz_check.h"

#include "engine/bits/http_headers.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::string_view first = input.substr(0, input.find('\0'));
    const std::string_view rest = first.size() < input.size() ? input.substr(first.size() + 1) : std::string_view{};
    const std::string_view second = rest.substr(0, rest.find('\0'));
    const std::string_view third = second.size() < rest.size() ? rest.substr(second.size() + 1) : std::string_view{};

    if (const auto range = bits::parseContentRange(first)) {
        FUZZ_CHECK(range->first.has_value() == range->last.has_value());
        if (range->first)
            FUZZ_CHECK(*range->first <= *range->last);
        if (range->last && range->total)
            FUZZ_CHECK(*range->last < *range->total);
        FUZZ_CHECK(range->first || range->total);  // "bytes */*" means nothing
    }

    const bits::TimePoint now{std::chrono::seconds(1'763'800'000)};  // 2025-11-22
    if (const auto delay = bits::parseRetryAfter(first, now))
        FUZZ_CHECK(delay->count() >= 0);

    const std::string validator = bits::rangeValidator(second, third);
    // A strong ETag or a well-formed date, or nothing: never a weak tag
    // (If-Range forbids it) and never anything odd echoed into a request.
    FUZZ_CHECK(validator.empty() || bits::isStrongEntityTag(validator) || bits::parseHttpDate(validator));
    FUZZ_CHECK(validator.find_first_of(std::string_view("\r\n\0", 3)) == std::string::npos);
    if (const auto date = bits::parseHttpDate(first))
        FUZZ_CHECK(*date > -62'167'219'200ll
                   && *date <= 253'402'300'800ll);  // years 0000 to 9999 (leap second included)
    return 0;
}
