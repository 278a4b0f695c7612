// Which outcomes notify: ours by default, every job as a setting, each once.
#include "notification_policy.h"

#include "engine/bits/hresult.h"

#include <QDir>
#include <QtTest>

using namespace bits;
using bitsmon::Notice;
using bitsmon::NotificationPolicy;

namespace {

// The body names the file as its system writes paths: a Windows user reads
// backslashes even where the job was made with forward slashes.
#ifdef Q_OS_WIN
const char *const kLocalName = "C:/dl/f";
const char *const kShownName = "C:\\dl\\f";
#else
const char *const kLocalName = "/tmp/f";
const char *const kShownName = "/tmp/f";
#endif

JobSnapshot job(JobState state, bool ours)
{
    static int n = 0;
    JobSnapshot j;
    j.id = JobId::generate();
    j.displayName = "job" + std::to_string(++n);
    j.state = state;
    j.ours = ours;
    j.files.push_back({"http://127.0.0.1/f", kLocalName});
    return j;
}

feed::JobBatch added(std::vector<JobSnapshot> jobs)
{
    feed::JobBatch b;
    b.added = std::move(jobs);
    return b;
}

feed::JobBatch changed(std::vector<JobSnapshot> jobs)
{
    feed::JobBatch b;
    b.changed = std::move(jobs);
    return b;
}

}  // namespace

class TestNotificationPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oursNotifyWhenCompletedOrFailed();
    void othersOnlyWhenAsked();
    void nothingTwiceAndNothingOld();
    void completionWithANoteIsToldInPlainWords();
    void aCompleteThatFailedIsAFailureNotAFinish();
};

void TestNotificationPolicy::oursNotifyWhenCompletedOrFailed()
{
    NotificationPolicy policy;
    JobSnapshot a = job(JobState::Transferring, true);
    JobSnapshot b = job(JobState::Transferring, true);
    QVERIFY(policy.observe(added({a, b})).empty());
    a.state = JobState::Transferred;  // not yet: the files are not in place
    QVERIFY(policy.observe(changed({a})).empty());
    a.state = JobState::Acknowledged;
    b.state = JobState::Error;
    b.error = JobError{ErrorContext::RemoteFile, fromHttpStatus(404), "", ""};
    const auto notices = policy.observe(changed({a, b}));
    QCOMPARE(notices.size(), std::size_t(2));
    QVERIFY(notices[0].kind == Notice::Kind::Finished);
    QCOMPARE(notices[0].title, QString("Download finished: %1").arg(QString::fromStdString(a.displayName)));
    QCOMPARE(notices[0].body, QString(kShownName));
    QVERIFY(notices[1].kind == Notice::Kind::Failed);
    QVERIFY(notices[1].body.contains("BG_E_HTTP_ERROR_404"));

    // An upload says where it went; an upload-reply where its reply is.
    JobSnapshot up = job(JobState::Transferring, true);
    up.type = JobType::Upload;
    up.files.front().remoteUrl = "http://127.0.0.1/in/report.bin";
    JobSnapshot reply = job(JobState::Transferring, true);
    reply.type = JobType::UploadReply;
    reply.reply = JobSnapshot::Reply{"/tmp/answer.txt", 5, 5};
    JobSnapshot failing = job(JobState::Transferring, true);
    failing.type = JobType::Upload;
    policy.observe(added({up, reply, failing}));
    up.state = reply.state = JobState::Acknowledged;
    failing.state = JobState::Error;
    const auto uploads = policy.observe(changed({up, reply, failing}));
    QCOMPARE(uploads.size(), std::size_t(3));
    QCOMPARE(uploads[0].title, QString("Upload finished: %1").arg(QString::fromStdString(up.displayName)));
    QCOMPARE(uploads[0].body, QString("http://127.0.0.1/in/report.bin"));
    QCOMPARE(uploads[1].body, QDir::toNativeSeparators("/tmp/answer.txt"));
    QCOMPARE(uploads[2].title, QString("Upload failed: %1").arg(QString::fromStdString(failing.displayName)));
}

void TestNotificationPolicy::othersOnlyWhenAsked()
{
    NotificationPolicy policy;
    JobSnapshot theirs = job(JobState::Transferring, false);
    policy.observe(added({theirs}));
    theirs.state = JobState::Transferred;
    QVERIFY(policy.observe(changed({theirs})).empty());

    NotificationPolicy all;
    all.setAllJobs(true);
    JobSnapshot other = job(JobState::Transferring, false);
    all.observe(added({other}));
    other.state = JobState::Transferred;  // another program's job is done when transferred
    const auto notices = all.observe(changed({other}));
    QCOMPARE(notices.size(), std::size_t(1));
    QVERIFY(notices[0].kind == Notice::Kind::Finished);
}

void TestNotificationPolicy::nothingTwiceAndNothingOld()
{
    NotificationPolicy policy;
    JobSnapshot failed = job(JobState::Error, true);
    QVERIFY(policy.observe(added({failed})).empty());  // failed before bitsmon looked: old news
    JobSnapshot j = job(JobState::Transferring, true);
    policy.observe(added({j}));
    j.state = JobState::Error;
    QCOMPARE(policy.observe(changed({j})).size(), std::size_t(1));
    j.errorCount = 2;  // the same failure re-read: no second notification
    QVERIFY(policy.observe(changed({j})).empty());
    j.state = JobState::Queued;  // retried ...
    QVERIFY(policy.observe(changed({j})).empty());
    j.state = JobState::Error;  // ... and failed again: a new outcome
    QCOMPARE(policy.observe(changed({j})).size(), std::size_t(1));
}

// BG_S_PARTIAL_COMPLETE and BG_S_UNABLE_TO_DELETE_FILES are successes the
// user must hear about; a plain S_OK is left to the "finished" notice.
void TestNotificationPolicy::completionWithANoteIsToldInPlainWords()
{
    const JobId id = JobId::generate();
    auto partial = NotificationPolicy::completionNotice({id, hr::BG_S_PartialComplete}, "iso");
    QVERIFY(partial);
    QCOMPARE(partial->kind, Notice::Kind::FinishedWithNote);
    QCOMPARE(partial->job, id);
    QVERIFY2(partial->title.contains("iso"), qPrintable(partial->title));
    QVERIFY2(partial->body.contains("Only the files that were fully transferred were kept"), qPrintable(partial->body));
    auto leftovers = NotificationPolicy::completionNotice({id, hr::BG_S_UnableToDeleteFiles}, "iso");
    QVERIFY(leftovers);
    QVERIFY2(leftovers->body.contains("temporary files could not be deleted"), qPrintable(leftovers->body));
    QVERIFY(!NotificationPolicy::completionNotice({id, hr::S_Ok}, "iso"));
}

// Where BITS cannot take a SHA-256 verdict (no IBackgroundCopyFile3), the
// file is checked after Complete and a wrong one removed: the job still
// ends ACKNOWLEDGED, which must not read "Download finished".
void TestNotificationPolicy::aCompleteThatFailedIsAFailureNotAFinish()
{
    NotificationPolicy policy;
    JobSnapshot j = job(JobState::Transferred, true);
    JobSnapshot other = job(JobState::Transferred, true);
    QVERIFY(policy.observe(added({j, other})).empty());
    const Notice told = policy.completeFailed(
        {j.id, Action::Complete, Failure{hr::NTE_BadHash, "The SHA-256 of x is y, not the expected z."}}, "iso");
    QCOMPARE(told.kind, Notice::Kind::Failed);
    QCOMPARE(told.job, j.id);
    QCOMPARE(told.title, QString("Could not complete: iso"));
    QVERIFY2(told.body.contains("not the expected z"), qPrintable(told.body));
    j.state = JobState::Acknowledged;
    other.state = JobState::Acknowledged;
    const auto notices = policy.observe(changed({j, other}));
    QCOMPARE(notices.size(), std::size_t(1));  // only the other job finished
    QCOMPARE(notices[0].job, other.id);
    QCOMPARE(notices[0].kind, Notice::Kind::Finished);
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "test_notification_policy.moc"
