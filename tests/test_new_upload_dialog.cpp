// The new-upload dialog: a file, a URL and, for an upload-reply job, where
// the reply goes; each error beside its field, nothing accepted until all
// is well.
#include "new_upload_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using bitsmon::NewUploadDialog;

class TestNewUploadDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void makesAnUploadJob();
    void makesAnUploadReplyJobWithItsReplyFile();
    void showsEachErrorBesideItsField();
};

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

}  // namespace

void TestNewUploadDialog::makesAnUploadJob()
{
    QTemporaryDir dir;
    const QString report = writeFile(dir, "report.zip", "PK zip bytes");
    NewUploadDialog dialog(dir.path());
    dialog.file()->setText(report);
    dialog.url()->setText("  http://127.0.0.1:8080/upload/report.zip ");
    dialog.priority()->setCurrentIndex(2);  // Normal
    QVERIFY(!dialog.reply()->isEnabled());  // no reply wanted
    const auto job = dialog.validate();
    QVERIFY(job.has_value());
    QVERIFY(job->type == bits::JobType::Upload);
    QCOMPARE(job->files.size(), std::size_t(1));
    QCOMPARE(job->files[0].remoteUrl, std::string("http://127.0.0.1:8080/upload/report.zip"));
    QCOMPARE(QString::fromStdString(job->files[0].localPath), QDir::toNativeSeparators(report));
    QCOMPARE(job->displayName, std::string("report.zip"));
    QVERIFY(job->replyPath.empty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestNewUploadDialog::makesAnUploadReplyJobWithItsReplyFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("replies"));
    const QString report = writeFile(dir, "report.zip", "PK zip bytes");
    NewUploadDialog dialog(dir.filePath("replies"));
    dialog.file()->setText(report);
    dialog.url()->setText("https://127.0.0.1/upload");
    dialog.wantsReply()->setChecked(true);
    QVERIFY(dialog.reply()->isEnabled());
    // Suggested: the file's name with ".reply", in the reply folder.
    QCOMPARE(dialog.reply()->text(), QDir::toNativeSeparators(dir.filePath("replies/report.zip.reply")));
    auto job = dialog.validate();
    QVERIFY(job.has_value());
    QVERIFY(job->type == bits::JobType::UploadReply);
    QCOMPARE(QString::fromStdString(job->replyPath),
             QDir::toNativeSeparators(dir.filePath("replies/report.zip.reply")));

    // A reply file the user typed stays theirs when the file changes.
    QTest::keyClicks(dialog.reply(), "x");
    const QString typed = dialog.reply()->text();
    dialog.file()->setText(writeFile(dir, "other.bin", "other"));
    QCOMPARE(dialog.reply()->text(), typed);
}

void TestNewUploadDialog::showsEachErrorBesideItsField()
{
    QTemporaryDir dir;
    NewUploadDialog dialog(dir.path());
    QVERIFY(!dialog.validate().has_value());
    QCOMPARE(dialog.error("file"), QString("Choose the file to upload."));
    QCOMPARE(dialog.error("url"), QString("Enter the URL of the upload server."));
    QCOMPARE(dialog.error("reply"), QString());

    dialog.file()->setText(dir.filePath("missing.zip"));
    dialog.url()->setText("ftp://127.0.0.1/upload");
    dialog.wantsReply()->setChecked(true);
    dialog.reply()->setText(dir.filePath("no-such-folder/reply.xml"));
    QVERIFY(!dialog.validate().has_value());
    QVERIFY2(dialog.error("file").contains("missing.zip"), qPrintable(dialog.error("file")));
    QVERIFY2(dialog.error("url").contains("ftp:"), qPrintable(dialog.error("url")));
    QVERIFY2(!dialog.error("reply").isEmpty(), "a reply in a folder that does not exist was accepted");
    dialog.accept();
    QVERIFY(!dialog.job().has_value());  // refused: the dialog stays open

    dialog.reply()->clear();
    QVERIFY(!dialog.validate().has_value());
    QCOMPARE(dialog.error("reply"), QString("Choose where to save the server's reply."));

    // A folder is not a file to send.
    dialog.file()->setText(dir.path());
    dialog.wantsReply()->setChecked(false);
    dialog.url()->setText("http://127.0.0.1/upload");
    QVERIFY(!dialog.validate().has_value());
    QVERIFY(!dialog.error("file").isEmpty());
    QCOMPARE(dialog.error("url"), QString());
}

QTEST_MAIN(TestNewUploadDialog)
#include "test_new_upload_dialog.moc"
