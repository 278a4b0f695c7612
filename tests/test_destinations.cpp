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
}

QTEST_MAIN(TestDestinations)
#include "test_destinations.moc"
