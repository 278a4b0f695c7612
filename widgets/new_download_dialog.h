// New download: one or more URLs (a pasted list), a folder, a name, a
// priority and an optional SHA-256. Everything is checked before anything
// is created, with each error next to its field.
#pragma once

#include "engine/bits/snapshot.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bitsmon {

class NewDownloadDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewDownloadDialog(const QString &folder, QWidget *parent = nullptr);

    // Checks every field and shows the errors beside them; the job when all
    // is well.
    std::optional<bits::NewJob> validate();
    // The error shown beside a field ("urls", "folder", "name", "sha256").
    QString error(const QString &field) const;

    QPlainTextEdit *urls() const { return m_urls; }
    QLineEdit *folder() const { return m_folder; }
    QLineEdit *name() const { return m_name; }
    QComboBox *priority() const { return m_priority; }
    QLineEdit *sha256() const { return m_sha256; }

    void accept() override;
    std::optional<bits::NewJob> job() const { return m_job; }

private:
    QPlainTextEdit *m_urls;
    QLineEdit *m_folder;
    QLineEdit *m_name;
    QComboBox *m_priority;
    QLineEdit *m_sha256;
    QLabel *m_urlsError, *m_folderError, *m_nameError, *m_sha256Error;
    std::optional<bits::NewJob> m_job;
};

}  // namespace bitsmon
