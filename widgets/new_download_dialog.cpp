#include "new_download_dialog.h"

#include "destinations.h"
#include "field_error.h"
#include "format.h"

#include "engine/bits/validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>

namespace bitsmon {

NewDownloadDialog::NewDownloadDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_urls(new QPlainTextEdit(this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this))
    , m_name(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_sha256(new QLineEdit(this))
    , m_urlsError(fieldErrorLabel(this))
    , m_folderError(fieldErrorLabel(this))
    , m_nameError(fieldErrorLabel(this))
    , m_sha256Error(fieldErrorLabel(this))
{
    setWindowTitle(tr("New download"));
    m_urls->setPlaceholderText(tr("One URL per line (http:// or https://)"));
    m_name->setPlaceholderText(tr("From the first file's name"));
    m_sha256->setPlaceholderText(tr("Optional: 64 hexadecimal digits, checked when the file arrives"));
    for (int p = 0; p < 4; ++p)
        m_priority->addItem(Format::priority(bits::Priority(p)), p);
    m_priority->setCurrentIndex(int(bits::Priority::Normal));
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Save the files in"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&URLs:"), m_urls);
    form->addRow(QString(), m_urlsError);
    // A row that is a layout gets a label without a buddy, whose "&" would
    // show as an ampersand: the label is made here, pointing at the folder.
    auto *folderLabel = new QLabel(tr("Save &in:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_folderError);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&SHA-256:"), m_sha256);
    form->addRow(QString(), m_sha256Error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Download"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDownloadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(620, 380);
}

QString NewDownloadDialog::error(const QString &field) const
{
    const QLabel *label = field == QLatin1String("urls") ? m_urlsError
        : field == QLatin1String("folder")               ? m_folderError
        : field == QLatin1String("name")                 ? m_nameError
                                                         : m_sha256Error;
    return label->isVisibleTo(this) ? label->text() : QString();
}

std::optional<bits::NewJob> NewDownloadDialog::validate()
{
    bits::NewJob job;
    job.displayName = m_name->text().trimmed().toStdString();
    job.priority = bits::Priority(m_priority->currentData().toInt());
    QStringList lines;
    for (const QString &line : m_urls->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();

    QString urlsError;
    if (lines.isEmpty())
        urlsError = tr("Enter at least one URL.");
    for (int i = 0; i < lines.size() && urlsError.isEmpty(); ++i) {
        if (auto failure = bits::checkRemoteUrl(lines[i].toStdString()))
            //: %1 is the line number, %2 the reason
            urlsError = tr("Line %1: %2").arg(i + 1).arg(Format::sentence(failure->message));
    }
    QString folderError;
    const QFileInfo folder(m_folder->text().trimmed());
    if (m_folder->text().trimmed().isEmpty())
        folderError = tr("Choose the folder to save the files in.");
    else if (!folder.isDir())
        folderError = tr("This folder does not exist.");
    QString shaError;
    if (auto failure = bits::checkSha256(m_sha256->text().trimmed().toStdString()))
        shaError = Format::sentence(failure->message);
    else if (!m_sha256->text().trimmed().isEmpty() && lines.size() > 1)
        shaError = tr("A SHA-256 checks one file: give one URL with it.");

    if (urlsError.isEmpty() && folderError.isEmpty()) {
        const QDir dir(folder.absoluteFilePath());
        QSet<QString> names;
        for (const QString &url : lines) {
            const QString file = QString::fromStdString(bits::fileNameFromUrl(url.toStdString()));
            if (names.contains(file)) {
                urlsError = tr("Two URLs end in \"%1\": they would be saved over each other.").arg(file);
                break;
            }
            names.insert(file);
            job.files.push_back({url.toStdString(), destinationIn(dir, url.toStdString()),
                                 m_sha256->text().trimmed().toLower().toStdString()});
        }
        if (urlsError.isEmpty()) {
            // Writable folder, names that are not folders, the file limit.
            if (auto failure = bits::checkNewJob(job))
                folderError = Format::sentence(failure->message);
        }
    }
    showFieldError(m_urlsError, urlsError);
    showFieldError(m_folderError, folderError);
    showFieldError(m_nameError, {});
    showFieldError(m_sha256Error, shaError);
    if (!urlsError.isEmpty() || !folderError.isEmpty() || !shaError.isEmpty())
        return std::nullopt;
    return job;
}

void NewDownloadDialog::accept()
{
    m_job = validate();
    if (m_job)
        QDialog::accept();
}

}  // namespace bitsmon
