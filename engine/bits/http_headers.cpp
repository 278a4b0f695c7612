#include "http_headers.h"

#include <algorithm>
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

std::optional<std::int64_t> parseHttpDate(std::string_view value)
{
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    value = trim(value);
    if (value.size() != 29 || value[3] != ',' || value[4] != ' ' || value[7] != ' ' || value[11] != ' '
        || value[16] != ' ' || value[19] != ':' || value[22] != ':' || value.substr(25) != " GMT")
        return std::nullopt;
    static constexpr std::array<std::string_view, 7> days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    if (std::find(days.begin(), days.end(), value.substr(0, 3)) == days.end())
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
    if (!month || !day || !year || !hour || !minute || !second || *day < 1 || *day > 31 || *hour > 23 || *minute > 59
        || *second > 60)
        return std::nullopt;
    return daysFromCivil(std::int64_t(*year), month, unsigned(*day)) * 86400 + std::int64_t(*hour) * 3600
        + std::int64_t(*minute) * 60 + std::int64_t(*second);
}

std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, TimePoint now)
{
    // Nonsense, not a reason to wait years.
    constexpr std::int64_t kLongest = 10ll * 365 * 24 * 3600;
    value = trim(value);
    if (auto seconds = number(value)) {
        if (*seconds > std::uint64_t(kLongest))
            return std::nullopt;
        return std::chrono::seconds(std::int64_t(*seconds));
    }
    const auto when = parseHttpDate(value);
    if (!when)
        return std::nullopt;
    // In whole seconds: a date in year 9999 does not fit TimePoint's nanoseconds.
    const std::int64_t nowSeconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    const std::int64_t delay = *when - nowSeconds;
    if (delay > kLongest)
        return std::nullopt;
    return std::chrono::seconds(std::max<std::int64_t>(delay, 0));
}

bool isStrongEntityTag(std::string_view tag)
{
    // entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE; etagc = %x21 / %x23-7E / obs-text
    if (tag.size() < 2 || tag.front() != '"' || tag.back() != '"')
        return false;
    return std::all_of(tag.begin() + 1, tag.end() - 1, [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == 0x21 || (u >= 0x23 && u != 0x7F);
    });
}

std::string rangeValidator(std::string_view etag, std::string_view lastModified)
{
    etag = trim(etag);
    if (isStrongEntityTag(etag))
        return std::string(etag);
    lastModified = trim(lastModified);
    if (parseHttpDate(lastModified))
        return std::string(lastModified);
    return {};
}

}  // namespace bits
