#include "job_store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bits::embedded {

namespace {

const QString kFormat = QStringLiteral("bitsmon-embedded-jobs");

QJsonValue time(const std::optional<TimePoint> &t)
{
    if (!t)
        return QJsonValue::Null;
    return double(std::chrono::duration_cast<std::chrono::milliseconds>(t->time_since_epoch()).count());
}

std::optional<TimePoint> time(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    return TimePoint(std::chrono::duration_cast<TimePoint::duration>(std::chrono::milliseconds(qint64(v.toDouble()))));
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string text(const QJsonValue &v)
{
    return v.toString().toStdString();
}

// Sizes go as strings: a double cannot hold every 64-bit value.
QJsonValue size(std::uint64_t n)
{
    return QString::number(n);
}

std::uint64_t size(const QJsonValue &v, bool &ok)
{
    bool good = false;
    const std::uint64_t n = v.toString().toULongLong(&good);
    ok = ok && good;
    return n;
}

QJsonObject toJson(const PersistedJob &job)
{
    const JobSnapshot &r = job.record;
    QJsonObject o;
    o["id"] = text(r.id.toString());
    o["displayName"] = text(r.displayName);
    o["description"] = text(r.description);
    o["state"] = int(r.state);
    o["priority"] = int(r.priority.value_or(Priority::Normal));
    o["owner"] = text(r.owner);
    o["created"] = time(r.created);
    o["modified"] = time(r.modified);
    o["transferCompleted"] = time(r.transferCompleted);
    o["errorCount"] = int(r.errorCount);
    if (r.error) {
        QJsonObject e;
        e["context"] = int(r.error->context);
        e["code"] = double(std::uint32_t(r.error->code));
        e["description"] = text(r.error->description);
        e["fileUrl"] = text(r.error->fileUrl);
        o["error"] = e;
    }
    o["sequence"] = size(job.sequence);
    o["minimumRetryDelayMs"] = double(job.minimumRetryDelay.count());
    o["noProgressTimeoutMs"] = double(job.noProgressTimeout.count());
    QJsonArray files;
    for (std::size_t i = 0; i < r.files.size(); ++i) {
        const FileSnapshot &f = r.files[i];
        const FileExtra &x = job.files[i];
        QJsonObject fo;
        fo["remoteUrl"] = text(f.remoteUrl);
        fo["localName"] = text(f.localName);
        fo["bytesTotal"] = size(f.bytesTotal);
        fo["bytesTransferred"] = size(f.bytesTransferred);
        fo["completed"] = f.completed;
        fo["tempPath"] = x.tempPath;
        fo["validator"] = text(x.validator);
        fo["sha256"] = text(x.expectedSha256);
        fo["folder"] = x.folder;
        files.append(fo);
    }
    o["files"] = files;
    return o;
}

bool fromJson(const QJsonObject &o, PersistedJob &job)
{
    JobSnapshot &r = job.record;
    auto id = JobId::parse(text(o["id"]));
    const int state = o["state"].toInt(-1);
    const int priority = o["priority"].toInt(-1);
    if (!id || state < 0 || state >= kJobStateCount || priority < 0 || priority > 3 || !o["files"].isArray())
        return false;
    bool ok = true;
    r.id = *id;
    r.displayName = text(o["displayName"]);
    r.description = text(o["description"]);
    r.state = JobState(state);
    r.priority = Priority(priority);
    r.owner = text(o["owner"]);
    r.created = time(o["created"]);
    r.modified = time(o["modified"]);
    r.transferCompleted = time(o["transferCompleted"]);
    r.errorCount = std::uint32_t(o["errorCount"].toInt());
    if (o["error"].isObject()) {
        const QJsonObject e = o["error"].toObject();
        r.error = JobError{ErrorContext(e["context"].toInt()), HResult(std::uint32_t(e["code"].toDouble())),
                           text(e["description"]), text(e["fileUrl"])};
    }
    job.sequence = size(o["sequence"], ok);
    job.minimumRetryDelay = std::chrono::milliseconds(qint64(o["minimumRetryDelayMs"].toDouble()));
    job.noProgressTimeout = std::chrono::milliseconds(qint64(o["noProgressTimeoutMs"].toDouble()));
    for (const QJsonValue &value : o["files"].toArray()) {
        const QJsonObject fo = value.toObject();
        FileSnapshot f;
        f.remoteUrl = text(fo["remoteUrl"]);
        f.localName = text(fo["localName"]);
        f.bytesTotal = size(fo["bytesTotal"], ok);
        f.bytesTransferred = size(fo["bytesTransferred"], ok);
        f.completed = fo["completed"].toBool();
        FileExtra x;
        x.tempPath = fo["tempPath"].toString();
        x.validator = text(fo["validator"]);
        x.expectedSha256 = text(fo["sha256"]);
        x.folder = fo["folder"].toString();
        if (f.remoteUrl.empty() || f.localName.empty())
            return false;
        r.files.push_back(std::move(f));
        job.files.push_back(std::move(x));
    }
    r.filesTotal = std::uint32_t(r.files.size());
    return ok && !r.files.empty();
}

}  // namespace

JobStore::Loaded JobStore::load() const
{
    Loaded loaded;
    QFile file(m_path);
    if (!file.exists())
        return loaded;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.notice = "The job list \"" + m_path.toStdString() + "\" could not be read (" + file.errorString().toStdString()
            + "); bitsmon leaves it as it is and keeps new jobs in memory only.";
        loaded.writable = false;
        return loaded;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    const QJsonObject root = document.object();
    const int version = root["version"].toInt(0);
    bool good = error.error == QJsonParseError::NoError && document.isObject() && root["format"].toString() == kFormat
        && version >= 1 && root["jobs"].isArray();
    if (good && version > kStoreFormatVersion) {
        loaded.notice = "The job list \"" + m_path.toStdString() + "\" was written by a newer bitsmon (format "
            + std::to_string(version) + "). This version does not read it and leaves it untouched; update bitsmon "
            "to see those jobs. New jobs are kept in memory only.";
        loaded.writable = false;
        return loaded;
    }
    if (good) {
        for (const QJsonValue &value : root["jobs"].toArray()) {
            PersistedJob job;
            if (!value.isObject() || !fromJson(value.toObject(), job)) {
                good = false;
                break;
            }
            loaded.jobs.push_back(std::move(job));
        }
    }
    if (!good) {
        loaded.jobs.clear();
        const QString aside = m_path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(m_path, aside);
        loaded.notice = "The job list \"" + m_path.toStdString() + "\" was damaged; it was moved to \""
            + aside.toStdString() + "\" and bitsmon started with an empty list.";
    }
    return loaded;
}

bool JobStore::save(const std::vector<const PersistedJob *> &jobs, std::string &error) const
{
    QJsonArray array;
    for (const PersistedJob *job : jobs)
        array.append(toJson(*job));
    QJsonObject root;
    root["format"] = kFormat;
    root["version"] = kStoreFormatVersion;
    root["jobs"] = array;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        error = "The job list \"" + m_path.toStdString() + "\" could not be saved: " + file.errorString().toStdString();
        return false;
    }
    return true;
}

}  // namespace bits::embedded
