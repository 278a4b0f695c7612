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
    // A download's files land on the local names; an upload's local name is
    // what it sends, and only an upload-reply's reply lands here.
    std::vector<std::string> destinations;
    if (!bits::isUpload(job.type)) {
        for (const bits::FileSnapshot &file : job.files)
            destinations.push_back(file.localName);
    } else if (job.reply) {
        destinations.push_back(job.reply->fileName);
    }
    QStringList existing;
    for (const std::string &destination : destinations) {
        const QFileInfo info(QString::fromStdString(destination));
        if (info.exists() || info.isSymLink())
            existing << QDir::toNativeSeparators(info.filePath());
    }
    return existing;
}

}  // namespace bitsmon
