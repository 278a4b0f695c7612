// Drives the embedded service headless for scripts/bench-upload.sh: uploads
// one file as an upload job (BITS Upload Protocol), completes it, and prints
// wall time, CPU time and throughput on one line.
//   bench_upload URL FILE [FRAGMENT_MIB]
#include "cpu_time.h"

#include "engine/bits/hresult.h"
#include "engine/embedded/embedded_service.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace bits;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: bench_upload URL FILE [FRAGMENT_MIB]\n");
        return 2;
    }
    embedded::ServiceOptions options;
    if (argc == 4)
        options.fragments = upload::FragmentSizing::fixed(std::uint64_t(std::atoi(argv[3])) * 1024 * 1024);
    embedded::EmbeddedService service(options);
    NewJob job;
    job.type = JobType::Upload;
    job.priority = Priority::Foreground;
    job.files.push_back({argv[1], argv[2]});
    auto created = service.createJob(job);
    if (!created) {
        std::fprintf(stderr, "bench_upload: %s\n", created.failure().message.english().c_str());
        return 1;
    }
    const JobId id = created.value();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    service.resume(id);

    int exitCode = 0;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, [&] {
        const JobSnapshot snapshot = service.snapshot(id).value();
        if (snapshot.state == JobState::Error || snapshot.state == JobState::TransientError) {
            std::fprintf(stderr, "bench_upload: %s\n", describe(snapshot.error->code).c_str());
            exitCode = 1;
            app.quit();
        } else if (snapshot.state == JobState::Transferred) {
            app.quit();
        }
    });
    check.start(5);
    app.exec();
    if (exitCode)
        return exitCode;
    const std::uint64_t bytes = service.snapshot(id).value().bytesTransferred;
    service.complete(id);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::printf("%.3f %.3f %.1f\n", seconds, cpuSeconds() - cpuBefore, double(bytes) / seconds / 1e6);
    return 0;
}
