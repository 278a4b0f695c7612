// JobFilterModel under QAbstractItemModelTester: the order is a stable sort
// of JobTableModel::compare in every column and direction, every re-sort or
// re-filter is one layout change (never a signal per run of rows, nothing
// when nothing moved), and the selection and the current row follow their
// jobs.
#include "job_filter_model.h"
#include "job_table_model.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <random>

#include "sample_jobs.h"

using namespace bits;
using bits::feed::JobBatch;
using bitsmon::JobFilterModel;
using bitsmon::JobTableModel;

namespace {

// Jobs with many equal values (4 owners, 9 states, 5 progress steps), so
// ties are common and their order is tested too.
JobSnapshot makeJob(int n)
{
    static const char *owners[] = {"root", "Alice", "bob", "alice"};
    JobSnapshot job;
    job.id = JobId::generate();
    job.displayName = "job-" + std::to_string((n * 37) % 101) + (n % 3 ? ".iso" : ".CAB");
    job.owner = owners[n % 4];
    job.state = JobState(n % kJobStateCount);
    job.type = n % 5 == 0 ? JobType::Upload : n % 7 == 0 ? JobType::UploadReply : JobType::Download;
    job.priority = Priority(n % 4);
    job.bytesTotal = 1000;
    job.bytesTransferred = std::uint64_t((n % 5) * 250);
    job.filesTotal = 1;
    job.filesTransferred = std::uint32_t(n % 2);
    job.created = TimePoint(std::chrono::seconds(1'763'800'000 + (n * 7) % 50));
    job.modified = job.created;
    if (job.state == JobState::Error)
        job.error = JobError{ErrorContext::RemoteFile, HResult(0x80190194), {}, {}};
    job.files.push_back({"http://127.0.0.1/file" + std::to_string(n), "/tmp/file" + std::to_string(n), 1000,
                         job.bytesTransferred, false});
    return job;
}

JobBatch batchOf(std::vector<JobSnapshot> added, std::vector<JobSnapshot> changed = {}, std::vector<JobId> removed = {})
{
    JobBatch batch;
    batch.added = std::move(added);
    batch.changed = std::move(changed);
    batch.removed = std::move(removed);
    batch.takenAt = std::chrono::steady_clock::now();
    return batch;
}

struct Table {
    JobTableModel model;
    JobFilterModel proxy;
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
    std::vector<JobSnapshot> jobs;

    explicit Table(int rows)
    {
        proxy.setSourceModel(&model);
        for (int i = 0; i < rows; ++i)
            jobs.push_back(makeJob(i));
        model.applyBatch(batchOf(jobs));
    }

    const JobSnapshot &shown(int row) const { return *model.job(proxy.mapToSource(proxy.index(row, 0)).row()); }
    QStringList names() const
    {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out << QString::fromStdString(shown(row).displayName);
        return out;
    }
    // Source rows in the order the proxy shows them.
    std::vector<int> order() const
    {
        std::vector<int> out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.push_back(proxy.mapToSource(proxy.index(row, 0)).row());
        return out;
    }
};

// Every signal that could tell a view about rows moving, hiding or showing.
struct Signals {
    QSignalSpy layoutAbout, layout, removed, inserted, reset;
    explicit Signals(const QAbstractItemModel &m)
        : layoutAbout(&m, &QAbstractItemModel::layoutAboutToBeChanged)
        , layout(&m, &QAbstractItemModel::layoutChanged)
        , removed(&m, &QAbstractItemModel::rowsRemoved)
        , inserted(&m, &QAbstractItemModel::rowsInserted)
        , reset(&m, &QAbstractItemModel::modelReset)
    {
    }
    int layouts() const { return int(layout.count()); }
    int rowSignals() const { return int(removed.count() + inserted.count() + reset.count()); }
    void clear()
    {
        layoutAbout.clear();
        layout.clear();
        removed.clear();
        inserted.clear();
        reset.clear();
    }
};

}  // namespace

class TestJobFilterModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ordersAsAStableSortInEveryColumn();
    void orderFollowsWhatEachColumnMeans();
    void filterChangeIsOneLayoutChange();
    void nothingMovedSendsNothing();
    void selectionAndCurrentFollowTheirJobs();
    void changedRowsMapToShownRows();
    void smallTableResortsOncePerBatch();
    void dismissingScatteredGoneJobsIsOneLayoutChange();
    void headersStayWhenNothingIsShown();
    void firstBatchIntoALargeTableArrivesSorted();
    void needleFindsWhatAPlainSearchFinds();
    void outlivesItsSource();
    void onlyMineKeepsOursAndUnknownOwners();
    void filterByTextAndState();
    void filterByType();
    void filterByError();
    void sortsNumbersAsNumbers();
    void largeTablesCatchUpInOnePass();
    void ownerFilterKeepsThatOwnersJobsAndOurs();
};

void TestJobFilterModel::ordersAsAStableSortInEveryColumn()
{
    Table t(300);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            t.proxy.sort(column, order);
            std::vector<int> expected(300);
            std::iota(expected.begin(), expected.end(), 0);
            std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                const int c = t.model.compare(a, b, column);
                return order == Qt::AscendingOrder ? c < 0 : c > 0;
            });
            QVERIFY2(t.order() == expected, qPrintable(QStringLiteral("column %1, order %2").arg(column).arg(order)));
        }
    }
    // No sort column: the source's order.
    t.proxy.sort(-1);
    std::vector<int> source(300);
    std::iota(source.begin(), source.end(), 0);
    QVERIFY(t.order() == source);
}

// What each column means, restated here from the snapshot alone: sorting by
// a column puts its jobs in this order (text ignoring case).
std::pair<double, QString> meaningOf(const Table &t, int sourceRow, int column)
{
    const JobSnapshot &job = *t.model.job(sourceRow);
    auto ms = [](const std::optional<TimePoint> &time) {
        return time ? double(std::chrono::duration_cast<std::chrono::milliseconds>(time->time_since_epoch()).count())
                    : -1.0;
    };
    switch (column) {
    case JobTableModel::NameColumn:
        return {0, QString::fromStdString(job.displayName).toLower()};
    case JobTableModel::TypeColumn:  // download, upload, upload-reply: BITS's order
        return {double(job.type), {}};
    case JobTableModel::StateColumn:
        return {double(job.state), {}};
    case JobTableModel::PriorityColumn:
        return {job.priority ? double(*job.priority) : 99.0, {}};
    case JobTableModel::ProgressColumn:
        return {double(job.bytesTransferred) / double(job.bytesTotal), {}};
    case JobTableModel::BytesColumn:
        return {double(job.bytesTransferred), {}};
    case JobTableModel::FilesColumn:
        return {double(job.filesTransferred), {}};
    case JobTableModel::RateColumn:
        return {t.model.rate(sourceRow), {}};
    case JobTableModel::TimeLeftColumn:  // the unknown last
        return {t.model.secondsLeft(sourceRow).value_or(1e300), {}};
    case JobTableModel::OwnerColumn:
        return {0, QString::fromStdString(job.owner).toLower()};
    case JobTableModel::CreatedColumn:
        return {ms(job.created), {}};
    case JobTableModel::ModifiedColumn:
        return {ms(job.modified), {}};
    case JobTableModel::ErrorColumn:
        return {job.error ? double(std::uint32_t(job.error->code)) : 0.0, {}};
    default:
        return {double(sourceRow), {}};
    }
}

// The sort keys are described once, in the model's column table; this
// checks the table against what each column means.
void TestJobFilterModel::orderFollowsWhatEachColumnMeans()
{
    Table t(200);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        t.proxy.sort(column, Qt::AscendingOrder);
        const std::vector<int> order = t.order();
        int distinct = 0;
        for (std::size_t i = 1; i < order.size(); ++i) {
            const auto before = meaningOf(t, order[i - 1], column);
            const auto after = meaningOf(t, order[i], column);
            QVERIFY2(!(after < before), qPrintable(QStringLiteral("column %1, shown row %2").arg(column).arg(i)));
            distinct += before != after;
        }
        // Rate is 0 for every job here, so no time left can be told; every
        // other column has ties and steps.
        if (column != JobTableModel::RateColumn && column != JobTableModel::TimeLeftColumn)
            QVERIFY2(distinct > 0, qPrintable(QStringLiteral("column %1 sorts all equal").arg(column)));
    }
}

void TestJobFilterModel::filterChangeIsOneLayoutChange()
{
    Table t(900);
    t.proxy.sort(JobTableModel::NameColumn, Qt::AscendingOrder);
    Signals s(t.proxy);

    t.proxy.setShownStates(1u << int(JobState::Error));  // every 9th job: 100 runs of rows hidden
    QCOMPARE(t.proxy.rowCount(), 100);
    QCOMPARE(s.layouts(), 1);
    QCOMPARE(s.layoutAbout.count(), 1);
    QCOMPARE(s.rowSignals(), 0);
    for (int row = 0; row < t.proxy.rowCount(); ++row)
        QCOMPARE(t.shown(row).state, JobState::Error);
    const std::vector<int> order = t.order();
    QVERIFY(std::is_sorted(order.begin(), order.end(),
                           [&](int a, int b) { return t.model.compare(a, b, JobTableModel::NameColumn) < 0; }));

    s.clear();
    t.proxy.setFilterText(QStringLiteral("FILE1"));  // URLs and local names, any case
    QCOMPARE(s.layouts(), 1);
    QCOMPARE(s.rowSignals(), 0);
    for (int row = 0; row < t.proxy.rowCount(); ++row) {
        QVERIFY(QString::fromStdString(t.shown(row).files.front().remoteUrl).contains(QStringLiteral("file1")));
        QCOMPARE(t.shown(row).state, JobState::Error);
    }

    s.clear();
    t.proxy.setFilterText({});
    t.proxy.setShownStates(bitsmon::JobFilterModel::kAllStates);
    QCOMPARE(t.proxy.rowCount(), 900);
    QCOMPARE(s.layouts(), 2);
    QCOMPARE(s.rowSignals(), 0);
}

void TestJobFilterModel::nothingMovedSendsNothing()
{
    Table t(50);
    t.proxy.sort(JobTableModel::BytesColumn, Qt::AscendingOrder);
    Signals s(t.proxy);
    t.proxy.setOwner(QStringLiteral("nobody-has-this-name"));
    QCOMPARE(t.proxy.rowCount(), 0);
    s.clear();
    t.proxy.setFilterText(QStringLiteral("job"));  // still nothing shown: nothing to tell
    QCOMPARE(s.layouts(), 0);
    t.proxy.setOwner({});
    t.proxy.setFilterText({});
    s.clear();
    // A change that keeps every row where it is: only its data changes.
    JobSnapshot renamed = t.jobs[7];
    renamed.displayName = "renamed";
    QSignalSpy data(&t.proxy, &QAbstractItemModel::dataChanged);
    t.model.applyBatch(batchOf({}, {renamed}));
    QCOMPARE(s.layouts(), 0);
    QCOMPARE(data.count(), 1);
}

void TestJobFilterModel::selectionAndCurrentFollowTheirJobs()
{
    Table t(60);
    QItemSelectionModel selection(&t.proxy);
    t.proxy.sort(JobTableModel::CreatedColumn, Qt::AscendingOrder);
    auto rowOfJob = [&](int n) {
        return t.proxy.mapFromSource(t.model.index(t.model.rowOf(t.jobs[std::size_t(n)].id), 0)).row();
    };
    auto jobAt = [&](const QModelIndex &index) { return t.model.job(t.proxy.mapToSource(index).row())->id; };

    selection.select(t.proxy.index(rowOfJob(10), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(t.proxy.index(rowOfJob(33), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(t.proxy.index(rowOfJob(33), 3), QItemSelectionModel::NoUpdate);

    t.proxy.sort(JobTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(selection.selectedRows().size(), 2);
    QList<JobId> selected;
    for (const QModelIndex &index : selection.selectedRows())
        selected << jobAt(index);
    QVERIFY(selected.contains(t.jobs[10].id) && selected.contains(t.jobs[33].id));
    QCOMPARE(jobAt(selection.currentIndex()), t.jobs[33].id);
    QCOMPARE(selection.currentIndex().column(), 3);

    // Job 33's state is hidden: it leaves the selection; job 10 stays.
    t.proxy.setStateShown(t.jobs[33].state, false);
    QVERIFY(t.jobs[10].state != t.jobs[33].state);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(jobAt(selection.selectedRows().front()), t.jobs[10].id);
    QVERIFY(!selection.currentIndex().isValid());
}

void TestJobFilterModel::changedRowsMapToShownRows()
{
    Table t(40);
    t.proxy.sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    t.proxy.setStateShown(JobState::Queued, false);
    QSignalSpy data(&t.proxy, &QAbstractItemModel::dataChanged);

    JobSnapshot renamed = t.jobs[5];
    renamed.displayName = "renamed";
    t.model.applyBatch(batchOf({}, {renamed}));
    QCOMPARE(data.count(), 1);
    const auto topLeft = data.front().at(0).value<QModelIndex>();
    const auto bottomRight = data.front().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), bottomRight.row());
    QCOMPARE(t.shown(topLeft.row()).displayName, std::string("renamed"));
    QCOMPARE(topLeft.column(), int(JobTableModel::NameColumn));

    // A hidden job's change tells the views nothing.
    data.clear();
    JobSnapshot hidden = t.jobs[9];  // 9 % 9 == 0: Queued
    QCOMPARE(hidden.state, JobState::Queued);
    hidden.displayName = "not shown";
    t.model.applyBatch(batchOf({}, {hidden}));
    QCOMPARE(data.count(), 0);
}

void TestJobFilterModel::smallTableResortsOncePerBatch()
{
    Table t(100);
    t.proxy.sort(JobTableModel::BytesColumn, Qt::DescendingOrder);
    Signals s(t.proxy);
    QSignalSpy sourceChanges(&t.model, &QAbstractItemModel::dataChanged);
    std::vector<JobSnapshot> changed;
    for (int n = 3; n < 100; n += 7) {  // scattered: several runs in the source
        JobSnapshot job = t.jobs[std::size_t(n)];
        job.bytesTotal = 5000;
        job.bytesTransferred = 5000 - std::uint64_t(n);  // more than any other job
        changed.push_back(job);
    }
    t.model.applyBatch(batchOf({}, changed));
    QVERIFY(sourceChanges.count() > 1);
    QCOMPARE(s.layouts(), 1);
    QCOMPARE(s.rowSignals(), 0);
    QCOMPARE(t.shown(0).id, changed.front().id);  // 4,997 bytes, the most
    const std::vector<int> order = t.order();
    QVERIFY(std::is_sorted(order.begin(), order.end(),
                           [&](int a, int b) { return t.model.compare(a, b, JobTableModel::BytesColumn) > 0; }));
}

void TestJobFilterModel::dismissingScatteredGoneJobsIsOneLayoutChange()
{
    Table t(50);
    QItemSelectionModel selection(&t.proxy);
    t.proxy.sort(JobTableModel::NameColumn, Qt::AscendingOrder);
    std::vector<JobId> gone;
    for (int n = 0; n < 50; n += 3)
        gone.push_back(t.jobs[std::size_t(n)].id);
    t.model.applyBatch(batchOf({}, {}, gone));
    const auto rowOfJob = [&](int n) {
        return t.proxy.mapFromSource(t.model.index(t.model.rowOf(t.jobs[std::size_t(n)].id), 0));
    };
    selection.setCurrentIndex(rowOfJob(4), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    selection.select(rowOfJob(6), QItemSelectionModel::Select | QItemSelectionModel::Rows);  // gone

    Signals s(t.proxy);
    t.model.dismissGone();
    QCOMPARE(t.proxy.rowCount(), 50 - int(gone.size()));
    QCOMPARE(s.layouts(), 1);
    QCOMPARE(s.rowSignals(), 0);
    QCOMPARE(t.model.job(t.proxy.mapToSource(selection.currentIndex()).row())->id, t.jobs[4].id);
    QCOMPARE(selection.selectedRows().size(), 1);
    for (int row = 0; row < t.proxy.rowCount(); ++row)
        QVERIFY(std::find(gone.begin(), gone.end(), t.shown(row).id) == gone.end());
    const std::vector<int> order = t.order();
    QVERIFY(std::is_sorted(order.begin(), order.end(),
                           [&](int a, int b) { return t.model.compare(a, b, JobTableModel::NameColumn) < 0; }));
}

void TestJobFilterModel::headersStayWhenNothingIsShown()
{
    Table t(5);
    t.proxy.setFilterText(QStringLiteral("matches nothing at all"));
    QCOMPARE(t.proxy.rowCount(), 0);
    QVERIFY(!t.proxy.hasChildren());
    QCOMPARE(t.proxy.columnCount(), int(JobTableModel::ColumnCount));
    QCOMPARE(t.proxy.headerData(JobTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(t.proxy.headerData(JobTableModel::ErrorColumn, Qt::Horizontal).toString(), QStringLiteral("Error"));
}

void TestJobFilterModel::firstBatchIntoALargeTableArrivesSorted()
{
    JobTableModel model;
    JobFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setLargeTable(10, std::chrono::milliseconds(60'000));  // a catch-up would not come in time
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::BytesColumn, Qt::DescendingOrder);
    std::vector<JobSnapshot> jobs;
    for (int i = 0; i < 40; ++i)
        jobs.push_back(makeJob(i));
    std::shuffle(jobs.begin(), jobs.end(), std::mt19937(7));
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    model.applyBatch(batchOf(jobs));
    QCOMPARE(inserted.count(), 1);
    QVERIFY(proxy.isDeferring());
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const int a = proxy.mapToSource(proxy.index(row - 1, 0)).row();
        const int b = proxy.mapToSource(proxy.index(row, 0)).row();
        QVERIFY(model.compare(a, b, JobTableModel::BytesColumn) >= 0);
    }
}

// FoldedNeedle (Boyer-Moore-Horspool over folded bytes) against the plain
// way: fold both, std::string::find. A small alphabet makes overlaps, near
// misses and repeated letters common; UTF-8 bytes pass through unfolded.
void TestJobFilterModel::needleFindsWhatAPlainSearchFinds()
{
    const std::string alphabet = "aAbB-\xc3\xa9";  // includes the two bytes of "é"
    std::mt19937 random(42);
    auto text = [&](std::size_t most) {
        std::string out(random() % (most + 1), ' ');
        for (char &c : out)
            c = alphabet[random() % alphabet.size()];
        return out;
    };
    int found = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::string haystack = text(24);
        const std::string needle = text(5);
        const bool expected =
            JobTableModel::foldCase(haystack).find(JobTableModel::foldCase(needle)) != std::string::npos;
        const bool actual = bitsmon::FoldedNeedle(needle).foundIn(haystack);
        QVERIFY2(actual == expected, qPrintable(QString::fromStdString("\"" + needle + "\" in \"" + haystack + "\"")));
        found += actual;
    }
    QVERIFY(found > 2000 && found < 18000);  // both answers were tested often
    QVERIFY(bitsmon::FoldedNeedle("PACKAGE-12").foundIn("update-package-123.cab"));
    QVERIFY(bitsmon::FoldedNeedle("").foundIn(""));
    QVERIFY(!bitsmon::FoldedNeedle("longer than it").foundIn("longer"));
}

void TestJobFilterModel::outlivesItsSource()
{
    auto *model = new JobTableModel;
    JobFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);
    proxy.setSourceModel(model);
    model->applyBatch(batchOf({makeJob(1), makeJob(2), makeJob(3)}));
    selection.setCurrentIndex(proxy.index(1, 2), QItemSelectionModel::SelectCurrent);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    delete model;
    QCOMPARE(reset.count(), 1);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.columnCount(), 0);
    QVERIFY(!proxy.index(0, 0).isValid());
    QVERIFY(!selection.currentIndex().isValid());
    proxy.setFilterText(QStringLiteral("still works"));
    proxy.sort(JobTableModel::NameColumn);
    QCOMPARE(proxy.rowCount(), 0);
}

// "Only my jobs": another user's job goes; ours and those whose owner the
// service could not tell stay.
void TestJobFilterModel::onlyMineKeepsOursAndUnknownOwners()
{
    JobTableModel model;
    JobFilterModel proxy;
    proxy.setSourceModel(&model);
    JobSnapshot mine = makeJob(0), theirs = makeJob(1), unknown = makeJob(2), ours = makeJob(3);
    mine.owner = "HOST\\me";
    theirs.owner = "HOST\\other";
    unknown.owner.clear();
    ours.owner = "HOST\\other";  // made by bitsmon, whoever BITS says owns it
    ours.ours = true;
    model.applyBatch(batchOf({mine, theirs, unknown, ours}, {}));
    proxy.setOwner(QStringLiteral("HOST\\me"));
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, JobTableModel::NameColumn).data().toString();
    shown.sort();
    QStringList expected{QString::fromStdString(mine.displayName), QString::fromStdString(unknown.displayName),
                         QString::fromStdString(ours.displayName)};
    expected.sort();
    QCOMPARE(shown, expected);
}

void TestJobFilterModel::filterByTextAndState()
{
    SampleTable f(6);
    JobSnapshot suspended = f.jobs[4];
    suspended.state = JobState::Suspended;
    f.model.applyBatch(changedBatch({suspended}));

    JobFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&f.model);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setFilterText("FILE3");  // the URL, case-insensitive
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QString("job 3"));
    proxy.setFilterText(QString::fromStdString(f.jobs[5].id.toString()).toLower());
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString::fromStdString(f.jobs[4].id.toString()).mid(6, 10));  // a part, with a dash
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QString("job 4"));
    proxy.setFilterText("");
    proxy.setStateShown(JobState::Transferring, false);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QString("job 4"));
    proxy.setFilterText("job 2");
    QCOMPARE(proxy.rowCount(), 0);
}

// The window's type filter: downloads, or uploads with and without a reply;
// with the text filter, both must match.
void TestJobFilterModel::filterByType()
{
    Table t(70);
    auto count = [&](auto wanted) { return int(std::count_if(t.jobs.begin(), t.jobs.end(), wanted)); };
    auto isUpload = [](const JobSnapshot &job) { return bits::isUpload(job.type); };
    const int uploads = count(isUpload);
    QCOMPARE(uploads, 14 + 10 - 2);  // every 5th, every 7th not also a 5th
    t.proxy.setShownTypes(JobFilterModel::typeBit(JobType::Upload) | JobFilterModel::typeBit(JobType::UploadReply));
    QCOMPARE(t.proxy.rowCount(), uploads);
    for (int row = 0; row < t.proxy.rowCount(); ++row)
        QVERIFY(isUpload(t.shown(row)));
    t.proxy.setShownTypes(JobFilterModel::typeBit(JobType::Download));
    QCOMPARE(t.proxy.rowCount(), 70 - uploads);
    t.proxy.setFilterText("file35");  // job 35: an upload (every 5th), not shown among downloads
    QCOMPARE(t.proxy.rowCount(), 0);
    t.proxy.setShownTypes(JobFilterModel::kAllTypes);
    QCOMPARE(t.proxy.rowCount(), 1);
    QCOMPARE(t.shown(0).type, JobType::Upload);
}

// The text filter finds failed jobs by what their Error cell says, by the
// error's name and by its code; not the jobs without an error.
void TestJobFilterModel::filterByError()
{
    QLocale::setDefault(QLocale::c());
    Table t(90);
    const int failed =
        int(std::count_if(t.jobs.begin(), t.jobs.end(), [](const JobSnapshot &job) { return bool(job.error); }));
    QCOMPARE(failed, 10);  // every 9th job, with HTTP 404
    for (const char *text : {"not found", "HTTP 404", "BG_E_HTTP_ERROR_404", "0x80190194"}) {
        t.proxy.setFilterText(text);
        QVERIFY2(t.proxy.rowCount() == failed, qPrintable(QString("%1: %2 rows").arg(text).arg(t.proxy.rowCount())));
        for (int row = 0; row < t.proxy.rowCount(); ++row)
            QVERIFY(t.shown(row).error);
    }
    t.proxy.setFilterText("server error");  // another status's words
    QCOMPARE(t.proxy.rowCount(), 0);
}

void TestJobFilterModel::sortsNumbersAsNumbers()
{
    JobTableModel model;
    std::vector<JobSnapshot> jobs{sampleJob(9), sampleJob(100), sampleJob(10)};
    model.applyBatch(addedBatch(jobs));
    JobFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::BytesColumn, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, 0).data().toString();
    QCOMPARE(names, (QStringList{"job 9", "job 10", "job 100"}));
}

// Past the large-table threshold, changes do not re-sort or re-filter on
// every batch; the order and the filter catch up in one pass, within the
// catch-up interval. New rows show at once and take their place with it.
void TestJobFilterModel::largeTablesCatchUpInOnePass()
{
    SampleTable f(6);
    JobFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setLargeTable(4, std::chrono::milliseconds(50));
    proxy.setSourceModel(&f.model);
    QVERIFY(proxy.isDeferring());
    proxy.sort(JobTableModel::BytesColumn, Qt::AscendingOrder);
    auto names = [&] {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out << proxy.index(row, 0).data().toString();
        return out;
    };
    QCOMPARE(names(), (QStringList{"job 0", "job 1", "job 2", "job 3", "job 4", "job 5"}));

    // job 0 overtakes everyone and job 2 fails while only Transferring is shown.
    proxy.setStateShown(JobState::Error, false);
    JobSnapshot fast = f.jobs[0];
    fast.bytesTransferred = 900;
    JobSnapshot failed = f.jobs[2];
    failed.state = JobState::Error;
    JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.changed = {fast, failed};
    f.model.applyBatch(batch);
    QCOMPARE(names(), (QStringList{"job 0", "job 1", "job 2", "job 3", "job 4", "job 5"}));  // not yet
    QTRY_COMPARE(names(), (QStringList{"job 1", "job 3", "job 4", "job 5", "job 0"}));

    // A new row shows at once and takes its place in the order.
    f.model.applyBatch(addedBatch({sampleJob(2)}));
    QCOMPARE(proxy.rowCount(), 6);
    QTRY_COMPARE(names(), (QStringList{"job 1", "job 2", "job 3", "job 4", "job 5", "job 0"}));

    // Back under the threshold: dynamic again, and sorted right away.
    f.model.dismissGone();
    proxy.setLargeTable(100, std::chrono::milliseconds(50));
    QVERIFY(!proxy.isDeferring());
    fast.bytesTransferred = 0;
    batch.changed = {fast};
    f.model.applyBatch(batch);
    QCOMPARE(names().first(), QString("job 0"));
}

void TestJobFilterModel::ownerFilterKeepsThatOwnersJobsAndOurs()
{
    JobTableModel model;
    JobBatch batch;
    for (const auto &[owner, ours] : {std::pair{"alice", false}, {"bob", false}, {"carol", true}}) {
        JobSnapshot j;
        j.id = JobId::generate();
        j.displayName = owner;
        j.owner = owner;
        j.ours = ours;
        batch.added.push_back(j);
    }
    model.applyBatch(batch);
    JobFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setOwner("alice");
    QCOMPARE(proxy.rowCount(), 2);  // alice's, and bitsmon's own
    proxy.setOwner({});
    QCOMPARE(proxy.rowCount(), 3);
}

QTEST_MAIN(TestJobFilterModel)
#include "test_job_filter_model.moc"
