// The settings dialog: it shows and edits every setting, and offers the
// closed-app choice only where BITS can start bitsmon.
#include "settings.h"
#include "settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QtTest>

using bitsmon::Settings;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dialogEditsEverySetting();
    void closedAppChoiceOnlyWhereBitsCanStartBitsmon();
};

void TestSettingsDialog::dialogEditsEverySetting()
{
    Settings before;
    before.language = "zh_TW";
    before.allUsersJobs = false;
    before.theme = "light";
    bitsmon::SettingsDialog dialog(before);
    QVERIFY(dialog.settings() == before);              // shows what is stored
    QCOMPARE(dialog.tick->text(), QString("100 ms"));  // and a person reads it
    QCOMPARE(dialog.poll->text(), QString("2 s"));
    dialog.tick->setValue(500);
    dialog.poll->setValue(30);
    dialog.jobs->setCurrentIndex(0);
    dialog.notifications->setCurrentIndex(1);
    dialog.autoRetry->setChecked(true);
    dialog.language->setCurrentIndex(0);
    dialog.theme->setCurrentIndex(dialog.theme->findText("Dark"));
    const Settings after = dialog.settings();
    QCOMPARE(after.tickMs, 500);
    QCOMPARE(after.pollSeconds, 30);
    QVERIFY(after.allUsersJobs);
    QVERIFY(after.notifyAllJobs);
    QVERIFY(after.autoRetryForeground);
    QCOMPARE(after.language, QString());
    QCOMPARE(after.theme, QString("dark"));
}

// Off Windows (or with the embedded service) nothing can start bitsmon
// while it is closed: the dialog says what quitting does and offers no
// choice. Where BITS can, it offers the choice under the registration.
void TestSettingsDialog::closedAppChoiceOnlyWhereBitsCanStartBitsmon()
{
    Settings before;
    before.whenClosed = Settings::WhenClosed::Nothing;
    bitsmon::SettingsDialog dialog(before);
    QVERIFY(!dialog.whenClosed->isVisibleTo(&dialog));
    QVERIFY2(dialog.closedApp->text().contains("transfer service stops with it"), qPrintable(dialog.closedApp->text()));
    QVERIFY(dialog.settings() == before);  // kept though not shown
    dialog.offerClosedApp(
        "BITS starts this bitsmon (\"C:\\bitsmon\\bitsmon.exe\") when one of its downloads finishes.");
    QVERIFY(dialog.whenClosed->isVisibleTo(&dialog));
    QVERIFY(dialog.closedApp->text().contains("C:\\bitsmon\\bitsmon.exe"));
    QCOMPARE(dialog.whenClosed->count(), 3);
    dialog.whenClosed->setCurrentIndex(1);
    QVERIFY(dialog.settings().whenClosed == Settings::WhenClosed::NotifyOnly);
    dialog.whenClosed->setCurrentIndex(0);
    QVERIFY(dialog.settings().whenClosed == Settings::WhenClosed::CompleteAndNotify);
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
