#include "tray_icon.h"

#include "format.h"
#include "job_filter_model.h"
#include "job_table_model.h"
#include "main_window.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <QTableView>

namespace bitsmon {

QIcon trayIcon(TrayLook look)
{
    const QColor colour = look == TrayLook::Error ? QColor(0xC0, 0x1C, 0x28)
        : look == TrayLook::Transferring          ? QColor(0x1C, 0x71, 0xD8)
                                                  : QColor(0x77, 0x76, 0x7B);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QPen pen(Qt::white, std::max(1.5, size / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const double s = size;
        if (look == TrayLook::Error) {
            p.drawLine(QPointF(s / 2, s * 0.22), QPointF(s / 2, s * 0.58));
            p.drawPoint(QPointF(s / 2, s * 0.76));
        } else {
            QPainterPath arrow;
            arrow.moveTo(s / 2, s * 0.2);
            arrow.lineTo(s / 2, s * 0.66);
            arrow.moveTo(s * 0.32, s * 0.5);
            arrow.lineTo(s / 2, s * 0.68);
            arrow.lineTo(s * 0.68, s * 0.5);
            p.drawPath(arrow);
            p.drawLine(QPointF(s * 0.3, s * 0.8), QPointF(s * 0.7, s * 0.8));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

TrayLook trayLook(const JobSummary &summary)
{
    if (summary.listedFailed)
        return TrayLook::Error;
    return summary.listedActive ? TrayLook::Transferring : TrayLook::Idle;
}

TrayIcon::TrayIcon(MainWindow &window, JobTableModel &model, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    connect(this, &QObject::destroyed, m_menu, [menu = m_menu] { delete menu; });
    QAction *toggle = m_menu->addAction(tr("Show or hide the window"));
    connect(toggle, &QAction::triggered, this, [this] {
        if (m_window.isVisible() && !m_window.isMinimized())
            m_window.hide();
        else
            showWindow();
    });
    m_menu->addAction(tr("&New download..."), this, &TrayIcon::newDownloadRequested);
    //: pause (suspend) every job bitsmon created
    m_menu->addAction(tr("&Pause all of mine"), this, &TrayIcon::pauseOursRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        // Clicking a notification shows its job.
        const int row = m_model.rowOf(m_lastNotified);
        if (row >= 0) {
            const QModelIndex index = m_window.filterModel()->mapFromSource(m_model.index(row, 0));
            m_window.view()->selectRow(index.row());
            m_window.view()->scrollTo(index);
        }
    });
    connect(&model, &JobTableModel::summaryChanged, this, &TrayIcon::redraw);
    m_tray->setIcon(trayIcon(m_look));
    redraw();
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::notify(const Notice &notice)
{
    m_lastNotified = notice.job;
    m_tray->showMessage(notice.title, notice.body,
                        notice.kind != Notice::Kind::Finished ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                        10000);
}

void TrayIcon::redraw()
{
    const JobSummary &summary = m_model.summary();
    const TrayLook look = trayLook(summary);
    if (look != m_look) {
        m_look = look;
        m_tray->setIcon(trayIcon(look));
    }
    m_tray->setToolTip(QStringLiteral("bitsmon\n") + Format::summary(summary));
}

void TrayIcon::showWindow()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

}  // namespace bitsmon
