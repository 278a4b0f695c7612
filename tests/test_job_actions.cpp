// JobActions: enabled by the policy for every state and for mixed
// selections, what they ask of the service, and the retry-at-foreground
// flow through the feed to a fake service.
#include "fakes/fake_service.h"
#include "job_actions.h"
#include "job_commands.h"

#include "engine/bits/hresult.h"
#include "engine/feed/job_feed.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "qtest_bits.h"

using namespace bits;
using bitsmon::JobActions;

namespace {

struct RecordingCommands : bitsmon::JobCommands {
    QStringList calls;
    void resume(const JobId &job) override { calls << "resume " + name(job); }
    void suspend(const JobId &job) override { calls << "suspend " + name(job); }
    void cancel(const JobId &job) override { calls << "cancel " + name(job); }
    void complete(const JobId &job) override { calls << "complete " + name(job); }
    void setPriority(const JobId &job, Priority p) override
    {
        calls << "priority " + name(job) + " " + QString::fromStdString(std::string(bits::name(p)));
    }
    void rereadAll() override { calls << "refresh"; }
    void replyData(const JobId &job, ReplyDone done) override
    {
        calls << "reply " + name(job);
        pendingReply = std::move(done);
    }
    ReplyDone pendingReply;  // answered by the test
    std::map<JobId, QString> names;
    QString name(const JobId &job) { return names[job]; }
};

JobSnapshot job(RecordingCommands &commands, const char *name, JobState state, bool ours = true)
{
    JobSnapshot j;
    j.id = JobId::generate();
    j.displayName = name;
    j.state = state;
    j.priority = Priority::Normal;
    j.ours = ours;
    j.files.push_back({"http://127.0.0.1/" + std::string(name), "/tmp/" + std::string(name), 1000, 0, false});
    j.bytesTotal = 1000;
    commands.names[j.id] = name;
    return j;
}

JobSnapshot rangeFailure(RecordingCommands &commands, const char *name, std::uint64_t size)
{
    JobSnapshot j = job(commands, name, JobState::Error);
    j.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", j.files[0].remoteUrl};
    j.files[0].bytesTotal = size;
    j.bytesTotal = size;
    return j;
}

// The app's adapter, in miniature: actions -> feed -> worker -> service.
struct FeedCommands : bitsmon::JobCommands {
    explicit FeedCommands(feed::JobFeed &feed)
        : feed(feed)
    {
    }
    void resume(const JobId &job) override { feed.resume(job); }
    void suspend(const JobId &job) override { feed.suspend(job); }
    void cancel(const JobId &job) override { feed.cancel(job); }
    void complete(const JobId &job) override { feed.complete(job); }
    void setPriority(const JobId &job, Priority p) override { feed.setPriority(job, p); }
    void rereadAll() override { feed.rereadAll(); }
    void replyData(const JobId &job, ReplyDone done) override { feed.replyData(job, std::move(done)); }
    feed::JobFeed &feed;
};

// A feed over the fake service with `id` as bitsmon's own job, ticking
// fast, and the snapshots of the jobs it added.
struct StartedFeed {
    StartedFeed(fakes::FakeBackend &backend, const JobId &id)
        : feed([&backend] { return backend.makeService(); },
               [] {
                   feed::FeedOptions options;
                   options.tick = std::chrono::milliseconds(20);
                   return options;
               }())
    {
        QObject::connect(&feed, &feed::JobFeed::batchReady, &feed, [this](const feed::JobBatch &batch) {
            seen.insert(seen.end(), batch.added.begin(), batch.added.end());
        });
        feed.start({id});
    }
    std::vector<JobSnapshot> seen;
    feed::JobFeed feed;
};

}  // namespace

class TestJobActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void enabledByState_data();
    void enabledByState();
    void mixedSelectionEnablesWhatAnyJobAllows();
    void actsOnEveryJobTheActionAppliesTo();
    void asksBeforeCancellingOrCompletingAnotherProgramsJob();
    void retryAtForegroundSetsPriorityThenResumes();
    void retryAtForegroundExplainsWhenItCannotHelp();
    void retryAtForegroundThroughTheFeed();
    void priorityMenuShowsAndSetsThePriority();
    void iconsAndProperties();
    void saveReplyIsOfferedForATransferredUploadReplyOnly();
    void saveReplyWritesTheWholeReplyOrSaysWhyNot();
    void saveReplyThroughTheFeed();
};

void TestJobActions::enabledByState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("enabled");  // r=resume/retry, s=suspend, c=cancel, o=complete, p=priority
    QTest::newRow("QUEUED") << int(JobState::Queued) << "scp";
    QTest::newRow("CONNECTING") << int(JobState::Connecting) << "scp";
    QTest::newRow("TRANSFERRING") << int(JobState::Transferring) << "scp";
    QTest::newRow("SUSPENDED") << int(JobState::Suspended) << "rcp";
    QTest::newRow("ERROR") << int(JobState::Error) << "rscp";
    QTest::newRow("TRANSIENT_ERROR") << int(JobState::TransientError) << "rscp";
    QTest::newRow("TRANSFERRED") << int(JobState::Transferred) << "ocp";
    QTest::newRow("ACKNOWLEDGED") << int(JobState::Acknowledged) << "";
    QTest::newRow("CANCELLED") << int(JobState::Cancelled) << "";
}

void TestJobActions::enabledByState()
{
    QFETCH(int, state);
    QFETCH(QString, enabled);
    RecordingCommands commands;
    JobActions actions(commands);
    QVERIFY(!actions.resume->isEnabled());  // nothing selected: nothing to do
    actions.setSelection({job(commands, "a", JobState(state))});
    QCOMPARE(actions.resume->isEnabled(), enabled.contains('r'));
    QCOMPARE(actions.suspend->isEnabled(), enabled.contains('s'));
    QCOMPARE(actions.cancel->isEnabled(), enabled.contains('c'));
    QCOMPARE(actions.complete->isEnabled(), enabled.contains('o'));
    QCOMPARE(actions.priorityMenu->isEnabled(), enabled.contains('p'));
    QVERIFY(!actions.retryForeground->isEnabled());  // no range error here
    const bool failed = JobState(state) == JobState::Error || JobState(state) == JobState::TransientError;
    QCOMPARE(actions.resume->text(), failed ? QString("&Retry") : QString("&Resume"));
}

void TestJobActions::mixedSelectionEnablesWhatAnyJobAllows()
{
    RecordingCommands commands;
    JobActions actions(commands);
    actions.setSelection({job(commands, "a", JobState::Suspended), job(commands, "b", JobState::Transferred)});
    QVERIFY(actions.resume->isEnabled());
    QVERIFY(actions.complete->isEnabled());
    QVERIFY(!actions.suspend->isEnabled());
    actions.setSelection({job(commands, "c", JobState::Acknowledged), job(commands, "d", JobState::Cancelled)});
    QVERIFY(!actions.cancel->isEnabled());
    QVERIFY(!actions.priorityMenu->isEnabled());
}

void TestJobActions::actsOnEveryJobTheActionAppliesTo()
{
    RecordingCommands commands;
    JobActions actions(commands);
    actions.setSelection({job(commands, "a", JobState::Suspended), job(commands, "b", JobState::Transferring),
                          job(commands, "c", JobState::Error)});
    actions.resume->trigger();
    QCOMPARE(commands.calls, (QStringList{"resume a", "resume c"}));
    commands.calls.clear();
    actions.suspend->trigger();
    QCOMPARE(commands.calls, (QStringList{"suspend b", "suspend c"}));
    commands.calls.clear();
    actions.refresh->trigger();
    QCOMPARE(commands.calls, QStringList{"refresh"});
}

void TestJobActions::asksBeforeCancellingOrCompletingAnotherProgramsJob()
{
    RecordingCommands commands;
    JobActions actions(commands);
    QStringList questions;
    bool answer = false;
    actions.confirm = [&](const QString &question) {
        questions << question;
        return answer;
    };
    actions.setSelection(
        {job(commands, "mine", JobState::Transferred), job(commands, "theirs", JobState::Transferred, false)});
    actions.cancel->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions[0].contains("1 of the selected jobs were created by other programs"));
    QVERIFY(questions[0].contains("Cancelling deletes what they downloaded"));
    QVERIFY(commands.calls.isEmpty());  // "No": nothing happens, not even to ours
    answer = true;
    actions.complete->trigger();
    QCOMPARE(questions.size(), 2);
    QVERIFY(questions[1].contains("Completing puts their files in place"));
    QCOMPARE(commands.calls, (QStringList{"complete mine", "complete theirs"}));
    commands.calls.clear();
    actions.setSelection({job(commands, "only mine", JobState::Suspended)});
    actions.cancel->trigger();
    QCOMPARE(questions.size(), 2);  // our own job: no question
    QCOMPARE(commands.calls, QStringList{"cancel only mine"});
}

void TestJobActions::retryAtForegroundSetsPriorityThenResumes()
{
    RecordingCommands commands;
    JobActions actions(commands);
    actions.setSelection({rangeFailure(commands, "iso", 700'000'000), job(commands, "other", JobState::Error)});
    QVERIFY(actions.retryForeground->isEnabled());
    actions.retryForeground->trigger();
    QCOMPARE(commands.calls, (QStringList{"priority iso FOREGROUND", "resume iso"}));
}

void TestJobActions::retryAtForegroundExplainsWhenItCannotHelp()
{
    RecordingCommands commands;
    JobActions actions(commands);
    QSignalSpy messages(&actions, &JobActions::message);
    actions.setSelection({rangeFailure(commands, "dynamic", kSizeUnknown),
                          rangeFailure(commands, "huge", kForegroundSingleRequestLimit)});
    QVERIFY(actions.retryForeground->isEnabled());  // offered, so it can explain
    actions.retryForeground->trigger();
    QVERIFY(commands.calls.isEmpty());
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages[0][0].toString().contains("does not tell the file's size"));
    QVERIFY(messages[1][0].toString().contains("2 GB or more"));
}

void TestJobActions::retryAtForegroundThroughTheFeed()
{
    fakes::FakeBackend backend;
    const JobId id = backend.addJob("iso", 5000);
    backend.update(id, [](JobSnapshot &j) {
        j.state = JobState::Error;
        j.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", j.files[0].remoteUrl};
    });
    StartedFeed started(backend, id);
    QTRY_COMPARE_WITH_TIMEOUT(started.seen.size(), std::size_t(1), 5000);
    FeedCommands commands(started.feed);
    JobActions actions(commands);
    actions.setSelection(started.seen);
    actions.retryForeground->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(backend.calls(Action::Resume).size(), std::size_t(1), 5000);
    QCOMPARE(backend.calls(Action::SetPriority), std::vector<JobId>{id});
    QCOMPARE(*backend.get(id)->priority, Priority::Foreground);
    QCOMPARE(backend.get(id)->state, JobState::Queued);  // resumed after the priority was set
}

void TestJobActions::priorityMenuShowsAndSetsThePriority()
{
    RecordingCommands commands;
    JobActions actions(commands);
    JobSnapshot a = job(commands, "a", JobState::Suspended);
    JobSnapshot b = job(commands, "b", JobState::Queued);
    actions.setSelection({a, b});
    const QList<QAction *> items = actions.priorityMenu->actions();
    QCOMPARE(items.size(), 4);
    QVERIFY(items[int(Priority::Normal)]->isChecked());  // both NORMAL
    b.priority = Priority::High;
    actions.setSelection({a, b});
    for (QAction *item : items)
        QVERIFY(!item->isChecked());  // mixed: no check mark
    items[int(Priority::Low)]->trigger();
    QCOMPARE(commands.calls, (QStringList{"priority a LOW", "priority b LOW"}));
}

void TestJobActions::iconsAndProperties()
{
    RecordingCommands commands;
    JobActions actions(commands);
    for (QAction *action :
         {actions.resume, actions.retryForeground, actions.suspend, actions.cancel, actions.complete, actions.refresh})
        QVERIFY2(!action->icon().pixmap(16, 16).isNull(), qPrintable(action->text()));
    QVERIFY(!actions.properties->isEnabled());
    actions.setSelection({job(commands, "a", JobState::Queued)});
    QVERIFY(actions.properties->isEnabled());
    QSignalSpy shown(&actions, &JobActions::propertiesRequested);
    actions.properties->trigger();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(actions.properties->shortcut(), QKeySequence(Qt::Key_Return));
}

namespace {

JobSnapshot uploadReply(RecordingCommands &commands, const char *name, JobState state)
{
    JobSnapshot j = job(commands, name, state);
    j.type = JobType::UploadReply;
    j.reply = JobSnapshot::Reply{"/tmp/" + std::string(name) + ".reply", 3, 3};
    return j;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

std::vector<std::uint8_t> bytesOf(const QByteArray &text)
{
    return {text.begin(), text.end()};
}

}  // namespace

void TestJobActions::saveReplyIsOfferedForATransferredUploadReplyOnly()
{
    RecordingCommands commands;
    JobActions actions(commands);
    actions.setSelection({job(commands, "download", JobState::Transferred)});
    QVERIFY(!actions.saveReply->isVisible());  // no job with a reply: not even shown
    JobSnapshot plainUpload = job(commands, "upload", JobState::Transferred);
    plainUpload.type = JobType::Upload;
    actions.setSelection({plainUpload});
    QVERIFY(!actions.saveReply->isVisible());
    actions.setSelection({uploadReply(commands, "sending", JobState::Transferring)});
    QVERIFY(actions.saveReply->isVisible());
    QVERIFY(!actions.saveReply->isEnabled());  // the reply is not whole yet
    actions.setSelection({uploadReply(commands, "done", JobState::Transferred)});
    QVERIFY(actions.saveReply->isEnabled());
    actions.setSelection({uploadReply(commands, "completed", JobState::Acknowledged)});
    QVERIFY(!actions.saveReply->isEnabled());  // in its file now
    actions.setSelection(
        {uploadReply(commands, "a", JobState::Transferred), uploadReply(commands, "b", JobState::Transferred)});
    QVERIFY(!actions.saveReply->isEnabled());  // one reply, one file
    QMenu menu;
    actions.populate(&menu);
    QVERIFY(menu.actions().contains(actions.saveReply));
}

void TestJobActions::saveReplyWritesTheWholeReplyOrSaysWhyNot()
{
    QTemporaryDir dir;
    RecordingCommands commands;
    JobActions actions(commands);
    QSignalSpy messages(&actions, &JobActions::message);
    QString suggested, answer;
    actions.chooseReplyFile = [&](const QString &offered) {
        suggested = offered;
        return answer;
    };
    actions.setSelection({uploadReply(commands, "report", JobState::Transferred)});

    // The user gives up: nothing is asked of the service.
    actions.saveReply->trigger();
    QCOMPARE(suggested, QDir::toNativeSeparators("/tmp/report.reply"));  // where Complete would put it
    QCOMPARE(commands.calls, QStringList());

    answer = dir.filePath("copy.txt");
    actions.saveReply->trigger();
    QCOMPARE(commands.calls, QStringList{"reply report"});
    commands.pendingReply(bytesOf("{\"id\": 42}"));
    QCOMPARE(readAll(answer), QByteArray("{\"id\": 42}"));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.last().at(0).toString().contains(QDir::toNativeSeparators(answer)),
             qPrintable(messages.last().at(0).toString()));

    // The service refuses (the reply is over 1 MB): its reason is said, and
    // nothing is written.
    answer = dir.filePath("large.txt");
    actions.saveReply->trigger();
    commands.pendingReply(
        Failure{hr::BG_E_TooLarge, "The reply is 2000000 bytes, more than the 1 MB BITS keeps in memory."});
    QVERIFY(!QFile::exists(answer));
    QVERIFY2(messages.last().at(0).toString().contains("2000000 bytes"), qPrintable(messages.last().at(0).toString()));

    // A folder that cannot be written: said, with what to do; no file.
    answer = dir.filePath("no/such/folder/reply.txt");
    actions.saveReply->trigger();
    commands.pendingReply(bytesOf("data"));
    QVERIFY(!QFile::exists(answer));
    QVERIFY2(messages.last().at(0).toString().contains("Choose another folder"),
             qPrintable(messages.last().at(0).toString()));
}

void TestJobActions::saveReplyThroughTheFeed()
{
    QTemporaryDir dir;
    fakes::FakeBackend backend;
    const JobId id = backend.addJob("form", 100);
    backend.update(id, [](JobSnapshot &j) {
        j.type = JobType::UploadReply;
        j.state = JobState::Transferred;
    });
    const QByteArray reply = "accepted: 100 bytes";
    backend.setReply(id, bytesOf(reply));
    StartedFeed started(backend, id);
    QTRY_COMPARE_WITH_TIMEOUT(started.seen.size(), std::size_t(1), 5000);
    FeedCommands commands(started.feed);
    JobActions actions(commands);
    QSignalSpy messages(&actions, &JobActions::message);
    actions.chooseReplyFile = [&](const QString &) { return dir.filePath("form.reply"); };
    actions.setSelection(started.seen);
    actions.saveReply->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
    QCOMPARE(readAll(dir.filePath("form.reply")), reply);
    QCOMPARE(backend.serviceThreadViolations.load(), 0);  // read on the worker, as every call
}

QTEST_MAIN(TestJobActions)
#include "test_job_actions.moc"
