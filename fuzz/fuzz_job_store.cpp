// The embedded service's job list as it is read back from disk: any bytes
// either decode to jobs that re-encode to a fixed point, or are Damaged /
// Newer with no jobs.
#include "fuzz_check.h"

#include "engine/embedded/job_store.h"

using bits::embedded::JobStore;
using bits::embedded::PersistedJob;

namespace {

std::vector<const PersistedJob *> pointers(const std::vector<PersistedJob> &jobs)
{
    std::vector<const PersistedJob *> out;
    for (const PersistedJob &job : jobs)
        out.push_back(&job);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto decoded = JobStore::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (decoded.status != JobStore::Decoded::Good) {
        FUZZ_CHECK(decoded.jobs.empty());
        return 0;
    }
    for (const PersistedJob &job : decoded.jobs) {
        FUZZ_CHECK(!job.record.files.empty());
        FUZZ_CHECK(job.record.files.size() == job.files.size());
        FUZZ_CHECK(job.record.files.size() <= bits::kMaxFilesPerJob);
        FUZZ_CHECK(int(job.record.state) < bits::kJobStateCount);
        FUZZ_CHECK(job.minimumRetryDelay.count() >= 0 && job.noProgressTimeout.count() >= 0);
        for (const auto &file : job.record.files)
            FUZZ_CHECK(file.bytesTotal == bits::kSizeUnknown || file.bytesTransferred <= file.bytesTotal);
    }
    // What we write we read back the same: encode(decode(encode(x))) == encode(x).
    const QByteArray once = JobStore::encode(pointers(decoded.jobs));
    const auto again = JobStore::decode(once);
    FUZZ_CHECK(again.status == JobStore::Decoded::Good);
    FUZZ_CHECK(again.jobs.size() == decoded.jobs.size());
    FUZZ_CHECK(JobStore::encode(pointers(again.jobs)) == once);
    return 0;
}
