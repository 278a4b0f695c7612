// Jobs for the model tests: "job N" with N of 1000 bytes transferred and one
// file at http://127.0.0.1/fileN, owned by alice.
#pragma once

#include "job_table_model.h"

#include "engine/feed/job_batch.h"

#include <QAbstractItemModelTester>

#include <string>
#include <vector>

inline bits::JobSnapshot sampleJob(int n, bits::JobState state = bits::JobState::Transferring)
{
    bits::JobSnapshot job;
    job.id = bits::JobId::generate();
    job.displayName = "job " + std::to_string(n);
    job.state = state;
    job.priority = bits::Priority::Normal;
    job.owner = "alice";
    job.bytesTotal = 1000;
    job.bytesTransferred = std::uint64_t(n);
    job.filesTotal = 1;
    job.files.push_back(
        {"http://127.0.0.1/file" + std::to_string(n), "/tmp/file" + std::to_string(n), 1000, std::uint64_t(n), false});
    return job;
}

inline bits::feed::JobBatch addedBatch(const std::vector<bits::JobSnapshot> &jobs)
{
    bits::feed::JobBatch batch;
    batch.added = jobs;
    batch.takenAt = std::chrono::steady_clock::now();
    return batch;
}

// A batch in which `jobs` changed, taken now.
inline bits::feed::JobBatch changedBatch(const std::vector<bits::JobSnapshot> &jobs)
{
    bits::feed::JobBatch batch;
    batch.changed = jobs;
    batch.takenAt = std::chrono::steady_clock::now();
    return batch;
}

// A model holding sampleJob(0) .. sampleJob(rows - 1), checked by the tester.
struct SampleTable {
    bitsmon::JobTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    std::vector<bits::JobSnapshot> jobs;

    explicit SampleTable(int rows)
    {
        for (int i = 0; i < rows; ++i)
            jobs.push_back(sampleJob(i));
        model.applyBatch(addedBatch(jobs));
    }
};
