// The new-download dialog checks everything before anything is created.
#include "new_download_dialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

using bitsmon::NewDownloadDialog;

class TestNewDownloadDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acceptsAPastedList();
    void showsEachErrorBesideItsField();
};

void TestNewDownloadDialog::acceptsAPastedList()
{
    QTemporaryDir dir;
    NewDownloadDialog dialog(dir.path());
    dialog.urls()->setPlainText("https://example.org/a.iso\n\n  http://127.0.0.1:8080/files/b.zip?x=1  \n");
    dialog.name()->setText("two files");
    dialog.priority()->setCurrentIndex(1);  // High
    const auto job = dialog.validate();
    QVERIFY(job.has_value());
    QCOMPARE(job->files.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(job->files[1].remoteUrl), QString("http://127.0.0.1:8080/files/b.zip?x=1"));
    // As the system writes paths: "C:\\...\\b.zip" for BITS and a Windows user.
    QCOMPARE(QString::fromStdString(job->files[1].localPath), QDir::toNativeSeparators(dir.filePath("b.zip")));
    // The folder a person reads is written the same way (Qt hands out "C:/...").
    QCOMPARE(dialog.folder()->text(), QDir::toNativeSeparators(dir.path()));
    if (QDir::separator() == u'\\')
        QVERIFY(!dialog.folder()->text().contains(u'/'));
    QCOMPARE(job->displayName, std::string("two files"));
    QVERIFY(job->priority == bits::Priority::High);
    QVERIFY(dialog.error("urls").isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.job().has_value());
}

void TestNewDownloadDialog::showsEachErrorBesideItsField()
{
    QTemporaryDir dir;
    NewDownloadDialog dialog(dir.filePath("missing"));
    dialog.urls()->setPlainText("https://example.org/a\nftp://example.org/b");
    dialog.sha256()->setText("1234");
    QVERIFY(!dialog.validate().has_value());
    QVERIFY2(dialog.error("urls").startsWith("Line 2: "), qPrintable(dialog.error("urls")));
    QVERIFY(dialog.error("urls").contains("ftp:"));
    QCOMPARE(dialog.error("folder"), QString("This folder does not exist."));
    QVERIFY(dialog.error("sha256").contains("is not a SHA-256"));
    dialog.accept();
    QVERIFY(!dialog.job().has_value());  // refused: the dialog stays open

    dialog.urls()->setPlainText("https://example.org/x/a\nhttps://example.org/y/a");
    dialog.folder()->setText(dir.path());
    dialog.sha256()->clear();
    QVERIFY(!dialog.validate().has_value());
    QVERIFY(dialog.error("urls").contains("would be saved over each other"));
    QVERIFY(dialog.error("folder").isEmpty());

    QVERIFY(QDir(dir.path()).mkdir("a"));  // the destination is a folder
    dialog.urls()->setPlainText("https://example.org/x/a");
    QVERIFY(!dialog.validate().has_value());
    QVERIFY(dialog.error("folder").contains("existing folder"));
    dialog.urls()->clear();
    QVERIFY(!dialog.validate().has_value());
    QCOMPARE(dialog.error("urls"), QString("Enter at least one URL."));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"a"});
}

QTEST_MAIN(TestNewDownloadDialog)
#include "test_new_download_dialog.moc"
