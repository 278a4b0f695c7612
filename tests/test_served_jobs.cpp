// A bitsmon that BITS started: what it takes up, completes and announces
// for each choice of "when a download finishes while bitsmon is closed", and
// when it has nothing left to do.
#include "served_jobs.h"

#include "engine/bits/hresult.h"

#include <QtTest>

#include <map>

using namespace bits;
using bitsmon::Notice;
using bitsmon::ServedJobs;
using WhenClosed = bitsmon::Settings::WhenClosed;

namespace {

JobSnapshot job(JobState state, const char *name = "report.pdf")
{
    JobSnapshot j;
    j.id = JobId::generate();
    j.displayName = name;
    j.state = state;
    j.ours = true;
    j.files.push_back({"http://127.0.0.1/report.pdf", "/tmp/report.pdf"});
    return j;
}

// The jobs as the model holds them, for ServedJobs::settled.
struct Listing {
    std::map<JobId, JobSnapshot> jobs;
    void put(const JobSnapshot &j) { jobs[j.id] = j; }
    auto finder() const
    {
        return [this](const JobId &id) -> const JobSnapshot * {
            auto it = jobs.find(id);
            return it == jobs.end() ? nullptr : &it->second;
        };
    }
};

}  // namespace

class TestServedJobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void completeAndNotifySettlesOnceFinished();
    void aFailedJobIsAnnouncedOnceThenSettled();
    void notifyOnlyTellsOfTheTransferAndLeavesTheJob();
    void nothingTakesNothingUpAndTellsNothing();
    void aJobKeptAsideOrGoneIsSettled();
    void filesInTheWayAreToldNotAsked();
    void aJobNotListedYetIsNotSettled();
};

void TestServedJobs::completeAndNotifySettlesOnceFinished()
{
    ServedJobs served(WhenClosed::CompleteAndNotify);
    QVERIFY(served.completes() && served.notifies());
    JobSnapshot j = job(JobState::Transferred);
    j.ours = false;  // not adopted yet
    Listing listing;
    listing.put(j);
    QVERIFY(served.settled(listing.finder(), {}));  // nothing called about yet
    QVERIFY(served.called(j.id));
    QVERIFY(!served.called(j.id));  // taken up once
    QVERIFY(served.calledAbout(j.id));
    QVERIFY(!served.settled(listing.finder(), {}));  // not adopted
    j.ours = true;
    listing.put(j);
    QVERIFY(!served.notice(j));                      // the usual policy announces it once completed
    QVERIFY(!served.settled(listing.finder(), {}));  // to be completed
    j.state = JobState::Acknowledged;
    listing.put(j);
    QVERIFY(served.settled(listing.finder(), {}));
}

void TestServedJobs::aFailedJobIsAnnouncedOnceThenSettled()
{
    ServedJobs served(WhenClosed::CompleteAndNotify);
    JobSnapshot j = job(JobState::Error, "setup.iso");
    j.error = JobError{ErrorContext::RemoteFile, fromHttpStatus(404), "", ""};
    Listing listing;
    listing.put(j);
    QVERIFY(!served.notice(j));  // not called about: not ours to announce here
    served.called(j.id);
    QVERIFY(!served.settled(listing.finder(), {}));  // not announced yet
    const auto notice = served.notice(j);
    QVERIFY(notice);
    QCOMPARE(notice->kind, Notice::Kind::Failed);
    QCOMPARE(notice->title, QString("Download failed: setup.iso"));
    QVERIFY2(notice->body.contains("BG_E_HTTP_ERROR_404"), qPrintable(notice->body));
    QVERIFY(!served.notice(j));  // once
    QVERIFY(served.settled(listing.finder(), {}));

    // Announced by the usual policy already (it saw the job fail): not twice.
    JobSnapshot k = job(JobState::Error);
    served.called(k.id);
    served.told(k.id);
    QVERIFY(!served.notice(k));
    listing.put(k);
    QVERIFY(served.settled(listing.finder(), {}));
}

void TestServedJobs::notifyOnlyTellsOfTheTransferAndLeavesTheJob()
{
    ServedJobs served(WhenClosed::NotifyOnly);
    QVERIFY(!served.completes());
    QVERIFY(served.notifies());
    JobSnapshot j = job(JobState::Transferring);
    Listing listing;
    listing.put(j);
    QVERIFY(served.called(j.id));
    QVERIFY(!served.notice(j));  // not transferred yet
    QVERIFY(!served.settled(listing.finder(), {}));
    j.state = JobState::Transferred;
    listing.put(j);
    QVERIFY(!served.settled(listing.finder(), {}));  // not told yet
    const auto notice = served.notice(j);
    QVERIFY(notice);
    QCOMPARE(notice->title, QString("Download transferred: report.pdf"));
    QVERIFY2(notice->body.contains("Open bitsmon to complete it"), qPrintable(notice->body));
    QVERIFY(served.settled(listing.finder(), {}));  // left TRANSFERRED for the user
}

void TestServedJobs::nothingTakesNothingUpAndTellsNothing()
{
    ServedJobs served(WhenClosed::Nothing);
    QVERIFY(!served.completes());
    QVERIFY(!served.notifies());
    JobSnapshot j = job(JobState::Error);
    QVERIFY(!served.called(j.id));
    QVERIFY(!served.calledAbout(j.id));
    QVERIFY(!served.notice(j));
    Listing listing;
    listing.put(j);
    QVERIFY(served.settled(listing.finder(), {}));  // free to exit at once
}

void TestServedJobs::aJobKeptAsideOrGoneIsSettled()
{
    ServedJobs served(WhenClosed::CompleteAndNotify);
    JobSnapshot kept = job(JobState::Transferred);
    JobSnapshot gone = job(JobState::Transferred);
    served.called(kept.id);
    served.called(gone.id);
    served.notice(gone);  // listed once, then gone from the service
    Listing listing;
    listing.put(kept);
    QVERIFY(!served.settled(listing.finder(), {}));
    QVERIFY(served.settled(listing.finder(), {kept.id}));  // the user said not to replace what is there
}

// Unseen, a COM-started bitsmon asks no question: it leaves the job and says
// where the files in the way are.
void TestServedJobs::filesInTheWayAreToldNotAsked()
{
    ServedJobs served(WhenClosed::CompleteAndNotify);
    JobSnapshot j = job(JobState::Transferred);
    served.called(j.id);
    const Notice notice = served.waitsForReplace(j, {"/tmp/report.pdf"});
    QCOMPARE(notice.title, QString("Download transferred: report.pdf"));
    QVERIFY2(notice.body.contains("/tmp/report.pdf") && notice.body.contains("Open bitsmon to replace them"),
             qPrintable(notice.body));
    QVERIFY(!served.notice(j));  // told once
    Listing listing;
    listing.put(j);
    QVERIFY(served.settled(listing.finder(), {j.id}));
}

// BITS may let go of its object before the first listing reached the
// model: a job called about but never seen is not "gone" (seen under Wine:
// a 404 job left unannounced). After the idle timeout it is given up.
void TestServedJobs::aJobNotListedYetIsNotSettled()
{
    ServedJobs served(WhenClosed::CompleteAndNotify);
    JobSnapshot j = job(JobState::Error);
    served.called(j.id);
    Listing empty;
    QVERIFY(!served.settled(empty.finder(), {}));
    QVERIFY(served.settled(empty.finder(), {}, true));  // waited long enough: it never came
    Listing listing;
    listing.put(j);
    QVERIFY(served.notice(j));
    QVERIFY(served.settled(listing.finder(), {}));
    QVERIFY(served.settled(empty.finder(), {}));  // seen, now gone
}

QTEST_GUILESS_MAIN(TestServedJobs)
#include "test_served_jobs.moc"
