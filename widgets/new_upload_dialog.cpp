#include "new_upload_dialog.h"

#include "field_error.h"
#include "format.h"

#include "engine/bits/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bitsmon {

namespace {

// A line edit with a Browse button beside it: a row that is a layout, so its
// label is made by hand, with the edit as its buddy.
QHBoxLayout *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(browse);
    return row;
}

}  // namespace

NewUploadDialog::NewUploadDialog(const QString &replyFolder, QWidget *parent)
    : QDialog(parent)
    , m_replyFolder(replyFolder)
    , m_file(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_wantsReply(new QCheckBox(tr("Bring back the server's &reply (an upload-reply job)"), this))
    , m_reply(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_fileError(fieldErrorLabel(this))
    , m_urlError(fieldErrorLabel(this))
    , m_replyError(fieldErrorLabel(this))
{
    setWindowTitle(tr("New upload"));
    m_file->setPlaceholderText(tr("The file to send"));
    m_url->setPlaceholderText(tr("http:// or https:// URL of a BITS upload server"));
    m_name->setPlaceholderText(tr("From the file's name"));
    for (int p = 0; p < 4; ++p)
        m_priority->addItem(Format::priority(bits::Priority(p)), p);
    m_priority->setCurrentIndex(int(bits::Priority::Normal));
    m_reply->setEnabled(false);

    auto *browseFile = new QPushButton(tr("Browse..."), this);
    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("File to upload"), m_file->text());
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });
    auto *browseReply = new QPushButton(tr("Browse..."), this);
    browseReply->setEnabled(false);
    connect(browseReply, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the reply as"), m_reply->text());
        if (!chosen.isEmpty())
            m_reply->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_wantsReply, &QCheckBox::toggled, this, [this, browseReply](bool on) {
        m_reply->setEnabled(on);
        browseReply->setEnabled(on);
        suggestReply();
    });
    connect(m_file, &QLineEdit::textChanged, this, &NewUploadDialog::suggestReply);
    connect(m_reply, &QLineEdit::textEdited, this, [this] { m_replyEdited = true; });

    auto *form = new QFormLayout(this);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, withBrowse(m_file, browseFile));
    form->addRow(QString(), m_fileError);
    form->addRow(tr("&To:"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(QString(), m_wantsReply);
    auto *replyLabel = new QLabel(tr("Reply &saved as:"), this);
    replyLabel->setBuddy(m_reply);
    form->addRow(replyLabel, withBrowse(m_reply, browseReply));
    form->addRow(QString(), m_replyError);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Priority:"), m_priority);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Upload"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUploadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(620, 320);
}

void NewUploadDialog::suggestReply()
{
    if (m_replyEdited || !m_wantsReply->isChecked())
        return;
    const QString name = QFileInfo(m_file->text().trimmed()).fileName();
    m_reply->setText(name.isEmpty()
                         ? QString()
                         : QDir::toNativeSeparators(QDir(m_replyFolder).filePath(name + QLatin1String(".reply"))));
}

QString NewUploadDialog::error(const QString &field) const
{
    const QLabel *label = field == QLatin1String("file") ? m_fileError
        : field == QLatin1String("url")                  ? m_urlError
                                                         : m_replyError;
    return label->isVisibleTo(this) ? label->text() : QString();
}

std::optional<bits::NewJob> NewUploadDialog::validate()
{
    bits::NewJob job;
    job.type = m_wantsReply->isChecked() ? bits::JobType::UploadReply : bits::JobType::Upload;
    job.displayName = m_name->text().trimmed().toStdString();
    job.priority = bits::Priority(m_priority->currentData().toInt());
    // Absolute, as the system writes paths ("C:\\...", for BITS and a Windows user).
    auto absolute = [](const QString &path) {
        return path.isEmpty() ? QString() : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    };
    const QString file = absolute(m_file->text().trimmed());
    const QString url = m_url->text().trimmed();
    const QString reply = absolute(m_reply->text().trimmed());

    // Each field on its own first, so that every error shows at once.
    QString fileError;
    if (file.isEmpty())
        fileError = tr("Choose the file to upload.");
    else if (auto failure = bits::checkUploadSource(file.toStdString()))
        fileError = Format::sentence(failure->message);
    QString urlError;
    if (url.isEmpty())
        urlError = tr("Enter the URL of the upload server.");
    else if (auto failure = bits::checkRemoteUrl(url.toStdString()))
        urlError = Format::sentence(failure->message);
    QString replyError;
    if (job.type == bits::JobType::UploadReply) {
        if (reply.isEmpty())
            replyError = tr("Choose where to save the server's reply.");
        else if (auto failure = bits::checkLocalPath(reply.toStdString()))
            replyError = Format::sentence(failure->message);
    }
    if (fileError.isEmpty() && urlError.isEmpty() && replyError.isEmpty()) {
        job.files.push_back({url.toStdString(), file.toStdString(), {}});
        if (job.type == bits::JobType::UploadReply)
            job.replyPath = reply.toStdString();
        if (job.displayName.empty())
            job.displayName = QFileInfo(file).fileName().toStdString();
        // What the service will check too: the whole job, as one.
        if (auto failure = bits::checkNewJob(job))
            fileError = Format::sentence(failure->message);
    }
    showFieldError(m_fileError, fileError);
    showFieldError(m_urlError, urlError);
    showFieldError(m_replyError, replyError);
    if (!fileError.isEmpty() || !urlError.isEmpty() || !replyError.isEmpty())
        return std::nullopt;
    return job;
}

void NewUploadDialog::accept()
{
    m_job = validate();
    if (m_job)
        QDialog::accept();
}

}  // namespace bitsmon
