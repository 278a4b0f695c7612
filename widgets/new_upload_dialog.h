// New upload: a local file, the URL of a BITS upload server, and, for an
// upload-reply job, where the server's reply is saved. Checked like a new
// download (bits::checkNewJob), each error beside its field, before anything
// is created.
#pragma once

#include "engine/bits/snapshot.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace bitsmon {

class NewUploadDialog : public QDialog {
    Q_OBJECT
public:
    // `replyFolder`: where a reply is saved unless the user says otherwise.
    explicit NewUploadDialog(const QString &replyFolder, QWidget *parent = nullptr);

    // Checks every field and shows the errors beside them; the job when all
    // is well.
    std::optional<bits::NewJob> validate();
    // The error shown beside a field ("file", "url", "reply").
    QString error(const QString &field) const;

    QLineEdit *file() const { return m_file; }
    QLineEdit *url() const { return m_url; }
    QCheckBox *wantsReply() const { return m_wantsReply; }
    QLineEdit *reply() const { return m_reply; }
    QLineEdit *name() const { return m_name; }
    QComboBox *priority() const { return m_priority; }

    void accept() override;
    std::optional<bits::NewJob> job() const { return m_job; }

private:
    // The reply's default: the file's name with ".reply", in the reply folder.
    void suggestReply();

    QString m_replyFolder;
    QLineEdit *m_file;
    QLineEdit *m_url;
    QCheckBox *m_wantsReply;
    QLineEdit *m_reply;
    QLineEdit *m_name;
    QComboBox *m_priority;
    QLabel *m_fileError, *m_urlError, *m_replyError;
    bool m_replyEdited = false;  // once the user chose a reply file, it is theirs
    std::optional<bits::NewJob> m_job;
};

}  // namespace bitsmon
