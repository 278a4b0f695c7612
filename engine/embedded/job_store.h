// The embedded service's jobs on disk, so they survive a restart or a kill -9:
// one JSON document replaced atomically (QSaveFile) on every change. A
// damaged file is moved aside; one from a newer bitsmon is left untouched and
// not misread.
#pragma once

#include "engine/bits/snapshot.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <string>
#include <vector>

namespace bits::embedded {

// What the service knows of a file beyond its snapshot.
struct FileExtra {
    QString tempPath;            // hidden temporary file beside the destination
    std::string validator;       // strong ETag or Last-Modified, for If-Range
    std::string expectedSha256;  // lowercase hex; empty: not checked
    QString folder;              // canonical destination folder at creation
    std::string uploadSession;   // an upload's BITS-Session-Id, empty before Create-Session
    std::string uploadSource;    // the file an upload sends as it was: "size:modified-ms" (sourceStamp)
};

struct PersistedJob {
    JobSnapshot record;
    std::vector<FileExtra> files;
    std::uint64_t sequence = 0;  // age, for scheduling
    std::chrono::milliseconds minimumRetryDelay{0};
    std::chrono::milliseconds noProgressTimeout{0};
};

inline constexpr int kStoreFormatVersion = 1;

class JobStore {
public:
    explicit JobStore(QString path)
        : m_path(std::move(path))
    {
    }

    struct Loaded {
        std::vector<PersistedJob> jobs;
        Sentence notice;       // for the user, or empty
        bool writable = true;  // false: a newer format we must not overwrite
    };
    Loaded load() const;
    // False with `error` set when the file could not be written.
    bool save(const std::vector<const PersistedJob *> &jobs, Sentence &error) const;

    const QString &path() const { return m_path; }

    // The file's bytes and back, without touching the disk (tested and
    // fuzzed on their own). Jobs come back only from a Good document.
    struct Decoded {
        enum Status {
            Good,
            Damaged,
            Newer
        } status = Good;
        int version = 0;
        std::vector<PersistedJob> jobs;
    };
    static Decoded decode(const QByteArray &bytes);
    static QByteArray encode(const std::vector<const PersistedJob *> &jobs);

private:
    QString m_path;
};

}  // namespace bits::embedded
