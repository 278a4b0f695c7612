// Which of a job's destinations already exist (dangling links included).
#include "destinations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace bits;

class TestDestinations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void existingDestinationsAreFound();
};

void TestDestinations::existingDestinationsAreFound()
{
    QTemporaryDir dir;
    QFile old(dir.filePath("old.iso"));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(QFile::link(dir.filePath("nowhere"), dir.filePath("dangling")));
    JobSnapshot job;
    for (const char *name : {"old.iso", "new.iso", "dangling"})
        job.files.push_back({"http://127.0.0.1/x", dir.filePath(name).toStdString()});
    QCOMPARE(bitsmon::existingDestinations(job),
             (QStringList{QDir::toNativeSeparators(dir.filePath("old.iso")),
                          QDir::toNativeSeparators(dir.filePath("dangling"))}));

    // An upload sends its file, which is there by design: nothing in the way.
    JobSnapshot upload;
    upload.type = bits::JobType::Upload;
    upload.files.push_back({"http://127.0.0.1/in", dir.filePath("old.iso").toStdString()});
    QCOMPARE(bitsmon::existingDestinations(upload), QStringList());
    // An upload-reply's reply lands on its reply file.
    upload.type = bits::JobType::UploadReply;
    upload.reply = JobSnapshot::Reply{dir.filePath("dangling").toStdString(), bits::kSizeUnknown, 0};
    QCOMPARE(bitsmon::existingDestinations(upload), QStringList{QDir::toNativeSeparators(dir.filePath("dangling"))});
}

QTEST_MAIN(TestDestinations)
#include "test_destinations.moc"
