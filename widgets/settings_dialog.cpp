#include "settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace bitsmon {

SettingsDialog::SettingsDialog(const Settings &s, QWidget *parent)
    : QDialog(parent)
    , tick(new QSpinBox(this))
    , poll(new QSpinBox(this))
    , jobs(new QComboBox(this))
    , notifications(new QComboBox(this))
    , autoRetry(new QCheckBox(tr("Retry bitsmon's own downloads at foreground priority when the server "
                                 "does not support range requests"),
                              this))
    , language(new QComboBox(this))
    , theme(new QComboBox(this))
    , whenClosed(new QComboBox(this))
    , closedApp(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    tick->setRange(20, 5000);
    tick->setSuffix(tr(" ms"));
    tick->setValue(s.tickMs);
    poll->setRange(1, 600);
    poll->setSuffix(tr(" s"));
    poll->setValue(s.pollSeconds);
    jobs->addItem(tr("Every user's (when allowed)"), true);
    jobs->addItem(tr("Mine only"), false);
    jobs->setCurrentIndex(s.allUsersJobs ? 0 : 1);
    notifications->addItem(tr("bitsmon's own downloads"), false);
    notifications->addItem(tr("Every download"), true);
    notifications->setCurrentIndex(s.notifyAllJobs ? 1 : 0);
    autoRetry->setChecked(s.autoRetryForeground);
    language->addItem(tr("As the system"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    language->setCurrentIndex(std::max(0, language->findData(s.language)));
    theme->addItem(tr("As the system"), QString());
    theme->addItem(tr("Light"), QStringLiteral("light"));
    theme->addItem(tr("Dark"), QStringLiteral("dark"));
    theme->setCurrentIndex(std::max(0, theme->findData(s.theme)));
    using WhenClosed = Settings::WhenClosed;
    whenClosed->addItem(tr("Complete it and notify me"), int(WhenClosed::CompleteAndNotify));
    whenClosed->addItem(tr("Only notify me"), int(WhenClosed::NotifyOnly));
    whenClosed->addItem(tr("Do nothing (leave the job for me)"), int(WhenClosed::Nothing));
    whenClosed->setCurrentIndex(std::max(0, whenClosed->findData(int(s.whenClosed))));
    whenClosed->setVisible(false);  // until offerClosedApp: only where BITS can start bitsmon
    closedApp->setWordWrap(true);
    closedApp->setText(tr("When bitsmon quits, its transfer service stops with it: downloads pause and carry on "
                          "where they were at the next start."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Refresh the table every:"), tick);
    form->addRow(tr("Re-read every job every:"), poll);
    form->addRow(tr("Show the jobs of:"), jobs);
    form->addRow(tr("Notify when these finish or fail:"), notifications);
    form->addRow(autoRetry);
    form->addRow(tr("Language:"), language);
    form->addRow(tr("Colours:"), theme);
    m_whenClosedLabel = new QLabel(tr("When a download finishes while bitsmon is closed:"), this);
    m_whenClosedLabel->setBuddy(whenClosed);
    m_whenClosedLabel->setVisible(false);
    form->addRow(m_whenClosedLabel, whenClosed);
    form->addRow(closedApp);
    auto *note = new QLabel(tr("The refresh times, the language and the colours apply from the next start."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Settings SettingsDialog::settings() const
{
    Settings s;
    s.tickMs = tick->value();
    s.pollSeconds = poll->value();
    s.allUsersJobs = jobs->currentData().toBool();
    s.notifyAllJobs = notifications->currentData().toBool();
    s.autoRetryForeground = autoRetry->isChecked();
    s.language = language->currentData().toString();
    s.theme = theme->currentData().toString();
    s.whenClosed = Settings::WhenClosed(whenClosed->currentData().toInt());
    return s;
}

void SettingsDialog::offerClosedApp(const QString &registration)
{
    m_whenClosedLabel->setVisible(true);
    whenClosed->setVisible(true);
    closedApp->setText(registration);
}

}  // namespace bitsmon
