#include "settings.h"

#include <QSettings>

#include <algorithm>

namespace bitsmon {

using namespace Qt::Literals::StringLiterals;

Settings Settings::load(const QSettings &s)
{
    Settings out;
    // Out-of-range values (a hand-edited file) are brought back into range.
    out.tickMs = std::clamp(s.value("refresh/tickMs", out.tickMs).toInt(), 20, 5000);
    out.pollSeconds = std::clamp(s.value("refresh/pollSeconds", out.pollSeconds).toInt(), 1, 600);
    out.allUsersJobs = s.value("jobs/allUsers", out.allUsersJobs).toBool();
    out.notifyAllJobs = s.value("notifications/allJobs", out.notifyAllJobs).toBool();
    out.autoRetryForeground = s.value("jobs/autoRetryForeground", out.autoRetryForeground).toBool();
    const QString language = s.value("ui/language").toString();
    out.language = (language == "en"_L1 || language == "fr"_L1 || language == "zh_TW"_L1) ? language : QString();
    const QString theme = s.value("ui/theme").toString();
    out.theme = (theme == "light"_L1 || theme == "dark"_L1) ? theme : QString();
    const QString whenClosed = s.value("closedApp/whenFinished").toString();
    if (whenClosed == "notify"_L1)
        out.whenClosed = WhenClosed::NotifyOnly;
    else if (whenClosed == "nothing"_L1)
        out.whenClosed = WhenClosed::Nothing;
    return out;
}

void Settings::save(QSettings &s) const
{
    s.setValue("refresh/tickMs", tickMs);
    s.setValue("refresh/pollSeconds", pollSeconds);
    s.setValue("jobs/allUsers", allUsersJobs);
    s.setValue("notifications/allJobs", notifyAllJobs);
    s.setValue("jobs/autoRetryForeground", autoRetryForeground);
    s.setValue("ui/language", language);
    s.setValue("ui/theme", theme);
    s.setValue("closedApp/whenFinished",
               whenClosed == WhenClosed::NotifyOnly    ? u"notify"_s
                   : whenClosed == WhenClosed::Nothing ? u"nothing"_s
                                                       : u"complete"_s);
}

}  // namespace bitsmon
