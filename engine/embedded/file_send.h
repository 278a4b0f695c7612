// One file of an upload job on the wire, by the BITS Upload Protocol
// (engine/bits/upload_protocol.h): Ping and Create-Session for a session the
// job keeps, then Fragments in order from where the server says it is, and
// Close-Session once the server has every byte. For an upload-reply job the
// reply the server points to (BITS-Reply-URL) is fetched into the job's
// hidden reply file before the session is closed. Like FileFetch, it only
// reports: the service decides what a failure does to the job.
#pragma once

#include "file_fetch.h"  // FetchEvents, FetchFailure, FetchSettings

#include "engine/bits/upload_protocol.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QFile;
class QNetworkAccessManager;

namespace bits::embedded {

struct UploadSettings {
    upload::FragmentSizing fragments;
};

// What says the file an upload sends is still the one it began with: its
// size and last modification ("size:modified-ms"); empty if it cannot be read.
std::string sourceStamp(const QString &path);

// Tells the server to drop an upload's session (Cancel-Session) without
// waiting for its answer, and forgets the session.
void cancelUploadSession(QNetworkAccessManager &network, const FetchSettings &settings, const FileSnapshot &file,
                         FileExtra &extra);

class FileSend final : public FileTransfer {
public:
    // `file` (localName: the file sent, remoteUrl: where) and `extra` (the
    // session; tempPath: where a reply goes) are the job's and outlive it.
    // `wantReply`: an upload-reply job.
    FileSend(QNetworkAccessManager &network, const FetchSettings &settings, const UploadSettings &upload,
             FileSnapshot &file, FileExtra &extra, bool wantReply, FetchEvents events);
    ~FileSend() override;

    // Opens the file and goes on from where the job is (a new session, or
    // the one the job has). A file changed since the upload began fails the
    // upload (BG_E_LOCAL_FILE_CHANGED), as in BITS: its halves would not
    // make one file on the server.
    void start() override;
    // Aborts the packet in flight; nothing is reported after.
    void stop() override;
    // Tells the server to drop the session (Cancel-Session), without waiting
    // for its answer; the job's session is forgotten.
    void cancelSession();

private:
    void send(upload::Packet packet, const upload::Headers &headers, const QByteArray &body,
              std::function<void(QNetworkReply *)> then);
    void createSession();
    void sendFragment();
    void fetchReply(const QString &url);
    void closeSession();
    void fail(FetchFailure failure);
    bool failedOnTheWay(QNetworkReply *reply);
    // True, after failing with BG_E_LOCAL_FILE_CHANGED, when the file is no
    // longer the one the upload began with.
    bool sourceChanged();

    QNetworkAccessManager &m_network;
    const FetchSettings &m_settings;
    const UploadSettings &m_upload;
    FileSnapshot &m_file;
    FileExtra &m_extra;
    bool m_wantReply;
    FetchEvents m_events;

    std::unique_ptr<QFile> m_in;
    bool m_running = false;  // false once stopped, by stop() or by a listener
    QPointer<QNetworkReply> m_reply;
    std::uint64_t m_first = 0;      // the fragment in flight
    bool m_sessionRenewed = false;  // a lost session was replaced in this run
    std::uint64_t m_last = 0;
    std::uint64_t m_fragment = 0;  // the size of the next fragment
    std::uint64_t m_ceiling = 0;   // the largest the server took after refusing one (413)
    QElapsedTimer m_sent;          // since the fragment in flight was sent
};

}  // namespace bits::embedded
