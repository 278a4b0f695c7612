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

// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") as seconds since 1970.
std::optional<std::int64_t> parseHttpDate(std::string_view value);

// A well-formed strong entity-tag: "xyz" (not W/"xyz", not unquoted).
bool isStrongEntityTag(std::string_view tag);

// The validator to send in If-Range: a strong ETag, else a well-formed
// Last-Modified date; empty when neither can serve (weak or malformed ETags
// may not be used with ranges, and nothing odd is echoed into a request).
std::string rangeValidator(std::string_view etag, std::string_view lastModified);

}  // namespace bits
