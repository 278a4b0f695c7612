// The tray icon: the aggregate state at a glance (idle, transferring,
// error), a short summary in its tooltip, a menu, and the notifications.
#pragma once

#include "job_summary.h"
#include "notification_policy.h"

#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace bitsmon {

class JobTableModel;
class MainWindow;

// The three looks of the icon, drawn (no image files needed).
enum class TrayLook {
    Idle,
    Transferring,
    Error
};
QIcon trayIcon(TrayLook look);
TrayLook trayLook(const JobSummary &summary);

class TrayIcon : public QObject {
    Q_OBJECT
public:
    TrayIcon(MainWindow &window, JobTableModel &model, QObject *parent = nullptr);

    // True when the desktop has a system tray to show it in.
    static bool isAvailable();
    void show();
    void notify(const Notice &notice);
    TrayLook look() const { return m_look; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void pauseOursRequested();
    void newDownloadRequested();
    void quitRequested();

private:
    void redraw();  // the icon and its tooltip, from the model's summary
    void showWindow();

    MainWindow &m_window;
    JobTableModel &m_model;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    TrayLook m_look = TrayLook::Idle;
    bits::JobId m_lastNotified;
};

}  // namespace bitsmon
