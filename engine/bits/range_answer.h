// Whether a server's answer to one request for a file is the part bitsmon
// asked for, and what to do when it is not: the HTTP side of BITS's range
// protocol (Range, If-Range, 206, 200, 416), decided without a network so it
// is table-tested and fuzzed. The embedded service sends the request and
// acts on the verdict.
#pragma once

#include "hresult.h"
#include "snapshot.h"

#include <cstdint>
#include <optional>
#include <string>

namespace bits {

// What was asked for one file.
struct RangeRequest {
    std::uint64_t start = 0;           // the first byte asked for; above 0 when resuming
    std::uint64_t end = kSizeUnknown;  // the last byte asked for (inclusive), or to the end
    bool foreground = false;           // FOREGROUND takes the whole file in one answer
    bool sentIfRange = false;          // If-Range carried `validator`: resume only the same file
    std::string validator;             // the file's validator as bitsmon knows it (may be empty)
};

// What came back: the status and the headers that matter.
struct RangeResponse {
    int status = 0;
    std::string contentRange;  // raw Content-Range, empty when absent
    std::optional<std::uint64_t> contentLength;
    std::string validator;  // rangeValidator(ETag, Last-Modified), empty when neither serves
};

struct RangeVerdict {
    enum class Act {
        Accept,          // the body is the part asked for: append it
        AcceptFromZero,  // FOREGROUND resuming got the whole file: keep it, from byte 0
        StartOver,       // the file changed, or the answer cannot be appended: fetch it again
        Finished,        // 416 at the very end: nothing was left to fetch
        Fail,            // the job goes to ERROR with `error`
    };
    enum class Why {
        None,
        WrongPart,
        MissingSize,
        IgnoresRanges
    };
    Act act = Act::Fail;
    // The file's size as this answer tells it: nullopt leaves what bitsmon
    // knew; kSizeUnknown says it is not known.
    std::optional<std::uint64_t> total;
    // Accept: the last byte this answer carries (inclusive), or kSizeUnknown.
    std::uint64_t end = kSizeUnknown;
    HResult error = 0;  // Fail
    Why why = Why::None;

    friend bool operator==(const RangeVerdict &, const RangeVerdict &) = default;
};

// For a 2xx answer, or a 416 to a request that resumed (start > 0); other
// statuses are errors the caller reports itself.
RangeVerdict judgeAnswer(const RangeRequest &asked, const RangeResponse &answer);

}  // namespace bits
