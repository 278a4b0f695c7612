// Parsers for the HTTP headers a BITS-style download depends on. Plain C++
// so they are tested (and fuzzed) without a network.
#pragma once

#include "snapshot.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace bits {

// "Content-Range: bytes FIRST-LAST/TOTAL", TOTAL may be "*" (unknown).
// "bytes */TOTAL" (the answer to an unsatisfiable range) has no FIRST/LAST.
struct ContentRange {
    std::optional<std::uint64_t> first;
    std::optional<std::uint64_t> last;  // inclusive
    std::optional<std::uint64_t> total;
};

// nullopt for anything malformed: not "bytes", numbers that overflow,
// LAST < FIRST, LAST >= TOTAL.
std::optional<ContentRange> parseContentRange(std::string_view value);

// "Retry-After": delay-seconds, or an HTTP-date (IMF-fixdate) turned into a
// delay from `now` (0 when it lies in the past). nullopt when malformed.
std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, TimePoint now);

// The validator to send in If-Range: a strong ETag, else Last-Modified;
// empty when neither can serve (weak ETags may not be used with ranges).
std::string rangeValidator(std::string_view etag, std::string_view lastModified);

}  // namespace bits
