#include "notification_policy.h"

#include "format.h"

#include "engine/bits/hresult.h"

namespace bitsmon {

using bits::JobState;

std::vector<Notice> NotificationPolicy::observe(const bits::feed::JobBatch &batch)
{
    std::vector<Notice> notices;
    auto consider = [&](const bits::JobSnapshot &job, bool seenBefore) {
        auto [it, fresh] = m_last.try_emplace(job.id, job.state);
        const JobState before = fresh ? JobState::Queued : it->second;
        it->second = job.state;
        if (fresh && !seenBefore)
            return;  // already in that state when bitsmon first saw it: old news
        if (before == job.state || !(job.ours || m_allJobs))
            return;
        const QString name = QString::fromStdString(job.displayName);
        // Ours are finished once completed (files in place); others once
        // transferred (their owner completes them).
        const JobState done = job.ours ? JobState::Acknowledged : JobState::Transferred;
        if (job.state == done && m_notCompleted.erase(job.id)) {
            return;  // told already: it could not be completed
        } else if (job.state == done && bits::isUpload(job.type)) {
            // Where it went; an upload-reply's reply is where it came back.
            //: notification title; %1 is the job's name
            notices.push_back(
                {Notice::Kind::Finished, job.id, tr("Upload finished: %1").arg(name),
                 job.reply ? Format::path(job.reply->fileName)
                           : QString::fromStdString(job.files.empty() ? std::string() : job.files.front().remoteUrl)});
        } else if (job.state == done) {
            //: notification title; %1 is the job's name
            notices.push_back({Notice::Kind::Finished, job.id, tr("Download finished: %1").arg(name),
                               job.files.size() == 1 ? Format::path(job.files.front().localName)
                                                     : tr("%1 files").arg(job.files.size())});
        } else if (job.state == JobState::Error) {
            //: notification title; %1 is the job's name
            notices.push_back(
                {Notice::Kind::Failed, job.id,
                 (bits::isUpload(job.type) ? tr("Upload failed: %1") : tr("Download failed: %1")).arg(name),
                 job.error ? Format::errorSentence(*job.error) : Format::unknown()});
        }
    };
    for (const bits::JobSnapshot &job : batch.added)
        consider(job, false);
    for (const bits::JobSnapshot &job : batch.changed)
        consider(job, true);
    for (const bits::JobId &id : batch.removed) {
        m_last.erase(id);
        m_notCompleted.erase(id);
    }
    return notices;
}

std::optional<Notice> NotificationPolicy::completionNotice(const bits::feed::Completion &completion,
                                                           const QString &jobName)
{
    QString body;
    if (completion.code == bits::hr::BG_S_PartialComplete)
        body = tr("Only the files that were fully transferred were kept; the others were not, and were removed.");
    else if (completion.code == bits::hr::BG_S_UnableToDeleteFiles)
        body = tr("The files are in place, but some temporary files could not be deleted; they remain beside them.");
    else if (bits::succeeded(completion.code) && completion.code != bits::hr::S_Ok)
        body = Format::errorName(completion.code);
    else
        return std::nullopt;
    //: notification title; %1 is the job's name
    return Notice{Notice::Kind::FinishedWithNote, completion.job, tr("Download finished with a note: %1").arg(jobName),
                  body};
}

Notice NotificationPolicy::completeFailed(const bits::feed::CommandFailure &failure, const QString &jobName)
{
    m_notCompleted.insert(failure.job);
    //: notification title; %1 is the job's name
    return Notice{Notice::Kind::Failed, failure.job, tr("Could not complete: %1").arg(jobName),
                  Format::sentence(failure.failure.message)};
}

}  // namespace bitsmon
