// The settings a person may change.
#pragma once

#include "settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace bitsmon {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);
    Settings settings() const;

    QSpinBox *tick;
    QSpinBox *poll;
    QComboBox *jobs;
    QComboBox *notifications;
    QCheckBox *autoRetry;
    QComboBox *language;
};

}  // namespace bitsmon
