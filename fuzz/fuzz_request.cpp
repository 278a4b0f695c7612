// The message a second bitsmon sends to the running one, as the running one
// reads it from its local socket: anything is refused with a sentence or
// decodes to options that encode and decode back the same.
#include "fuzz_check.h"

#include "single_instance.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const auto options =
        bitsmon::decodeRequest(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), error);
    if (!options) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(int(options->priority) >= 0 && int(options->priority) <= 3);
    const auto again = bitsmon::decodeRequest(bitsmon::encodeRequest(*options), error);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->urls == options->urls);
    FUZZ_CHECK(again->destination == options->destination);
    FUZZ_CHECK(again->displayName == options->displayName);
    FUZZ_CHECK(again->sha256 == options->sha256);
    FUZZ_CHECK(again->priority == options->priority);
    return 0;
}
