// What the job actions ask of the transfer service. The app forwards these
// to the feed (so every call runs on the worker); tests record them.
#pragma once

#include "engine/bits/outcome.h"
#include "engine/bits/snapshot.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace bitsmon {

class JobCommands {
public:
    virtual ~JobCommands() = default;
    virtual void resume(const bits::JobId &job) = 0;
    virtual void suspend(const bits::JobId &job) = 0;
    virtual void cancel(const bits::JobId &job) = 0;
    virtual void complete(const bits::JobId &job) = 0;
    virtual void setPriority(const bits::JobId &job, bits::Priority priority) = 0;
    virtual void rereadAll() = 0;  // the Refresh action (F5)
    using ReplyDone = std::function<void(const bits::Outcome<std::vector<std::uint8_t>> &)>;
    // An upload-reply job's reply in memory; `done` runs later, on the GUI
    // thread.
    virtual void replyData(const bits::JobId &job, ReplyDone done) = 0;
};

}  // namespace bitsmon
