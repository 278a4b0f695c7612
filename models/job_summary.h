// What the whole job table adds up to: computed once when a batch is applied
// and observed by the status bar and the tray, which used to walk the table
// each on its own.
#pragma once

namespace bitsmon {

struct JobSummary {
    int jobs = 0;          // rows, greyed (gone) ones included
    int transferring = 0;  // TRANSFERRING
    int failed = 0;        // ERROR
    double rate = 0;       // bytes per second over every job
    // Among the jobs the service still lists: is one in ERROR, is one at work
    // (what the tray icon shows).
    bool listedFailed = false;
    bool listedActive = false;

    friend bool operator==(const JobSummary &, const JobSummary &) = default;
};

}  // namespace bitsmon
