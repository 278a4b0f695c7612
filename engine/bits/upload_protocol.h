// The client's side of the BITS Upload Protocol (Microsoft's "BITS Upload
// Protocol" pages), decided without a network so that it is table-tested:
// the headers of each BITS_POST packet, and what an Ack to a Fragment means
// for the upload. The embedded service sends the packets and acts on it.
#pragma once

#include "hresult.h"
#include "vocabulary.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bits::upload {

// BITS-Supported-Protocols: the BITS 1.5 Upload Protocol.
inline constexpr std::string_view kProtocol15 = "{7df0354d-249b-430f-820d-3d2a9bef4931}";

enum class Packet {
    Ping,
    CreateSession,
    Fragment,
    CloseSession,
    CancelSession
};
std::string_view name(Packet packet);  // "Create-Session"

using Headers = std::vector<std::pair<std::string, std::string>>;

// The headers of one packet (Content-Length is the transport's). A fragment
// carries bytes [first, last] of `total`; only the first names the file.
Headers headers(Packet packet, const std::string &sessionId = {});
Headers fragmentHeaders(const std::string &sessionId, std::uint64_t first, std::uint64_t last, std::uint64_t total,
                        const std::string &contentName);

// The server's answer, as far as the protocol reads it.
struct Ack {
    int status = 0;
    std::string packetType;  // "Ack" from a BITS server
    std::string sessionId;
    std::string protocol;
    std::optional<std::uint64_t> received;  // BITS-Received-Content-Range: the next byte it expects
    std::string replyUrl;
    std::optional<HResult> errorCode;  // BITS-Error-Code (hex)
    std::optional<ErrorContext> errorContext;
};
// `header` gives a response header by name ("" when absent).
Ack readAck(int status, const std::function<std::string(std::string_view)> &header);

// What an answer to a packet other than a Fragment says: fine, or the
// failure (the server's code and context, else the HTTP status's).
struct Refusal {
    HResult code = 0;
    ErrorContext context = ErrorContext::RemoteFile;
    bool transient = false;  // worth retrying later (5xx but 501 and 505, 408, 429)
    friend bool operator==(const Refusal &, const Refusal &) = default;
};
std::optional<Refusal> refusal(const Ack &ack);

// What to do after a Fragment of a file of `total` bytes.
struct FragmentVerdict {
    enum class Act {
        SendFrom,    // send from `next` (all of it taken, part of it, or where the server is)
        Uploaded,    // the server has every byte
        NewSession,  // the server no longer knows the session (BG_E_SESSION_NOT_FOUND): start over
        Smaller,     // 413: the server takes no fragment this large; send a smaller one
        Fail,
    };
    Act act = Act::Fail;
    std::uint64_t next = 0;
    Refusal failure;  // Fail
    friend bool operator==(const FragmentVerdict &, const FragmentVerdict &) = default;
};
FragmentVerdict judgeFragment(const Ack &ack, std::uint64_t total);

// How large fragments are. Each fragment is one request, one Ack to wait
// for: small ones cost a round trip each on a fast link, large ones lose
// more when a slow link drops. The size starts at `initial` and follows the
// link so that a fragment takes about `target`: doubled while fragments take
// less than half of it, halved when one takes more than twice; never below
// `minimum` nor above `maximum`. A server that refuses a fragment as too
// large (413) gets one half the size. minimum == maximum: a fixed size.
struct FragmentSizing {
    std::uint64_t initial = 1024 * 1024;
    std::uint64_t minimum = 64 * 1024;
    // Past a few MiB a fragment saves no round trips worth having, and the
    // client waits idle for the server to take all of it (measured on
    // 127.0.0.1: 1 and 4 MiB 59-65 MB/s, 16 MiB 41 MB/s; docs/PERFORMANCE.md).
    std::uint64_t maximum = 4 * 1024 * 1024;
    std::chrono::milliseconds target{2000};
    static FragmentSizing fixed(std::uint64_t size) { return {size, size, size, std::chrono::milliseconds(2000)}; }
};
// The size of the next fragment after one of `size` bytes took `took`.
std::uint64_t nextFragmentSize(std::uint64_t size, std::chrono::milliseconds took, const FragmentSizing &sizing);
// The size after the server refused `size` as too large; nullopt at the
// minimum already.
std::optional<std::uint64_t> smallerFragment(std::uint64_t size, const FragmentSizing &sizing);

}  // namespace bits::upload
