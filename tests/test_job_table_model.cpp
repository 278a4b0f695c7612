// JobTableModel under QAbstractItemModelTester, with the exact signals a
// batch must cause.
#include "format.h"
#include "job_filter_model.h"
#include "job_table_model.h"
#include "rate_history.h"

#include "engine/bits/hresult.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <ctime>
#include <random>
#include <thread>

#include "qtest_bits.h"
#include "sample_jobs.h"

using namespace bits;
using bits::feed::JobBatch;
using bitsmon::JobFilterModel;
using bitsmon::JobTableModel;

class TestJobTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void insertsABatchInOneBlock();
    void changedRowsGiveOneSignalPerRunOverChangedColumns();
    void mostRowsChangedGiveOneSignal();
    void unchangedSnapshotsGiveNoSignal();
    void removalsGiveOneSignalPerRunAndKeepTheIndex();
    void endedJobsStayGreyedUntilDismissed();
    void onlyTheMostRecentlyGoneAreKept();
    void rateHistoryKeepsTheLastMinutesOfJobsThatMove();
    void rateFollowsTheBytes();
    void summaryIsSignalledOncePerBatchThatChangesIt();
    void displaysBitsValues();
    void fieldsFromTheFeedActAsComparing();
    void timesShowInTheSystemZone();
};

void TestJobTableModel::insertsABatchInOneBlock()
{
    JobTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    std::vector<JobSnapshot> jobs;
    for (int i = 0; i < 100; ++i)
        jobs.push_back(sampleJob(i));
    model.applyBatch(addedBatch(jobs));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 99);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(model.rowOf(jobs[i].id), i);
}

void TestJobTableModel::changedRowsGiveOneSignalPerRunOverChangedColumns()
{
    SampleTable f(20);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    for (int row : {3, 4, 5, 10}) {
        JobSnapshot job = f.jobs[row];
        job.bytesTransferred += 100;
        batch.changed.push_back(job);
    }
    f.model.applyBatch(batch);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 2);
    const QModelIndex firstTop = changed.at(0).at(0).toModelIndex();
    const QModelIndex firstBottom = changed.at(0).at(1).toModelIndex();
    const QModelIndex secondTop = changed.at(1).at(0).toModelIndex();
    QCOMPARE(firstTop.row(), 3);
    QCOMPARE(firstBottom.row(), 5);
    QCOMPARE(secondTop.row(), 10);
    // Only the byte columns (and the rate, which follows them) changed.
    QCOMPARE(firstTop.column(), int(JobTableModel::ProgressColumn));
    QCOMPARE(firstBottom.column(), int(JobTableModel::TimeLeftColumn));  // the bytes move the time left too
    QCOMPARE(f.model.job(4)->bytesTransferred, f.jobs[4].bytesTransferred + 100);

    // A state change repaints the whole row.
    changed.clear();
    JobSnapshot job = f.jobs[7];
    job.state = JobState::Suspended;
    batch.changed = {job};
    f.model.applyBatch(batch);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), JobTableModel::ColumnCount - 1);
}

void TestJobTableModel::mostRowsChangedGiveOneSignal()
{
    SampleTable f(100);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    for (int row = 0; row < 100; row += 2) {  // 50 runs of one row... and then some
        JobSnapshot job = f.jobs[row];
        job.bytesTransferred += 1;
        batch.changed.push_back(job);
    }
    for (int row = 1; row < 40; row += 2) {
        JobSnapshot job = f.jobs[row];
        job.bytesTransferred += 1;
        batch.changed.push_back(job);
    }
    f.model.applyBatch(batch);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 98);
}

void TestJobTableModel::unchangedSnapshotsGiveNoSignal()
{
    SampleTable f(5);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    JobBatch batch = addedBatch({f.jobs[2]});  // a known job arriving as "added" again
    batch.changed = {f.jobs[3]};
    f.model.applyBatch(batch);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(f.model.rowCount(), 5);
}

void TestJobTableModel::removalsGiveOneSignalPerRunAndKeepTheIndex()
{
    SampleTable f(10);
    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.removed = {f.jobs[2].id, f.jobs[3].id, f.jobs[7].id};
    JobSnapshot moved = f.jobs[8];
    moved.bytesTransferred = 999;
    batch.changed = {moved};
    batch.added = {sampleJob(50)};
    f.model.applyBatch(batch);
    // Vanished jobs are greyed first: one change per run of rows.
    QCOMPARE(removed.count(), 0);
    QCOMPARE(f.model.rowCount(), 11);
    QVERIFY(f.model.isGone(2) && f.model.isGone(3) && f.model.isGone(7) && !f.model.isGone(8));
    QCOMPARE(changed.count(), 2);  // rows 2-3, rows 7-8
    // Dismissed: one removal per contiguous block, and the index follows.
    f.model.dismissGone();
    QCOMPARE(removed.count(), 2);
    QCOMPARE(f.model.rowCount(), 8);
    QCOMPARE(f.model.rowOf(f.jobs[2].id), -1);
    QCOMPARE(f.model.rowOf(f.jobs[7].id), -1);
    QCOMPARE(f.model.rowOf(f.jobs[8].id), 5);
    QCOMPARE(f.model.job(5)->bytesTransferred, 999u);
    QCOMPARE(f.model.rowOf(batch.added[0].id), 7);
}

void TestJobTableModel::endedJobsStayGreyedUntilDismissed()
{
    SampleTable f(3);
    JobSnapshot done = f.jobs[1];
    done.state = JobState::Acknowledged;
    JobBatch batch = changedBatch({done});
    batch.removed = {done.id};
    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
    f.model.applyBatch(batch);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(f.model.rowCount(), 3);
    QVERIFY(f.model.isGone(1));
    QVERIFY(f.model.index(1, 0).data(JobTableModel::GoneRole).toBool());
    QVERIFY(f.model.index(1, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(f.model.index(1, JobTableModel::StateColumn).data().toString(), QString("Completed"));
    QVERIFY(f.model.index(1, JobTableModel::StateColumn).data(Qt::ToolTipRole).toString().contains("no longer lists"));
    f.model.dismissGone();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.model.rowOf(f.jobs[2].id), 1);
}

// A tray app that runs for months keeps the latest greyed rows, not all of
// them: past kGoneRowsKept the longest gone are dropped; live rows stay.
void TestJobTableModel::onlyTheMostRecentlyGoneAreKept()
{
    const int kept = JobTableModel::kGoneRowsKept;
    SampleTable f(kept + 30);
    JobBatch first;  // the first 20 go in one batch, then the rest one by one
    first.takenAt = std::chrono::steady_clock::now();
    for (int i = 0; i < 20; ++i)
        first.removed.push_back(f.jobs[std::size_t(i)].id);
    f.model.applyBatch(first);
    QCOMPARE(f.model.rowCount(), kept + 30);
    for (int i = 20; i < kept + 25; ++i) {
        JobBatch one;
        one.takenAt = std::chrono::steady_clock::now();
        one.removed = {f.jobs[std::size_t(i)].id};
        f.model.applyBatch(one);
    }
    // kept + 25 went gone: the 25 gone longest ago were dropped, the last 5 jobs are live.
    QCOMPARE(f.model.rowCount(), kept + 5);
    for (int i = 0; i < kept + 30; ++i) {
        const int row = f.model.rowOf(f.jobs[std::size_t(i)].id);
        QVERIFY2((row >= 0) == (i >= 25), qPrintable(QString::number(i)));
        if (row >= 0)
            QCOMPARE(f.model.isGone(row), i < kept + 25);
    }
}

// The graph's data: every row's rate and their sum, once per sample, for the
// span only; a job that did not move for the whole span is forgotten.
void TestJobTableModel::rateHistoryKeepsTheLastMinutesOfJobsThatMove()
{
    JobTableModel model;
    JobSnapshot moving = sampleJob(0);
    moving.state = JobState::Transferring;
    moving.bytesTotal = 1'000'000'000;
    moving.bytesTransferred = 0;
    JobSnapshot still = sampleJob(1);
    still.state = JobState::Suspended;
    auto t = std::chrono::steady_clock::now();
    JobBatch batch = addedBatch({moving, still});
    batch.takenAt = t;
    model.applyBatch(batch);
    bitsmon::RateHistory history(std::chrono::seconds(60));
    for (int second = 1; second <= 92; ++second) {
        t += std::chrono::seconds(1);
        if (second <= 30) {  // 1 MB/s for half a minute, then nothing moves
            moving.bytesTransferred += 1'000'000;
            JobBatch step;
            step.changed = {moving};
            step.takenAt = t;
            model.applyBatch(step);
        } else if (second == 31) {
            moving.state = JobState::Suspended;
            JobBatch step;
            step.changed = {moving};
            step.takenAt = t;
            model.applyBatch(step);
        }
        history.sample(model, t);
        if (second == 30) {
            QCOMPARE(history.job(moving.id).size(), std::size_t(30));
            QCOMPARE(history.job(moving.id).back().bytesPerSecond, 1'000'000.0);
            QCOMPARE(history.total().back().bytesPerSecond, 1'000'000.0);
            QVERIFY(history.job(still.id).empty());  // never moved: not kept
            QCOMPARE(history.jobsKept(), std::size_t(1));
        }
    }
    QCOMPARE(history.total().size(), std::size_t(61));  // the span only
    QCOMPARE(history.total().back().bytesPerSecond, 0.0);
    QCOMPARE(history.jobsKept(), std::size_t(0));  // still for a whole span: forgotten
}

void TestJobTableModel::rateFollowsTheBytes()
{
    JobTableModel model;
    JobSnapshot job = sampleJob(0);
    JobBatch batch = addedBatch({job});
    const auto t0 = batch.takenAt;
    model.applyBatch(batch);
    JobBatch next;
    job.bytesTransferred = 500'000;
    next.changed = {job};
    next.takenAt = t0 + std::chrono::milliseconds(500);
    model.applyBatch(next);
    QCOMPARE(model.rate(0), 1'000'000.0);  // 500 kB in half a second

    // The time left follows the rate: 9.5 MB to go at 1 MB/s.
    JobSnapshot big = sampleJob(1);
    big.state = JobState::Transferring;
    big.bytesTotal = 10'000'000;
    big.bytesTransferred = 0;
    JobBatch first = addedBatch({big});
    first.takenAt = t0;
    model.applyBatch(first);
    QCOMPARE(model.index(1, JobTableModel::TimeLeftColumn).data().toString(), QString());  // no rate yet
    big.bytesTransferred = 500'000;
    JobBatch moved;
    moved.changed = {big};
    moved.takenAt = t0 + std::chrono::milliseconds(500);
    model.applyBatch(moved);
    QCOMPARE(*model.secondsLeft(1), 9.5);
    QCOMPARE(model.index(1, JobTableModel::TimeLeftColumn).data().toString(), QString("10 s"));
    // More than a week to go says nothing: not shown.
    big.bytesTotal = 1'000'000'000'000'000;
    moved.changed = {big};
    moved.takenAt += std::chrono::milliseconds(500);
    model.applyBatch(moved);
    QVERIFY(!model.secondsLeft(1));
    QCOMPARE(model.index(1, JobTableModel::TimeLeftColumn).data().toString(), QString());

    job.state = JobState::Suspended;
    next.changed = {job};
    next.takenAt += std::chrono::milliseconds(100);
    model.applyBatch(next);
    QCOMPARE(model.rate(0), 0.0);
}

// The status bar and the tray observe one summary, computed per batch.
void TestJobTableModel::summaryIsSignalledOncePerBatchThatChangesIt()
{
    JobTableModel model;
    QSignalSpy changed(&model, &JobTableModel::summaryChanged);
    std::vector<JobSnapshot> jobs{sampleJob(1), sampleJob(2, JobState::Error), sampleJob(3, JobState::Suspended)};
    JobBatch batch = addedBatch(jobs);
    model.applyBatch(batch);
    QCOMPARE(changed.count(), 1);
    bitsmon::JobSummary expected;
    expected.jobs = 3;
    expected.transferring = 1;
    expected.failed = 1;
    expected.listedFailed = true;
    expected.listedActive = true;
    QVERIFY(model.summary() == expected);

    // A batch that changes nothing the summary counts: no signal.
    JobBatch same;
    same.takenAt = batch.takenAt;
    jobs[2].displayName = "renamed";
    same.changed = {jobs[2]};
    model.applyBatch(same);
    QCOMPARE(changed.count(), 1);

    // The failed job is gone from the service: still counted, no longer the tray's error.
    JobBatch gone;
    gone.takenAt = batch.takenAt;
    gone.removed = {jobs[1].id};
    model.applyBatch(gone);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.summary().failed, 1);
    QVERIFY(!model.summary().listedFailed);
    model.dismissGone();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(model.summary().jobs, 2);
    QCOMPARE(model.summary().failed, 0);

    // The rates add up.
    jobs[0].bytesTransferred = 500'001;
    JobBatch later;
    later.takenAt = batch.takenAt + std::chrono::milliseconds(500);
    later.changed = {jobs[0]};
    model.applyBatch(later);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(model.summary().rate, 1'000'000.0);
    QCOMPARE(bitsmon::Format::summary(model.summary()), QString("Jobs: 2 · transferring: 1 · 1.0 MB/s"));
}

void TestJobTableModel::displaysBitsValues()
{
    QLocale::setDefault(QLocale::c());
    JobTableModel model;
    JobSnapshot job = sampleJob(250);
    job.state = JobState::Error;
    job.error = JobError{ErrorContext::RemoteFile, fromHttpStatus(404), "The server answered HTTP 404.", ""};
    job.priority.reset();  // a getter that failed: unknown, not wrong
    job.created.reset();
    model.applyBatch(addedBatch({job}));
    auto text = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(JobTableModel::StateColumn), QString("Error"));
    QCOMPARE(text(JobTableModel::PriorityColumn), QString("unknown"));
    QCOMPARE(text(JobTableModel::CreatedColumn), QString("unknown"));
    QCOMPARE(text(JobTableModel::ProgressColumn), QString("25%"));
    QCOMPARE(model.index(0, JobTableModel::ProgressColumn).data(JobTableModel::ProgressRole).toInt(), 250);
    QCOMPARE(text(JobTableModel::BytesColumn), QString("250 bytes of 1.0 kB"));
    QCOMPARE(text(JobTableModel::FilesColumn), QString("0 of 1"));
    // A few words in the cell; the name, the code and the sentence in its tooltip, and the state's.
    QCOMPARE(text(JobTableModel::ErrorColumn), QString("HTTP 404: Not found"));
    // Every state has an icon that draws.
    for (int state = 0; state < kJobStateCount; ++state)
        QVERIFY2(!bitsmon::Format::stateIcon(JobState(state)).pixmap(16, 16).isNull(), name(JobState(state)).data());
    // An upload on its way points the other way: not the download's picture.
    const QImage sending = bitsmon::Format::stateIcon(JobState::Transferring, JobType::Upload).pixmap(16, 16).toImage();
    QVERIFY(!sending.isNull());
    QVERIFY(sending != bitsmon::Format::stateIcon(JobState::Transferring).pixmap(16, 16).toImage());
    QCOMPARE(bitsmon::Format::stateIcon(JobState::Transferring, JobType::UploadReply).pixmap(16, 16).toImage(),
             sending);
    // Sent and waiting for Complete: up too.
    const QImage sent =
        bitsmon::Format::stateIcon(JobState::Transferred, JobType::UploadReply).pixmap(16, 16).toImage();
    QVERIFY(!sent.isNull());
    QVERIFY(sent != bitsmon::Format::stateIcon(JobState::Transferred).pixmap(16, 16).toImage());
    QCOMPARE(bitsmon::Format::stateIcon(JobState::Error, JobType::Upload).pixmap(16, 16).toImage(),
             bitsmon::Format::stateIcon(JobState::Error).pixmap(16, 16).toImage());
    QVERIFY(model.index(0, JobTableModel::StateColumn)
                .data(Qt::DecorationRole)
                .value<QIcon>()
                .pixmap(16)
                .toImage()
                .pixelColor(3, 8)
            == QColor(0xc0, 0x1c, 0x28));  // the error icon is red
    const QString tip = model.index(0, JobTableModel::ErrorColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains("0x80190194"));
    QVERIFY(tip.contains("the remote file"));
    QVERIFY(tip.contains("check the URL"));
    QVERIFY(tip.contains("BG_E_HTTP_ERROR_404"));
    QCOMPARE(model.index(0, JobTableModel::StateColumn).data(Qt::ToolTipRole).toString(), tip);
    QVERIFY(model.index(0, JobTableModel::PriorityColumn).data(Qt::ToolTipRole).toString().isEmpty());

    JobSnapshot unknownSize = sampleJob(1);
    unknownSize.bytesTotal = kSizeUnknown;
    model.applyBatch(addedBatch({unknownSize}));
    QCOMPARE(model.index(1, JobTableModel::ProgressColumn).data(JobTableModel::ProgressRole).toInt(), -1);
    QCOMPARE(model.index(1, JobTableModel::ProgressColumn).data().toString(), QString("unknown"));
}

QTEST_MAIN(TestJobTableModel)
#include "test_job_table_model.moc"

// Given what changed in each job (as the feed gives it), the model shows and
// signals exactly what it does when it compares the snapshots itself.
void TestJobTableModel::fieldsFromTheFeedActAsComparing()
{
    SampleTable told(60);
    SampleTable compared(0);
    compared.model.applyBatch(addedBatch(told.jobs));
    QSignalSpy toldChanged(&told.model, &QAbstractItemModel::dataChanged);
    QSignalSpy comparedChanged(&compared.model, &QAbstractItemModel::dataChanged);
    std::mt19937 random(11);
    std::vector<JobSnapshot> last = told.jobs;
    for (int round = 0; round < 200; ++round) {
        JobBatch batch;
        batch.takenAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(100 * round);
        for (std::size_t i = 0; i < last.size(); ++i) {
            if (random() % 3)
                continue;
            JobSnapshot job = last[i];
            switch (random() % 6) {
            case 0:
                job.bytesTransferred += 10;
                job.files[0].bytesTransferred += 10;
                break;
            case 1:
                job.state = JobState(random() % kJobStateCount);
                break;
            case 2:
                job.displayName += 'x';
                break;
            case 3:
                job.error = JobError{ErrorContext::RemoteFile, HResult(0x80190194), "gone", job.files[0].remoteUrl};
                break;
            case 4:
                job.files[0].localName += ".bak";
                break;
            case 5:
                job.modified = bits::TimePoint(std::chrono::seconds(random()));
                break;
            }
            batch.changedFields.push_back(differences(last[i], job));
            batch.changed.push_back(job);
            last[i] = job;
        }
        JobBatch unmarked = batch;
        unmarked.changedFields.clear();
        told.model.applyBatch(batch);
        compared.model.applyBatch(unmarked);
        QCOMPARE(toldChanged.count(), comparedChanged.count());
        auto cells = [](const QList<QVariant> &signal) {
            const auto topLeft = signal.at(0).value<QModelIndex>();
            const auto bottomRight = signal.at(1).value<QModelIndex>();
            return QRect(QPoint(topLeft.column(), topLeft.row()), QPoint(bottomRight.column(), bottomRight.row()));
        };
        for (int signal = 0; signal < toldChanged.count(); ++signal)
            QCOMPARE(cells(toldChanged.at(signal)), cells(comparedChanged.at(signal)));
        toldChanged.clear();
        comparedChanged.clear();
    }
    for (std::size_t i = 0; i < last.size(); ++i) {
        QCOMPARE(*told.model.job(int(i)), last[i]);
        QCOMPARE(*compared.model.job(int(i)), last[i]);
    }
}

// Two years, every half hour: the times Format::time shows that are not what
// Qt shows for local time. Runs on a new thread, so no zone Format kept for
// another test is used. `example` gets the first difference.
int timesDifferingFromLocal(QString &example)
{
    int differing = 0;
    std::thread([&] {
        const qint64 start = 1'735'689'600'000;  // 2025-01-01
        for (qint64 step = 0; step < 2 * 365 * 48; ++step) {
            const qint64 ms = start + step * 1'800'000 + 60'000 * (step % 7);
            const QString shown = bitsmon::Format::time(bits::TimePoint(std::chrono::milliseconds(ms)));
            const QString local = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                                                     bitsmon::Format::shortDateTimePattern(QLocale()));
            if (shown != local && differing++ == 0)
                example = shown + " vs " + local;
        }
    }).join();
    return differing;
}

// Times show as Qt shows local time, in any zone, across its daylight-saving
// changes (Format::time converts with the zone it keeps, not per call).
void TestJobTableModel::timesShowInTheSystemZone()
{
#ifdef Q_OS_WIN
    // Windows has one zone, the system's, which Wine takes from the TZ it
    // started with: tests/CMakeLists.txt runs this test once per zone. TZ
    // means a POSIX rule to the C runtime there, so it is dropped here.
    const QByteArray zone = qgetenv("TZ");
    qunsetenv("TZ");
    _tzset();
    if (!zone.isEmpty()) {
        // The system really is in that zone, winter and summer.
        for (const qint64 ms : {1'736'000'000'000LL, 1'752'000'000'000LL}) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(at), QTimeZone(zone).offsetFromUtc(at));
        }
    }
    QString example;
    QVERIFY2(timesDifferingFromLocal(example) == 0, qPrintable(QString::fromLatin1(zone) + ": " + example));
#else
    const QByteArray saved = qgetenv("TZ");
    for (const char *zone : {"America/New_York", "Europe/Paris", "Asia/Taipei", "Australia/Lord_Howe"}) {
        qputenv("TZ", zone);
        QString example;
        QVERIFY2(timesDifferingFromLocal(example) == 0, qPrintable(QString::fromLatin1(zone) + ": " + example));
    }
    if (saved.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
#endif
}
