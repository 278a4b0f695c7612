// A BITS-compatible TransferService on Qt Network, for systems without BITS.
// Lives on the thread that creates it (the feed's worker) and must be used
// there only, like the real service's COM objects.
#pragma once

#include "engine/bits/policy.h"
#include "file_fetch.h"
#include "file_send.h"
#include "engine/bits/service.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <memory>
#include <unordered_map>
#include <vector>

class QNetworkAccessManager;
class QTimer;

namespace bits::embedded {

class JobStore;

// The name the service gives this user's jobs as their owner.
std::string currentUserName();

struct ServiceOptions {
    // The user the service runs jobs for (the snapshot's owner); empty: the
    // current user.
    std::string owner;
    // Background jobs transferring at once; foreground jobs always start.
    int maxConcurrentJobs = 4;
    // BITS's defaults: retry a transient error after 600 s, give up after
    // 14 days without progress. A job's own settings take precedence.
    std::chrono::milliseconds minimumRetryDelay = std::chrono::seconds(600);
    std::chrono::milliseconds noProgressTimeout = std::chrono::hours(24 * 14);
    std::uint32_t maxFilesPerJob = kMaxFilesPerJob;
    std::uint32_t maxJobs = kMaxJobsPerUser;
    // Background priorities fetch files in ranges of this size.
    std::uint64_t rangeSize = 16ull * 1024 * 1024;
    // How large an upload's fragments are (they follow the link).
    upload::FragmentSizing fragments;
    // A request that receives nothing for this long fails (transient).
    std::chrono::milliseconds transferTimeout = std::chrono::seconds(60);
    // Where jobs are kept across restarts; empty: in memory only.
    QString stateFile;
    // Certificate authorities to trust besides the system's (a company CA,
    // or a test's own). Certificate errors always fail the job.
    QList<QSslCertificate> extraCaCertificates;
};

class EmbeddedService final : public QObject, public TransferService {
    Q_OBJECT
public:
    explicit EmbeddedService(ServiceOptions options = {}, QObject *parent = nullptr);
    ~EmbeddedService() override;

    std::string name() const override;
    Outcome<std::vector<JobId>> listJobs() override;
    Outcome<JobSnapshot> snapshot(const JobId &job) override;
    Outcome<JobId> createJob(const NewJob &job) override;
    Status resume(const JobId &job) override;
    Status suspend(const JobId &job) override;
    Status cancel(const JobId &job) override;
    Outcome<HResult> complete(const JobId &job) override;
    Status setPriority(const JobId &job, Priority priority) override;
    Outcome<std::vector<std::uint8_t>> replyData(const JobId &job) override;
    Status subscribe(const JobId &job, Observer *observer) override;
    Status unsubscribe(const JobId &job) override;
    // The last sentence for the user (loading or saving the jobs' file).
    Sentence notice() const { return m_notice; }
    std::vector<Sentence> takeNotices() override;
    std::string currentUser() const override { return m_options.owner; }

private:
    struct Job;

    Job *find(const JobId &id);
    Outcome<Job *> findForAction(const JobId &id, Action action);
    Job &insert(std::unique_ptr<Job> job);
    void schedule();
    // Fetches the job's next file not yet whole, or ends it TRANSFERRED.
    void fetchNext(Job &job);
    void onFileDone(Job &job);
    void stopFetch(Job &job);
    void fail(Job &job, JobState state, ErrorContext context, HResult code, Sentence message,
              std::chrono::milliseconds retryAfter = {});
    void setState(Job &job, JobState state);
    void touch(Job &job);
    void recountBytes(Job &job);
    void load();
    void persistNow();
    void persistSoon();

    void notifyModification(const Job &job);
    void notifyTransferred(const Job &job);
    void notifyError(const Job &job);
    void notifyFileTransferred(const Job &job, std::uint32_t fileIndex);

    ServiceOptions m_options;
    FetchSettings m_fetchSettings;
    UploadSettings m_uploadSettings;
    QNetworkAccessManager *m_network;
    std::unordered_map<JobId, std::unique_ptr<Job>> m_jobs;
    std::vector<JobId> m_order;  // creation order, for listing
    std::uint64_t m_sequence = 0;
    Sentence m_notice;
    Sentence m_noticeTaken;  // the last one handed out, not repeated
    QByteArray m_buffer;     // reused for every read from the network
    std::unique_ptr<JobStore> m_store;
    QTimer *m_persistTimer = nullptr;
};

}  // namespace bits::embedded
