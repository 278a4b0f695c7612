#include "main_window.h"

#include "details_pane.h"
#include "new_download_dialog.h"
#include "new_upload_dialog.h"
#include "format.h"
#include "job_actions.h"
#include "job_filter_model.h"
#include "job_table_model.h"
#include "job_view.h"
#include "rate_graph.h"

#include "engine/bits/hresult.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QDir>
#include <QStandardPaths>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QScreen>
#include <QFileInfo>
#include <QUrl>
#include <QTableWidget>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace bitsmon {

MainWindow::MainWindow(JobTableModel *model, JobCommands &commands, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_filter(new JobFilterModel(this))
    , m_actions(new JobActions(commands, this))
    , m_details(new DetailsPane(this))
    , m_view(new JobView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_typeFilter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_service(new QLabel(this))
{
    setWindowTitle(tr("bitsmon — background transfers"));
    m_filter->setSourceModel(model);

    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("jobView"));
    setUpJobView(*m_view);

    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, URL, file, owner or error"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &JobFilterModel::setFilterText);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::updateEmptyText);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filterEdit, [this] { m_filterEdit->setFocus(); });

    // Which kinds of job: downloads, uploads (with or without a reply), all.
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    //: the job-type filter: every job
    m_typeFilter->addItem(tr("All jobs"), JobFilterModel::kAllTypes);
    m_typeFilter->addItem(tr("Downloads"), JobFilterModel::typeBit(bits::JobType::Download));
    //: the job-type filter: uploads, with or without a reply
    m_typeFilter->addItem(tr("Uploads"),
                          JobFilterModel::typeBit(bits::JobType::Upload)
                              | JobFilterModel::typeBit(bits::JobType::UploadReply));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShownTypes(m_typeFilter->currentData().toUInt());
        updateEmptyText();
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_typeFilter);
    layout->addLayout(filters);
    auto *splitter = m_splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_view);
    auto *detailsScroll = new QScrollArea(splitter);  // the pane may be small; it scrolls
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({60, 40});  // in proportion: the details pane shows a job's error without scrolling
    layout->addWidget(splitter);
    setCentralWidget(central);
    setAcceptDrops(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &MainWindow::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyText);
    updateEmptyText();

    auto *add = new QAction(Format::namedIcon(QLatin1String("action-new")), tr("&New download..."), this);
    add->setShortcut(QKeySequence::New);
    connect(add, &QAction::triggered, this, [this] { askNewDownload(); });
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(add);
    auto *upload = fileMenu->addAction(Format::namedIcon(QLatin1String("action-upload")), tr("New &upload..."), this,
                                       &MainWindow::askNewUpload);
    upload->setObjectName(QStringLiteral("newUpload"));
    upload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    auto *paste = fileMenu->addAction(tr("&Paste links"), this, &MainWindow::pasteLinks);
    paste->setObjectName(QStringLiteral("pasteLinks"));
    paste->setShortcut(QKeySequence::Paste);  // a focused text field still pastes into itself
    paste->setToolTip(tr("Download the links on the clipboard"));
    fileMenu->addAction(tr("&Settings..."), this, &MainWindow::settingsRequested);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QCoreApplication::quit);

    // The job actions: toolbar, Job menu and the table's context menu share them.
    auto *toolbar = addToolBar(tr("Job actions"));  // its title is its accessible name
    toolbar->addAction(add);
    toolbar->addAction(upload);
    toolbar->addSeparator();
    toolbar->setObjectName(QStringLiteral("jobToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : {m_actions->resume, m_actions->retryForeground, m_actions->suspend, m_actions->complete,
                            m_actions->cancel, m_actions->refresh})
        toolbar->addAction(action);
    QMenu *jobMenu = menuBar()->addMenu(tr("&Job"));
    m_actions->populate(jobMenu);
    jobMenu->addSeparator();
    jobMenu->addAction(m_actions->refresh);
    jobMenu->addAction(m_actions->dismissGone);
    addHelpMenu();
    m_details->setErrorActions(m_actions->retryForeground, m_actions->resume);
    m_details->setReplyAction(m_actions->saveReply);
    connect(m_actions, &JobActions::dismissGoneRequested, m_model, &JobTableModel::dismissGone);
    m_view->addAction(m_actions->properties);  // Enter in the table
    connect(m_actions, &JobActions::propertiesRequested, this, [this] {
        QList<int> sizes = m_splitter->sizes();
        if (sizes.value(1) == 0)  // the pane was collapsed: open it
            m_splitter->setSizes({sizes.value(0) * 2 / 3, sizes.value(0) / 3});
        m_details->setFocus();
    });
    addAction(m_actions->cancel);  // shortcuts work wherever the focus is
    addAction(m_actions->saveReply);
    addAction(m_actions->refresh);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("jobContextMenu"));
        m_actions->populate(&menu);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_actions, &JobActions::message, this, [this](const QString &text) { showMessage(text, 15000); });
    m_actions->confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("bitsmon"), question) == QMessageBox::Yes;
    };
    m_actions->chooseReplyFile = [this](const QString &suggested) {
        //: the title of the file dialog that saves a copy of an upload-reply's reply
        return QFileDialog::getSaveFileName(this, tr("Save a copy of the reply"), suggested);
    };

    m_summary->setObjectName(QStringLiteral("summary"));
    statusBar()->addPermanentWidget(m_summary);
    statusBar()->addPermanentWidget(m_service);
    // A long message (a refused upload's reason and what to do) is cut at
    // the window's edge: the whole of it is the status line's tooltip.
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(), &QWidget::setToolTip);

    auto showSummary = [this] { m_summary->setText(Format::summary(m_model->summary())); };
    connect(model, &JobTableModel::summaryChanged, this, showSummary);
    showSummary();
    // Once per batch: the selected jobs' states may have changed, and the
    // job the status line tells of.
    connect(model, &JobTableModel::changesApplied, this, &MainWindow::updateSelection);
    connect(model, &JobTableModel::changesApplied, this, &MainWindow::followMessageJob);
    setUpAccessibility(detailsScroll);
    m_rateTimer = new QTimer(this);
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, [this] {
        m_rates.sample(*m_model, std::chrono::steady_clock::now());
        showRates();
        if (m_model->summary().rate <= 0 && m_model->summary().transferring == 0)
            m_rateTimer->stop();  // the drop to zero is drawn; nothing more to sample
    });
    // The caption's rate and time left, once per batch (the summary is
    // already the batch's); sampling starts when something moves.
    connect(model, &JobTableModel::changesApplied, this, &MainWindow::showRates);
    connect(model, &JobTableModel::summaryChanged, this, [this] {
        if ((m_model->summary().rate > 0 || m_model->summary().transferring > 0) && !m_rateTimer->isActive())
            m_rateTimer->start();
    });
    showRates();
    const QSize first = firstSize(screen() ? screen()->availableGeometry().size() : QSize(1280, 800));
    resize(first);
    // Every column in view at that width, with room for the Error column's
    // few words, in any language (a restored layout wins over this).
    const QFontMetrics metrics = m_view->fontMetrics();
    fitJobColumns(*m_view, first.width() - 2 * metrics.averageCharWidth() - 30,
                  metrics.horizontalAdvance(Format::errorReason(bits::hr::BG_E_InsufficientRangeSupport))
                      + metrics.averageCharWidth() + 10);
}

void MainWindow::setUpAccessibility(QWidget *details)
{
    // What a screen reader calls each part; the cells speak for themselves
    // (JobTableModel's AccessibleTextRole).
    m_filterEdit->setAccessibleName(tr("Filter jobs"));
    m_typeFilter->setAccessibleName(tr("Show jobs of type"));
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setAccessibleDescription(
        tr("One row per transfer. Enter shows its details; the context menu key lists what can be done."));
    details->setAccessibleName(tr("Details of the selected job"));
    m_details->files()->setAccessibleName(tr("Files of the selected job"));
    m_summary->setAccessibleName(tr("Summary"));
    m_service->setAccessibleName(tr("Transfer service"));
    // Tab goes from the filter to the table, then to the details: the
    // offered action, then the file list.
    setTabOrder(m_filterEdit, m_typeFilter);
    setTabOrder(m_typeFilter, m_view);
    QWidget *previous = m_view;
    for (QWidget *next : m_details->offeredActions())
        setTabOrder(std::exchange(previous, next), next);
    setTabOrder(previous, m_details->files());
}

QSize MainWindow::firstSize(const QSize &available)
{
    // Most of the screen, as a download manager opens: every column shows at
    // 1280 pixels and the details below the table have room for an error.
    return QSize(std::min(available.width(), 1600), std::min(available.height() * 9 / 10, 1000));
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showJobMessage(const bits::JobId &job, const QString &text)
{
    m_messageJob = job;
    m_messageText = text;
    m_messageState.reset();
    m_messageJobWorked = false;
    statusBar()->showMessage(text);
    followMessageJob();  // it may have moved on already
}

void MainWindow::followMessageJob()
{
    using bits::JobState;
    if (!m_messageJob)
        return;
    if (statusBar()->currentMessage() != m_messageText) {
        m_messageJob.reset();  // something else was said since
        return;
    }
    const int row = m_model->rowOf(*m_messageJob);
    const bits::JobSnapshot *job = row >= 0 ? m_model->job(row) : nullptr;
    if (!job)
        return;  // not listed yet
    const JobState state = job->state;
    const bool working = state == JobState::Queued || state == JobState::Connecting || state == JobState::Transferring;
    if (!m_messageState) {
        // The first text ("Download started.") holds while the job works,
        // and before it starts (new jobs are SUSPENDED until resumed).
        m_messageJobWorked |= working;
        if (working || (state == JobState::Suspended && !m_messageJobWorked))
            return;
    } else if (state == *m_messageState) {
        return;
    }
    const QString name = QString::fromStdString(job->displayName);
    m_messageText = job->error && state == JobState::Error
        //: status line: a job's name, its state and its error's name
        ? tr("%1: %2 (%3)").arg(name, Format::state(state), Format::errorReason(job->error->code))
        //: status line: a job's name and its state
        : tr("%1: %2").arg(name, Format::state(state));
    m_messageState = state;
    statusBar()->showMessage(m_messageText);
    // The end of what the line followed. bitsmon completes its own jobs, so
    // for those TRANSFERRED is a step, and the line goes on to "Completed".
    if (state == JobState::Error || (state == JobState::Transferred && !job->ours) || bits::isFinal(state))
        m_messageJob.reset();
}

void MainWindow::setServiceName(const QString &name)
{
    m_serviceName = name;
    //: status bar: which transfer service bitsmon is watching
    m_service->setText(tr("Service: %1").arg(name));
}

// Named for the columns it was saved with: a layout saved before the Type
// column would put widths and the sort on the wrong columns ("window/columns").
static const QString kColumnsKey = QStringLiteral("window/columns-with-type");

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    // Column order, widths, visibility and the sort indicator, in one.
    settings.setValue(kColumnsKey, m_view->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(settings.value(kColumnsKey).toByteArray()))
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

// Where new downloads (and an upload's reply) go unless the user says otherwise.
static QString downloadFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

void MainWindow::askNewDownload(const QStringList &urls)
{
    NewDownloadDialog dialog(downloadFolder(), this);
    if (!urls.isEmpty())
        dialog.urls()->setPlainText(urls.join(QLatin1Char('\n')));
    if (dialog.exec() == QDialog::Accepted && dialog.job())
        Q_EMIT newJob(*dialog.job());
}

void MainWindow::askNewUpload()
{
    NewUploadDialog dialog(downloadFolder(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.job())
        Q_EMIT newJob(*dialog.job());
}

QTableView *MainWindow::view() const
{
    return m_view;
}

QStringList MainWindow::linksIn(const QMimeData &data)
{
    auto isLink = [](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    };
    QStringList links;
    for (const QUrl &url : data.urls())
        if (isLink(url) && !links.contains(url.toString()))
            links << url.toString();
    if (!links.isEmpty() || !data.hasText())
        return links;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : data.text().split(space, Qt::SkipEmptyParts)) {
        const QUrl url(word, QUrl::StrictMode);
        if (isLink(url) && !links.contains(word))
            links << word;
    }
    return links;
}

void MainWindow::pasteLinks()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    const QStringList links = data ? linksIn(*data) : QStringList();
    if (links.isEmpty()) {
        showMessage(tr("The clipboard holds no http:// or https:// link to download. Copy a link, then paste it "
                       "here."));
        return;
    }
    askNewDownload(links);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!linksIn(*event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!linksIn(*event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList links = linksIn(*event->mimeData());
    if (links.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop is done: a modal dialog inside the drop would hold the
    // program the link was dragged from.
    QMetaObject::invokeMethod(
        this, [this, links] { askNewDownload(links); }, Qt::QueuedConnection);
}

void MainWindow::updateEmptyText()
{
    if (m_model->rowCount() == 0)
        m_view->setEmptyText(
            //: %1, %2 and %3 are shortcuts: Ctrl+N, Ctrl+V and Ctrl+U
            tr("No transfers yet.\n\nStart a download with New download (%1), or drop or paste (%2) a link "
               "here.\nSend a file to a server with New upload (%3).")
                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                     QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText),
                     QKeySequence(Qt::CTRL | Qt::Key_U).toString(QKeySequence::NativeText)));
    else if (m_filter->rowCount() == 0 && !m_filterEdit->text().isEmpty())
        m_view->setEmptyText(tr("No job matches \u201c%1\u201d.").arg(m_filterEdit->text()));
    else if (m_filter->rowCount() == 0)
        //: the table when the job-type filter hides every job; %1 is "Uploads" or "Downloads"
        m_view->setEmptyText(tr("No jobs of this type (%1).").arg(m_typeFilter->currentText()));
    else
        m_view->setEmptyText(QString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_hideOnClose) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showRates()
{
    const auto now = std::chrono::steady_clock::now();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const int row = selected.size() == 1 ? m_filter->mapToSource(selected.front()).row() : -1;
    if (row < 0) {
        //: the rate graph's caption when no job is selected
        m_details->rateGraph()->plot(m_rates.total(), m_rates.span(), now,
                                     tr("All transfers: %1").arg(Format::rate(m_model->summary().rate)));
        return;
    }
    const QString rate = Format::rate(m_model->rate(row));
    const auto left = m_model->secondsLeft(row);
    m_details->rateGraph()->plot(m_rates.job(m_model->job(row)->id), m_rates.span(), now,
                                 //: the rate graph's caption: "1.5 MB/s · 3 min 20 s left"
                                 left ? tr("%1 \u00b7 %2 left").arg(rate, Format::duration(*left)) : rate);
}

void MainWindow::updateSelection()
{
    std::vector<bits::JobSnapshot> jobs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const bits::JobSnapshot *job = m_model->job(m_filter->mapToSource(index).row()))
            jobs.push_back(*job);
    }
    m_details->showJob(jobs.size() == 1 ? &jobs.front() : nullptr);
    m_actions->setSelection(std::move(jobs));
    showRates();
}

void MainWindow::addHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *documentation = help->addAction(
        tr("&Documentation"), this, [] { QDesktopServices::openUrl(QUrl::fromLocalFile(documentationPath())); });
    documentation->setShortcut(QKeySequence::HelpContents);
    if (documentationPath().isEmpty()) {
        documentation->setEnabled(false);
        documentation->setToolTip(tr("This copy of bitsmon came without its README."));
    }
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About bitsmon"), this, [this] { QMessageBox::about(this, tr("About bitsmon"), aboutText()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::aboutText() const
{
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("(development build)")
                                                                             : QCoreApplication::applicationVersion();
    return tr("<h3>bitsmon %1</h3>"
              "<p>Shows and controls background transfers (BITS jobs).</p>"
              "<p>Transfer service: %2<br>Qt %3 (built with Qt %4)</p>"
              "<p>© 2026 the bitsmon developers. All rights reserved: bitsmon is not yet published under a "
              "free licence. It uses Qt under the GNU LGPL, version 3.</p>")
        .arg(version.toHtmlEscaped(), m_serviceName.isEmpty() ? tr("not started yet") : m_serviceName.toHtmlEscaped(),
             QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QList<QPair<QString, QString>> MainWindow::shortcuts() const
{
    QList<QPair<QString, QString>> list;
    auto add = [&list](const QString &text, const QList<QKeySequence> &keys) {
        QStringList written;
        for (const QKeySequence &key : keys)
            if (!key.isEmpty())
                written << key.toString(QKeySequence::NativeText);
        if (!written.isEmpty())
            list.append({QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("...")),
                         written.join(QStringLiteral(", "))});
    };
    QList<QAction *> seen;
    const auto menus = menuBar()->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu() || seen.contains(action))
                continue;
            seen << action;
            add(action->text(), action->shortcuts());
        }
    }
    for (QAction *action : {m_actions->properties, m_actions->cancel, m_actions->refresh})
        if (!seen.contains(action))
            add(action->text(), action->shortcuts());
    //: a keyboard shortcut: moves the focus to the filter box
    add(tr("Filter the jobs"), {QKeySequence(QKeySequence::Find)});
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const auto &[action, keys] : shortcuts()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(480, 360);
    dialog.exec();
}

QString MainWindow::documentationPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {QStringLiteral("doc/README.md"),                      // Windows, beside the exe
                                     QStringLiteral("../share/doc/bitsmon/README.md")}) {  // Linux, installed
        if (QFileInfo::exists(here.filePath(candidate)))
            return QDir::cleanPath(here.filePath(candidate));
    }
    return {};
}

}  // namespace bitsmon
