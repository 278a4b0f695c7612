#include "destinations.h"

#include "engine/bits/validation.h"

#include <QFileInfo>

namespace bitsmon {

std::string destinationIn(const QDir &folder, const std::string &url)
{
    const QString file = QString::fromStdString(bits::fileNameFromUrl(url));
    return QDir::toNativeSeparators(QDir::cleanPath(folder.filePath(file))).toStdString();
}

QStringList existingDestinations(const bits::JobSnapshot &job)
{
    QStringList existing;
    for (const bits::FileSnapshot &file : job.files) {
        const QFileInfo info(QString::fromStdString(file.localName));
        if (info.exists() || info.isSymLink())
            existing << QDir::toNativeSeparators(info.filePath());
    }
    return existing;
}

}  // namespace bitsmon
