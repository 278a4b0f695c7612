// "Pause all of mine": bitsmon's own jobs that BITS lets suspend, no other.
#include "pause_ours.h"

#include <QtTest>

using namespace bits;

class TestPauseOurs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlyOurJobsThatMaySuspend();
};

void TestPauseOurs::onlyOurJobsThatMaySuspend()
{
    std::vector<JobSnapshot> jobs;
    auto job = [&](bool ours, JobState state) {
        JobSnapshot j;
        j.id = JobId::generate();
        j.ours = ours;
        j.state = state;
        jobs.push_back(j);
    };
    job(true, JobState::Transferring);    // paused
    job(true, JobState::Queued);          // paused
    job(true, JobState::TransientError);  // paused
    job(true, JobState::Suspended);       // already
    job(true, JobState::Transferred);     // BITS refuses: complete it instead
    job(true, JobState::Acknowledged);    // done
    job(false, JobState::Transferring);   // another program's
    std::vector<const JobSnapshot *> pointers;
    for (const JobSnapshot &j : jobs)
        pointers.push_back(&j);
    const std::vector<JobId> expected{jobs[0].id, jobs[1].id, jobs[2].id};
    QVERIFY(bitsmon::jobsToPause(pointers) == expected);
    QVERIFY(bitsmon::jobsToPause({}).empty());
}

QTEST_MAIN(TestPauseOurs)
#include "test_pause_ours.moc"
