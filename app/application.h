// The composition root: picks the service, wires service -> feed -> model ->
// window, and connects them to the policies (models/: completion,
// notifications, automatic retry, what a COM-started bitsmon does).
#pragma once

#include "command_line.h"
#include "job_commands.h"
#include "auto_retry.h"
#include "completion_policy.h"
#include "notification_policy.h"
#include "served_jobs.h"
#include "settings.h"
#include "own_jobs.h"

#include "engine/feed/job_feed.h"

#include <QObject>
#include <QSettings>
#include <QTimer>

#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace bitsmon {

class ClosedAppServer;
class JobTableModel;
class MainWindow;
class ReplaceQuestions;
class TrayIcon;

class Application : public QObject, public JobCommands {
    Q_OBJECT
public:
    explicit Application(const CommandLine &options, QObject *parent = nullptr);
    ~Application() override;

    // Starts the service and shows the window; queues the --add job if any.
    void start(std::optional<bits::NewJob> initialJob);
    void pauseOurs();
    // A request another `bitsmon` handed over: shows the window and starts
    // its download. Returns a sentence on what is wrong, or empty.
    QString handleRequest(const CommandLine &request);

    MainWindow *window() const { return m_window.get(); }
    JobTableModel *model() const { return m_model; }

    // JobCommands: the window's actions, forwarded to the feed's worker.
    void resume(const bits::JobId &job) override { m_feed->resume(job); }
    void suspend(const bits::JobId &job) override { m_feed->suspend(job); }
    void cancel(const bits::JobId &job) override { m_feed->cancel(job); }
    // Asks first when Complete would replace files already at the destination.
    void complete(const bits::JobId &job) override;
    void setPriority(const bits::JobId &job, bits::Priority priority) override { m_feed->setPriority(job, priority); }
    void replyData(const bits::JobId &job, ReplyDone done) override { m_feed->replyData(job, std::move(done)); }
    void rereadAll() override { m_feed->rereadAll(); }

protected:
    // The window shown, hidden or minimized: the feed polls at the pace of
    // someone looking, or slower.
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void onBatch(const bits::feed::JobBatch &batch);
    // Complete's success codes that mean "with a note" reach the user.
    void onCompleted(const bits::feed::Completion &completion);
    // Started by COM (-Embedding): serve bitsmon's notification class, and
    // exit once BITS let go (or nothing happened for a while) and nothing of
    // ours is left to check, complete or announce; never with the window open.
    void startServing();
    void endServingIfDone();
    // A notification for the user, on stdout too; none in a COM-started run
    // the user chose to keep quiet.
    void tell(const Notice &notice);
    void completeIfTransferred(const bits::JobSnapshot &job);
    void applySettings();
    void editSettings();
    void addJob(const bits::NewJob &job);
    void replaceAnswered(const bits::JobId &job, bool replace);

    CommandLine m_startedWith;  // what this run was started with
    QSettings m_settingsFile;   // where the settings are kept
    OwnJobs m_ownJobs{m_settingsFile};
    JobTableModel *m_model;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<bits::feed::JobFeed> m_feed;
    CompletionPolicy m_completion;
    NotificationPolicy m_notifications;
    AutoRetry m_autoRetry;
    Settings m_settings;  // the user's, as last read or edited
    TrayIcon *m_tray = nullptr;
    ReplaceQuestions *m_replaceQuestions = nullptr;  // owned by the window
    QString m_serviceUser;                           // the service's owner name for us, once started
    ClosedAppServer *m_closedApp = nullptr;
    std::optional<ServedJobs> m_served;  // when COM started us: the jobs BITS called about
    bool m_comReleased = false;
    bool m_idleTimedOut = false;
    QTimer *m_serverIdle = nullptr;
};

}  // namespace bitsmon
