#include "http_headers.h"

#include <array>
#include <cctype>
#include <string>

namespace bits {

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Whole digits only, no sign, no overflow.
std::optional<std::uint64_t> number(std::string_view text)
{
    if (text.empty() || text.size() > 20)
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const std::uint64_t digit = std::uint64_t(c - '0');
        if (value > (UINT64_MAX - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

}  // namespace

std::optional<ContentRange> parseContentRange(std::string_view value)
{
    value = trim(value);
    if (value.size() < 6 || value.substr(0, 6) != "bytes ")
        return std::nullopt;
    value = trim(value.substr(6));
    const auto slash = value.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const std::string_view range = value.substr(0, slash);
    const std::string_view total = value.substr(slash + 1);
    ContentRange result;
    if (total != "*") {
        result.total = number(total);
        if (!result.total)
            return std::nullopt;
    }
    if (range == "*")
        return result.total ? std::optional(result) : std::nullopt;
    const auto dash = range.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    result.first = number(range.substr(0, dash));
    result.last = number(range.substr(dash + 1));
    if (!result.first || !result.last || *result.last < *result.first)
        return std::nullopt;
    if (result.total && *result.last >= *result.total)
        return std::nullopt;
    return result;
}

std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, TimePoint now)
{
    value = trim(value);
    if (auto seconds = number(value)) {
        if (*seconds > 10ull * 365 * 24 * 3600)
            return std::nullopt;  // nonsense, not a reason to wait years
        return std::chrono::seconds(std::int64_t(*seconds));
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    if (value.size() != 29 || value[3] != ',' || value[4] != ' ' || value[7] != ' ' || value[11] != ' '
        || value[16] != ' ' || value[19] != ':' || value[22] != ':' || value.substr(25) != " GMT")
        return std::nullopt;
    static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    unsigned month = 0;
    for (unsigned i = 0; i < months.size(); ++i)
        if (value.substr(8, 3) == months[i])
            month = i + 1;
    const auto day = number(value.substr(5, 2));
    const auto year = number(value.substr(12, 4));
    const auto hour = number(value.substr(17, 2));
    const auto minute = number(value.substr(20, 2));
    const auto second = number(value.substr(23, 2));
    if (!month || !day || !year || !hour || !minute || !second || *day < 1 || *day > 31 || *hour > 23
        || *minute > 59 || *second > 60)
        return std::nullopt;
    const std::int64_t epochSeconds = daysFromCivil(std::int64_t(*year), month, unsigned(*day)) * 86400
        + std::int64_t(*hour) * 3600 + std::int64_t(*minute) * 60 + std::int64_t(*second);
    const auto when = TimePoint(std::chrono::duration_cast<TimePoint::duration>(std::chrono::seconds(epochSeconds)));
    if (when <= now)
        return std::chrono::seconds(0);
    return std::chrono::duration_cast<std::chrono::seconds>(when - now);
}

std::string rangeValidator(std::string_view etag, std::string_view lastModified)
{
    etag = trim(etag);
    if (!etag.empty() && etag.substr(0, 2) != "W/")
        return std::string(etag);
    return std::string(trim(lastModified));
}

}  // namespace bits
