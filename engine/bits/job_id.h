// JobId: a BITS job's GUID, laid out like the Windows GUID structure so the
// Windows layer converts without reinterpretation.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bits {

struct JobId {
    std::uint32_t data1 = 0;
    std::uint16_t data2 = 0;
    std::uint16_t data3 = 0;
    std::array<std::uint8_t, 8> data4{};

    // A random (version 4) GUID, as CoCreateGuid makes.
    static JobId generate();
    // Accepts "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" with or without the
    // braces, in either case; anything else is nullopt.
    static std::optional<JobId> parse(std::string_view text);

    // "{6BA7B810-9DAD-11D1-80B4-00C04FD430C8}": the form StringFromGUID2 and
    // bitsadmin print.
    std::string toString() const;
    bool isNull() const { return *this == JobId{}; }

    friend bool operator==(const JobId &, const JobId &) = default;
    friend auto operator<=>(const JobId &, const JobId &) = default;
};

std::size_t hashValue(const JobId &id) noexcept;

}  // namespace bits

template <>
struct std::hash<bits::JobId> {
    std::size_t operator()(const bits::JobId &id) const noexcept { return bits::hashValue(id); }
};
