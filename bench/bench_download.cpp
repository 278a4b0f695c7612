// Drives the embedded service headless for scripts/bench-download.sh:
// downloads the given URLs as separate jobs at one priority, completes them,
// and prints wall time, CPU time and throughput on one line.
//   bench_download PRIORITY DEST_DIR URL...
#include "cpu_time.h"

#include "engine/bits/hresult.h"
#include "engine/bits/validation.h"
#include "engine/embedded/embedded_service.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace bits;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_download foreground|normal DEST_DIR URL...\n");
        return 2;
    }
    const Priority priority = std::strcmp(argv[1], "foreground") == 0 ? Priority::Foreground : Priority::Normal;
    const QDir dest(QString::fromLocal8Bit(argv[2]));
    embedded::ServiceOptions options;
    options.maxConcurrentJobs = 64;  // measure the service, not the queue
    options.maxJobs = 1000;
    embedded::EmbeddedService service(options);

    std::vector<JobId> jobs;
    for (int i = 3; i < argc; ++i) {
        NewJob job;
        job.priority = priority;
        job.files.push_back({argv[i], dest.filePath(QStringLiteral("f%1").arg(i)).toStdString()});
        auto created = service.createJob(job);
        if (!created) {
            std::fprintf(stderr, "bench_download: %s\n", created.failure().message.english().c_str());
            return 1;
        }
        jobs.push_back(created.value());
    }
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (const JobId &id : jobs)
        service.resume(id);

    int exitCode = 0;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, [&] {
        bool all = true;
        for (const JobId &id : jobs) {
            const JobSnapshot job = service.snapshot(id).value();
            if (job.state == JobState::Error) {
                std::fprintf(stderr, "bench_download: %s\n", describe(job.error->code).c_str());
                exitCode = 1;
                app.quit();
                return;
            }
            all = all && job.state == JobState::Transferred;
        }
        if (all)
            app.quit();
    });
    check.start(5);
    app.exec();
    if (exitCode)
        return exitCode;
    std::uint64_t bytes = 0;
    for (const JobId &id : jobs) {
        bytes += service.snapshot(id).value().bytesTransferred;
        service.complete(id);
    }
    const double seconds = wall.nsecsElapsed() / 1e9;
    std::printf("%.3f %.3f %.1f\n", seconds, cpuSeconds() - cpuBefore, double(bytes) / seconds / 1e6);
    return 0;
}
