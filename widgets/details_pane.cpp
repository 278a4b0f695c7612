#include "details_pane.h"

#include "format.h"
#include "rate_graph.h"

#include "engine/bits/policy.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bitsmon {

namespace {

QString notifyText(const std::optional<std::uint32_t> &flags)
{
    if (!flags)
        return Format::unknown();
    QStringList names;
    if (*flags & bits::notify::JobTransferred)
        names << QStringLiteral("JobTransferred");
    if (*flags & bits::notify::JobError)
        names << QStringLiteral("JobError");
    if (*flags & bits::notify::JobModification)
        names << QStringLiteral("JobModification");
    if (*flags & bits::notify::FileTransferred)
        names << QStringLiteral("FileTransferred");
    if (*flags & bits::notify::Disable)
        names << QStringLiteral("Disable");
    //: notification flags of a job when none is set
    return names.isEmpty() ? DetailsPane::tr("none") : names.join(QStringLiteral(", "));
}

// Whether BITS can start bitsmon for this job when it finishes or fails
// while bitsmon is closed (Windows: the job carries bitsmon's CLSID).
QString whenClosedText(const bits::JobSnapshot &job)
{
    if (!job.ours)
        return DetailsPane::tr("its owner's concern");
    if (!job.startsBitsmon)
        return DetailsPane::tr("bitsmon picks it up when it next starts");
    if (*job.startsBitsmon)
        return DetailsPane::tr("BITS starts bitsmon when it finishes or fails");
    return DetailsPane::tr("closed-app notification: not supported by this BITS (no IBackgroundCopyJob5); bitsmon "
                           "picks it up when it next starts");
}

}  // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_files(new QTreeWidget(this))
    , m_lastErrorBox(new QWidget(this))
    , m_retryForeground(new QToolButton(m_lastErrorBox))
    , m_retry(new QToolButton(m_lastErrorBox))
    , m_replyBox(new QWidget(this))
    , m_saveReply(new QToolButton(m_replyBox))
    , m_form(new QWidget(this))
    , m_empty(new QLabel(tr("Select a job to see its details."), this))
    , m_graph(new RateGraph(this))
{
    auto *form = m_formLayout = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);  // beside a value's first line
    // What a person looks for first comes first: which job, its state and
    // why it failed, so that the error is in view in a short pane.
    m_name = addField(tr("Name"));
    m_state = addField(tr("State"));
    m_lastError = addField(tr("Last error"));
    m_errors = addField(tr("Errors"));
    m_bytes = addField(tr("Bytes"));
    //: an upload-reply job's reply from the server: its file and progress
    m_reply = addField(tr("Reply"));
    m_filesCount = addField(tr("Files"));
    m_priority = addField(tr("Priority"));
    m_times = addField(tr("Times"));
    m_type = addField(tr("Type"));
    m_owner = addField(tr("Owner"));
    m_id = addField(tr("GUID"));
    m_notify = addField(tr("Notifications"));
    m_ours = addField(tr("Created by bitsmon"));
    m_whenClosed = addField(tr("While bitsmon is closed"));
    // The last error, and right under it what to do about it: the sentence
    // keeps the value column's whole width, so long languages wrap less.
    auto *errorLayout = new QVBoxLayout(m_lastErrorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_lastError);
    for (QToolButton *button : {m_retryForeground, m_retry}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->hide();
        errorLayout->addWidget(button, 0, Qt::AlignLeft);
    }
    // The reply, and under it the offer to save a copy before Complete.
    auto *replyLayout = new QVBoxLayout(m_replyBox);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_reply);
    m_saveReply->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveReply->hide();
    replyLayout->addWidget(m_saveReply, 0, Qt::AlignLeft);
    for (const auto &[label, value] : m_fields) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        //: a field's label in the details pane ("State:"); French puts a space before the colon
        form->addRow(tr("%1:").arg(label),
                     value == m_lastError   ? m_lastErrorBox
                         : value == m_reply ? m_replyBox
                                            : value);
    }
    m_files->setObjectName(QStringLiteral("detailsFiles"));
    m_files->setRootIsDecorated(false);
    m_files->setHeaderLabels({tr("Remote URL"), tr("Local name"), tr("Progress")});
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_form, 3);  // the wider: the error and what to do about it
    auto *right = new QVBoxLayout;
    right->addWidget(m_graph);  // first: in view even when the pane is short
    right->addWidget(m_files, 1);
    layout->addLayout(right, 2);
    showJob(nullptr);
}

void DetailsPane::setErrorActions(QAction *retryForeground, QAction *retry)
{
    m_retryForeground->setDefaultAction(retryForeground);
    m_retry->setDefaultAction(retry);
}

void DetailsPane::setReplyAction(QAction *saveReply)
{
    m_saveReply->setDefaultAction(saveReply);
}

QToolButton *DetailsPane::offeredAction() const
{
    for (QToolButton *button : {m_retryForeground, m_retry})
        if (!button->isHidden())
            return button;
    return nullptr;
}

QLabel *DetailsPane::addField(const QString &label)
{
    auto *value = new QLabel(m_form);
    m_fields.append({label, value});
    return value;
}

QString DetailsPane::field(const QString &label) const
{
    for (const auto &[name, value] : m_fields)
        if (name == label)
            return value->text();
    return {};
}

void DetailsPane::showJob(const bits::JobSnapshot *job)
{
    m_empty->setVisible(!job);
    m_form->setVisible(job);
    m_files->setVisible(job);
    // The same job again (a batch changed it): its file list is updated in
    // place, so a selected file stays selected and the list keeps its scroll.
    const bool sameJob = job && m_shown == job->id && m_files->topLevelItemCount() == int(job->files.size());
    m_shown = job ? std::optional(job->id) : std::nullopt;
    if (!sameJob)
        m_files->clear();
    const bool failed = job && job->error && bits::isFailed(job->state);
    const bool inForeground = failed && bits::foregroundRetry(*job) != bits::ForegroundRetry::NotApplicable;
    m_retryForeground->setHidden(!inForeground || !m_retryForeground->defaultAction());
    m_retry->setHidden(!failed || inForeground || !bits::allows(job->state, bits::Action::Retry)
                       || !m_retry->defaultAction());
    if (!job) {
        // Nothing of the last job lingers, shown or not (accessibility tools read hidden labels too).
        for (const auto &[name, value] : m_fields)
            value->clear();
        return;
    }
    m_name->setText(QString::fromStdString(job->displayName));
    m_id->setText(QString::fromStdString(job->id.toString()));
    m_owner->setText(job->owner.empty() ? Format::unknown() : QString::fromStdString(job->owner));
    m_type->setText(Format::jobType(job->type));
    m_state->setText(Format::state(job->state));
    m_priority->setText(Format::priority(job->priority));
    //: created, last modified and transfer-completed times
    m_times->setText(tr("created %1, modified %2, transferred %3")
                         .arg(Format::time(job->created), Format::time(job->modified),
                              job->transferCompleted ? Format::time(job->transferCompleted) : tr("not yet")));
    m_bytes->setText(Format::progressBytes(job->bytesTransferred, job->bytesTotal, job->type));
    // An upload-reply's reply: where it goes and how much of it came back.
    m_reply->setText(
        job->reply ? QStringLiteral("%1\n%2").arg(Format::path(job->reply->fileName), Format::replyBytes(*job->reply))
                   : QString());
    m_formLayout->setRowVisible(m_replyBox, bool(job->reply));
    m_saveReply->setHidden(!bits::hasReplyData(job->type, job->state) || !m_saveReply->defaultAction());
    m_filesCount->setText(tr("%1 of %2").arg(job->filesTransferred).arg(job->filesTotal));
    m_errors->setText(QString::number(job->errorCount));
    m_lastError->setText(job->error ? Format::errorSentence(*job->error) : tr("none"));
    m_notify->setText(notifyText(job->notifyFlags));
    m_ours->setText(job->ours ? tr("yes: bitsmon takes its notifications") : tr("no: another program's job, polled"));
    m_whenClosed->setText(whenClosedText(*job));
    for (const bits::FileSnapshot &file : job->files) {
        std::optional<double> fraction;
        if (file.bytesTotal != bits::kSizeUnknown && file.bytesTotal > 0)
            fraction = double(file.bytesTransferred) / double(file.bytesTotal);
        else if (file.completed)
            fraction = 1.0;
        const QStringList texts{QString::fromStdString(file.remoteUrl), Format::path(file.localName),
                                Format::percent(fraction)};
        if (!sameJob) {
            new QTreeWidgetItem(m_files, texts);
            continue;
        }
        QTreeWidgetItem *item = m_files->topLevelItem(int(&file - job->files.data()));
        for (int column = 0; column < texts.size(); ++column)
            if (item->text(column) != texts[column])
                item->setText(column, texts[column]);
    }
}

}  // namespace bitsmon
