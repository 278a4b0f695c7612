// bitsmon completes its own transferred jobs, one Complete in flight per
// job, leaves those the user set aside, and prints one line per outcome.
#include "completion_policy.h"

#include "engine/bits/hresult.h"

#include <QtTest>

using namespace bits;
using bitsmon::CompletionPolicy;

namespace {

JobSnapshot job(JobState state, bool ours = true)
{
    JobSnapshot j;
    j.id = JobId::generate();
    j.displayName = "setup.iso";
    j.state = state;
    j.ours = ours;
    return j;
}

feed::JobBatch changed(const JobSnapshot &j)
{
    feed::JobBatch b;
    b.changed = {j};
    return b;
}

}  // namespace

class TestCompletionPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oursWhenTransferredOnceAtATime();
    void setAsideUntilChosen();
    void oneLinePerOutcome();
};

void TestCompletionPolicy::oursWhenTransferredOnceAtATime()
{
    CompletionPolicy policy;
    JobSnapshot j = job(JobState::Transferring);
    QVERIFY(!policy.shouldComplete(j));
    j.state = JobState::Transferred;
    QVERIFY(policy.shouldComplete(j));
    QVERIFY(!policy.shouldComplete(job(JobState::Transferred, false)));  // another program's
    policy.completing(j.id);
    QVERIFY(policy.anyInFlight());
    QVERIFY(!policy.shouldComplete(j));  // not twice while one is in flight
    policy.failed(j.id);
    QVERIFY(policy.shouldComplete(j));  // a failed Complete may be tried again
    policy.completing(j.id);
    j.state = JobState::Acknowledged;
    policy.observe(changed(j));
    QVERIFY(!policy.anyInFlight());

    JobSnapshot gone = job(JobState::Transferred);
    policy.completing(gone.id);
    feed::JobBatch removed;
    removed.removed = {gone.id};
    policy.observe(removed);
    QVERIFY(!policy.anyInFlight());
}

void TestCompletionPolicy::setAsideUntilChosen()
{
    CompletionPolicy policy;
    const JobSnapshot j = job(JobState::Transferred);
    policy.completing(j.id);
    policy.setAside(j.id);  // the user would not replace the file there
    QVERIFY(!policy.anyInFlight());
    QVERIFY(!policy.shouldComplete(j));
    QVERIFY(policy.setAsideJobs().contains(j.id));
    policy.chosen(j.id);  // Complete from the Job menu
    QVERIFY(policy.shouldComplete(j));
}

void TestCompletionPolicy::oneLinePerOutcome()
{
    CompletionPolicy policy;
    JobSnapshot j = job(JobState::Transferring);
    QVERIFY(!policy.outcomeLine(j));
    j.state = JobState::Error;
    j.error = JobError{ErrorContext::RemoteFile, fromHttpStatus(404), "", ""};
    const auto failed = policy.outcomeLine(j);
    QVERIFY(failed);
    QCOMPARE(*failed,
             QString("bitsmon: %1 setup.iso: failed: %2")
                 .arg(QString::fromStdString(j.id.toString()), QString::fromStdString(describe(fromHttpStatus(404)))));
    QVERIFY(!policy.outcomeLine(j));  // once
    j.error.reset();
    j.state = JobState::Acknowledged;
    QVERIFY(policy.outcomeLine(j)->endsWith(": completed"));
    JobSnapshot silent = job(JobState::Error);  // no error record: still a failure, not "cancelled"
    QVERIFY(policy.outcomeLine(silent)->endsWith(": failed"));
    JobSnapshot cancelled = job(JobState::Cancelled);
    QVERIFY(policy.outcomeLine(cancelled)->endsWith(": cancelled"));
    QVERIFY(!policy.outcomeLine(job(JobState::Acknowledged, false)));  // others' outcomes are theirs

    // A gone job is forgotten (nothing of it comes again): its outcome would be told anew.
    QVERIFY(!policy.outcomeLine(cancelled));
    bits::feed::JobBatch gone;
    gone.removed = {cancelled.id};
    policy.observe(gone);
    QVERIFY(policy.outcomeLine(cancelled));
}

QTEST_GUILESS_MAIN(TestCompletionPolicy)
#include "test_completion_policy.moc"
