// The main window: the job table with a filter and a status line.
#pragma once

#include "engine/bits/snapshot.h"

#include <QMainWindow>

class QLabel;
class QSettings;
class QSplitter;
class QLineEdit;
class QTableView;

namespace bitsmon {

class DetailsPane;
class JobActions;
class JobCommands;
class JobFilterModel;
class JobTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(JobTableModel *model, JobCommands &commands, QWidget *parent = nullptr);

    JobActions *actions() const { return m_actions; }
    DetailsPane *details() const { return m_details; }
    QTableView *view() const { return m_view; }
    JobFilterModel *filterModel() const { return m_filter; }
    // Shows a sentence in the status line for a while.
    void showMessage(const QString &text, int timeoutMs = 8000);
    void setServiceName(const QString &name);
    // Window geometry, splitter, columns (order, widths, visibility) and sort.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    // Opens the new-download dialog; a validated job comes out of newDownload().
    void askNewDownload();

    // When set, closing the window hides it (bitsmon lives on in the tray).
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }

Q_SIGNALS:
    void newDownload(const bits::NewJob &job);
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateSelection();

    JobTableModel *m_model;
    JobFilterModel *m_filter;
    JobActions *m_actions;
    DetailsPane *m_details;
    QTableView *m_view;
    QLineEdit *m_filterEdit;
    QLabel *m_summary;
    QLabel *m_service;
    bool m_hideOnClose = false;
    QSplitter *m_splitter = nullptr;
};

}  // namespace bitsmon
