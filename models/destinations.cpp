#include "destinations.h"

#include <QFileInfo>

namespace bitsmon {

QStringList existingDestinations(const bits::JobSnapshot &job)
{
    QStringList existing;
    for (const bits::FileSnapshot &file : job.files) {
        const QFileInfo info(QString::fromStdString(file.localName));
        if (info.exists() || info.isSymLink())
            existing << info.filePath();
    }
    return existing;
}

}  // namespace bitsmon
