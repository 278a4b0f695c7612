// GUIDs as text (what bitsctl, the settings and the job list carry), and the
// text forms of HRESULTs shown to people.
#include "fuzz_check.h"

#include "engine/bits/hresult.h"
#include "engine/bits/job_id.h"

#include <cstring>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    if (const auto id = bits::JobId::parse(input)) {
        const std::string text = id->toString();
        FUZZ_CHECK(text.size() == 38 && text.front() == '{' && text.back() == '}');
        FUZZ_CHECK(bits::JobId::parse(text) == id);
        FUZZ_CHECK(input.size() == 36 || input.size() == 38);
    }

    if (size >= 4) {
        std::uint32_t raw = 0;
        std::memcpy(&raw, data, 4);
        const bits::HResult code = bits::HResult(raw);
        const std::string hex = bits::hexCode(code);
        FUZZ_CHECK(hex.size() == 10 && hex.rfind("0x", 0) == 0);
        FUZZ_CHECK(std::uint32_t(std::stoul(hex, nullptr, 16)) == raw);
        const std::string description = bits::describe(code);
        FUZZ_CHECK(description.find(hex) != std::string::npos);
        if (const auto status = bits::httpStatus(code))
            FUZZ_CHECK(bits::fromHttpStatus(*status) == code);
        if (const auto info = bits::lookup(code))
            FUZZ_CHECK(!info->name.empty() && !info->meaning.empty());
    }
    return 0;
}
