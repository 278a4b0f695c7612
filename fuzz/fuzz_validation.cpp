// The URL and destination of a new download, as typed or pasted: checks
// never crash, a URL they accept is http(s) with a server, the file name
// taken from it can never leave its folder, and a destination is checked
// only inside the fuzzer's sandbox (the check writes a probe file).
#include "fuzz_check.h"
#include "fuzz_sandbox.h"

#include "engine/bits/validation.h"

#include <QDir>

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);

    if (!bits::checkRemoteUrl(input)) {
        FUZZ_CHECK(input.size() <= bits::kMaxUrlLength);
        const std::string scheme(input.substr(0, input.find("://")));
        FUZZ_CHECK(QString::fromStdString(scheme).toLower() == "http"
                   || QString::fromStdString(scheme).toLower() == "https");
    }

    const std::string name = bits::fileNameFromUrl(input);
    FUZZ_CHECK(!name.empty());
    FUZZ_CHECK(name != "." && name != "..");
    FUZZ_CHECK(name.find_first_of(std::string_view("/\\\0", 3)) == std::string::npos);
    const QString folder = fuzz::sandbox() + QStringLiteral("/sub");
    FUZZ_CHECK(QFileInfo(QDir(folder).filePath(QString::fromStdString(name))).absolutePath() == folder);

    if (const auto failure = bits::checkSha256(input))
        FUZZ_CHECK(!failure->message.empty());
    else
        FUZZ_CHECK(input.empty() || input.size() == 64);

    const QString path =
        QDir::cleanPath(fuzz::sandbox() + QLatin1Char('/') + QString::fromUtf8(input.data(), qsizetype(input.size())));
    if (fuzz::insideSandbox(path) && input.find('\0') == std::string_view::npos) {
        if (const auto failure = bits::checkLocalPath(path.toStdString()))
            FUZZ_CHECK(!failure->message.empty());
    }
    return 0;
}
