// What a bitsmon that BITS started does (Windows: a download of bitsmon's
// finished while bitsmon was closed, and BITS created an object of its
// notification class): which jobs it was called about, whether it completes
// them, what it announces that the usual policy would take as old news, and
// when it has nothing left to do and may exit. The user's choice decides
// (Settings::WhenClosed).
#pragma once

#include "notification_policy.h"
#include "settings.h"

#include "engine/bits/snapshot.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <unordered_set>

namespace bitsmon {

class ServedJobs {
    Q_DECLARE_TR_FUNCTIONS(ServedJobs)
public:
    using WhenClosed = Settings::WhenClosed;
    explicit ServedJobs(WhenClosed choice)
        : m_choice(choice)
    {
    }

    // BITS called about this job. True when bitsmon takes it up (adopts it:
    // only bitsmon's jobs carry its class), false when the user chose that
    // bitsmon leave it, or it is known already.
    bool called(const bits::JobId &job);
    bool calledAbout(const bits::JobId &job) const { return m_called.contains(job); }

    // Whether bitsmon completes its transferred jobs in this run.
    bool completes() const { return m_choice == WhenClosed::CompleteAndNotify; }
    // Whether it shows notifications at all in this run.
    bool notifies() const { return m_choice != WhenClosed::Nothing; }

    // Every job of every batch passes here. A notice for a job BITS called
    // about, in a state the usual policy takes as old news because bitsmon
    // found it so at start: in ERROR, or TRANSFERRED when the user asked only
    // to be told. Once per job.
    std::optional<Notice> notice(const bits::JobSnapshot &job);
    // A transferred job whose files would replace files already there: a
    // bitsmon nobody opened asks no question (no window unasked); it leaves
    // the job and says so. Marks the job announced.
    Notice waitsForReplace(const bits::JobSnapshot &job, const QStringList &existing);
    // The usual policy announced this job already: not again.
    void told(const bits::JobId &job) { m_announced.insert(job); }

    // Whether every job BITS called about is settled, so bitsmon may exit:
    // finished or in ERROR (announced), kept aside by the user, or, when
    // only told, announced. `find` gives a job's latest snapshot, or null
    // when the model has none: settled once the job was seen and is gone,
    // but not before it was ever seen (the first listing may still be on
    // its way), unless bitsmon `waitedLongEnough` for it.
    bool settled(const std::function<const bits::JobSnapshot *(const bits::JobId &)> &find,
                 const std::unordered_set<bits::JobId> &keptAside, bool waitedLongEnough = false) const;

private:
    WhenClosed m_choice;
    std::unordered_set<bits::JobId> m_called;
    std::unordered_set<bits::JobId> m_announced;
    std::unordered_set<bits::JobId> m_seen;  // called about, and in a batch since
};

}  // namespace bitsmon
