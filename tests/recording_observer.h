// An Observer for tests: records every callback, thread-safe.
#pragma once

#include "engine/bits/service.h"

#include <mutex>
#include <vector>

struct RecordingObserver final : bits::Observer {
    struct Call {
        char kind;  // 'T'ransferred, 'E'rror, 'M'odification, 'F'ile
        bits::JobId job;
        std::uint32_t file;
    };

    void jobTransferred(const bits::JobId &job) noexcept override { add('T', job, 0); }
    void jobError(const bits::JobId &job) noexcept override { add('E', job, 0); }
    void jobModification(const bits::JobId &job) noexcept override { add('M', job, 0); }
    void fileTransferred(const bits::JobId &job, std::uint32_t file) noexcept override { add('F', job, file); }

    int count(char kind) const
    {
        std::lock_guard lock(mutex);
        int n = 0;
        for (const Call &call : calls)
            n += call.kind == kind;
        return n;
    }
    std::vector<std::uint32_t> files() const
    {
        std::lock_guard lock(mutex);
        std::vector<std::uint32_t> out;
        for (const Call &call : calls)
            if (call.kind == 'F')
                out.push_back(call.file);
        return out;
    }

private:
    void add(char kind, const bits::JobId &job, std::uint32_t file)
    {
        std::lock_guard lock(mutex);
        calls.push_back({kind, job, file});
    }

    mutable std::mutex mutex;
    std::vector<Call> calls;
};
