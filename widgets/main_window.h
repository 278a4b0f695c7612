// The main window: the job table with a filter and a status line.
#pragma once

#include "rate_history.h"

#include "engine/bits/snapshot.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QMimeData;
class QSettings;
class QSplitter;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace bitsmon {

class DetailsPane;
class JobActions;
class JobCommands;
class JobFilterModel;
class JobTableModel;
class JobView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(JobTableModel *model, JobCommands &commands, QWidget *parent = nullptr);

    JobActions *actions() const { return m_actions; }
    DetailsPane *details() const { return m_details; }
    QTableView *view() const;
    JobFilterModel *filterModel() const { return m_filter; }
    // Shows a sentence in the status line for a while.
    void showMessage(const QString &text, int timeoutMs = 8000);
    // Shows `text` as news of `job` ("Download started."). When the job then
    // stops being at work (finished, failed, paused, cancelled), the line
    // says that instead: it never outlives what it told.
    void showJobMessage(const bits::JobId &job, const QString &text);
    void setServiceName(const QString &name);
    // Help: the About box's text, and every keyboard shortcut with what it does.
    QString aboutText() const;
    QList<QPair<QString, QString>> shortcuts() const;
    // The README that came with bitsmon, or empty (a build tree has none).
    static QString documentationPath();
    // Window geometry, splitter, columns (order, widths, visibility) and sort.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    // Opens the new-download dialog, with `urls` filled in; a validated job
    // comes out of newJob().
    void askNewDownload(const QStringList &urls = {});
    // Opens the new-upload dialog; a validated job comes out of newJob().
    void askNewUpload();
    // The http:// and https:// links dropped or pasted: the URLs of `data`,
    // else every link in its text. Without duplicates, in their order.
    static QStringList linksIn(const QMimeData &data);
    // Offers the links of the clipboard for download (File > Paste links).
    void pasteLinks();

    // The window's size at its first start (later, the size it was left at),
    // for a screen whose available area is `available`.
    static QSize firstSize(const QSize &available);

    // When set, closing the window hides it (bitsmon lives on in the tray).
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }

Q_SIGNALS:
    // A download or an upload the user asked for, checked.
    void newJob(const bits::NewJob &job);
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateSelection();
    void addHelpMenu();
    void showShortcuts();
    void followMessageJob();
    void setUpAccessibility(QWidget *details);
    // The details pane's graph: the selected job's rate and time left, or
    // every job's rate when none (or several) is selected.
    void showRates();
    // What the empty table says: how to start, or that the filter hides all.
    void updateEmptyText();

    JobTableModel *m_model;
    JobFilterModel *m_filter;
    JobActions *m_actions;
    DetailsPane *m_details;
    JobView *m_view;
    QLineEdit *m_filterEdit;
    QComboBox *m_typeFilter;
    QLabel *m_summary;
    QLabel *m_service;
    bool m_hideOnClose = false;
    QString m_serviceName;
    std::optional<bits::JobId> m_messageJob;  // the job the status line's message is about
    QString m_messageText;
    std::optional<bits::JobState> m_messageState;  // the state the line tells, once not the first text's
    bool m_messageJobWorked = false;               // seen at work since the first text
    QSplitter *m_splitter = nullptr;
    RateHistory m_rates;
    QTimer *m_rateTimer;  // a sample a second, only while something moves
};

}  // namespace bitsmon
