// One file of a job on the wire: the HTTP requests that fetch it (in ranges,
// or whole at FOREGROUND), the hidden temporary file they write, and the
// check of its SHA-256 at the end. The service decides when a file is
// fetched and what a failure does to the job; the fetch only reports.
#pragma once

#include "job_store.h"

#include "engine/bits/outcome.h"
#include "engine/bits/range_answer.h"
#include "engine/bits/snapshot.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QFile;
class QNetworkAccessManager;

namespace bits::embedded {

// The folder a path lies in, with every symlink resolved; empty when it
// does not exist.
QString canonicalFolder(const QString &path);

// Complete's part for one file: its temporary file renamed to the
// destination, unless the destination's folder was swapped since the job was
// created or the destination became a folder.
std::optional<Failure> placeFile(const FileSnapshot &file, FileExtra &extra);
// Like BITS: a hidden ".BITxxxxxx.tmp" in `folder`, where a file (or an
// upload-reply's reply) waits until Complete renames it into place.
QString hiddenTempPath(const QString &folder);
// Cancel's part: the temporary file removed.
void discardTempFile(FileExtra &extra);

// What ended a fetch short of the whole file.
struct FetchFailure {
    JobState state = JobState::Error;  // ERROR, or TRANSIENT_ERROR to retry later
    ErrorContext context = ErrorContext::GeneralTransport;
    HResult code = 0;
    Sentence message;
    std::chrono::milliseconds retryAfter{0};  // a server's Retry-After, if it gave one
};

// What a transport error (no HTTP answer) does to a transfer.
FetchFailure transportFailure(QNetworkReply::NetworkError error);

struct FetchSettings {
    std::uint64_t rangeSize = 16ull * 1024 * 1024;  // background priorities
    std::chrono::milliseconds transferTimeout = std::chrono::seconds(60);
    QList<QSslCertificate> extraCaCertificates;
};

// What the fetch tells its job. `done` and `failed` end the fetch, and any of
// them may (a listener that suspends the job): the service then retires it
// with deleteLater, and the fetch does nothing after calling one.
struct FetchEvents {
    std::function<void()> resized;                // the file's counts changed other than by arriving bytes
    std::function<void()> requested;              // a request is on its way to the server
    std::function<void()> answered;               // the server's answer was taken: the file's bytes follow
    std::function<void(std::uint64_t)> received;  // bytes written to the temporary file
    std::function<void()> done;                   // the file is whole (and matched its SHA-256)
    std::function<void(FetchFailure)> failed;
};

// One file of a job on the wire, whichever way it goes: FileFetch down,
// FileSend (file_send.h) up.
class FileTransfer : public QObject {
public:
    // Goes on from where the job's file is.
    virtual void start() = 0;
    // Aborts what is in flight; nothing is reported after.
    virtual void stop() = 0;
};

class FileFetch final : public FileTransfer {
public:
    // `file` and `extra` are the job's, and outlive the fetch; `foreground`
    // is read before each request, so a priority change applies to the next.
    FileFetch(QNetworkAccessManager &network, const FetchSettings &settings, FileSnapshot &file, FileExtra &extra,
              std::function<bool()> foreground, QByteArray &buffer, FetchEvents events);
    ~FileFetch() override;  // aborts the request in flight

    // Opens the temporary file and sends the first request (or reports done
    // when the file on disk is already whole).
    void start() override;
    // Aborts the request and closes the file; nothing is reported after.
    void stop() override;

private:
    bool openTempFile();
    void request();
    void startOver();
    void finish();
    RangeRequest asked() const;
    void onHeaders();
    void onData();
    void onFinished();
    void fail(FetchFailure failure);

    QNetworkAccessManager &m_network;
    const FetchSettings &m_settings;
    FileSnapshot &m_file;
    FileExtra &m_extra;
    std::function<bool()> m_foreground;
    QByteArray &m_buffer;  // shared by every fetch of the service: no allocation per read
    FetchEvents m_events;

    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QFile> m_out;
    // The request in flight.
    std::uint64_t m_start = 0;
    std::uint64_t m_end = kSizeUnknown;  // inclusive; unknown: to the end
    bool m_sentIfRange = false;
    bool m_bodyAccepted = false;  // its headers were checked: the body is the file's
};

}  // namespace bits::embedded
