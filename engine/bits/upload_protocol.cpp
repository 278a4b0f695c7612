#include "upload_protocol.h"

#include <algorithm>

#include <charconv>

namespace bits::upload {

namespace {

std::optional<std::uint64_t> decimal(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// "0x80190194" or "80190194": a 32-bit hex number.
std::optional<std::uint32_t> hex(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    if (text.empty() || text.size() > 8 || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

}  // namespace

std::string_view name(Packet packet)
{
    switch (packet) {
    case Packet::Ping:
        return "Ping";
    case Packet::CreateSession:
        return "Create-Session";
    case Packet::Fragment:
        return "Fragment";
    case Packet::CloseSession:
        return "Close-Session";
    case Packet::CancelSession:
        return "Cancel-Session";
    }
    return "Ping";
}

Headers headers(Packet packet, const std::string &sessionId)
{
    Headers out{{"BITS-Packet-Type", std::string(name(packet))}};
    if (packet == Packet::CreateSession)
        out.emplace_back("BITS-Supported-Protocols", std::string(kProtocol15));
    if (packet != Packet::Ping && packet != Packet::CreateSession)
        out.emplace_back("BITS-Session-Id", sessionId);
    return out;
}

Headers fragmentHeaders(const std::string &sessionId, std::uint64_t first, std::uint64_t last, std::uint64_t total,
                        const std::string &contentName)
{
    Headers out = headers(Packet::Fragment, sessionId);
    if (first == 0 && !contentName.empty())
        out.emplace_back("Content-Name", contentName);
    out.emplace_back("Content-Range",
                     "bytes " + std::to_string(first) + '-' + std::to_string(last) + '/' + std::to_string(total));
    return out;
}

Ack readAck(int status, const std::function<std::string(std::string_view)> &header)
{
    Ack ack;
    ack.status = status;
    ack.packetType = header("BITS-Packet-Type");
    ack.sessionId = header("BITS-Session-Id");
    ack.protocol = header("BITS-Protocol");
    ack.received = decimal(header("BITS-Received-Content-Range"));
    ack.replyUrl = header("BITS-Reply-URL");
    if (auto code = hex(header("BITS-Error-Code")))
        ack.errorCode = HResult(*code);
    if (auto context = hex(header("BITS-Error-Context")); context && *context <= 7)
        ack.errorContext = ErrorContext(*context);
    return ack;
}

std::optional<Refusal> refusal(const Ack &ack)
{
    const bool ok = ack.status >= 200 && ack.status < 300 && !ack.errorCode;
    if (ok)
        return std::nullopt;
    Refusal out;
    out.code = ack.errorCode ? *ack.errorCode : fromHttpStatus(ack.status ? ack.status : 500);
    out.context = ack.errorContext.value_or(ErrorContext::RemoteFile);
    out.transient = isTransientHttpStatus(ack.status);
    return out;
}

FragmentVerdict judgeFragment(const Ack &ack, std::uint64_t total)
{
    FragmentVerdict verdict;
    // 416: not where the server is. It says where it is: go on from there,
    // if that is a place in the file.
    const bool elsewhere = ack.status == 416 && !ack.errorCode;
    if (auto failed = refusal(ack); failed && !elsewhere) {
        verdict.failure = *failed;
        if (ack.status == 413 && !ack.errorCode)
            verdict.act = FragmentVerdict::Act::Smaller;
        // A server that restarted or expired the session has none of it:
        // the whole file goes again, in a new session.
        if (failed->code == hr::BG_E_SessionNotFound)
            verdict.act = FragmentVerdict::Act::NewSession;
        return verdict;
    }
    // Wherever the server says it is, in the file, is where the upload goes
    // on: behind (it lost a part), or ahead (it had more than bitsmon knew,
    // after a restart).
    if (!ack.received || *ack.received > total) {
        // An Ack that does not say where the server is, or says nonsense.
        verdict.failure = Refusal{hr::BG_E_InsufficientHttpSupport, ErrorContext::RemoteFile, false};
        return verdict;
    }
    verdict.next = *ack.received;
    verdict.act = *ack.received == total ? FragmentVerdict::Act::Uploaded : FragmentVerdict::Act::SendFrom;
    return verdict;
}

std::uint64_t nextFragmentSize(std::uint64_t size, std::chrono::milliseconds took, const FragmentSizing &sizing)
{
    if (took * 2 < sizing.target)
        size = size < sizing.maximum / 2 ? size * 2 : sizing.maximum;
    else if (took > sizing.target * 2)
        size /= 2;
    return std::clamp(size, sizing.minimum, sizing.maximum);
}

std::optional<std::uint64_t> smallerFragment(std::uint64_t size, const FragmentSizing &sizing)
{
    if (size <= sizing.minimum)
        return std::nullopt;
    return std::max(size / 2, sizing.minimum);
}

}  // namespace bits::upload
