#include "own_jobs.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace bitsmon {

namespace {
const QString kKey = QStringLiteral("jobs/ours");
}

OwnJobs::OwnJobs(QSettings &settings)
    : m_settings(settings)
{
}

std::vector<bits::JobId> OwnJobs::load() const
{
    std::vector<bits::JobId> jobs;
    for (const QString &text : m_settings.value(kKey).toStringList()) {
        if (auto id = bits::JobId::parse(text.toStdString()); id && !id->isNull())
            if (std::find(jobs.begin(), jobs.end(), *id) == jobs.end())
                jobs.push_back(*id);
    }
    return jobs;
}

void OwnJobs::add(const bits::JobId &job)
{
    std::vector<bits::JobId> jobs = load();
    if (std::find(jobs.begin(), jobs.end(), job) == jobs.end()) {
        jobs.push_back(job);
        save(jobs);
    }
}

void OwnJobs::remove(const bits::JobId &job)
{
    std::vector<bits::JobId> jobs = load();
    if (std::erase(jobs, job))
        save(jobs);
}

void OwnJobs::save(const std::vector<bits::JobId> &jobs)
{
    QStringList texts;
    for (const bits::JobId &job : jobs)
        texts << QString::fromStdString(job.toString());
    m_settings.setValue(kKey, texts);
    m_settings.sync();  // a crash right after creating a job must not forget it
}

}  // namespace bitsmon
