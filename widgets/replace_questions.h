// "Replace existing files?", asked of the user when Complete would put a
// job's files over files already there: one question at a time, once per
// job while it waits, and never inside the handling of a batch. The
// question is window-modal and opened without a nested event loop, so
// batches keep being applied (and the table kept current) while it is open.
#pragma once

#include "engine/bits/job_id.h"

#include <QObject>
#include <QStringList>

#include <deque>

class QMessageBox;
class QWidget;

namespace bitsmon {

class ReplaceQuestions : public QObject {
    Q_OBJECT
public:
    explicit ReplaceQuestions(QWidget *window);

    // Queues the question about `job` (named `name`, its files in the way
    // `existing`), unless it is already queued or open. It is opened once
    // the event loop runs again, after any question before it is answered.
    void ask(const bits::JobId &job, const QString &name, const QStringList &existing);
    bool isAsking(const bits::JobId &job) const;
    // The question on screen, if one is: for tests.
    QMessageBox *openQuestion() const { return m_open; }

Q_SIGNALS:
    void answered(const bits::JobId &job, bool replace);

private:
    struct Question {
        bits::JobId job;
        QString name;
        QStringList existing;
    };
    void openNext();

    QWidget *m_window;
    std::deque<Question> m_waiting;
    QMessageBox *m_open = nullptr;
    bits::JobId m_openJob;
};

}  // namespace bitsmon
