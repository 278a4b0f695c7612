#include "format.h"

#include "engine/bits/hresult.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <climits>
#include <chrono>
#include <utility>

namespace bitsmon {

QString Format::unknown()
{
    //: Shown for a value the transfer service could not tell
    return tr("unknown");
}

QIcon Format::stateIcon(bits::JobState state, bits::JobType type)
{
    // An upload's arrows point up: on its way, and sent (waiting for Complete).
    if (state == bits::JobState::Transferring && bits::isUpload(type)) {
        static const QIcon sending = namedIcon(QLatin1String("state-sending"));
        return sending;
    }
    if (state == bits::JobState::Transferred && bits::isUpload(type)) {
        static const QIcon sent = namedIcon(QLatin1String("state-sent"));
        return sent;
    }
    // One icon per state, made once: a QIcon made from an SVG file parses it
    // again for every copy, and the table asks for the icon on every repaint
    // of every visible row. GUI thread only, like every QIcon.
    static const std::array<QIcon, bits::kJobStateCount> icons = [] {
        using S = bits::JobState;
        std::array<QIcon, bits::kJobStateCount> made;
        const std::pair<S, const char *> names[] = {{S::Queued, "state-queued"},
                                                    {S::Connecting, "state-queued"},
                                                    {S::Transferring, "state-transferring"},
                                                    {S::Suspended, "state-suspended"},
                                                    {S::Error, "state-error"},
                                                    {S::TransientError, "state-transient"},
                                                    {S::Transferred, "state-transferred"},
                                                    {S::Acknowledged, "state-completed"},
                                                    {S::Cancelled, "state-cancelled"}};
        for (const auto &[s, name] : names)
            made[std::size_t(s)] = namedIcon(QLatin1String(name));
        return made;
    }();
    const auto i = std::size_t(state);
    return i < icons.size() ? icons[i] : icons[std::size_t(bits::JobState::Queued)];
}

QIcon Format::namedIcon(QLatin1String name)
{
    // Qt for Windows is built here without Qt SVG, so its build carries each
    // icon as PNGs of a few sizes ("action-new-16.png"...) instead.
    const QString svg = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QFile::exists(svg))
        return QIcon(svg);
    QIcon icon;
    const QDir folder(QStringLiteral(":/icons"));
    for (const QString &png : folder.entryList({name + QStringLiteral("-*.png")}, QDir::Files))
        icon.addFile(folder.filePath(png));
    return icon;
}

QString Format::path(const std::string &path)
{
    return QDir::toNativeSeparators(QString::fromStdString(path));
}

QString Format::bytes(std::uint64_t bytes)
{
    if (bytes == bits::kSizeUnknown)
        return unknown();
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

QString Format::progressBytes(std::uint64_t transferred, std::uint64_t total, bits::JobType type)
{
    if (bits::isUpload(type))
        //: an upload's progress: %1 bytes sent so far, %2 the file's size ("12.0 MB of 48.0 MB sent")
        return tr("%1 of %2 sent").arg(bytes(transferred), bytes(total));
    //: %1 bytes transferred so far, %2 the total ("12.0 MB of 48.0 MB")
    return tr("%1 of %2").arg(bytes(transferred), bytes(total));
}

QString Format::replyBytes(const bits::JobSnapshot::Reply &reply)
{
    //: an upload-reply's reply from the server: %1 bytes received so far, %2 its size
    return tr("%1 of %2 received").arg(bytes(reply.bytesTransferred), bytes(reply.bytesTotal));
}

QString Format::jobType(bits::JobType type)
{
    switch (type) {
    case bits::JobType::Download:
        //: a job's type (BITS_JOB_TYPE_DOWNLOAD)
        return tr("Download");
    case bits::JobType::Upload:
        //: a job's type (BITS_JOB_TYPE_UPLOAD): a file sent to a server
        return tr("Upload");
    case bits::JobType::UploadReply:
        //: a job's type (BITS_JOB_TYPE_UPLOAD_REPLY): a file sent, and the server's reply brought back
        return tr("Upload-reply");
    }
    return unknown();
}

QString Format::rate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    //: a transfer rate, %1 is a size such as "1.2 MB"
    return tr("%1/s").arg(bytes(std::uint64_t(bytesPerSecond)));
}

QString Format::duration(double secondsLeft)
{
    const qint64 seconds = qint64(secondsLeft + 0.5);
    if (seconds < 60)
        //: seconds left
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        //: minutes and seconds left
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    //: hours and minutes left
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString Format::percent(std::optional<double> fraction)
{
    if (!fraction)
        return unknown();
    return QLocale().toString(*fraction * 100.0, 'f', 0) + QLocale().percent();
}

QString Format::state(bits::JobState state)
{
    using S = bits::JobState;
    switch (state) {
    //: BITS job state: waiting its turn
    case S::Queued:
        return tr("Queued");
    case S::Connecting:
        return tr("Connecting");
    case S::Transferring:
        return tr("Transferring");
    case S::Suspended:
        return tr("Suspended");
    case S::Error:
        return tr("Error");
    //: BITS job state: a temporary error, BITS retries by itself
    case S::TransientError:
        return tr("Retrying");
    //: BITS job state: all bytes are here, waiting for Complete
    case S::Transferred:
        return tr("Transferred");
    //: BITS job state: completed, files are in place
    case S::Acknowledged:
        return tr("Completed");
    case S::Cancelled:
        return tr("Cancelled");
    }
    return unknown();
}

QString Format::priority(std::optional<bits::Priority> priority)
{
    if (!priority)
        return unknown();
    switch (*priority) {
    //: BITS job priority
    case bits::Priority::Foreground:
        return tr("Foreground");
    case bits::Priority::High:
        return tr("High");
    case bits::Priority::Normal:
        return tr("Normal");
    case bits::Priority::Low:
        return tr("Low");
    }
    return unknown();
}

QString Format::errorContext(bits::ErrorContext context)
{
    using C = bits::ErrorContext;
    switch (context) {
    case C::None:
        return tr("no error");
    case C::Unknown:
        return tr("unknown context");
    case C::GeneralQueueManager:
        return tr("the transfer queue manager");
    case C::QueueManagerNotification:
        return tr("notifying the application");
    case C::LocalFile:
        return tr("the local file");
    case C::RemoteFile:
        return tr("the remote file");
    case C::GeneralTransport:
        return tr("the network transport");
    case C::RemoteApplication:
        return tr("the server application");
    }
    return unknown();
}

namespace {

// The system's time zone, asked for again at most once a minute. Converting
// to Qt::LocalTime re-reads the zone (tzset(), a stat() of /etc/localtime)
// for every time shown: a table's two time columns spent more on that than
// on formatting. A zone changed while bitsmon runs shows within a minute.
const QTimeZone &systemZone()
{
    thread_local QTimeZone zone;
    thread_local std::chrono::steady_clock::time_point askedAt;
    const auto now = std::chrono::steady_clock::now();
    if (!zone.isValid() || now - askedAt > std::chrono::minutes(1)) {
        zone = QTimeZone::systemTimeZone();
        askedAt = now;
    }
    return zone;
}

}  // namespace

QString Format::time(const std::optional<bits::TimePoint> &time)
{
    if (!time)
        return unknown();
    const qint64 ms = std::chrono::duration_cast<std::chrono::milliseconds>(time->time_since_epoch()).count();
    const QTimeZone &zone = systemZone();
    const QDateTime at = zone.isValid() ? QDateTime::fromMSecsSinceEpoch(ms, zone) : QDateTime::fromMSecsSinceEpoch(ms);
    return QLocale().toString(at, shortDateTimePattern(QLocale()));
}

QString Format::shortDateTimePattern(const QLocale &locale)
{
    // Qt 6.4 takes some locales' patterns from CLDR with the day period "B"
    // (zh_TW: "yyyy/M/d Bh:mm"), which it does not know and prints as a
    // letter ("B3:07"). AM/PM ("AP": 上午/下午) says the same. Seconds,
    // which some locales' short form has (C: "d MMM yyyy HH:mm:ss"), are
    // left out: a table of transfers needs the minute.
    QString pattern = locale.dateTimeFormat(QLocale::ShortFormat);
    pattern.remove(QStringLiteral(":ss"));
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('\'')) {
            quoted = !quoted;
        } else if (!quoted && pattern[i] == QLatin1Char('B')) {
            pattern.replace(i, 1, QStringLiteral("AP"));
            ++i;  // past the P
        }
    }
    return pattern;
}

QString Format::errorName(bits::HResult code)
{
    if (auto info = bits::lookup(code))
        return QString::fromStdString(info->name);
    return QString::fromStdString(bits::hexCode(code));
}

QColor Format::errorColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xFF, 0x7B, 0x72) : QColor(0xC0, 0x1C, 0x28);
}

QString Format::errorReason(bits::HResult code)
{
    namespace hr = bits::hr;
    struct Reason {
        std::int32_t code;  // an HTTP status, or an HRESULT (bits::HResult)
        const char *words;
    };
    if (const auto status = bits::httpStatus(code)) {
        static constexpr Reason statuses[] = {
            {400, QT_TR_NOOP("Bad request")},
            {401, QT_TR_NOOP("Unauthorized")},
            {403, QT_TR_NOOP("Forbidden")},
            {404, QT_TR_NOOP("Not found")},
            {407, QT_TR_NOOP("Proxy login needed")},
            {410, QT_TR_NOOP("Gone")},
            {416, QT_TR_NOOP("Range not satisfiable")},
            {429, QT_TR_NOOP("Too many requests")},
            {500, QT_TR_NOOP("Server error")},
            {502, QT_TR_NOOP("Bad gateway")},
            {503, QT_TR_NOOP("Service unavailable")},
            {504, QT_TR_NOOP("Gateway timeout")},
        };
        for (const Reason &reason : statuses)
            if (reason.code == *status)
                //: %1 is an HTTP status code, %2 its meaning: "HTTP 404: Not found"
                return tr("HTTP %1: %2").arg(*status).arg(tr(reason.words));
        return tr("HTTP %1").arg(*status);
    }
    static constexpr Reason reasons[] = {
        {hr::E_FileNotFound, QT_TR_NOOP("File not found")},
        {hr::E_PathNotFound, QT_TR_NOOP("Folder not found")},
        {hr::E_AccessDenied, QT_TR_NOOP("Access denied")},
        {hr::E_OutOfMemory, QT_TR_NOOP("Out of memory")},
        {hr::E_WriteProtect, QT_TR_NOOP("Read-only disk")},
        {hr::E_DiskFull, QT_TR_NOOP("Disk full")},
        {hr::E_FilenameTooLong, QT_TR_NOOP("Path too long")},
        {hr::E_SharingViolation, QT_TR_NOOP("File in use")},
        {hr::E_InternetSecureFailure, QT_TR_NOOP("Certificate not trusted")},
        {hr::E_InternetHttpsToHttpOnRedirect, QT_TR_NOOP("Redirected from https to http")},
        {hr::RPC_S_ServerUnavailable, QT_TR_NOOP("Transfer service unreachable")},
        {hr::E_ServiceDisabled, QT_TR_NOOP("Transfer service disabled")},
        {hr::BG_E_ProtocolNotAvailable, QT_TR_NOOP("Unsupported protocol")},
        {hr::BG_E_DestinationLocked, QT_TR_NOOP("File in use")},
        {hr::BG_E_NetworkDisconnected, QT_TR_NOOP("Network disconnected")},
        {hr::BG_E_MissingFileSize, QT_TR_NOOP("Server gave no file size")},
        {hr::BG_E_InsufficientHttpSupport, QT_TR_NOOP("Server lacks HTTP/1.1")},
        {hr::BG_E_InsufficientRangeSupport, QT_TR_NOOP("Server ignores ranges")},
        {hr::BG_E_NoProgress, QT_TR_NOOP("No progress")},
        {hr::BG_E_ConnectFailure, QT_TR_NOOP("Cannot connect")},
        {hr::BG_E_NameResolutionFailure, QT_TR_NOOP("Unknown server name")},
        {hr::BG_E_Timeout, QT_TR_NOOP("Timed out")},
        {hr::BG_E_BlockedByPolicy, QT_TR_NOOP("Blocked by policy")},
        {hr::BG_E_InvalidCredentials, QT_TR_NOOP("Wrong credentials")},
        {hr::BG_E_TooManyJobsPerUser, QT_TR_NOOP("Too many jobs")},
        {hr::BG_E_ValidationFailed, QT_TR_NOOP("Checksum mismatch")},
        {hr::NTE_BadHash, QT_TR_NOOP("Checksum mismatch")},
    };
    for (const Reason &reason : reasons)
        if (reason.code == code)
            return tr(reason.words);
    return errorName(code);
}

QString Format::errorSentence(const bits::JobError &error)
{
    QString text = describe(error.code);
    //: %1 is where an error happened, e.g. "the remote file"
    text += QLatin1Char('\n') + tr("Error in %1.").arg(errorContext(error.context));
    if (!error.description.empty())
        text += QLatin1Char('\n') + sentence(error.description);
    return text;
}

QString Format::describe(bits::HResult code)
{
    if (auto info = bits::lookup(code))
        return QString::fromStdString(info->name) + QStringLiteral(" (") + QString::fromStdString(bits::hexCode(code))
            + QStringLiteral("): ") + sentence(info->meaning);
    return sentence(bits::unknownCode(code));
}

QString Format::sentence(const bits::Sentence &sentence)
{
    const int n = sentence.count ? int(std::clamp<std::int64_t>(*sentence.count, INT_MIN, INT_MAX)) : -1;
    const QString pattern = QCoreApplication::translate(bits::kSentenceContext, sentence.source.c_str(), nullptr, n);
    // Filled as UTF-8, by the same rules as english(); %n is already filled
    // by translate() in the locale's digits.
    return QString::fromStdString(bits::fillSentence(pattern.toStdString(), std::nullopt, [&](std::size_t index) {
        if (index >= sentence.args.size())
            return std::string();
        const bits::SentenceArg &arg = sentence.args[index];
        if (const std::string *text = arg.text())
            return *text;
        if (const bits::Code *code = arg.code())
            return describe(code->value).toStdString();
        return Format::sentence(*arg.sentence()).toStdString();
    }));
}

std::optional<double> progressFraction(const bits::JobSnapshot &job)
{
    if (job.bytesTotal == bits::kSizeUnknown)
        return std::nullopt;
    if (job.bytesTotal == 0)
        return job.state == bits::JobState::Transferred || job.state == bits::JobState::Acknowledged ? 1.0 : 0.0;
    return double(job.bytesTransferred) / double(job.bytesTotal);
}

QString Format::summary(const JobSummary &summary)
{
    // "Label: number" reads right in every language without plural rules.
    //: status bar counts
    QString text = tr("Jobs: %1").arg(summary.jobs);
    text += QStringLiteral(" · ") + tr("transferring: %1").arg(summary.transferring);
    if (summary.failed)
        text += QStringLiteral(" · ") + tr("failed: %1").arg(summary.failed);
    if (summary.rate > 0)
        text += QStringLiteral(" · ") + rate(summary.rate);
    return text;
}

}  // namespace bitsmon
