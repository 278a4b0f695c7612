// AutoRetry: a range failure of our own job is retried at FOREGROUND once.
#include "auto_retry.h"

#include "engine/bits/hresult.h"

#include <QtTest>

using namespace bits;

class TestAutoRetry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void autoRetryOncePerFailureAndOnlyOurs();
};

void TestAutoRetry::autoRetryOncePerFailureAndOnlyOurs()
{
    auto failure = [](bool ours, std::uint64_t size) {
        JobSnapshot j;
        j.id = JobId::generate();
        j.state = JobState::Error;
        j.ours = ours;
        j.files.push_back({"http://127.0.0.1/f", "/tmp/f", size, 0, false});
        j.bytesTotal = size;
        j.error = JobError{ErrorContext::RemoteFile, hr::BG_E_InsufficientRangeSupport, "", "http://127.0.0.1/f"};
        return j;
    };
    const JobSnapshot mine = failure(true, 1000);
    const JobSnapshot theirs = failure(false, 1000);
    const JobSnapshot unknownSize = failure(true, kSizeUnknown);
    feed::JobBatch batch;
    batch.changed = {mine, theirs, unknownSize};
    bitsmon::AutoRetry retry;
    QVERIFY(retry.observe(batch).empty());  // off by default
    retry.setEnabled(true);
    QCOMPARE(retry.observe(batch), std::vector<JobId>{mine.id});
    QVERIFY(retry.observe(batch).empty());  // once: a second failure is for a person to see
}

QTEST_MAIN(TestAutoRetry)
#include "test_auto_retry.moc"
