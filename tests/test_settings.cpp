// Settings survive a restart and hand-edits; the dialog edits them all; the
// automatic foreground retry and the "mine only" filter follow them.
#include "auto_retry.h"
#include "destinations.h"
#include "job_filter_model.h"
#include "job_table_model.h"
#include "settings.h"
#include "settings_dialog.h"

#include "engine/bits/hresult.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace bits;
using bitsmon::Settings;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void handEditedValuesAreBroughtIntoRange();
    void dialogEditsEverySetting();
    void closedAppChoiceOnlyWhereBitsCanStartBitsmon();
    void autoRetryOncePerFailureAndOnlyOurs();
    void mineOnlyFilter();
    void existingDestinationsAreFound();
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
    file.setValue("closedApp/whenFinished", "explode");
    const Settings s = Settings::load(file);
    QVERIFY(s.whenClosed == Settings::WhenClosed::CompleteAndNotify);
    QCOMPARE(s.tickMs, 20);
    QCOMPARE(s.pollSeconds, 600);
    QCOMPARE(s.language, QString());
}

void TestSettings::dialogEditsEverySetting()
{
    Settings before;
    before.language = "zh_TW";
    before.allUsersJobs = false;
    bitsmon::SettingsDialog dialog(before);
    QVERIFY(dialog.settings() == before);  // shows what is stored
    QCOMPARE(dialog.tick->text(), QString("100 ms"));  // and a person reads it
    QCOMPARE(dialog.poll->text(), QString("2 s"));
    dialog.tick->setValue(500);
    dialog.poll->setValue(30);
    dialog.jobs->setCurrentIndex(0);
    dialog.notifications->setCurrentIndex(1);
    dialog.autoRetry->setChecked(true);
    dialog.language->setCurrentIndex(0);
    const Settings after = dialog.settings();
    QCOMPARE(after.tickMs, 500);
    QCOMPARE(after.pollSeconds, 30);
    QVERIFY(after.allUsersJobs);
    QVERIFY(after.notifyAllJobs);
    QVERIFY(after.autoRetryForeground);
    QCOMPARE(after.language, QString());
}

// Off Windows (or with the embedded service) nothing can start bitsmon
// while it is closed: the dialog says what quitting does and offers no
// choice. Where BITS can, it offers the choice under the registration.
void TestSettings::closedAppChoiceOnlyWhereBitsCanStartBitsmon()
{
    Settings before;
    before.whenClosed = Settings::WhenClosed::Nothing;
    bitsmon::SettingsDialog dialog(before);
    QVERIFY(!dialog.whenClosed->isVisibleTo(&dialog));
    QVERIFY2(dialog.closedApp->text().contains("transfer service stops with it"), qPrintable(dialog.closedApp->text()));
    QVERIFY(dialog.settings() == before);  // kept though not shown
    dialog.offerClosedApp("BITS starts this bitsmon (\"C:\\bitsmon\\bitsmon.exe\") when one of its downloads finishes.");
    QVERIFY(dialog.whenClosed->isVisibleTo(&dialog));
    QVERIFY(dialog.closedApp->text().contains("C:\\bitsmon\\bitsmon.exe"));
    QCOMPARE(dialog.whenClosed->count(), 3);
    dialog.whenClosed->setCurrentIndex(1);
    QVERIFY(dialog.settings().whenClosed == Settings::WhenClosed::NotifyOnly);
    dialog.whenClosed->setCurrentIndex(0);
    QVERIFY(dialog.settings().whenClosed == Settings::WhenClosed::CompleteAndNotify);
}

void TestSettings::autoRetryOncePerFailureAndOnlyOurs()
{
    auto failure = [](bool ours, std::uint64_t size) {
        JobSnapshot j;
        j.id = JobId::generate();
        j.state = JobState::Error;
        j.ours = ours;
        j.files.push_back({"http://127.0.0.1/f", "/tmp/f", size, 0, false});
        j.bytesTotal = size;
        j.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", "http://127.0.0.1/f"};
        return j;
    };
    const JobSnapshot mine = failure(true, 1000);
    const JobSnapshot theirs = failure(false, 1000);
    const JobSnapshot unknownSize = failure(true, kSizeUnknown);
    feed::JobBatch batch;
    batch.changed = {mine, theirs, unknownSize};
    bitsmon::AutoRetry retry;
    QVERIFY(retry.observe(batch).empty());  // off by default
    retry.setEnabled(true);
    QCOMPARE(retry.observe(batch), std::vector<JobId>{mine.id});
    QVERIFY(retry.observe(batch).empty());  // once: a second failure is for a person to see
}

void TestSettings::mineOnlyFilter()
{
    bitsmon::JobTableModel model;
    feed::JobBatch batch;
    for (const auto &[owner, ours] : {std::pair{"alice", false}, {"bob", false}, {"carol", true}}) {
        JobSnapshot j;
        j.id = JobId::generate();
        j.displayName = owner;
        j.owner = owner;
        j.ours = ours;
        batch.added.push_back(j);
    }
    model.applyBatch(batch);
    bitsmon::JobFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setOwner("alice");
    QCOMPARE(proxy.rowCount(), 2);  // alice's, and bitsmon's own
    proxy.setOwner({});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestSettings::existingDestinationsAreFound()
{
    QTemporaryDir dir;
    QFile old(dir.filePath("old.iso"));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(QFile::link(dir.filePath("nowhere"), dir.filePath("dangling")));
    JobSnapshot job;
    for (const char *name : {"old.iso", "new.iso", "dangling"})
        job.files.push_back({"http://127.0.0.1/x", dir.filePath(name).toStdString()});
    QCOMPARE(bitsmon::existingDestinations(job), (QStringList{QDir::toNativeSeparators(dir.filePath("old.iso")),
                                                               QDir::toNativeSeparators(dir.filePath("dangling"))}));
}

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
