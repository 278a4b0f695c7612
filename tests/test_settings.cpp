// Settings: stored and read back, and hand-edited values brought into range.
#include "settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using bitsmon::Settings;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void handEditedValuesAreBroughtIntoRange();
};

void TestSettings::roundTrip()
{
    QTemporaryDir dir;
    Settings changed;
    changed.tickMs = 250;
    changed.pollSeconds = 7;
    changed.allUsersJobs = false;
    changed.notifyAllJobs = true;
    changed.autoRetryForeground = true;
    changed.language = "fr";
    changed.theme = "dark";
    changed.whenClosed = Settings::WhenClosed::NotifyOnly;
    {
        QSettings file(dir.filePath("bitsmon.ini"), QSettings::IniFormat);
        QVERIFY(Settings::load(file) == Settings{});  // defaults when nothing is stored
        changed.save(file);
    }
    QSettings file(dir.filePath("bitsmon.ini"), QSettings::IniFormat);
    QVERIFY(Settings::load(file) == changed);
}

void TestSettings::handEditedValuesAreBroughtIntoRange()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath("bitsmon.ini"), QSettings::IniFormat);
    file.setValue("refresh/tickMs", 1);
    file.setValue("refresh/pollSeconds", 99999);
    file.setValue("ui/language", "klingon");
    file.setValue("ui/theme", "neon");
    file.setValue("closedApp/whenFinished", "explode");
    const Settings s = Settings::load(file);
    QVERIFY(s.whenClosed == Settings::WhenClosed::CompleteAndNotify);
    QCOMPARE(s.tickMs, 20);
    QCOMPARE(s.pollSeconds, 600);
    QCOMPARE(s.language, QString());
    QCOMPARE(s.theme, QString());
}

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
