#include "application.h"

#include "format.h"
#include "output.h"
#include "destinations.h"
#include "pause_ours.h"
#include "replace_questions.h"
#include "job_filter_model.h"
#include "job_table_model.h"
#include "main_window.h"
#include "settings_dialog.h"
#include "tray_icon.h"

#include "engine/bits/hresult.h"
#include "engine/bits/policy.h"

#include <QApplication>

#include "engine/embedded/embedded_service.h"
#ifdef Q_OS_WIN
#include "closed_app_server.h"
#include "engine/windows/callback_server.h"
#include "engine/windows/windows_service.h"
#endif

#include <QDebug>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QEvent>
#include <QTimer>

namespace bitsmon {

namespace {

bits::feed::ServiceFactory serviceFactory(const CommandLine &options)
{
#ifdef Q_OS_WIN
    // The system's BITS, unless --embedded. The factory runs on the feed's
    // worker thread, which the service puts in the COM MTA.
    if (!options.embedded) {
        bits::windows::ServiceOptions windows;
        windows.apartment = bits::windows::Apartment::EnterMta;
        // BITS's error texts in the UI's language (English where it has none).
        windows.language = QLocale().bcp47Name().toStdWString();
        // The expected SHA-256 values of our jobs outlive a restart.
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!folder.isEmpty() && QDir().mkpath(folder))
            windows.stateFile =
                QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("windows-expected.txt"))).toStdWString();
        // Our jobs carry bitsmon's notification CLSID only where BITS can
        // start this very bitsmon.exe with it.
        if (serverRegisteredHere())
            windows.notificationClsid = bits::windows::kCallbackClsid;
        return [windows] { return std::make_unique<bits::windows::WindowsBitsService>(windows); };
    }
#else
    Q_UNUSED(options);
#endif
    // The embedded service keeps its jobs beside bitsmon's other data, so
    // they survive a restart (or a crash) and carry on.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    bits::embedded::ServiceOptions embedded;
    if (!folder.isEmpty() && QDir().mkpath(folder))
        embedded.stateFile = QDir(folder).filePath(QStringLiteral("embedded-jobs.json"));
    return [embedded] { return std::make_unique<bits::embedded::EmbeddedService>(embedded); };
}

QString failureText(const bits::Failure &failure)
{
    return Format::sentence(failure.message) + QStringLiteral(" (") + Format::errorName(failure.code)
        + QStringLiteral(")");
}

}  // namespace

Application::Application(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_startedWith(options)
    , m_model(new JobTableModel(this))
    , m_settings(Settings::load(m_settingsFile))
{
    // The command line wins over the settings for this run.
    bits::feed::FeedOptions feedOptions;
    feedOptions.tick = std::chrono::milliseconds(options.tickMs ? options.tickMs : m_settings.tickMs);
    feedOptions.pollInterval =
        std::chrono::milliseconds(options.pollMs ? options.pollMs : m_settings.pollSeconds * 1000);
    m_feed = std::make_unique<bits::feed::JobFeed>(serviceFactory(options), feedOptions);
    m_window = std::make_unique<MainWindow>(m_model, *this);
    m_replaceQuestions = new ReplaceQuestions(m_window.get());
    connect(m_replaceQuestions, &ReplaceQuestions::answered, this, &Application::replaceAnswered);

    connect(m_feed.get(), &bits::feed::JobFeed::batchReady, this, &Application::onBatch);
    connect(m_feed.get(), &bits::feed::JobFeed::started, m_window.get(), &MainWindow::setServiceName);
    connect(m_feed.get(), &bits::feed::JobFeed::started, this, [this](const QString &, const QString &user) {
        m_serviceUser = user;  // "only my jobs" compares with the service's name for us
        applySettings();
    });
    connect(m_feed.get(), &bits::feed::JobFeed::completed, this, &Application::onCompleted);
    connect(m_window.get(), &MainWindow::newJob, this, &Application::addJob);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::editSettings);
    applySettings();
    connect(m_feed.get(), &bits::feed::JobFeed::notice, m_window.get(),
            [this](const bits::Sentence &notice) { m_window->showMessage(Format::sentence(notice), 0); });
    connect(m_feed.get(), &bits::feed::JobFeed::commandFailed, this, [this](const bits::feed::CommandFailure &failure) {
        m_completion.failed(failure.job);
        const QString text = failureText(failure.failure);
        qWarning().noquote() << "bitsmon:" << text;
        m_window->showMessage(text);
        const int row = m_model->rowOf(failure.job);
        const bits::JobSnapshot *job = row >= 0 ? m_model->job(row) : nullptr;
        if (failure.action != bits::Action::Complete || !job || !job->ours)
            return;
        // Our own jobs are completed unasked: when that fails, the
        // user hears of it, in the tray too.
        tell(m_notifications.completeFailed(failure, QString::fromStdString(job->displayName)));
    });
}

Application::~Application()
{
    m_window->saveLayout(m_settingsFile);
    m_feed->stop();  // before the window and model go
}

void Application::start(std::optional<bits::NewJob> initialJob)
{
    m_feed->start(m_ownJobs.load());
    if (TrayIcon::isAvailable()) {
        m_tray = new TrayIcon(*m_window, *m_model, this);
        connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
        connect(m_tray, &TrayIcon::pauseOursRequested, this, &Application::pauseOurs);
        connect(m_tray, &TrayIcon::newDownloadRequested, m_window.get(), [this] {
            m_window->showNormal();
            m_window->askNewDownload();
        });
        m_tray->show();
        m_window->setHideOnClose(true);  // it lives on in the tray
    } else if (m_startedWith.minimized) {
        qWarning().noquote() << "bitsmon: there is no system tray here, so --minimized shows the window anyway.";
    }
    m_window->setWindowIcon(trayIcon(TrayLook::Transferring));
    m_window->restoreLayout(m_settingsFile);
    if (m_startedWith.comServer)
        startServing();
    else if (!(m_startedWith.minimized && m_tray))
        m_window->show();
    m_window->installEventFilter(this);
    m_feed->setWatched(m_window->isVisible() && !m_window->isMinimized());
    if (initialJob)
        addJob(*initialJob);
}

bool Application::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_window.get()) {
        switch (event->type()) {
        case QEvent::Show:
            m_feed->setWatched(!m_window->isMinimized());
            break;
        case QEvent::Hide:
            m_feed->setWatched(false);
            break;
        case QEvent::WindowStateChange:
            m_feed->setWatched(m_window->isVisible() && !m_window->isMinimized());
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(object, event);
}

void Application::addJob(const bits::NewJob &job)
{
    const bool upload = bits::isUpload(job.type);
    m_feed->createJob(job, [this, upload](const bits::Outcome<bits::JobId> &created) {
        if (!created) {
            const QString text =
                (upload ? tr("The upload could not be started: %1") : tr("The download could not be started: %1"))
                    .arg(failureText(created.failure()));
            qWarning().noquote() << "bitsmon:" << text;
            m_window->showMessage(text, 0);
            return;
        }
        m_ownJobs.add(created.value());
        m_window->showJobMessage(created.value(), upload ? tr("Upload started.") : tr("Download started."));
    });
}

QString Application::handleRequest(const CommandLine &request)
{
    if (request.comServer)
        return {};  // COM started another bitsmon for BITS: this one already takes its jobs' calls
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (!request.asksForJob())
        return {};
    auto job = jobFromCommandLine(request);
    if (!job)
        return QString::fromStdString(job.failure().message.english());  // said on the asking console
    addJob(job.value());
    return {};
}

void Application::applySettings()
{
    m_notifications.setAllJobs(m_settings.notifyAllJobs);
    m_autoRetry.setEnabled(m_settings.autoRetryForeground);
    // Until the service has said who we are, nothing is hidden.
    m_window->filterModel()->setOwner(m_settings.allUsersJobs ? QString() : m_serviceUser);
}

void Application::onCompleted(const bits::feed::Completion &completion)
{
    const int row = m_model->rowOf(completion.job);
    const bits::JobSnapshot *job = row >= 0 ? m_model->job(row) : nullptr;
    const QString name =
        job ? QString::fromStdString(job->displayName) : QString::fromStdString(completion.job.toString());
    const std::optional<Notice> notice = NotificationPolicy::completionNotice(completion, name);
    if (!notice)
        return;
    say(QStringLiteral("bitsmon: %1: completed: %2")
            .arg(QString::fromStdString(completion.job.toString()),
                 QString::fromStdString(bits::describe(completion.code))));
    m_window->showMessage(notice->title + QStringLiteral(" — ") + notice->body, 0);
    tell(*notice);
}

void Application::tell(const Notice &notice)
{
    if (m_served) {
        if (!m_served->notifies())
            return;
        m_served->told(notice.job);
    }
    say(QStringLiteral("bitsmon: notification: ") + notice.title);
    if (m_tray)
        m_tray->notify(notice);
}

void Application::editSettings()
{
    SettingsDialog dialog(m_settings, m_window.get());
#ifdef Q_OS_WIN
    if (!m_startedWith.embedded)
        dialog.offerClosedApp(serverRegistrationSentence());
#endif
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_settings.save(m_settingsFile);
    applySettings();
}

void Application::pauseOurs()
{
    std::vector<const bits::JobSnapshot *> jobs;
    for (int row = 0; row < m_model->rowCount(); ++row)
        jobs.push_back(m_model->job(row));
    for (const bits::JobId &id : jobsToPause(jobs))
        m_feed->suspend(id);
}

void Application::startServing()
{
#ifdef Q_OS_WIN
    say(QStringLiteral("bitsmon: started by COM for BITS's notifications"));
    m_served.emplace(m_settings.whenClosed);
    m_serverIdle = new QTimer(this);
    m_serverIdle->setSingleShot(true);
    m_serverIdle->setInterval(m_startedWith.serverIdleMs);
    connect(m_serverIdle, &QTimer::timeout, this, [this] {
        m_idleTimedOut = true;
        endServingIfDone();
    });
    m_serverIdle->start();
    m_closedApp = new ClosedAppServer(m_feed->inbox(), this);
    if (!m_closedApp->error().isEmpty())
        qWarning().noquote() << "bitsmon:" << m_closedApp->error();
    connect(m_closedApp, &ClosedAppServer::jobCalled, this, [this](const QString &text) {
        const std::optional<bits::JobId> id = bits::JobId::parse(text.toStdString());
        if (!id)
            return;
        m_serverIdle->start();
        if (m_served->called(*id)) {
            // Only bitsmon's jobs carry its CLSID: this one is ours.
            m_ownJobs.add(*id);
            m_feed->adopt(*id);
        }
        endServingIfDone();  // the user may have chosen that bitsmon leave it
    });
    connect(m_closedApp, &ClosedAppServer::released, this, [this] {
        m_comReleased = true;
        endServingIfDone();
    });
#endif
}

void Application::endServingIfDone()
{
    if (!m_closedApp || !(m_comReleased || m_idleTimedOut))
        return;
    auto find = [this](const bits::JobId &id) {
        const int row = m_model->rowOf(id);
        return row >= 0 ? m_model->job(row) : nullptr;
    };
    if (m_window->isVisible() || m_completion.anyInFlight()
        || !m_served->settled(find, m_completion.setAsideJobs(), m_idleTimedOut)) {
        if (m_idleTimedOut)
            m_serverIdle->start();  // look again later
        return;
    }
    say(QStringLiteral("bitsmon: nothing left to do for BITS: exiting"));
    QCoreApplication::quit();
}

void Application::onBatch(const bits::feed::JobBatch &batch)
{
    m_model->applyBatch(batch);
    for (const Notice &notice : m_notifications.observe(batch))
        tell(notice);
    for (const bits::JobId &id : m_autoRetry.observe(batch)) {
        say(QStringLiteral("bitsmon: %1: retrying at foreground priority").arg(QString::fromStdString(id.toString())));
        m_feed->setPriority(id, bits::Priority::Foreground);
        m_feed->resume(id);
    }
    for (const bits::JobId &gone : batch.removed)
        m_ownJobs.remove(gone);  // completed, cancelled or lost: nothing left to watch
    for (const auto *jobs : {&batch.added, &batch.changed}) {
        for (const bits::JobSnapshot &job : *jobs) {
            if (const std::optional<QString> line = m_completion.outcomeLine(job))
                say(*line);
            completeIfTransferred(job);
            // BITS started us for a job in a state the usual policy takes as
            // old news (bitsmon found it so at start), yet it is why we run.
            if (m_served)
                if (const std::optional<Notice> notice = m_served->notice(job))
                    tell(*notice);
        }
    }
    m_completion.observe(batch);  // after the outcomes: a job's last batch may also say it is gone
    if (m_closedApp)
        endServingIfDone();
}

void Application::completeIfTransferred(const bits::JobSnapshot &job)
{
    // Our own jobs are completed as soon as they are transferred, so the
    // files appear; other programs complete their own jobs.
    if (!m_completion.shouldComplete(job) || (m_served && !m_served->completes()))
        return;
    if (m_served && !m_window->isVisible()) {
        // Started by BITS, unseen: no question pops up unasked.
        if (const QStringList existing = existingDestinations(job); !existing.isEmpty()) {
            m_completion.setAside(job.id);
            tell(m_served->waitsForReplace(job, existing));
            return;
        }
    }
    m_completion.completing(job.id);
    complete(job.id);
}

void Application::complete(const bits::JobId &id)
{
    const int row = m_model->rowOf(id);
    const bits::JobSnapshot *job = row >= 0 ? m_model->job(row) : nullptr;
    const QStringList existing = job ? existingDestinations(*job) : QStringList();
    if (!existing.isEmpty()) {
        // Asked after this batch, once, without holding later batches up.
        m_replaceQuestions->ask(id, QString::fromStdString(job->displayName), existing);
        return;
    }
    m_completion.chosen(id);
    m_feed->complete(id);
}

void Application::replaceAnswered(const bits::JobId &id, bool replace)
{
    if (replace) {
        m_completion.chosen(id);
        m_feed->complete(id);
        return;
    }
    m_completion.setAside(id);  // not asked again; Complete in the Job menu asks anew
    const int row = m_model->rowOf(id);
    const QString name = row >= 0 ? QString::fromStdString(m_model->job(row)->displayName) : QString();
    m_window->showMessage(tr("\"%1\" is transferred and waits: complete it when the old file may go.").arg(name), 0);
}

}  // namespace bitsmon
