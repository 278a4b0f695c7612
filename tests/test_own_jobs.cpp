// The jobs bitsmon created are remembered across runs, and only those.
#include "own_jobs.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "qtest_bits.h"

using bits::JobId;

class TestOwnJobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void survivesARestart();
    void skipsMalformedEntries();
};

void TestOwnJobs::survivesARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("bitsmon.ini");
    const JobId a = JobId::generate();
    const JobId b = JobId::generate();
    {
        QSettings settings(file, QSettings::IniFormat);
        bitsmon::OwnJobs jobs(settings);
        jobs.add(a);
        jobs.add(b);
        jobs.add(a);                     // once only
        jobs.remove(JobId::generate());  // unknown: nothing happens
    }
    QSettings settings(file, QSettings::IniFormat);  // the next run
    bitsmon::OwnJobs jobs(settings);
    QVERIFY((jobs.load() == std::vector<JobId>{a, b}));
    jobs.remove(a);
    QVERIFY((jobs.load() == std::vector<JobId>{b}));
}

void TestOwnJobs::skipsMalformedEntries()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("bitsmon.ini"), QSettings::IniFormat);
    const JobId good = JobId::generate();
    settings.setValue("jobs/ours",
                      QStringList{"not a guid", QString::fromStdString(good.toString()),
                                  "{00000000-0000-0000-0000-000000000000}", ""});
    bitsmon::OwnJobs jobs(settings);
    QVERIFY((jobs.load() == std::vector<JobId>{good}));
}

QTEST_GUILESS_MAIN(TestOwnJobs)
#include "test_own_jobs.moc"
