#include "served_jobs.h"

#include "format.h"

namespace bitsmon {

using bits::JobState;

bool ServedJobs::called(const bits::JobId &job)
{
    if (m_choice == WhenClosed::Nothing)
        return false;  // left for the user, untouched
    return m_called.insert(job).second;
}

std::optional<Notice> ServedJobs::notice(const bits::JobSnapshot &job)
{
    if (!m_called.contains(job.id))
        return std::nullopt;
    m_seen.insert(job.id);
    if (!job.ours || m_announced.contains(job.id))
        return std::nullopt;
    const QString name = QString::fromStdString(job.displayName);
    std::optional<Notice> notice;
    if (job.state == JobState::Error) {
        notice = Notice{Notice::Kind::Failed, job.id, NotificationPolicy::tr("Download failed: %1").arg(name),
                        job.error ? Format::errorSentence(*job.error) : Format::unknown()};
    } else if (job.state == JobState::Transferred && m_choice == WhenClosed::NotifyOnly) {
        //: notification title; %1 is the job's name
        notice = Notice{Notice::Kind::Finished, job.id, tr("Download transferred: %1").arg(name),
                        tr("Open bitsmon to complete it: the files are not in place until then.")};
    }
    if (notice)
        m_announced.insert(job.id);
    return notice;
}

Notice ServedJobs::waitsForReplace(const bits::JobSnapshot &job, const QStringList &existing)
{
    m_announced.insert(job.id);
    return Notice{Notice::Kind::Finished, job.id,
                  tr("Download transferred: %1").arg(QString::fromStdString(job.displayName)),
                  tr("Files are already at:\n%1\nOpen bitsmon to replace them and complete it.")
                      .arg(existing.join(QLatin1Char('\n')))};
}

bool ServedJobs::settled(const std::function<const bits::JobSnapshot *(const bits::JobId &)> &find,
                         const std::unordered_set<bits::JobId> &keptAside, bool waitedLongEnough) const
{
    for (const bits::JobId &id : m_called) {
        const bits::JobSnapshot *job = find(id);
        if (!job && !m_seen.contains(id) && !waitedLongEnough)
            return false;  // not listed yet
        if (!job)
            continue;  // gone: completed or cancelled (or never there)
        if (!job->ours)
            return false;  // not adopted yet
        if (bits::isFinal(job->state) || keptAside.contains(id))
            continue;
        const bool toTell = job->state == JobState::Error || (job->state == JobState::Transferred && !completes());
        if (toTell && m_announced.contains(id))
            continue;
        return false;  // still to be checked, completed or announced
    }
    return true;
}

}  // namespace bitsmon
