#include "job_actions.h"

#include "format.h"

#include "engine/bits/policy.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace bitsmon {

using bits::Action;
using bits::JobSnapshot;
using bits::JobState;

JobActions::JobActions(JobCommands &commands, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
{
    resume = new QAction(tr("&Resume"), this);
    retryForeground = new QAction(tr("Retry at &foreground priority"), this);
    retryForeground->setToolTip(tr("Download in one request, for servers that do not support the range requests "
                                   "background transfers use"));
    suspend = new QAction(tr("&Suspend"), this);
    cancel = new QAction(tr("&Cancel"), this);
    cancel->setShortcut(QKeySequence::Delete);
    complete = new QAction(tr("C&omplete"), this);
    complete->setToolTip(tr("Put the downloaded files in place"));
    saveReply = new QAction(tr("Save rep&ly as..."), this);
    saveReply->setToolTip(tr("Save a copy of the server's reply now, before the job is completed"));
    // Not QKeySequence::SaveAs: Windows and KDE have none.
    saveReply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    //: the button under an upload-reply's reply in the details pane
    saveReply->setIconText(tr("Save a copy of the reply..."));
    copyUrl = new QAction(tr("Copy &URL"), this);
    openFolder = new QAction(tr("Open fol&der"), this);
    refresh = new QAction(tr("Re&fresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    dismissGone = new QAction(tr("Clear &gone jobs"), this);
    dismissGone->setToolTip(tr("Remove the greyed rows of jobs the transfer service no longer lists"));
    connect(dismissGone, &QAction::triggered, this, &JobActions::dismissGoneRequested);
    properties = new QAction(tr("P&roperties"), this);
    properties->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    properties->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // the table's Enter only
    connect(properties, &QAction::triggered, this, &JobActions::propertiesRequested);
    auto icon = [](const char *name) { return Format::namedIcon(QLatin1String(name)); };
    resume->setIcon(icon("action-resume"));
    retryForeground->setIcon(icon("action-retry-foreground"));
    suspend->setIcon(icon("action-suspend"));
    cancel->setIcon(icon("action-cancel"));
    complete->setIcon(icon("action-complete"));
    refresh->setIcon(icon("action-refresh"));

    priorityMenu = new QMenu(tr("&Priority"));
    m_priorities = new QActionGroup(this);
    const QString names[4] = {Format::priority(bits::Priority::Foreground), Format::priority(bits::Priority::High),
                              Format::priority(bits::Priority::Normal), Format::priority(bits::Priority::Low)};
    for (int p = 0; p < 4; ++p) {
        m_priority[p] = priorityMenu->addAction(names[p]);
        m_priority[p]->setCheckable(true);
        m_priorities->addAction(m_priority[p]);
        connect(m_priority[p], &QAction::triggered, this, [this, p] { setPriority(bits::Priority(p)); });
    }
    connect(this, &QObject::destroyed, priorityMenu, [menu = priorityMenu] { delete menu; });

    connect(resume, &QAction::triggered, this, [this] { act(Action::Resume); });
    connect(retryForeground, &QAction::triggered, this, &JobActions::retryAtForeground);
    connect(suspend, &QAction::triggered, this, [this] { act(Action::Suspend); });
    connect(cancel, &QAction::triggered, this, [this] { act(Action::Cancel); });
    connect(complete, &QAction::triggered, this, [this] { act(Action::Complete); });
    connect(refresh, &QAction::triggered, this, [this] { m_commands.rereadAll(); });
    connect(saveReply, &QAction::triggered, this, &JobActions::saveReplyOfSelection);
    connect(copyUrl, &QAction::triggered, this, [this] {
        QStringList urls;
        for (const JobSnapshot &job : m_selection)
            for (const bits::FileSnapshot &file : job.files)
                urls << QString::fromStdString(file.remoteUrl);
        QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
    });
    connect(openFolder, &QAction::triggered, this, [this] {
        if (m_selection.empty() || m_selection.front().files.empty())
            return;
        const QString path = QString::fromStdString(m_selection.front().files.front().localName);
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    update();
}

void JobActions::populate(QMenu *menu) const
{
    menu->addAction(resume);
    menu->addAction(retryForeground);
    menu->addAction(suspend);
    menu->addAction(complete);
    menu->addAction(cancel);
    menu->addAction(saveReply);
    menu->addSeparator();
    menu->addMenu(priorityMenu);
    menu->addSeparator();
    menu->addAction(openFolder);
    menu->addAction(copyUrl);
    menu->addSeparator();
    menu->addAction(properties);
}

void JobActions::setSelection(std::vector<JobSnapshot> jobs)
{
    m_selection = std::move(jobs);
    update();
}

void JobActions::update()
{
    auto any = [this](auto predicate) { return std::any_of(m_selection.begin(), m_selection.end(), predicate); };
    auto anyAllows = [&](Action action) {
        return any([action](const JobSnapshot &job) { return bits::allows(job.state, action); });
    };
    const bool retry = anyAllows(Action::Retry);
    resume->setText(retry ? tr("&Retry") : tr("&Resume"));
    resume->setEnabled(retry || anyAllows(Action::Resume));
    retryForeground->setEnabled(
        any([](const JobSnapshot &job) { return bits::foregroundRetry(job) != bits::ForegroundRetry::NotApplicable; }));
    suspend->setEnabled(anyAllows(Action::Suspend));
    cancel->setEnabled(anyAllows(Action::Cancel));
    complete->setEnabled(anyAllows(Action::Complete));
    priorityMenu->setEnabled(anyAllows(Action::SetPriority));
    // The check mark shows the priority the selection shares, if any.
    std::optional<bits::Priority> shared;
    bool same = !m_selection.empty();
    for (const JobSnapshot &job : m_selection) {
        if (!job.priority || (shared && *shared != *job.priority))
            same = false;
        shared = job.priority;
    }
    for (int p = 0; p < 4; ++p)
        m_priority[p]->setChecked(same && shared && int(*shared) == p);
    const bool hasFiles = any([](const JobSnapshot &job) { return !job.files.empty(); });
    copyUrl->setEnabled(hasFiles);
    openFolder->setEnabled(m_selection.size() == 1 && hasFiles);
    properties->setEnabled(m_selection.size() == 1);
    saveReply->setEnabled(m_selection.size() == 1
                          && bits::hasReplyData(m_selection.front().type, m_selection.front().state));
    // Only upload-reply jobs have a reply: the action is not even shown
    // for a selection without one.
    saveReply->setVisible(any([](const JobSnapshot &job) { return job.type == bits::JobType::UploadReply; }));
}

bool JobActions::confirmForeign(Action action)
{
    const auto foreign = std::count_if(m_selection.begin(), m_selection.end(), [action](const JobSnapshot &job) {
        return !job.ours && bits::allows(job.state, action);
    });
    if (foreign == 0 || !confirm)
        return true;
    const QString question = action == Action::Cancel
        ? tr("%1 of the selected jobs were created by other programs. Cancelling deletes what they downloaded, "
             "and those programs will not get their files. Cancel them anyway?")
              .arg(foreign)
        : tr("%1 of the selected jobs were created by other programs. Completing puts their files in place "
             "before those programs have checked them, and they will not be told. Complete them anyway?")
              .arg(foreign);
    return confirm(question);
}

void JobActions::act(Action action)
{
    if ((action == Action::Cancel || action == Action::Complete) && !confirmForeign(action))
        return;
    for (const JobSnapshot &job : m_selection) {
        switch (action) {
        case Action::Resume:
            if (bits::allows(job.state, Action::Resume) || bits::allows(job.state, Action::Retry))
                m_commands.resume(job.id);
            break;
        case Action::Suspend:
            if (bits::allows(job.state, action))
                m_commands.suspend(job.id);
            break;
        case Action::Cancel:
            if (bits::allows(job.state, action))
                m_commands.cancel(job.id);
            break;
        case Action::Complete:
            if (bits::allows(job.state, action))
                m_commands.complete(job.id);
            break;
        default:
            break;
        }
    }
}

void JobActions::retryAtForeground()
{
    for (const JobSnapshot &job : m_selection) {
        const QString name = QString::fromStdString(job.displayName);
        switch (bits::foregroundRetry(job)) {
        case bits::ForegroundRetry::Possible:
            // Foreground priority downloads the file in one request.
            m_commands.setPriority(job.id, bits::Priority::Foreground);
            m_commands.resume(job.id);
            break;
        case bits::ForegroundRetry::SizeUnknown:
            Q_EMIT message(tr("\"%1\" cannot be retried at foreground priority: the server does not tell the "
                              "file's size (dynamic content), and BITS needs range requests for it anyway. "
                              "Download it with a browser instead.")
                               .arg(name));
            break;
        case bits::ForegroundRetry::TooLarge:
            Q_EMIT message(tr("\"%1\" cannot be retried at foreground priority: files of 2 GB or more are "
                              "downloaded in ranges even then. Ask for a server that supports range requests.")
                               .arg(name));
            break;
        case bits::ForegroundRetry::NotApplicable:
            break;
        }
    }
}

void JobActions::setPriority(bits::Priority priority)
{
    for (const JobSnapshot &job : m_selection) {
        if (bits::allows(job.state, Action::SetPriority) && job.priority != priority)
            m_commands.setPriority(job.id, priority);
    }
}

void JobActions::saveReplyOfSelection()
{
    if (!saveReply->isEnabled())  // one upload-reply job, its reply whole (update())
        return;
    const JobSnapshot &job = m_selection.front();
    // Where Complete will put the reply, as a starting point.
    const QString suggested = job.reply && !job.reply->fileName.empty()
        ? Format::path(job.reply->fileName)
        : QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
              .filePath(QString::fromStdString(job.displayName) + QStringLiteral(".reply"));
    const QString path = chooseReplyFile ? chooseReplyFile(suggested) : QString();
    if (path.isEmpty())
        return;
    const QString name = QString::fromStdString(job.displayName);
    m_commands.replyData(
        job.id, [self = QPointer(this), name, path](const bits::Outcome<std::vector<std::uint8_t>> &reply) {
            if (!self)
                return;
            if (!reply) {
                Q_EMIT self->message(
                    tr("The reply of \"%1\" was not saved: %2").arg(name, Format::sentence(reply.failure().message)));
                return;
            }
            const std::vector<std::uint8_t> &bytes = reply.value();
            // Whole or not at all: a reply cut short is never left under its name.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)
                || file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()))
                    != qint64(bytes.size())
                || !file.commit()) {
                Q_EMIT self->message(tr("The reply of \"%1\" could not be saved as \"%2\": %3. Choose another folder.")
                                         .arg(name, QDir::toNativeSeparators(path), file.errorString()));
                return;
            }
            Q_EMIT self->message(tr("The reply of \"%1\" (%2) is saved as \"%3\".")
                                     .arg(name, Format::bytes(bytes.size()), QDir::toNativeSeparators(path)));
        });
}

}  // namespace bitsmon
