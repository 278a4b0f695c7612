#include "job_store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace bits::embedded {

namespace {

const QString kFormat = QStringLiteral("bitsmon-embedded-jobs");

QJsonValue time(const std::optional<TimePoint> &t)
{
    if (!t)
        return QJsonValue::Null;
    return double(std::chrono::duration_cast<std::chrono::milliseconds>(t->time_since_epoch()).count());
}

// A whole number in [low, high] from a JSON number, or nullopt: the file is
// outside input, and converting an out-of-range double is undefined.
std::optional<qint64> whole(const QJsonValue &v, double low, double high)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= low && d <= high) || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

// Milliseconds since 1970 that TimePoint (nanoseconds in 64 bits) can hold:
// years 1678 to 2262.
constexpr double kMaxTimeMs = 9.2e12;

std::optional<TimePoint> time(const QJsonValue &v)
{
    const auto ms = whole(v, -kMaxTimeMs, kMaxTimeMs);
    if (!ms)
        return std::nullopt;
    return TimePoint(std::chrono::duration_cast<TimePoint::duration>(std::chrono::milliseconds(*ms)));
}

// Null, or a time that is well-formed; anything else marks the file damaged.
bool validTime(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || time(v).has_value();
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

// A sentence kept as its source and arguments, so that it is said in the
// language of whoever reads the job later: {"source", "args": [text |
// {"code"} | sentence], "count"}.
QJsonObject toJson(const Sentence &sentence)
{
    QJsonObject o;
    o[u"source"] = text(sentence.source);
    QJsonArray args;
    for (const SentenceArg &arg : sentence.args) {
        if (const std::string *words = arg.text())
            args.append(text(*words));
        else if (const Code *code = arg.code())
            args.append(QJsonObject{{QStringLiteral("code"), double(std::uint32_t(code->value))}});
        else
            args.append(toJson(*arg.sentence()));
    }
    o[u"args"] = args;
    if (sentence.count)
        o[u"count"] = double(*sentence.count);
    return o;
}

// Nullopt for anything but a sentence as toJson writes it, nested at most a
// few deep (the file is outside input).
std::optional<Sentence> sentenceFromJson(const QJsonValue &value, int depth = 0)
{
    constexpr int kMaxDepth = 4;
    if (!value.isObject() || depth > kMaxDepth)
        return std::nullopt;
    const QJsonObject o = value.toObject();
    if (!o[u"source"].isString() || !o[u"args"].isArray())
        return std::nullopt;
    Sentence sentence(text(o[u"source"]));
    for (const QJsonValue &arg : o[u"args"].toArray()) {
        if (arg.isString()) {
            sentence.args.emplace_back(text(arg));
        } else if (arg.isObject() && arg.toObject().contains(u"code")) {
            const auto code = whole(arg.toObject()[u"code"], 0, UINT32_MAX);
            if (!code)
                return std::nullopt;
            sentence.args.emplace_back(Code{HResult(std::uint32_t(*code))});
        } else if (auto nested = sentenceFromJson(arg, depth + 1)) {
            sentence.args.emplace_back(*nested);
        } else {
            return std::nullopt;
        }
    }
    if (o.contains(u"count")) {
        const auto count = whole(o[u"count"], -1e15, 1e15);
        if (!count)
            return std::nullopt;
        sentence.count = *count;
    }
    return sentence;
}

QJsonObject toJson(const PersistedJob &job)
{
    const JobSnapshot &r = job.record;
    QJsonObject o;
    o[u"id"] = text(r.id.toString());
    o[u"displayName"] = text(r.displayName);
    o[u"description"] = text(r.description);
    o[u"state"] = int(r.state);
    o[u"type"] = int(r.type);
    if (r.reply)
        o[u"reply"] = QJsonObject{{QStringLiteral("fileName"), text(r.reply->fileName)},
                                  {QStringLiteral("bytesTotal"), size(r.reply->bytesTotal)},
                                  {QStringLiteral("bytesTransferred"), size(r.reply->bytesTransferred)}};
    o[u"priority"] = int(r.priority.value_or(Priority::Normal));
    o[u"owner"] = text(r.owner);
    o[u"created"] = time(r.created);
    o[u"modified"] = time(r.modified);
    o[u"transferCompleted"] = time(r.transferCompleted);
    o[u"errorCount"] = double(r.errorCount);
    if (r.error) {
        QJsonObject e;
        e[u"context"] = int(r.error->context);
        e[u"code"] = double(std::uint32_t(r.error->code));
        e[u"description"] = text(r.error->description.english());  // for people reading the file
        e[u"sentence"] = toJson(r.error->description);
        e[u"fileUrl"] = text(r.error->fileUrl);
        o[u"error"] = e;
    }
    o[u"sequence"] = size(job.sequence);
    o[u"minimumRetryDelayMs"] = double(job.minimumRetryDelay.count());
    o[u"noProgressTimeoutMs"] = double(job.noProgressTimeout.count());
    QJsonArray files;
    for (std::size_t i = 0; i < r.files.size(); ++i) {
        const FileSnapshot &f = r.files[i];
        const FileExtra &x = job.files[i];
        QJsonObject fo;
        fo[u"remoteUrl"] = text(f.remoteUrl);
        fo[u"localName"] = text(f.localName);
        fo[u"bytesTotal"] = size(f.bytesTotal);
        fo[u"bytesTransferred"] = size(f.bytesTransferred);
        fo[u"completed"] = f.completed;
        fo[u"tempPath"] = x.tempPath;
        fo[u"validator"] = text(x.validator);
        fo[u"sha256"] = text(x.expectedSha256);
        fo[u"folder"] = x.folder;
        if (!x.uploadSession.empty())
            fo[u"uploadSession"] = text(x.uploadSession);
        if (!x.uploadSource.empty())
            fo[u"uploadSource"] = text(x.uploadSource);
        files.append(fo);
    }
    o[u"files"] = files;
    return o;
}

bool fromJson(const QJsonObject &o, PersistedJob &job)
{
    JobSnapshot &r = job.record;
    auto id = JobId::parse(text(o[u"id"]));
    const int state = o[u"state"].toInt(-1);
    const int type = o[u"type"].toInt(0);  // lists written before uploads hold downloads
    const int priority = o[u"priority"].toInt(-1);
    constexpr double kMaxDelayMs = 365.0 * 24 * 3600 * 1000;  // a year: far beyond any BITS setting
    const auto retryDelay = whole(o[u"minimumRetryDelayMs"], 0, kMaxDelayMs);
    const auto noProgress = whole(o[u"noProgressTimeoutMs"], 0, kMaxDelayMs);
    const auto errorCount = whole(o[u"errorCount"], 0, UINT32_MAX);
    if (!id || state < 0 || state >= kJobStateCount || priority < 0 || priority > 3 || type < 0 || type > 2
        || !o[u"files"].isArray() || o[u"files"].toArray().size() > qsizetype(kMaxFilesPerJob) || !retryDelay
        || !noProgress || !errorCount || !validTime(o[u"created"]) || !validTime(o[u"modified"])
        || !validTime(o[u"transferCompleted"]))
        return false;
    bool ok = true;
    r.id = *id;
    r.displayName = text(o[u"displayName"]);
    r.description = text(o[u"description"]);
    r.state = JobState(state);
    r.type = JobType(type);
    if (o[u"reply"].isObject()) {
        const QJsonObject reply = o[u"reply"].toObject();
        r.reply = JobSnapshot::Reply{text(reply[u"fileName"]), size(reply[u"bytesTotal"], ok),
                                     size(reply[u"bytesTransferred"], ok)};
    }
    r.priority = Priority(priority);
    r.owner = text(o[u"owner"]);
    r.created = time(o[u"created"]);
    r.modified = time(o[u"modified"]);
    r.transferCompleted = time(o[u"transferCompleted"]);
    r.errorCount = std::uint32_t(*errorCount);
    if (o[u"error"].isObject()) {
        const QJsonObject e = o[u"error"].toObject();
        const auto context = whole(e[u"context"], 0, double(ErrorContext::RemoteApplication));
        const auto code = whole(e[u"code"], 0, UINT32_MAX);
        if (!context || !code)
            return false;
        std::optional<Sentence> description = sentenceFromJson(e[u"sentence"]);
        r.error = JobError{ErrorContext(*context), HResult(std::uint32_t(*code)),
                           description ? std::move(*description) : Sentence::verbatim(text(e[u"description"])),
                           text(e[u"fileUrl"])};
    }
    job.sequence = size(o[u"sequence"], ok);
    job.minimumRetryDelay = std::chrono::milliseconds(*retryDelay);
    job.noProgressTimeout = std::chrono::milliseconds(*noProgress);
    for (const QJsonValue &value : o[u"files"].toArray()) {
        const QJsonObject fo = value.toObject();
        FileSnapshot f;
        f.remoteUrl = text(fo[u"remoteUrl"]);
        f.localName = text(fo[u"localName"]);
        f.bytesTotal = size(fo[u"bytesTotal"], ok);
        f.bytesTransferred = size(fo[u"bytesTransferred"], ok);
        f.completed = fo[u"completed"].toBool();
        FileExtra x;
        x.tempPath = fo[u"tempPath"].toString();
        x.validator = text(fo[u"validator"]);
        x.expectedSha256 = text(fo[u"sha256"]);
        x.folder = fo[u"folder"].toString();
        x.uploadSession = text(fo[u"uploadSession"]);
        x.uploadSource = text(fo[u"uploadSource"]);
        if (f.remoteUrl.empty() || f.localName.empty()
            || (f.bytesTotal != kSizeUnknown && f.bytesTransferred > f.bytesTotal))
            return false;
        r.files.push_back(std::move(f));
        job.files.push_back(std::move(x));
    }
    r.filesTotal = std::uint32_t(r.files.size());
    return ok && !r.files.empty();
}

}  // namespace

JobStore::Decoded JobStore::decode(const QByteArray &bytes)
{
    Decoded decoded;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject root = document.object();
    const int version = root[u"version"].toInt(0);
    if (error.error != QJsonParseError::NoError || !document.isObject() || root[u"format"].toString() != kFormat
        || version < 1 || !root[u"jobs"].isArray()) {
        decoded.status = Decoded::Damaged;
        return decoded;
    }
    if (version > kStoreFormatVersion) {
        decoded.status = Decoded::Newer;
        decoded.version = version;
        return decoded;
    }
    decoded.version = version;
    for (const QJsonValue &value : root[u"jobs"].toArray()) {
        PersistedJob job;
        if (!value.isObject() || !fromJson(value.toObject(), job)) {
            decoded.jobs.clear();
            decoded.status = Decoded::Damaged;
            return decoded;
        }
        decoded.jobs.push_back(std::move(job));
    }
    return decoded;
}

QByteArray JobStore::encode(const std::vector<const PersistedJob *> &jobs)
{
    QJsonArray array;
    for (const PersistedJob *job : jobs)
        array.append(toJson(*job));
    QJsonObject root;
    root[u"format"] = kFormat;
    root[u"version"] = kStoreFormatVersion;
    root[u"jobs"] = array;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

JobStore::Loaded JobStore::load() const
{
    Loaded loaded;
    QFile file(m_path);
    if (!file.exists())
        return loaded;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.notice = Sentence(BITS_TR_NOOP("bits",
                                              "The job list \"%1\" could not be read (%2); bitsmon leaves it as it is "
                                              "and keeps new jobs in memory only."),
                                 {m_path.toStdString(), file.errorString().toStdString()});
        loaded.writable = false;
        return loaded;
    }
    Decoded decoded = decode(file.readAll());
    file.close();
    switch (decoded.status) {
    case Decoded::Good:
        loaded.jobs = std::move(decoded.jobs);
        break;
    case Decoded::Newer:
        loaded.notice = Sentence(BITS_TR_NOOP("bits",
                                              "The job list \"%1\" was written by a newer bitsmon (format %2). This "
                                              "version does not read it and leaves it untouched; update bitsmon to see "
                                              "those jobs. New jobs are kept in memory only."),
                                 {m_path.toStdString(), std::to_string(decoded.version)});
        loaded.writable = false;
        break;
    case Decoded::Damaged: {
        const QString aside = m_path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(m_path, aside);
        loaded.notice = Sentence(BITS_TR_NOOP("bits",
                                              "The job list \"%1\" was damaged; it was moved to \"%2\" and bitsmon "
                                              "started with an empty list."),
                                 {m_path.toStdString(), aside.toStdString()});
        break;
    }
    }
    return loaded;
}

bool JobStore::save(const std::vector<const PersistedJob *> &jobs, Sentence &error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encode(jobs)) < 0 || !file.commit()) {
        error = Sentence(BITS_TR_NOOP("bits", "The job list \"%1\" could not be saved: %2."),
                         {m_path.toStdString(), file.errorString().toStdString()});
        return false;
    }
    return true;
}

}  // namespace bits::embedded
