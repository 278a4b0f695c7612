// The main window and the progress delegate, offscreen.
#include "appearance.h"
#include "details_pane.h"
#include "job_commands.h"
#include "main_window.h"
#include "new_download_dialog.h"
#include "job_filter_model.h"
#include "job_table_model.h"
#include "format.h"
#include "job_view.h"
#include "progress_delegate.h"
#include "rate_graph.h"
#include "replace_questions.h"
#include "window_helpers.h"

#include <QClipboard>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QApplication>
#include <QAccessible>
#include <QToolBar>
#include <QHeaderView>
#include <QPushButton>
#include <QMessageBox>
#include <QFileDialog>
#include <QLabel>
#include <QSettings>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include "engine/bits/hresult.h"
#include <QComboBox>
#include <QLineEdit>
#include <QStatusBar>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <cmath>

using namespace bits;

// An upload-reply job of `total` bytes, `sent` of them on their way, and
// its reply so far.
static JobSnapshot uploadReplyJob(const char *name, std::uint64_t total, std::uint64_t sent, JobSnapshot::Reply reply)
{
    JobSnapshot job;
    job.id = JobId::generate();
    job.displayName = name;
    job.type = JobType::UploadReply;
    job.state = JobState::Transferring;
    job.bytesTotal = total;
    job.bytesTransferred = sent;
    job.files.push_back(
        {"http://127.0.0.1/upload/" + std::string(name), "/tmp/" + std::string(name), total, sent, sent == total});
    job.reply = std::move(reply);
    return job;
}

class TestWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void progressBarGeometry();
    void windowShowsJobsAndFilters();
    void layoutIsRestored();
    void detailsSayWhetherBitsCanStartBitsmon();
    void statusLineFollowsTheJobItTellsOf();
    void firstWindowShowsEveryColumnAndTheError();
    void aFailedJobOffersWhatToDoBesideItsError();
    void anEmptyTableSaysWhatToDo();
    void linksDroppedOrPastedAreOfferedForDownload();
    void helpTellsVersionServiceAndShortcuts();
    void darkColoursKeepEverythingReadable();
    void screenReadersAndKeyboardsReachEverything();
    void rateGraphShowsTheLastMinutesAndTimeLeft();
    void replaceIsAskedAfterTheBatchOnceAtATime();
    void detailsKeepTheSelectedFileWhileTheJobMoves();
    void waitingWorkRunsBetweenABatchAndItsRepaint_data();
    void waitingWorkRunsBetweenABatchAndItsRepaint();
    void aReSortIsDrawnAFewRowsATurn();
    void everyRowIsDrawnWhileEveryRowKeepsChanging();
    void uploadsShowTheirTypeWhatIsSentAndTheReply();
    void theHeaderMenuShowsAndHidesColumns();
    void aTransferredReplyIsSavedFromTheDetails();
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
    RecordingCommands commands;
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
        job.files.push_back(
            {"http://127.0.0.1/file" + std::to_string(i), "/tmp/file" + std::to_string(i), 100, 50, false});
        if (i == 2)
            job.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", ""};
        batch.added.push_back(job);
    }
    model.applyBatch(batch);
    QCOMPARE(window.view()->model()->rowCount(), 3);
    auto *summary = window.findChild<QLabel *>("summary");
    QTRY_COMPARE(summary->text(), QString("Jobs: 3 · transferring: 2 · failed: 1"));

    auto *filter = window.findChild<QLineEdit *>("filterEdit");
    QTest::keyClicks(filter, "file1");
    QCOMPARE(window.view()->model()->rowCount(), 1);
    // The delegate paints the bar half full: its first quarter is filled, its last is not.
    const QModelIndex cell = window.view()->model()->index(0, bitsmon::JobTableModel::ProgressColumn);
    const QRect bar = bitsmon::progressBarRect(window.view()->visualRect(cell));
    QVERIFY(!bar.isEmpty());
    const QImage drawn = window.view()->viewport()->grab().toImage();
    const QColor filled = drawn.pixelColor(bar.left() + bar.width() / 8, bar.center().y());
    const QColor empty = drawn.pixelColor(bar.right() - bar.width() / 8, bar.center().y());
    QVERIFY2(filled != empty, qPrintable(filled.name() + QLatin1Char(' ') + empty.name()));

    // The details pane follows the selection.
    filter->clear();
    const QModelIndex failed = window.filterModel()->mapFromSource(model.index(2, 0));
    window.view()->selectRow(failed.row());
    const bitsmon::DetailsPane *details = window.details();
    QCOMPARE(details->field("GUID"), QString::fromStdString(batch.added[2].id.toString()));
    QCOMPARE(details->field("State"), QString("Error"));
    QVERIFY(details->field("Last error").contains("BG_E_INSUFFICIENT_RANGE_SUPPORT"));
    QVERIFY(details->field("Last error").contains("the remote file"));
    QCOMPARE(details->field("Notifications"), QString("unknown"));
    QCOMPARE(details->files()->topLevelItemCount(), 1);
    QCOMPARE(details->files()->topLevelItem(0)->text(0), QString("http://127.0.0.1/file2"));
    QCOMPARE(details->files()->topLevelItem(0)->text(2), QString("50%"));
    window.view()->clearSelection();
    QCOMPARE(details->field("GUID"), QString());
    QCOMPARE(details->field("Last error"), QString());
    QCOMPARE(details->files()->topLevelItemCount(), 0);
}

// Per job: whether BITS can start bitsmon when it finishes while bitsmon is
// closed (the job carries bitsmon's CLSID), and why not.
void TestWidgets::detailsSayWhetherBitsCanStartBitsmon()
{
    bitsmon::DetailsPane details;
    JobSnapshot job;
    job.id = JobId::generate();
    job.ours = true;
    job.startsBitsmon = true;
    details.showJob(&job);
    QCOMPARE(details.field("While bitsmon is closed"), QString("BITS starts bitsmon when it finishes or fails"));
    job.startsBitsmon = false;  // BITS without IBackgroundCopyJob5 (older Windows, Wine)
    details.showJob(&job);
    QVERIFY2(details.field("While bitsmon is closed").startsWith("closed-app notification: not supported by this BITS"),
             qPrintable(details.field("While bitsmon is closed")));
    job.startsBitsmon.reset();  // not registered, or the embedded service
    details.showJob(&job);
    QCOMPARE(details.field("While bitsmon is closed"), QString("bitsmon picks it up when it next starts"));
    job.ours = false;
    details.showJob(&job);
    QCOMPARE(details.field("While bitsmon is closed"), QString("its owner's concern"));
}

// "Download started." must not stay once the download failed or finished.
void TestWidgets::statusLineFollowsTheJobItTellsOf()
{
    QLocale::setDefault(QLocale::c());
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    JobSnapshot job;
    job.id = JobId::generate();
    job.displayName = "big.iso";
    job.state = JobState::Suspended;  // as created, before Resume
    auto send = [&](const JobSnapshot &which, bool added) {
        feed::JobBatch batch;
        batch.takenAt = std::chrono::steady_clock::now();
        (added ? batch.added : batch.changed).push_back(which);
        model.applyBatch(batch);
    };
    auto apply = [&](bool added) { send(job, added); };
    auto line = [&] { return window.statusBar()->currentMessage(); };
    window.showJobMessage(job.id, "Download started.");
    apply(true);
    QCOMPARE(line(), QString("Download started."));
    for (JobState working : {JobState::Queued, JobState::Connecting, JobState::Transferring}) {
        job.state = working;
        apply(false);
        QCOMPARE(line(), QString("Download started."));
    }
    job.state = JobState::Error;
    job.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", ""};
    apply(false);
    QCOMPARE(line(), QString("big.iso: Error (Server ignores ranges)"));

    // Finished: said once; a later message about something else is left alone.
    job.error.reset();
    job.state = JobState::Transferring;
    apply(false);
    window.showJobMessage(job.id, "Retrying.");
    QCOMPARE(line(), QString("Retrying."));
    job.state = JobState::Transferred;
    apply(false);
    QCOMPARE(line(), QString("big.iso: Transferred"));
    window.showMessage("Something else.", 0);
    job.state = JobState::Acknowledged;
    apply(false);
    QCOMPARE(line(), QString("Something else."));

    // bitsmon's own job is completed by bitsmon: the line does not stop at
    // "Transferred" while the table already says "Completed".
    JobSnapshot ours;
    ours.id = JobId::generate();
    ours.displayName = "logs.tar";
    ours.ours = true;
    ours.state = JobState::Transferring;
    window.showJobMessage(ours.id, "Upload started.");
    auto applyOurs = [&](bool added) { send(ours, added); };
    applyOurs(true);
    QCOMPARE(line(), QString("Upload started."));
    ours.state = JobState::Transferred;
    applyOurs(false);
    QCOMPARE(line(), QString("logs.tar: Transferred"));
    ours.state = JobState::Acknowledged;
    applyOurs(false);
    QCOMPARE(line(), QString("logs.tar: Completed"));

    // A message longer than the window is whole in the status line's tooltip.
    const QString refused = "The upload could not be started: " + QString("a long reason. ").repeated(40);
    window.showMessage(refused, 0);
    QCOMPARE(window.statusBar()->toolTip(), refused);
    window.statusBar()->clearMessage();
    QCOMPARE(window.statusBar()->toolTip(), QString());
}

// At its first start on a 1280x800 screen the window shows every column
// without scrolling sideways, and a failed job's error in the details.
void TestWidgets::firstWindowShowsEveryColumnAndTheError()
{
    QLocale::setDefault(QLocale::c());
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    const QSize size = bitsmon::MainWindow::firstSize(QSize(1280, 770));  // 800 less a panel
    QCOMPARE(size.width(), 1280);
    QVERIFY(size.height() >= 650 && size.height() <= 770);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    JobSnapshot job;
    job.id = JobId::generate();
    job.displayName = "ubuntu-24.04-desktop-amd64.iso";
    job.owner = "DESKTOP-7Q2\\alice";
    job.state = JobState::Error;
    job.bytesTotal = 6'114'656'256;
    job.bytesTransferred = 16'777'216;
    job.created = job.modified = std::chrono::system_clock::now();
    job.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport,
                         "The server ignores range requests for http://127.0.0.1/ubuntu.iso.", ""};
    job.files.push_back(
        {"http://127.0.0.1/ubuntu.iso", "/tmp/ubuntu.iso", job.bytesTotal, job.bytesTransferred, false});
    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.added.push_back(job);
    model.applyBatch(batch);

    QTableView *view = window.view();
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    // The reason in a few words, whole, in the row.
    const QModelIndex errorCell = view->model()->index(0, bitsmon::JobTableModel::ErrorColumn);
    QCOMPARE(errorCell.data().toString(), QString("Server ignores ranges"));
    const QRect error = view->visualRect(errorCell);
    QVERIFY2(error.width() >= view->fontMetrics().horizontalAdvance(errorCell.data().toString()),
             qPrintable(QString::number(error.width())));
    QVERIFY(view->viewport()->rect().contains(error));

    view->selectRow(0);
    const QString lastError = window.details()->field("Last error");
    QVERIFY(lastError.contains("BG_E_INSUFFICIENT_RANGE_SUPPORT"));
    const auto *scroll = window.findChild<QScrollArea *>();
    QVERIFY(scroll);
    const QLabel *shown = labelShowing(window.details(), lastError);
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    // Once laid out: as tall as its wrapped lines.
    QTRY_VERIFY(shown->height() >= shown->heightForWidth(shown->width()));
    QCOMPARE(outOfView(shown, scroll), QString());
    // And what to do about it is in view beside it.
    const QToolButton *offered = window.details()->offeredAction();
    QVERIFY(offered);
    QTRY_VERIFY(offered->isVisible());
    QCOMPARE(outOfView(offered, scroll), QString());
}

// Beside the last error, a button for what to do: the foreground retry a
// server that ignores ranges needs, or a plain retry; none for a job that
// did not fail.
void TestWidgets::aFailedJobOffersWhatToDoBesideItsError()
{
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto failed = [](bits::HResult code) {
        JobSnapshot job;
        job.id = JobId::generate();
        job.displayName = "job" + std::to_string(std::uint32_t(code));
        job.state = JobState::Error;
        job.bytesTotal = 100'000'000;
        job.error = JobError{ErrorContext::RemoteFile, code, "", ""};
        job.files.push_back({"http://127.0.0.1/f.iso", "/tmp/f.iso", job.bytesTotal, 0, false});
        return job;
    };
    JobSnapshot running = failed(hr::S_Ok);
    running.state = JobState::Transferring;
    running.error.reset();
    const std::vector<JobSnapshot> jobs{failed(hr::BG_E_InsufficientRangeSupport), failed(bits::fromHttpStatus(404)),
                                        running};
    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.added = jobs;
    model.applyBatch(batch);
    QTableView *view = window.view();
    auto select = [&](const JobSnapshot &job) {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 0).data().toString() == QString::fromStdString(job.displayName))
                view->selectRow(row);
    };
    auto offered = [&]() -> QString {
        const QToolButton *button = window.details()->offeredAction();
        return button && button->isVisibleTo(&window) && button->isEnabled() ? button->text() : QString();
    };

    select(jobs[0]);
    QCOMPARE(offered(), QString("Retry at foreground priority"));
    QTest::mouseClick(window.details()->offeredAction(), Qt::LeftButton);
    const QString first = QString::fromStdString(jobs[0].id.toString());
    QCOMPARE(commands.said, (QStringList{"priority 0 " + first, "resume " + first}));  // foreground, then retried

    select(jobs[1]);
    QCOMPARE(offered(), QString("Retry"));
    QTest::mouseClick(window.details()->offeredAction(), Qt::LeftButton);
    QCOMPARE(commands.said.last(), "resume " + QString::fromStdString(jobs[1].id.toString()));

    select(jobs[2]);
    QCOMPARE(offered(), QString());
}

void TestWidgets::anEmptyTableSaysWhatToDo()
{
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = qobject_cast<bitsmon::JobView *>(window.view());
    QVERIFY(view);
    QVERIFY2(view->emptyText().startsWith("No transfers yet."), qPrintable(view->emptyText()));
    QVERIFY2(view->emptyText().contains("New upload (Ctrl+U)"), qPrintable(view->emptyText()));
    QVERIFY(view->emptyText().contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    QVERIFY(view->emptyText().contains("drop or paste"));
    // It is drawn: the viewport differs from an empty one without the hint.
    const QImage withHint = view->viewport()->grab().toImage();
    const QString hint = view->emptyText();
    view->setEmptyText(QString());
    QVERIFY(view->viewport()->grab().toImage() != withHint);
    view->setEmptyText(hint);

    // A job: nothing to say. A filter that hides it: says so.
    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    JobSnapshot job;
    job.id = JobId::generate();
    job.displayName = "setup.iso";
    job.state = JobState::Queued;
    batch.added.push_back(job);
    model.applyBatch(batch);
    QVERIFY(view->emptyText().isEmpty());
    window.findChild<QLineEdit *>("filterEdit")->setText("nothing-like-it");
    QCOMPARE(view->emptyText(), QString::fromUtf8("No job matches \u201cnothing-like-it\u201d."));
    window.findChild<QLineEdit *>("filterEdit")->clear();
    QVERIFY(view->emptyText().isEmpty());
}

// Links dropped onto the window or pasted with Ctrl+V open the new-download
// dialog with them filled in; what is no http(s) link is left out.
void TestWidgets::linksDroppedOrPastedAreOfferedForDownload()
{
    QMimeData text;
    text.setText("see https://example.org/a.iso and\nftp://old.example/b.zip, file:///etc/passwd\n"
                 "http://127.0.0.1:8080/c.cab https://example.org/a.iso");
    QCOMPARE(bitsmon::MainWindow::linksIn(text),
             (QStringList{"https://example.org/a.iso", "http://127.0.0.1:8080/c.cab"}));
    QMimeData urls;
    urls.setUrls({QUrl("http://127.0.0.1/d.iso"), QUrl::fromLocalFile("/tmp/e.iso")});
    urls.setText("http://ignored.example/ when URLs are given");
    QCOMPARE(bitsmon::MainWindow::linksIn(urls), QStringList{"http://127.0.0.1/d.iso"});
    QMimeData none;
    none.setText("just words");
    QVERIFY(bitsmon::MainWindow::linksIn(none).isEmpty());

    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList offered;  // what the dialog opened with, each time
    auto answerTheDialog = [&] {
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<bitsmon::NewDownloadDialog *>(QApplication::activeModalWidget());
            offered << (dialog ? dialog->urls()->toPlainText() : QString("no dialog"));
            if (dialog)
                dialog->reject();
        });
    };

    // A drop: accepted, and the dialog opens after it.
    QVERIFY(window.acceptDrops());
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &urls, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &urls, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(offered.isEmpty());  // not inside the drop
    answerTheDialog();
    QTRY_COMPARE(offered, QStringList{"http://127.0.0.1/d.iso"});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &none, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    // Paste, from the File menu's action (Ctrl+V).
    QAction *paste = window.findChild<QAction *>("pasteLinks");
    QVERIFY(paste);
    QCOMPARE(paste->shortcut(), QKeySequence(QKeySequence::Paste));
    QApplication::clipboard()->setText("http://127.0.0.1/f.iso\nhttps://example.org/g.iso");
    answerTheDialog();
    paste->trigger();
    QCOMPARE(offered.last(), QString("http://127.0.0.1/f.iso\nhttps://example.org/g.iso"));
    QApplication::clipboard()->setText("no link here");
    paste->trigger();  // no dialog: the status line says why
    QCOMPARE(offered.size(), 2);
    QVERIFY(window.statusBar()->currentMessage().contains("no http:// or https:// link"));
}

namespace {

// WCAG's contrast ratio of two colours: 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

// The dark theme (Fusion, bitsmon's dark palette): text, the failed state's
// red, the empty table's hint and the progress bar keep the contrast WCAG
// asks of text (4.5:1), and the light theme's red does too.
void TestWidgets::darkColoursKeepEverythingReadable()
{
    const QString styleBefore = QApplication::style()->name();
    const QPalette paletteBefore = QApplication::palette();
    bitsmon::applyTheme("dark");
    QCOMPARE(QApplication::style()->name().toLower(), QString("fusion"));
    const QPalette dark = QApplication::palette();
    const QColor base = dark.color(QPalette::Base);
    QVERIFY(base.lightness() < 64);
    QVERIFY(contrast(dark.color(QPalette::Text), base) >= 7.0);
    QVERIFY(contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 7.0);
    QVERIFY(contrast(dark.color(QPalette::PlaceholderText), base) >= 4.5);
    QVERIFY(contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 3.0);

    bitsmon::JobTableModel model;
    JobSnapshot failed;
    failed.id = JobId::generate();
    failed.displayName = "failed.iso";
    failed.state = JobState::Error;
    failed.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", ""};
    JobSnapshot half;
    half.id = JobId::generate();
    half.displayName = "half.iso";
    half.state = JobState::Transferring;
    half.bytesTotal = 1000;
    half.bytesTransferred = 500;
    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.added = {failed, half};
    model.applyBatch(batch);
    const QColor red = model.index(model.rowOf(failed.id), bitsmon::JobTableModel::StateColumn)
                           .data(Qt::ForegroundRole)
                           .value<QBrush>()
                           .color();
    QVERIFY2(contrast(red, base) >= 4.5, qPrintable(red.name()));

    // The bar's filled half stands out from its empty half.
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.resize(1000, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.view();
    view->sortByColumn(bitsmon::JobTableModel::NameColumn, Qt::AscendingOrder);
    const QRect cell = view->visualRect(view->model()->index(1, bitsmon::JobTableModel::ProgressColumn));
    const QImage shot = view->viewport()->grab(cell).toImage();
    const QColor filled = shot.pixelColor(shot.width() / 8, shot.height() / 2);
    const QColor empty = shot.pixelColor(shot.width() * 7 / 8, shot.height() / 2);
    QVERIFY2(contrast(filled, empty) >= 2.0, qPrintable(filled.name() + " on " + empty.name()));

    QApplication::setStyle(styleBefore);
    QApplication::setPalette(paletteBefore);
    QVERIFY(contrast(bitsmon::Format::errorColour(QApplication::palette()), QColor(Qt::white)) >= 4.5);
}

// Through QAccessible, as a screen reader sees the window: the table's name
// and rows, a progress cell read as words, a failed state with its reason,
// the toolbar's actions by name; and Tab from the filter reaches the table.
void TestWidgets::screenReadersAndKeyboardsReachEverything()
{
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.resize(1100, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobSnapshot half;
    half.id = JobId::generate();
    half.displayName = "a.iso";
    half.state = JobState::Transferring;
    half.bytesTotal = 4'600'000;
    half.bytesTransferred = 2'070'000;
    JobSnapshot failed = half;
    failed.id = JobId::generate();
    failed.displayName = "b.iso";
    failed.state = JobState::Error;
    failed.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", ""};
    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.added = {half, failed};
    model.applyBatch(batch);
    QTableView *view = window.view();
    view->sortByColumn(bitsmon::JobTableModel::NameColumn, Qt::AscendingOrder);

    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    QVERIFY(table && table->tableInterface());
    QCOMPARE(table->text(QAccessible::Name), QString("Jobs"));
    QCOMPARE(table->tableInterface()->rowCount(), 2);
    QCOMPARE(table->tableInterface()->columnCount(), int(bitsmon::JobTableModel::ColumnCount));
    QAccessibleInterface *progress = table->tableInterface()->cellAt(0, bitsmon::JobTableModel::ProgressColumn);
    QVERIFY(progress);
    QCOMPARE(progress->text(QAccessible::Name), QString("45 percent, 2.1 MB of 4.6 MB"));
    QAccessibleInterface *state = table->tableInterface()->cellAt(1, bitsmon::JobTableModel::StateColumn);
    QCOMPARE(state->text(QAccessible::Name), QString("Error: Server ignores ranges"));
    QCOMPARE(table->tableInterface()->cellAt(0, bitsmon::JobTableModel::NameColumn)->text(QAccessible::Name),
             QString("a.iso"));

    QToolBar *toolbar = window.findChild<QToolBar *>("jobToolbar");
    QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(toolbar);
    QCOMPARE(bar->text(QAccessible::Name), QString("Job actions"));
    QStringList names;
    for (int i = 0; i < bar->childCount(); ++i)
        names << bar->child(i)->text(QAccessible::Name);
    for (const char *expected : {"New download...", "New upload...", "Resume", "Retry at foreground priority",
                                 "Suspend", "Complete", "Cancel", "Refresh"})
        QVERIFY2(names.contains(expected) || names.contains(QString(expected).remove("...")),
                 qPrintable(expected + (" not in " + names.join(", "))));
    QCOMPARE(QAccessible::queryAccessibleInterface(window.details()->files())->text(QAccessible::Name),
             QString("Files of the selected job"));

    // The keyboard alone: Tab from the filter to the type filter and the
    // table, arrows pick a job, Tab again to the offered action beside its error.
    auto *filter = window.findChild<QLineEdit *>("filterEdit");
    QCOMPARE(QAccessible::queryAccessibleInterface(filter)->text(QAccessible::Name), QString("Filter jobs"));
    auto *types = window.findChild<QComboBox *>("typeFilter");
    QVERIFY(types);
    QCOMPARE(types->accessibleName(), QString("Show jobs of type"));
#ifndef Q_OS_UNIX  // Qt names a combo box by its current text on Unix, by its accessible name elsewhere
    QCOMPARE(QAccessible::queryAccessibleInterface(types)->text(QAccessible::Name), QString("Show jobs of type"));
#endif
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    filter->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), types);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(window.details()->field("Name"), QString("b.iso"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window.details()->offeredAction());
}

// The graph draws the samples in the highlight colour under a round scale,
// says when nothing moved; in the window it follows the selected job, with
// its time left, and every job when none is selected.
void TestWidgets::rateGraphShowsTheLastMinutesAndTimeLeft()
{
    bitsmon::RateGraph graph;
    graph.resize(320, 110);
    const auto now = std::chrono::steady_clock::now();
    std::deque<bitsmon::RateSample> samples;
    for (int s = 120; s >= 0; --s)
        samples.push_back({now - std::chrono::seconds(s), 700'000.0 * (120 - s) / 120});
    graph.plot(samples, std::chrono::minutes(5), now, "caption");
    QCOMPARE(graph.scaleTop(), 1'000'000.0);  // a round number above the 700 kB/s peak
    auto highlighted = [&] {
        const QImage image = graph.grab().toImage();
        const QColor highlight = graph.palette().color(QPalette::Highlight);
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == highlight;
        return count;
    };
    QVERIFY2(highlighted() > 100, qPrintable(QString::number(highlighted())));
    graph.plot({}, std::chrono::minutes(5), now, "caption");
    QCOMPARE(highlighted(), 0);

    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobSnapshot job;
    job.id = JobId::generate();
    job.displayName = "big.iso";
    job.state = JobState::Transferring;
    job.bytesTotal = 10'000'000;
    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.added = {job};
    model.applyBatch(batch);
    job.bytesTransferred = 500'000;
    feed::JobBatch moved;
    moved.takenAt = batch.takenAt + std::chrono::milliseconds(500);
    moved.changed = {job};
    model.applyBatch(moved);
    bitsmon::RateGraph *shown = window.details()->rateGraph();
    QCOMPARE(shown->caption(), QString("All transfers: 1.0 MB/s"));
    window.view()->selectRow(0);
    QCOMPARE(shown->caption(), QString::fromUtf8("1.0 MB/s \u00b7 10 s left"));
    QTRY_VERIFY_WITH_TIMEOUT(shown->scaleTop() > 0, 5000);  // sampled while it moves
}

// "Replace existing files?" is never asked inside the batch that raised it,
// once per job, one question at a time, window-modal without a nested event
// loop: the caller goes on (the test itself would hang in a nested loop).
void TestWidgets::replaceIsAskedAfterTheBatchOnceAtATime()
{
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bitsmon::ReplaceQuestions questions(&window);
    QList<QPair<JobId, bool>> answers;
    connect(&questions, &bitsmon::ReplaceQuestions::answered, &window, [&](const JobId &job, bool replace) {
        answers.append({job, replace});
    });
    const JobId a = JobId::generate();
    const JobId b = JobId::generate();
    questions.ask(a, "a.iso", {"/tmp/a.iso"});
    QVERIFY(!questions.openQuestion());  // not inside the caller: it may be applying a batch
    questions.ask(a, "a.iso", {"/tmp/a.iso"});
    questions.ask(b, "b.iso", {"/tmp/b.iso"});
    QVERIFY(questions.isAsking(a) && questions.isAsking(b));
    QTRY_VERIFY(questions.openQuestion());
    QMessageBox *first = questions.openQuestion();
    QVERIFY(first->text().contains("a.iso"));
    QVERIFY(first->text().contains("/tmp/a.iso"));
    QCOMPARE(first->windowModality(), Qt::WindowModal);
    // The event loop goes on while it is open: later batches are applied as usual.
    bool later = false;
    QMetaObject::invokeMethod(
        &window, [&] { later = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(later);
    QCOMPARE(questions.openQuestion(), first);  // one at a time
    first->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(questions.openQuestion() && questions.openQuestion()->text().contains("b.iso"));
    questions.openQuestion()->button(QMessageBox::No)->click();
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(answers[0], (QPair<JobId, bool>{a, true}));  // a was asked once, not twice
    QCOMPARE(answers[1], (QPair<JobId, bool>{b, false}));
    QVERIFY(!questions.isAsking(a) && !questions.isAsking(b));
    QTRY_VERIFY(!questions.openQuestion());
}

void TestWidgets::helpTellsVersionServiceAndShortcuts()
{
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    QStringList menus;
    for (const QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus, (QStringList{"&File", "&Job", "&Help"}));

    window.setServiceName("embedded");
    const QString about = window.aboutText();
    QVERIFY2(about.contains("Transfer service: embedded"), qPrintable(about));
    QVERIFY(about.contains(QString("Qt ") + qVersion()));
    QVERIFY(about.contains("licence"));

    QMap<QString, QString> keys;
    for (const auto &[action, sequence] : window.shortcuts())
        keys.insert(action, sequence);
    QCOMPARE(keys.value("New download"), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    QCOMPARE(keys.value("Filter the jobs"), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    QVERIFY(keys.contains("Cancel"));
    QVERIFY(keys.contains("Refresh"));
}

// Each batch used to empty and refill the file list: a file selected there
// was deselected, and the list scrolled back, while anything transferred.
void TestWidgets::detailsKeepTheSelectedFileWhileTheJobMoves()
{
    QLocale::setDefault(QLocale::c());
    bitsmon::DetailsPane details;
    JobSnapshot job;
    job.id = JobId::generate();
    job.state = JobState::Transferring;
    for (int i = 0; i < 40; ++i)
        job.files.push_back({"http://127.0.0.1/f" + std::to_string(i), "/tmp/f" + std::to_string(i), 100, 0, false});
    details.showJob(&job);
    details.resize(600, 300);
    details.show();
    QTreeWidget *files = details.files();
    QTreeWidgetItem *picked = files->topLevelItem(30);
    files->setCurrentItem(picked);
    files->scrollToItem(picked);
    const int scrolled = files->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    job.files[30].bytesTransferred = 50;  // the next batch
    details.showJob(&job);
    QCOMPARE(files->topLevelItem(30), picked);  // the same item, updated
    QCOMPARE(picked->text(2), QString("50%"));
    QVERIFY(picked->isSelected());
    QCOMPARE(files->currentItem(), picked);
    QCOMPARE(files->verticalScrollBar()->value(), scrolled);

    JobSnapshot other = job;  // another job: its own list
    other.id = JobId::generate();
    other.files.resize(2);
    details.showJob(&other);
    QCOMPARE(files->topLevelItemCount(), 2);
    QVERIFY(files->selectedItems().isEmpty());
}

void TestWidgets::layoutIsRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("bitsmon.ini"), QSettings::IniFormat);
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    {
        bitsmon::MainWindow window(&model, commands);
        window.resize(900, 500);
        QHeaderView *header = window.view()->horizontalHeader();
        header->moveSection(header->visualIndex(bitsmon::JobTableModel::RateColumn), 0);
        header->resizeSection(bitsmon::JobTableModel::NameColumn, 321);
        header->hideSection(bitsmon::JobTableModel::OwnerColumn);
        window.view()->sortByColumn(bitsmon::JobTableModel::BytesColumn, Qt::DescendingOrder);
        window.saveLayout(settings);
    }
    bitsmon::MainWindow restored(&model, commands);
    restored.restoreLayout(settings);
    QHeaderView *header = restored.view()->horizontalHeader();
    QCOMPARE(header->visualIndex(bitsmon::JobTableModel::RateColumn), 0);
    QCOMPARE(header->sectionSize(bitsmon::JobTableModel::NameColumn), 321);
    QVERIFY(header->isSectionHidden(bitsmon::JobTableModel::OwnerColumn));
    QCOMPARE(header->sortIndicatorSection(), int(bitsmon::JobTableModel::BytesColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(restored.filterModel()->sortColumn(), int(bitsmon::JobTableModel::BytesColumn));
    QCOMPARE(restored.size(), QSize(900, 500));
}

namespace {

// Counts the paints of a widget, and keeps what each one painted.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;
    std::vector<QRegion> painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            painted.push_back(static_cast<QPaintEvent *>(event)->region());
        }
        return false;
    }
};

// The job table as the main window shows it, with `count` transferring jobs
// named "job 0", "job 1", ...
struct ShownTable {
    bitsmon::JobTableModel model;
    bitsmon::JobFilterModel proxy;
    bitsmon::JobView view;
    std::vector<JobSnapshot> jobs;

    explicit ShownTable(int count)
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        bitsmon::setUpJobView(view);
        view.resize(900, 600);
        view.show();
        bits::feed::JobBatch first;
        for (int i = 0; i < count; ++i) {
            JobSnapshot job;
            job.id = JobId::generate();
            job.displayName = "job " + std::to_string(i);
            job.state = JobState::Transferring;
            job.bytesTotal = 1000;
            job.bytesTransferred = 10;
            jobs.push_back(job);
        }
        first.added = jobs;
        model.applyBatch(first);
    }

    // Turns the event loop until the view has drawn what it had to and
    // nothing more is drawn; false if it never got there.
    bool settle(const PaintCounter &counter)
    {
        int quiet = 0;
        for (int round = 0; quiet < 3 && round < 1000; ++round) {
            const int before = counter.paints;
            QCoreApplication::processEvents();
            quiet = counter.paints == before && !view.repaintPending() && counter.paints > 0 ? quiet + 1 : 0;
        }
        return quiet == 3;
    }

    // A batch that renames the first `count` jobs.
    bits::feed::JobBatch renaming(int count, const std::string &suffix)
    {
        bits::feed::JobBatch batch;
        for (int i = 0; i < count; ++i) {
            jobs[std::size_t(i)].displayName = "job " + std::to_string(i) + suffix;
            batch.changed.push_back(jobs[std::size_t(i)]);
        }
        return batch;
    }

    // The rows a region of the viewport covers.
    int rowsIn(const QRegion &region) const
    {
        const QRect box = region.boundingRect();
        const int first = view.rowAt(box.top());
        const int last = view.rowAt(box.bottom());
        return first < 0 ? 0 : (last < 0 ? view.model()->rowCount() - 1 : last) - first + 1;
    }

    // Whether the regions together cover the whole viewport.
    bool covers(const std::vector<QRegion> &regions) const
    {
        QRegion left(view.viewport()->rect());
        for (const QRegion &region : regions)
            left -= region;
        return left.isEmpty();
    }
};

}  // namespace

void TestWidgets::waitingWorkRunsBetweenABatchAndItsRepaint_data()
{
    QTest::addColumn<int>("changedRows");
    QTest::newRow("one cell") << 1;    // a single index: the view repaints that cell
    QTest::newRow("many rows") << 40;  // a range: the whole viewport
}

// A batch arrives as a posted event. Work that is waiting when it has been
// applied (here a timer; input alike) runs before the view draws it, and the
// view does draw it afterwards.
void TestWidgets::waitingWorkRunsBetweenABatchAndItsRepaint()
{
    QFETCH(int, changedRows);
    ShownTable table(50);
    PaintCounter counter(table.view.viewport());
    QVERIFY(table.settle(counter));
    const bits::feed::JobBatch next = table.renaming(changedRows, " (renamed)");
    int paintsAtBatch = -1;
    int paintsWhenTimerRan = -1;
    QTimer waiting;  // due as soon as the batch is applied
    waiting.setSingleShot(true);
    connect(&waiting, &QTimer::timeout, this, [&] { paintsWhenTimerRan = counter.paints; });
    QMetaObject::invokeMethod(
        this,
        [&] {
            paintsAtBatch = counter.paints;
            table.model.applyBatch(next);
            waiting.start(0);
        },
        Qt::QueuedConnection);
    QTRY_VERIFY(paintsWhenTimerRan >= 0 && counter.paints > paintsAtBatch);
    QCOMPARE(paintsWhenTimerRan, paintsAtBatch);
    QVERIFY(table.settle(counter));
    // What was drawn is the new name.
    const QModelIndex renamed = table.proxy.mapFromSource(table.model.index(0, bitsmon::JobTableModel::NameColumn));
    QCOMPARE(renamed.data().toString(), QString("job 0 (renamed)"));
}

// After a re-sort every visible row is another job. The view draws them a
// few rows a turn, from the top, and what waits runs between the bands.
void TestWidgets::aReSortIsDrawnAFewRowsATurn()
{
    ShownTable table(60);
    table.view.setRowsPerPaint(5);
    PaintCounter counter(table.view.viewport());
    QVERIFY(table.settle(counter));
    const int visible = table.rowsIn(table.view.viewport()->rect());
    QVERIFY2(visible >= 15, qPrintable(QString::number(visible)));  // enough for several bands
    counter.painted.clear();
    int paintsWhenTimerRan = -1;
    QTimer waiting;
    waiting.setSingleShot(true);
    connect(&waiting, &QTimer::timeout, this, [&] { paintsWhenTimerRan = int(counter.painted.size()); });
    QMetaObject::invokeMethod(
        this,
        [&] {
            table.view.sortByColumn(bitsmon::JobTableModel::NameColumn, Qt::DescendingOrder);
            waiting.start(0);
        },
        Qt::QueuedConnection);
    QVERIFY(table.settle(counter));
    QVERIFY(table.covers(counter.painted));
    QVERIFY2(int(counter.painted.size()) >= (visible + 4) / 5, qPrintable(QString::number(counter.painted.size())));
    for (const QRegion &band : counter.painted)
        QVERIFY2(table.rowsIn(band) <= 5, qPrintable(QString::number(table.rowsIn(band))));
    QVERIFY(counter.painted.front().boundingRect().top() == 0);  // the top first
    QVERIFY(paintsWhenTimerRan >= 0 && paintsWhenTimerRan < int(counter.painted.size()));
    QCOMPARE(table.proxy.index(0, bitsmon::JobTableModel::NameColumn).data().toString(), QString("job 9"));
}

// Batches changing every row, one each turn of the loop: the bands go on
// down the viewport instead of starting at the top again, so the lower rows
// are drawn while the stream goes on, not only once it stops.
void TestWidgets::everyRowIsDrawnWhileEveryRowKeepsChanging()
{
    ShownTable table(60);
    table.view.setRowsPerPaint(5);
    PaintCounter counter(table.view.viewport());
    QVERIFY(table.settle(counter));
    counter.painted.clear();
    const int visible = table.rowsIn(table.view.viewport()->rect());
    bool covered = false;
    for (int round = 0; round < 8 * visible && !covered; ++round) {
        table.model.applyBatch(table.renaming(60, " #" + std::to_string(round)));
        QCoreApplication::processEvents();
        covered = table.covers(counter.painted);
    }
    QVERIFY(covered);
    for (const QRegion &band : counter.painted)
        QVERIFY2(table.rowsIn(band) <= 5, qPrintable(QString::number(table.rowsIn(band))));
}

// An upload-reply job: its type in the table, its progress as bytes sent
// (shown and read aloud), its reply's file and progress in the details; a
// download has no reply field. The type filter hides and shows them.
void TestWidgets::uploadsShowTheirTypeWhatIsSentAndTheReply()
{
    QLocale::setDefault(QLocale::c());
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobSnapshot upload = uploadReplyJob("report.zip", 4'000'000, 1'000'000, {"/tmp/report-reply.xml", 2'000, 500});
    JobSnapshot download = upload;
    download.id = JobId::generate();
    download.displayName = "big.iso";
    download.type = JobType::Download;
    download.reply.reset();
    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.added = {upload, download};
    model.applyBatch(batch);

    QTableView *view = window.view();
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return view->model()->index(row, column).data(role).toString();
    };
    QCOMPARE(view->model()->rowCount(), 2);
    const int up = cell(0, bitsmon::JobTableModel::NameColumn) == "report.zip" ? 0 : 1;
    const int down = 1 - up;
    QCOMPARE(cell(up, bitsmon::JobTableModel::TypeColumn), QString("Upload-reply"));
    QCOMPARE(cell(down, bitsmon::JobTableModel::TypeColumn), QString("Download"));
    QCOMPARE(cell(up, bitsmon::JobTableModel::BytesColumn), QString("1.0 MB of 4.0 MB sent"));
    QCOMPARE(cell(down, bitsmon::JobTableModel::BytesColumn), QString("1.0 MB of 4.0 MB"));
    QCOMPARE(cell(up, bitsmon::JobTableModel::BytesColumn, Qt::ToolTipRole), QString("1.0 MB of 4.0 MB sent"));
    QCOMPARE(cell(up, bitsmon::JobTableModel::ProgressColumn, Qt::AccessibleTextRole),
             QString("25 percent, 1.0 MB of 4.0 MB sent"));

    view->selectRow(up);
    QCOMPARE(window.details()->field("Type"), QString("Upload-reply"));
    QCOMPARE(window.details()->field("Bytes"), QString("1.0 MB of 4.0 MB sent"));
    QCOMPARE(window.details()->field("Reply"),
             bitsmon::Format::path("/tmp/report-reply.xml") + QString("\n500 bytes of 2.0 kB received"));
    const QLabel *reply = labelShowing(window.details(), window.details()->field("Reply"));
    QVERIFY(reply);
    QTRY_VERIFY(reply->isVisible());
    view->selectRow(down);
    QCOMPARE(window.details()->field("Reply"), QString());
    QVERIFY(!reply->isVisible());

    auto *types = window.findChild<QComboBox *>("typeFilter");
    QVERIFY(types);
    types->setCurrentIndex(types->findText("Uploads"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(0, bitsmon::JobTableModel::NameColumn), QString("report.zip"));
    types->setCurrentIndex(types->findText("Downloads"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(0, bitsmon::JobTableModel::NameColumn), QString("big.iso"));
    types->setCurrentIndex(types->findText("All jobs"));
    QCOMPARE(view->model()->rowCount(), 2);
}

// A transferred upload-reply offers "Save reply as…" under its reply in
// the details: the real file dialog asks where, and the reply lands there.
void TestWidgets::aTransferredReplyIsSavedFromTheDetails()
{
    QLocale::setDefault(QLocale::c());
    QTemporaryDir dir;
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    const QByteArray reply = "<receipt id=\"7\"/>";
    commands.reply = std::vector<std::uint8_t>(reply.begin(), reply.end());
    bitsmon::MainWindow window(&model, commands);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobSnapshot job = uploadReplyJob("receipt", 100, 100, {"/tmp/receipt.xml", bits::kSizeUnknown, 0});
    feed::JobBatch batch;
    batch.takenAt = std::chrono::steady_clock::now();
    batch.added = {job};
    model.applyBatch(batch);
    window.view()->selectRow(0);
    QToolButton *save = window.details()->saveReplyButton();
    QVERIFY(!save->isVisible());  // the reply is still on its way

    job.state = JobState::Transferred;
    job.reply->bytesTotal = job.reply->bytesTransferred = std::uint64_t(reply.size());
    batch.added.clear();
    batch.changed = {job};
    model.applyBatch(batch);
    QTRY_VERIFY(save->isVisible());
    QVERIFY(save->isEnabled());

    const QString target = dir.filePath("saved receipt.xml");
    // Qt's own dialog, to be driven here (Windows, and Wine, show their own).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
    auto nativeAgain = qScopeGuard([] { QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, false); });
    QString offered;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = dialog->selectedFiles().value(0);
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept();  // QFileDialog's own accept() takes the name
    });
    save->click();
    QCOMPARE(QFileInfo(offered).fileName(), QString("receipt.xml"));  // where Complete puts it
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), reply);
    QVERIFY2(window.statusBar()->currentMessage().contains("is saved as"),
             qPrintable(window.statusBar()->currentMessage()));
}

// Modified is hidden at first; the header's context menu lists every column
// but the name, checked when shown, and brings Modified back.
void TestWidgets::theHeaderMenuShowsAndHidesColumns()
{
    bitsmon::JobTableModel model;
    RecordingCommands commands;
    bitsmon::MainWindow window(&model, commands);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.view();
    QVERIFY(view->isColumnHidden(bitsmon::JobTableModel::ModifiedColumn));
    QVERIFY(!view->isColumnHidden(bitsmon::JobTableModel::TypeColumn));

    QStringList listed;
    QStringList checked;
    bool triggered = false;
    auto pick = [&](const QString &title) {
        QTimer::singleShot(0, this, [&, title] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            listed.clear();
            checked.clear();
            for (QAction *action : menu->actions()) {
                listed << action->text();
                if (action->isChecked())
                    checked << action->text();
                if (action->text() == title) {
                    action->trigger();
                    triggered = true;
                }
            }
            menu->close();
        });
        emit view->horizontalHeader()->customContextMenuRequested(QPoint(5, 5));
    };
    pick("Modified");
    QVERIFY(triggered);
    QVERIFY(!listed.contains("Name"));
    QCOMPARE(listed.size(), bitsmon::JobTableModel::ColumnCount - 1);
    QVERIFY(!checked.contains("Modified"));
    QVERIFY(checked.contains("Type"));
    QVERIFY(!view->isColumnHidden(bitsmon::JobTableModel::ModifiedColumn));
    QVERIFY(view->columnWidth(bitsmon::JobTableModel::ModifiedColumn) > 0);
    triggered = false;
    pick("Owner");
    QVERIFY(triggered);
    QVERIFY(checked.contains("Modified"));
    QVERIFY(view->isColumnHidden(bitsmon::JobTableModel::OwnerColumn));
}

QTEST_MAIN(TestWidgets)
#include "test_widgets.moc"
