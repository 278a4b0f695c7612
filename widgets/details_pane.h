// The details of the selected job: everything its snapshot holds, and its
// files with their own progress.
#pragma once

#include "engine/bits/snapshot.h"

#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace bitsmon {

class RateGraph;

class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // Null: nothing (or several jobs) selected.
    void showJob(const bits::JobSnapshot *job);
    // The actions offered as buttons beside a failed job's last error: the
    // one BITS suggests (retry at foreground priority, for a server that
    // ignores ranges) where it applies, else the plain retry. They act on the
    // selection, which is the job shown.
    void setErrorActions(QAction *retryForeground, QAction *retry);
    // The action offered beside an upload-reply's reply while it can be read
    // (TRANSFERRED): save a copy of it.
    void setReplyAction(QAction *saveReply);
    QToolButton *saveReplyButton() const { return m_saveReply; }
    // The button offered beside the last error, if one is: for tests.
    QToolButton *offeredAction() const;
    // Both buttons, shown or not: for the window's tab order.
    QList<QToolButton *> offeredActions() const { return {m_retryForeground, m_retry, m_saveReply}; }
    // The value shown for a field, by its label ("GUID", "State"...): for tests.
    QString field(const QString &label) const;
    QTreeWidget *files() const { return m_files; }
    // The rate over the last minutes: of the job shown, or of all jobs.
    RateGraph *rateGraph() const { return m_graph; }

private:
    QLabel *addField(const QString &label);

    QList<QPair<QString, QLabel *>> m_fields;
    QLabel *m_name, *m_id, *m_owner, *m_type, *m_state, *m_priority, *m_times, *m_bytes, *m_reply, *m_filesCount,
        *m_errors, *m_lastError, *m_notify, *m_ours, *m_whenClosed;
    QTreeWidget *m_files;
    QWidget *m_lastErrorBox;
    QToolButton *m_retryForeground, *m_retry;
    QWidget *m_replyBox;
    QToolButton *m_saveReply;
    std::optional<bits::JobId> m_shown;  // the job on show, if one is
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QLabel *m_empty;
    RateGraph *m_graph;
};

}  // namespace bitsmon
