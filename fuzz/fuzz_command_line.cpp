// bitsmon's command line: the input is split at NUL bytes into arguments.
// Parsing never crashes; a line it accepts survives the trip to a running
// bitsmon (encodeRequest / decodeRequest) unchanged; and turning it into a
// job either fails with a sentence or gives files inside the folder asked for.
#include "fuzz_check.h"
#include "fuzz_sandbox.h"

#include "command_line.h"
#include "single_instance.h"

#include <QDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments{QStringLiteral("bitsmon")};
    const char *begin = reinterpret_cast<const char *>(data);
    const char *end = begin + size;
    for (const char *p = begin; p <= end;) {
        const char *stop = std::find(p, end, '\0');
        arguments << QString::fromUtf8(p, stop - p);
        p = stop + 1;
    }
    const auto parsed = bitsmon::parseCommandLine(arguments);
    if (!parsed.error.isEmpty())
        return 0;
    const auto &options = parsed.options;
    FUZZ_CHECK(options.tickMs == 0 || options.tickMs >= 10);
    FUZZ_CHECK(options.pollMs == 0 || options.pollMs >= 100);
    if (options.urls.isEmpty())
        return 0;

    QString error;
    const auto forwarded = bitsmon::decodeRequest(bitsmon::encodeRequest(options), error);
    FUZZ_CHECK(forwarded.has_value());
    FUZZ_CHECK(forwarded->urls == options.urls);
    FUZZ_CHECK(forwarded->destination == options.destination);
    FUZZ_CHECK(forwarded->displayName == options.displayName);
    FUZZ_CHECK(forwarded->sha256 == options.sha256);
    FUZZ_CHECK(forwarded->priority == options.priority);

    // Checking the destination writes a probe file there: only inside our sandbox.
    const QString folder = QDir::cleanPath(QDir(fuzz::sandbox()).absoluteFilePath(options.destination));
    if (!fuzz::insideSandbox(folder))
        return 0;
    bitsmon::CommandLine sandboxed = options;
    sandboxed.destination = folder;
    const auto job = bitsmon::jobFromCommandLine(sandboxed);
    if (!job.ok()) {
        FUZZ_CHECK(!job.failure().message.empty());
        return 0;
    }
    FUZZ_CHECK(job.value().files.size() == std::size_t(options.urls.size()));
    for (const auto &file : job.value().files)
        FUZZ_CHECK(QFileInfo(QString::fromStdString(file.localPath)).absolutePath() == folder);
    return 0;
}
