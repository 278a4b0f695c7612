#include "replace_questions.h"

#include <QMessageBox>

#include <algorithm>

namespace bitsmon {

ReplaceQuestions::ReplaceQuestions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool ReplaceQuestions::isAsking(const bits::JobId &job) const
{
    return (m_open && m_openJob == job)
        || std::any_of(m_waiting.begin(), m_waiting.end(), [&](const Question &q) { return q.job == job; });
}

void ReplaceQuestions::ask(const bits::JobId &job, const QString &name, const QStringList &existing)
{
    if (isAsking(job))
        return;
    m_waiting.push_back({job, name, existing});
    // Not now: the caller may be in the middle of a batch.
    QMetaObject::invokeMethod(this, &ReplaceQuestions::openNext, Qt::QueuedConnection);
}

void ReplaceQuestions::openNext()
{
    if (m_open || m_waiting.empty())
        return;
    const Question question = m_waiting.front();
    m_waiting.pop_front();
    m_openJob = question.job;
    m_open = new QMessageBox(QMessageBox::Question, tr("Replace existing files?"),
                             tr("Completing \"%1\" replaces what is already at:\n%2\n\nReplace it?")
                                 .arg(question.name, question.existing.join(QLatin1Char('\n'))),
                             QMessageBox::Yes | QMessageBox::No, m_window);
    m_open->setAttribute(Qt::WA_DeleteOnClose);
    m_open->setDefaultButton(QMessageBox::No);
    connect(m_open, &QMessageBox::finished, this, [this, job = question.job](int result) {
        m_open = nullptr;
        Q_EMIT answered(job, result == QMessageBox::Yes);
        QMetaObject::invokeMethod(this, &ReplaceQuestions::openNext, Qt::QueuedConnection);
    });
    m_open->open();  // window-modal, and no event loop of its own
}

}  // namespace bitsmon
