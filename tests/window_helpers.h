// What the window tests share: commands that record what the window asked of
// the service, and whether a widget is whole in a scroll area's view.
#pragma once

#include "job_commands.h"

#include <QLabel>
#include <QScrollArea>
#include <QStringList>
#include <QWidget>

struct RecordingCommands : bitsmon::JobCommands {
    void resume(const bits::JobId &id) override { said << "resume " + QString::fromStdString(id.toString()); }
    void suspend(const bits::JobId &) override { }
    void cancel(const bits::JobId &) override { }
    void complete(const bits::JobId &) override { }
    void setPriority(const bits::JobId &id, bits::Priority priority) override
    {
        said << QString("priority %1 ").arg(int(priority)) + QString::fromStdString(id.toString());
    }
    void rereadAll() override { }
    void replyData(const bits::JobId &id, ReplyDone done) override
    {
        said << "reply " + QString::fromStdString(id.toString());
        done(reply);
    }
    bits::Outcome<std::vector<std::uint8_t>> reply = std::vector<std::uint8_t>{};  // what replyData answers
    QStringList said;  // what the window asked of the service
};

// The label under `parent` that shows `text`, or null.
inline const QLabel *labelShowing(const QWidget *parent, const QString &text)
{
    for (const QLabel *label : parent->findChildren<QLabel *>())
        if (label->text() == text)
            return label;
    return nullptr;
}

// Empty when `widget` is whole in `scroll`'s view, else where it is.
inline QString outOfView(const QWidget *widget, const QScrollArea *scroll)
{
    const QRect where(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
    if (scroll->viewport()->rect().contains(where))
        return {};
    return QString("%1 at %2,%3 %4x%5 in a %6x%7 view")
        .arg(widget->objectName().isEmpty() ? widget->metaObject()->className() : widget->objectName())
        .arg(where.x())
        .arg(where.y())
        .arg(where.width())
        .arg(where.height())
        .arg(scroll->viewport()->width())
        .arg(scroll->viewport()->height());
}
