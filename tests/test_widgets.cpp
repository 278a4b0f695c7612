// The main window and the progress delegate, offscreen.
#include "job_commands.h"
#include "main_window.h"
#include "job_filter_model.h"
#include "job_table_model.h"
#include "progress_delegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace bits;

namespace {
struct NullCommands : bitsmon::JobCommands {
    void resume(const JobId &) override {}
    void suspend(const JobId &) override {}
    void cancel(const JobId &) override {}
    void complete(const JobId &) override {}
    void setPriority(const JobId &, Priority) override {}
    void refresh() override {}
};
}  // namespace

class TestWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void progressBarGeometry();
    void windowShowsJobsAndFilters();
};

void TestWidgets::progressBarGeometry()
{
    QCOMPARE(bitsmon::progressBarRect(QRect(10, 20, 100, 24)), QRect(13, 23, 94, 18));
    // A cell too small for the margins gives an empty bar, never a negative one.
    const QRect tiny = bitsmon::progressBarRect(QRect(0, 0, 4, 4));
    QVERIFY(tiny.isEmpty());
    QVERIFY(tiny.width() >= 0 && tiny.height() >= 0);
}

void TestWidgets::windowShowsJobsAndFilters()
{
    QLocale::setDefault(QLocale::c());
    bitsmon::JobTableModel model;
    NullCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    for (int i = 0; i < 3; ++i) {
        JobSnapshot job;
        job.id = JobId::generate();
        job.displayName = "file" + std::to_string(i);
        job.state = i == 2 ? JobState::Error : JobState::Transferring;
        job.bytesTotal = 100;
        job.bytesTransferred = 50;
        batch.added.push_back(job);
    }
    model.applyBatch(batch);
    QCOMPARE(window.view()->model()->rowCount(), 3);
    auto *summary = window.findChild<QLabel *>("summary");
    QTRY_COMPARE(summary->text(), QString("Jobs: 3 · transferring: 2 · failed: 1"));

    auto *filter = window.findChild<QLineEdit *>("filterEdit");
    QTest::keyClicks(filter, "file1");
    QCOMPARE(window.view()->model()->rowCount(), 1);
    // The delegate paints a bar for known progress without trouble.
    QVERIFY(!window.view()->grab().isNull());
}

QTEST_MAIN(TestWidgets)
#include "test_widgets.moc"
