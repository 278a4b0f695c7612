// The GUIDs of the jobs bitsmon created, kept across runs, so that at start
// it re-subscribes to exactly those (and never to another program's job).
#pragma once

#include "engine/bits/job_id.h"

#include <vector>

class QSettings;

namespace bitsmon {

class OwnJobs {
public:
    explicit OwnJobs(QSettings &settings);

    // Malformed entries (a hand-edited file) are skipped, not fatal.
    std::vector<bits::JobId> load() const;
    void add(const bits::JobId &job);
    void remove(const bits::JobId &job);

private:
    void save(const std::vector<bits::JobId> &jobs);

    QSettings &m_settings;
};

}  // namespace bitsmon
