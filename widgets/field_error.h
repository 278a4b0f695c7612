// The red sentence under a dialog's field that says what is wrong with it:
// hidden while there is nothing to say. The new-download and new-upload
// dialogs share it.
#pragma once

#include <QLabel>

namespace bitsmon {

inline QLabel *fieldErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c01c28"));
    label->hide();
    return label;
}

inline void showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

}  // namespace bitsmon
