// bitsmon's settings, as stored (QSettings) and as the settings dialog edits them.
#pragma once

#include <QString>

class QSettings;

namespace bitsmon {

struct Settings {
    // Windows: what a bitsmon that BITS started (a download of bitsmon's
    // finished while it was closed) does with the job.
    enum class WhenClosed {
        CompleteAndNotify,
        NotifyOnly,
        Nothing
    };

    int tickMs = 100;                  // how often a batch reaches the table
    int pollSeconds = 2;               // how often every job is re-read
    bool allUsersJobs = true;          // false: only the current user's jobs are shown
    bool notifyAllJobs = false;        // false: only bitsmon's own jobs notify
    bool autoRetryForeground = false;  // retry bitsmon's own range failures at once
    QString language;                  // "" follows the system; "en", "fr", "zh_TW"
    QString theme;                     // "" follows the system; "light", "dark" (Fusion)
    WhenClosed whenClosed = WhenClosed::CompleteAndNotify;

    static Settings load(const QSettings &settings);
    void save(QSettings &settings) const;
    friend bool operator==(const Settings &, const Settings &) = default;
};

}  // namespace bitsmon
