// The two interfaces every BITS service implementation meets: what the service
// can do (TransferService) and how it tells (Observer, the shape of
// IBackgroundCopyCallback2).
#pragma once

#include "outcome.h"
#include "snapshot.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bits {

// FileTransferred's index when the service cannot tell it without a call
// that would leave the process (BITS passes a file object, not an index).
inline constexpr std::uint32_t kUnknownFileIndex = UINT32_MAX;

// Callbacks may arrive on any thread. An implementation only records the
// event and returns: no calls back into the service, no blocking.
class Observer {
public:
    virtual void jobTransferred(const JobId &job) noexcept = 0;
    virtual void jobError(const JobId &job) noexcept = 0;
    virtual void jobModification(const JobId &job) noexcept = 0;
    virtual void fileTransferred(const JobId &job, std::uint32_t fileIndex) noexcept = 0;

protected:
    ~Observer() = default;
};

// All calls happen on one thread: the feed's worker (a COM MTA thread on
// Windows). Implementations need not be thread-safe.
class TransferService {
public:
    virtual ~TransferService() = default;

    virtual std::string name() const = 0;
    // The jobs the service shows this user.
    virtual Outcome<std::vector<JobId>> listJobs() = 0;
    virtual Outcome<JobSnapshot> snapshot(const JobId &job) = 0;
    // Validates everything first: a failure leaves no job behind. The new job
    // is SUSPENDED until resume(), as in BITS.
    virtual Outcome<JobId> createJob(const NewJob &job) = 0;
    virtual Status resume(const JobId &job) = 0;
    virtual Status suspend(const JobId &job) = 0;
    virtual Status cancel(const JobId &job) = 0;
    // Success codes such as BG_S_PARTIAL_COMPLETE come back as the value.
    virtual Outcome<HResult> complete(const JobId &job) = 0;
    virtual Status setPriority(const JobId &job, Priority priority) = 0;
    // An upload-reply job's reply, read in memory (GetReplyData): only in
    // TRANSFERRED, before Complete puts the reply file in place; at most
    // kReplyDataLimit bytes (BG_E_TOO_LARGE beyond); E_NOTIMPL for other
    // types of job.
    virtual Outcome<std::vector<std::uint8_t>> replyData(const JobId &job) = 0;
    // Takes the job's notifications: only for jobs bitsmon created, since the
    // last subscriber wins and the previous one silently gets nothing.
    virtual Status subscribe(const JobId &job, Observer *observer) = 0;
    virtual Status unsubscribe(const JobId &job) = 0;
    // Sentences to show the user once each (e.g. "only your own jobs are
    // listed", "this file's check is undecided"), oldest first; each is
    // handed out once.
    virtual std::vector<Sentence> takeNotices() { return {}; }
    // The owner name this service writes into snapshots for the user bitsmon
    // runs as ("DOMAIN\\user" on Windows), for "only my jobs"; empty when it
    // cannot tell.
    virtual std::string currentUser() const { return {}; }
    // The user asked to see everything again: answers the service keeps
    // instead of asking each poll (a refused all-users listing) are asked
    // for anew.
    virtual void askAgain() { }
    // Called on the worker when the feed takes a FileTransferred event for
    // the job, outside the callback: the place to validate files (the
    // callback itself must not call the service).
    virtual void onFileTransferred(const JobId &) { }
};

}  // namespace bits
