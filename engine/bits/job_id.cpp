#include "job_id.h"

#include "hex.h"

#include <random>

namespace bits {

namespace {

// Reads `digits` hex digits from text at pos; false on any non-hex digit.
template <typename T>
bool readHex(std::string_view text, std::size_t &pos, int digits, T &out)
{
    std::uint64_t value = 0;
    for (int i = 0; i < digits; ++i) {
        const int v = detail::hexDigit(text[pos++]);
        if (v < 0)
            return false;
        value = (value << 4) | static_cast<std::uint64_t>(v);
    }
    out = static_cast<T>(value);
    return true;
}

}  // namespace

JobId JobId::generate()
{
    thread_local std::mt19937_64 engine{[] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }()};
    const std::uint64_t high = engine();
    const std::uint64_t low = engine();
    JobId id;
    id.data1 = static_cast<std::uint32_t>(high >> 32);
    id.data2 = static_cast<std::uint16_t>(high >> 16);
    id.data3 = static_cast<std::uint16_t>((high & 0x0FFF) | 0x4000);  // version 4
    for (int i = 0; i < 8; ++i)
        id.data4[i] = static_cast<std::uint8_t>(low >> (56 - 8 * i));
    id.data4[0] = static_cast<std::uint8_t>((id.data4[0] & 0x3F) | 0x80);  // RFC 4122 variant
    return id;
}

std::optional<JobId> JobId::parse(std::string_view text)
{
    if (text.size() == 38) {
        if (text.front() != '{' || text.back() != '}')
            return std::nullopt;
        text = text.substr(1, 36);
    }
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return std::nullopt;
    JobId id;
    std::size_t pos = 0;
    if (!readHex(text, pos, 8, id.data1))
        return std::nullopt;
    ++pos;
    if (!readHex(text, pos, 4, id.data2))
        return std::nullopt;
    ++pos;
    if (!readHex(text, pos, 4, id.data3))
        return std::nullopt;
    ++pos;
    for (int i = 0; i < 8; ++i) {
        if (i == 2)
            ++pos;  // the dash between the two groups of data4
        if (!readHex(text, pos, 2, id.data4[i]))
            return std::nullopt;
    }
    return id;
}

std::string JobId::toString() const
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(38);
    auto put = [&out](std::uint64_t value, int hexDigits) {
        for (int shift = (hexDigits - 1) * 4; shift >= 0; shift -= 4)
            out.push_back(digits[(value >> shift) & 0xF]);
    };
    out.push_back('{');
    put(data1, 8);
    out.push_back('-');
    put(data2, 4);
    out.push_back('-');
    put(data3, 4);
    out.push_back('-');
    for (int i = 0; i < 8; ++i) {
        if (i == 2)
            out.push_back('-');
        put(data4[i], 2);
    }
    out.push_back('}');
    return out;
}

std::size_t hashValue(const JobId &id) noexcept
{
    // GUIDs are random already; mix the halves so every bit counts.
    std::uint64_t high = (std::uint64_t(id.data1) << 32) | (std::uint64_t(id.data2) << 16) | id.data3;
    std::uint64_t low = 0;
    for (auto byte : id.data4)
        low = (low << 8) | byte;
    std::uint64_t h = high ^ (low * 0x9E3779B97F4A7C15ull);
    h ^= h >> 29;
    return static_cast<std::size_t>(h);
}

}  // namespace bits
