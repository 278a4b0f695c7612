// How BITS values read for people: sizes, rates, times, states, errors.
// Every string goes through tr() (context "Format").
#pragma once

#include "job_summary.h"

#include "engine/bits/snapshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QString>

#include <optional>

namespace bitsmon {

class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString bytes(std::uint64_t bytes);
    // "12.0 MB of 48.0 MB", "12.0 MB of unknown"; an upload's "12.0 MB of 48.0 MB sent"
    static QString progressBytes(std::uint64_t transferred, std::uint64_t total,
                                 bits::JobType type = bits::JobType::Download);
    // An upload-reply's reply: "2.0 kB of 2.0 kB received"
    static QString replyBytes(const bits::JobSnapshot::Reply &reply);
    // "Download", "Upload", "Upload-reply"
    static QString jobType(bits::JobType type);
    static QString rate(double bytesPerSecond);
    // A time left: "45 s", "3 min 20 s", "2 h 5 min"
    static QString duration(double seconds);
    static QString percent(std::optional<double> fraction);
    static QString state(bits::JobState state);
    static QString priority(std::optional<bits::Priority> priority);
    static QString errorContext(bits::ErrorContext context);
    static QString time(const std::optional<bits::TimePoint> &time);
    // The locale's short date and time, in a pattern this Qt can write.
    static QString shortDateTimePattern(const QLocale &locale);
    // "BG_E_HTTP_ERROR_404" or the hex code
    static QString errorName(bits::HResult code);
    // A few words for a table cell ("Server ignores ranges", "HTTP 404: Not found"),
    // or the error's name when there are none for it.
    static QString errorReason(bits::HResult code);
    // The name, the hex code and a sentence on what happened and what to do.
    static QString errorSentence(const bits::JobError &error);
    // bits::describe in the user's language: "NAME (0x…): meaning".
    static QString describe(bits::HResult code);
    // An engine sentence in the user's language (context "bits"), its
    // arguments filled in the same way.
    static QString sentence(const bits::Sentence &sentence);
    static QString unknown();
    // The colour of a failed job's state: red, lighter on a dark palette.
    static QColor errorColour(const QPalette &palette);
    // "Jobs: 3 · transferring: 1 · 1.2 MB/s": the status bar and the tray's tooltip.
    static QString summary(const JobSummary &summary);
    // A local path as its system writes it ("C:\dl\f.iso" on Windows).
    static QString path(const std::string &path);
    // The state's icon (":/icons/state-*").
    // An upload on its way shows an arrow up (":/icons/state-sending").
    static QIcon stateIcon(bits::JobState state, bits::JobType type = bits::JobType::Download);
    // One of resources/icons by its name ("action-new"): the SVG where the
    // build has it, else the PNGs rendered from it at build time.
    static QIcon namedIcon(QLatin1String name);
};

// Transferred fraction in [0, 1], or nullopt when the total is unknown.
std::optional<double> progressFraction(const bits::JobSnapshot &job);

}  // namespace bitsmon
