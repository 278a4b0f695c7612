// The settings a person may change.
#pragma once

#include "settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace bitsmon {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);
    Settings settings() const;

    // Where BITS can start bitsmon (Windows): the choice of what it then does
    // is offered, under `registration`, one sentence on whether and to which
    // bitsmon.exe the notification class is registered. Otherwise the dialog
    // says what happens when bitsmon quits: the embedded service stops.
    void offerClosedApp(const QString &registration);

    QSpinBox *tick;
    QSpinBox *poll;
    QComboBox *jobs;
    QComboBox *notifications;
    QCheckBox *autoRetry;
    QComboBox *language;
    QComboBox *theme;
    QComboBox *whenClosed;
    QLabel *closedApp;  // what happens while bitsmon is closed

private:
    QLabel *m_whenClosedLabel;
};

}  // namespace bitsmon
