// One set of QActions for the selected jobs, shared by the toolbar, the Job
// menu and the table's context menu. Enabled from the engine/bits policy for
// the selection's states; acting on a multi-selection acts on every job the
// action applies to.
#pragma once

#include "job_commands.h"

#include "engine/bits/policy.h"

#include <QObject>

#include <functional>
#include <vector>

class QAction;
class QActionGroup;
class QMenu;

namespace bitsmon {

class JobActions : public QObject {
    Q_OBJECT
public:
    explicit JobActions(JobCommands &commands, QObject *parent = nullptr);

    void setSelection(std::vector<bits::JobSnapshot> jobs);
    const std::vector<bits::JobSnapshot> &selection() const { return m_selection; }

    // Puts the job actions into `menu` in their usual order.
    void populate(QMenu *menu) const;

    // Asked before acting on jobs another program created; answers true to
    // go ahead. The window shows a dialog; tests answer directly.
    std::function<bool(const QString &question)> confirm;
    // Asked where to save an upload-reply's reply, with a suggestion;
    // answers a path, or nothing to give up. The window shows a file
    // dialog; tests answer directly.
    std::function<QString(const QString &suggested)> chooseReplyFile;

    QAction *resume;           // "Resume", or "Retry" for failed jobs
    QAction *retryForeground;  // for BG_E_INSUFFICIENT_RANGE_SUPPORT
    QAction *suspend;
    QAction *cancel;
    QAction *complete;
    QAction *saveReply;  // an upload-reply's reply, read in memory before Complete
    QMenu *priorityMenu;
    QAction *copyUrl;
    QAction *openFolder;
    QAction *refresh;
    QAction *dismissGone;  // drops the greyed rows of jobs the service no longer lists
    QAction *properties;   // shows the details of the selected job

Q_SIGNALS:
    // Explanations and refusals, for the status line.
    void message(const QString &text);
    void dismissGoneRequested();
    void propertiesRequested();

private:
    void update();
    void act(bits::Action action);
    void retryAtForeground();
    void setPriority(bits::Priority priority);
    void saveReplyOfSelection();
    bool confirmForeign(bits::Action action);

    JobCommands &m_commands;
    std::vector<bits::JobSnapshot> m_selection;
    QActionGroup *m_priorities;
    QAction *m_priority[4];
};

}  // namespace bitsmon
