// The embedded service against real HTTP servers on 127.0.0.1: python's
// http.server and our fixture server.
#include "fixtures/http_fixture.h"
#include "recording_observer.h"

#include "engine/bits/hresult.h"
#include "engine/bits/policy.h"
#include "engine/embedded/embedded_service.h"
#include "engine/embedded/job_store.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "qtest_bits.h"

using namespace bits;
using bits::embedded::EmbeddedService;
using bits::embedded::ServiceOptions;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// A small tmpfs at `folder` (or `options` such as "remount,ro" applied to
// it): the disk a test fills or turns read-only.
bool mountTmpfs(const QString &folder, const QString &options)
{
    const QStringList arguments = options.startsWith("remount")
        ? QStringList{"-o", options, folder}
        : QStringList{"-t", "tmpfs", "-o", options, "tmpfs", folder};
    QProcess mount;
    mount.start(fixtures::hostProgram("mount"), arguments);
    return mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
}

void unmountTmpfs(const QString &folder)
{
    QProcess::execute(fixtures::hostProgram("umount"), {folder});
}

NewJob oneFile(const QString &url, const QString &destination, Priority priority = Priority::Normal)
{
    NewJob job;
    job.displayName = "test";
    job.priority = priority;
    job.files.push_back({url.toStdString(), destination.toStdString()});
    return job;
}

}  // namespace

class TestEmbeddedService : public QObject {
    Q_OBJECT

    JobState state(EmbeddedService &service, const JobId &id) { return service.snapshot(id).value().state; }

private Q_SLOTS:
    void downloadsFromPythonHttpServer();
    void serverWithoutRangesFailsInBackgroundAndWorksInForeground();
    void rangedDownloadFromNginx();
    void droppedConnectionResumesWhereItStopped();
    void stalledServerTimesOutAndRetries();
    void serviceUnavailableHonoursRetryAfter();
    void fileChangedBetweenRequestsStartsOver();
    void wrongContentRangeIsInsufficientRangeSupport();
    void missingSizeInBackground();
    void sha256IsChecked();
    void jobsSurviveARestart();
    void damagedStateFileIsMovedAside();
    void newerStateFileIsLeftAlone();
    void storeRoundTripsEveryField();
    void storeReadsAnErrorWithoutItsSentence();
    void storeRejectsOutOfRangeNumbers_data();
    void storeRejectsOutOfRangeNumbers();
    void jobLimit();
    void fullDiskKeepsWhatWasWritten();
    void certificateErrorsFailTheJob();
    void readOnlyTempFolderIsLocalFileError();
    void trustedHttpsWorksAndRedirectToHttpIsRefused();
    void notFoundIsRemoteFileError();
    void refusedConnectionIsTransient();
    void noProgressTimeoutTurnsTransientIntoError();
    void vanishedFolderIsLocalFileError();
    void suspendAndResume();
    void cancelRemovesTemporaryFiles();
    void badInputLeavesNoJob_data();
    void badInputLeavesNoJob();
    void refusesActionsTheStateDoesNotAllow();
};

void TestEmbeddedService::downloadsFromPythonHttpServer()
{
    FIXTURES_NEED_HOST_PROGRAM("python3");
    QTemporaryDir served, destination;
    const QByteArray first = fixtures::randomBytes(3 * 1024 * 1024 + 17, 1);
    const QByteArray second = fixtures::randomBytes(100 * 1000, 2);
    QVERIFY(writeFile(served.filePath("first.bin"), first));
    QVERIFY(writeFile(served.filePath("second.bin"), second));
    fixtures::PythonHttpServer server(served.path());
    QVERIFY2(server.isRunning(), qPrintable(server.error()));

    EmbeddedService service;
    RecordingObserver observer;
    NewJob spec;
    spec.displayName = "two files";
    spec.priority = Priority::Foreground;  // python's server ignores ranges
    spec.files.push_back({server.url("first.bin").toStdString(), destination.filePath("a.bin").toStdString()});
    spec.files.push_back({server.url("second.bin").toStdString(), destination.filePath("b.bin").toStdString()});
    auto created = service.createJob(spec);
    QVERIFY(created.ok());
    const JobId id = created.value();
    QCOMPARE(state(service, id), JobState::Suspended);  // new jobs wait for Resume
    QVERIFY(service.subscribe(id, &observer).ok());
    QVERIFY(service.resume(id).ok());

    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 30000);
    // Nothing at the destination before Complete; only hidden temporary files.
    QVERIFY(!QFile::exists(destination.filePath("a.bin")));
    QVERIFY(!QFile::exists(destination.filePath("b.bin")));
    const QStringList temps = entries(destination.path());
    QCOMPARE(temps.size(), 2);
    for (const QString &name : temps)
        QVERIFY2(name.startsWith(".BIT") && name.endsWith(".tmp"), qPrintable(name));

    const JobSnapshot done = service.snapshot(id).value();
    QCOMPARE(done.bytesTotal, std::uint64_t(first.size() + second.size()));
    QCOMPARE(done.bytesTransferred, done.bytesTotal);
    QCOMPARE(done.filesTransferred, 2u);
    QVERIFY(done.transferCompleted.has_value());
    QCOMPARE(observer.count('T'), 1);
    QCOMPARE(observer.count('E'), 0);
    QCOMPARE(observer.files(), (std::vector<std::uint32_t>{0, 1}));
    QVERIFY(observer.count('M') > 2);

    auto completed = service.complete(id);
    QVERIFY(completed.ok());
    QCOMPARE(completed.value(), hr::S_Ok);
    QCOMPARE(state(service, id), JobState::Acknowledged);
    QCOMPARE(readFile(destination.filePath("a.bin")), first);
    QCOMPARE(readFile(destination.filePath("b.bin")), second);
    QCOMPARE(entries(destination.path()), (QStringList{"a.bin", "b.bin"}));
    QVERIFY(service.listJobs().value().empty());           // completed jobs leave the list
    QCOMPARE(state(service, id), JobState::Acknowledged);  // their last state can be read once more,
    QVERIFY(service.listJobs().value().empty());
    QCOMPARE(service.snapshot(id).failure().code, hr::BG_E_NotFound);  // then they are forgotten
}

void TestEmbeddedService::notFoundIsRemoteFileError()
{
    fixtures::FixtureServer server;
    QTemporaryDir destination;
    EmbeddedService service;
    RecordingObserver observer;
    const JobId id = service.createJob(oneFile(server.url("/missing"), destination.filePath("x"))).value();
    service.subscribe(id, &observer);
    QVERIFY(service.resume(id).ok());

    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QVERIFY(job.error.has_value());
    QCOMPARE(job.error->context, ErrorContext::RemoteFile);
    QCOMPARE(std::uint32_t(job.error->code), 0x80190194u);
    QCOMPARE(lookup(job.error->code)->name, std::string("BG_E_HTTP_ERROR_404"));
    QCOMPARE(job.error->fileUrl, server.url("/missing").toStdString());
    QCOMPARE(observer.count('E'), 1);
    QCOMPARE(observer.count('T'), 0);
    QVERIFY(!QFile::exists(destination.filePath("x")));
    // The error page is not the file: nothing was written for it.
    QCOMPARE(job.bytesTransferred, 0u);

    QVERIFY(service.cancel(id).ok());
    QCOMPARE(entries(destination.path()), QStringList());
}

void TestEmbeddedService::refusedConnectionIsTransient()
{
    QTemporaryDir destination;
    EmbeddedService service;  // BITS's default retry delay: 600 s
    RecordingObserver observer;
    const QString url = QStringLiteral("http://127.0.0.1:%1/file").arg(fixtures::closedPort());
    const JobId id = service.createJob(oneFile(url, destination.filePath("x"))).value();
    service.subscribe(id, &observer);
    QVERIFY(service.resume(id).ok());

    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::TransientError, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->context, ErrorContext::GeneralTransport);
    QCOMPARE(job.error->code, hr::BG_E_ConnectFailure);
    QCOMPARE(observer.count('E'), 0);  // transient errors never reach JobError
    QVERIFY(!QFile::exists(destination.filePath("x")));
}

void TestEmbeddedService::noProgressTimeoutTurnsTransientIntoError()
{
    QTemporaryDir destination;
    ServiceOptions options;
    options.minimumRetryDelay = std::chrono::milliseconds(50);
    options.noProgressTimeout = std::chrono::milliseconds(0);
    EmbeddedService service(options);
    RecordingObserver observer;
    const QString url = QStringLiteral("http://127.0.0.1:%1/file").arg(fixtures::closedPort());
    const JobId id = service.createJob(oneFile(url, destination.filePath("x"))).value();
    service.subscribe(id, &observer);
    service.resume(id);

    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->code, hr::BG_E_ConnectFailure);  // the last transient error is the reason
    QCOMPARE(observer.count('E'), 1);
}

void TestEmbeddedService::vanishedFolderIsLocalFileError()
{
    fixtures::FixtureServer server;
    server.serve("/file", {fixtures::randomBytes(1000, 3)});
    QTemporaryDir root;
    const QString folder = root.filePath("sub");
    QVERIFY(QDir().mkpath(folder));
    EmbeddedService service;
    const JobId id = service.createJob(oneFile(server.url("/file"), folder + "/x")).value();
    QVERIFY(QDir(folder).removeRecursively());  // gone between creation and transfer
    service.resume(id);

    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->context, ErrorContext::LocalFile);
    QCOMPARE(job.error->code, hr::E_PathNotFound);
    QVERIFY(server.requests().isEmpty());  // failed before asking the server
}

void TestEmbeddedService::suspendAndResume()
{
    fixtures::FixtureServer server;
    const QByteArray body = fixtures::randomBytes(64 * 1024, 4);
    server.serve("/slow", {body, 200, 4096, 20});
    QTemporaryDir destination;
    EmbeddedService service;
    const JobId id = service.createJob(oneFile(server.url("/slow"), destination.filePath("s"))).value();
    service.resume(id);
    QTRY_VERIFY_WITH_TIMEOUT(service.snapshot(id).value().bytesTransferred > 0, 10000);
    QCOMPARE(state(service, id), JobState::Transferring);

    QVERIFY(service.suspend(id).ok());
    QCOMPARE(state(service, id), JobState::Suspended);
    const std::uint64_t frozen = service.snapshot(id).value().bytesTransferred;
    QVERIFY(frozen < std::uint64_t(body.size()));
    // Once the server sees the connection closed, nothing more can arrive.
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 10000);
    QCOMPARE(service.snapshot(id).value().bytesTransferred, frozen);

    QVERIFY(service.resume(id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 20000);
    QVERIFY(service.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("s")), body);
}

void TestEmbeddedService::cancelRemovesTemporaryFiles()
{
    fixtures::FixtureServer server;
    server.serve("/slow", {fixtures::randomBytes(64 * 1024, 5), 200, 1024, 20});
    QTemporaryDir destination;
    EmbeddedService service;
    const JobId id = service.createJob(oneFile(server.url("/slow"), destination.filePath("c"))).value();
    service.resume(id);
    QTRY_VERIFY_WITH_TIMEOUT(service.snapshot(id).value().bytesTransferred > 0, 10000);
    QCOMPARE(entries(destination.path()).size(), 1);  // the temporary file

    QVERIFY(service.cancel(id).ok());
    QCOMPARE(state(service, id), JobState::Cancelled);
    QCOMPARE(entries(destination.path()), QStringList());
    QVERIFY(service.listJobs().value().empty());
}

void TestEmbeddedService::badInputLeavesNoJob_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("destination");  // relative to a temp folder; "" stays empty
    QTest::addColumn<int>("files");
    QTest::addColumn<qint64>("code");
    QTest::addColumn<QString>("says");

    const qint64 invalidArg = std::uint32_t(hr::E_InvalidArg);
    QTest::newRow("no scheme") << "example.org/file"
                               << "x" << 1 << invalidArg << "has no scheme";
    QTest::newRow("ftp") << "ftp://127.0.0.1/file"
                         << "x" << 1 << qint64(std::uint32_t(hr::BG_E_ProtocolNotAvailable)) << "ftp";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "x" << 1 << qint64(std::uint32_t(hr::BG_E_ProtocolNotAvailable)) << "file";
    QTest::newRow("no host") << "http:///file"
                             << "x" << 1 << invalidArg << "names no server";
    QTest::newRow("empty url") << ""
                               << "x" << 1 << invalidArg << "No URL";
    QTest::newRow("too long") << "http://127.0.0.1/" + QString(2300, 'a') << "x" << 1 << invalidArg << "limit";
    QTest::newRow("empty destination") << "http://127.0.0.1/f"
                                       << "" << 1 << invalidArg << "No destination";
    QTest::newRow("relative destination") << "http://127.0.0.1/f"
                                          << "@relative/x" << 1 << invalidArg << "not an absolute path";
    QTest::newRow("destination is a folder") << "http://127.0.0.1/f"
                                             << "folder" << 1 << invalidArg << "existing folder";
    QTest::newRow("missing folder") << "http://127.0.0.1/f"
                                    << "nowhere/x" << 1 << qint64(std::uint32_t(hr::E_PathNotFound))
                                    << "does not exist";
    QTest::newRow("parent is a file") << "http://127.0.0.1/f"
                                      << "plain/x" << 1 << qint64(std::uint32_t(hr::E_PathNotFound))
                                      << "is not a folder";
    QTest::newRow("no files") << "http://127.0.0.1/f"
                              << "x" << 0 << qint64(std::uint32_t(hr::BG_E_Empty)) << "no files";
    QTest::newRow("too many files") << "http://127.0.0.1/f"
                                    << "x" << 201 << qint64(std::uint32_t(hr::BG_E_TooManyFiles)) << "limit is 200";
}

void TestEmbeddedService::badInputLeavesNoJob()
{
    QFETCH(QString, url);
    QFETCH(QString, destination);
    QFETCH(int, files);
    QFETCH(qint64, code);
    QFETCH(QString, says);

    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkdir("folder"));
    QVERIFY(writeFile(root.filePath("plain"), "not a folder"));
    QString path;
    if (destination.startsWith('@'))
        path = destination.mid(1);
    else if (!destination.isEmpty())
        path = root.filePath(destination);

    NewJob spec;
    for (int i = 0; i < files; ++i)
        spec.files.push_back({url.toStdString(), QString(path + (i ? QString::number(i) : QString())).toStdString()});
    EmbeddedService service;
    auto created = service.createJob(spec);
    QVERIFY(!created.ok());
    QCOMPARE(qint64(std::uint32_t(created.failure().code)), code);
    QVERIFY2(QString::fromStdString(created.failure().message.english()).contains(says),
             created.failure().message.english().c_str());
    QVERIFY(service.listJobs().value().empty());
    QCOMPARE(entries(root.path()), QStringList{"plain"});  // no probe or temp file left
}

void TestEmbeddedService::refusesActionsTheStateDoesNotAllow()
{
    QTemporaryDir destination;
    EmbeddedService service;
    const JobId id = service.createJob(oneFile("http://127.0.0.1:9/f", destination.filePath("x"))).value();
    auto early = service.complete(id);  // SUSPENDED, nothing transferred
    QVERIFY(!early.ok());
    QCOMPARE(early.failure().code, hr::BG_E_InvalidState);
    QVERIFY(service.cancel(id).ok());
    QCOMPARE(service.resume(id).failure().code, hr::BG_E_InvalidState);
    QVERIFY(service.listJobs().value().empty());  // a cancelled job is not listed
    QCOMPARE(service.cancel(id).failure().code, hr::BG_E_InvalidState);
    QCOMPARE(service.setPriority(id, Priority::High).failure().code, hr::BG_E_InvalidState);
    QVERIFY(service.listJobs().value().empty());  // and one listing later it is forgotten
    QCOMPARE(service.cancel(id).failure().code, hr::BG_E_NotFound);
    QCOMPARE(service.resume(JobId::generate()).failure().code, hr::BG_E_NotFound);
    QCOMPARE(service.snapshot(JobId::generate()).failure().code, hr::BG_E_NotFound);
}

void TestEmbeddedService::serverWithoutRangesFailsInBackgroundAndWorksInForeground()
{
    FIXTURES_NEED_HOST_PROGRAM("python3");
    QTemporaryDir served, destination;
    const QByteArray body = fixtures::randomBytes(700 * 1000, 11);
    QVERIFY(writeFile(served.filePath("plain.bin"), body));
    fixtures::PythonHttpServer server(served.path());
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    EmbeddedService service;
    RecordingObserver observer;
    const JobId id = service.createJob(oneFile(server.url("plain.bin"), destination.filePath("p"))).value();
    service.subscribe(id, &observer);
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);
    JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->context, ErrorContext::RemoteFile);
    QCOMPARE(job.error->code, hr::BG_E_InsufficientRangeSupport);
    QCOMPARE(job.bytesTotal, std::uint64_t(body.size()));  // the size the server sent
    QCOMPARE(foregroundRetry(job), ForegroundRetry::Possible);
    QCOMPARE(observer.count('E'), 1);

    // Retry at foreground priority: SetPriority(FOREGROUND), then Resume.
    QVERIFY(service.setPriority(id, Priority::Foreground).ok());
    QVERIFY(service.resume(id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 10000);
    QVERIFY(service.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("p")), body);
}

void TestEmbeddedService::rangedDownloadFromNginx()
{
    FIXTURES_NEED_HOST_PROGRAM("nginx");
    QTemporaryDir served, destination;
    const QByteArray body = fixtures::randomBytes(3 * 1024 * 1024 + 5, 12);
    QVERIFY(writeFile(served.filePath("big.bin"), body));
    fixtures::NginxServer nginx(served.path());
    QVERIFY2(nginx.isRunning(), qPrintable(nginx.error()));
    ServiceOptions options;
    options.rangeSize = 512 * 1024;
    EmbeddedService service(options);
    const JobId id = service.createJob(oneFile(nginx.url("big.bin"), destination.filePath("big"))).value();
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 20000);
    QVERIFY(service.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("big")), body);
    // Seven ranges of 512 KiB, each answered 206.
    const QStringList log = nginx.accessLog();
    QCOMPARE(log.size(), 7);
    QVERIFY2(log.first().contains("|bytes=0-524287|206|524288"), qPrintable(log.first()));
    QVERIFY2(log.last().contains("|bytes=3145728-3145732|206|5"), qPrintable(log.last()));
}

void TestEmbeddedService::droppedConnectionResumesWhereItStopped()
{
    fixtures::FixtureServer server;
    const QByteArray body = fixtures::randomBytes(200 * 1000, 13);
    fixtures::Resource resource{body};
    resource.dropAfter = 80 * 1000;  // first request only
    resource.etag = "\"v1\"";
    server.serve("/drop", resource);
    QTemporaryDir destination;
    ServiceOptions options;
    options.minimumRetryDelay = std::chrono::milliseconds(50);
    EmbeddedService service(options);
    RecordingObserver observer;
    const JobId id = service.createJob(oneFile(server.url("/drop"), destination.filePath("d"))).value();
    service.subscribe(id, &observer);
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 10000);
    QVERIFY(observer.count('E') == 0);
    QVERIFY(service.snapshot(id).value().errorCount >= 1);  // went through TRANSIENT_ERROR
    // The retry asked for the rest only, if the file was still the same.
    QCOMPARE(server.ranges().value(0), QString("bytes=0-16777215"));
    QCOMPARE(server.ranges().value(1), QString("bytes=80000-199999"));  // the size is known by then
    QVERIFY(service.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("d")), body);
}

void TestEmbeddedService::stalledServerTimesOutAndRetries()
{
    fixtures::FixtureServer server;
    const QByteArray body = fixtures::randomBytes(10 * 1000, 14);
    fixtures::Resource resource{body};
    resource.stall = true;  // first request: headers, then silence
    server.serve("/stall", resource);
    QTemporaryDir destination;
    ServiceOptions options;
    options.transferTimeout = std::chrono::milliseconds(300);
    options.minimumRetryDelay = std::chrono::milliseconds(200);
    EmbeddedService service(options);
    const JobId id = service.createJob(oneFile(server.url("/stall"), destination.filePath("s"))).value();
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::TransientError, 10000);
    QCOMPARE(service.snapshot(id).value().error->code, hr::BG_E_Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 10000);
    QVERIFY(service.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("s")), body);
}

void TestEmbeddedService::serviceUnavailableHonoursRetryAfter()
{
    fixtures::FixtureServer server;
    const QByteArray body = fixtures::randomBytes(5000, 15);
    fixtures::Resource resource{body, 503};
    resource.failTimes = 1;
    resource.retryAfter = "1";
    server.serve("/busy", resource);
    QTemporaryDir destination;
    ServiceOptions options;
    options.minimumRetryDelay = std::chrono::milliseconds(50);
    EmbeddedService service(options);
    const JobId id = service.createJob(oneFile(server.url("/busy"), destination.filePath("b"))).value();
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::TransientError, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(std::uint32_t(job.error->code), 0x801901F7u);  // BG_E_HTTP_ERROR_503
    QCOMPARE(job.error->context, ErrorContext::RemoteFile);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 10000);
    // The server asked for a second; the job's own delay was shorter.
    QVERIFY2(server.times().at(1) - server.times().at(0) >= 990,
             qPrintable(QString::number(server.times().at(1) - server.times().at(0))));
    QVERIFY(service.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("b")), body);
}

void TestEmbeddedService::fileChangedBetweenRequestsStartsOver()
{
    fixtures::FixtureServer server;
    const QByteArray before = fixtures::randomBytes(300 * 1000, 16);
    const QByteArray after = fixtures::randomBytes(250 * 1000, 17);
    fixtures::Resource resource{before};
    resource.etag = "\"old\"";
    resource.dropAfter = 100 * 1000;
    server.serve("/changing", resource);
    QTemporaryDir destination;
    ServiceOptions options;
    options.minimumRetryDelay = std::chrono::milliseconds(50);
    EmbeddedService service(options);
    const JobId id = service.createJob(oneFile(server.url("/changing"), destination.filePath("c"))).value();
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::TransientError, 10000);
    server.replace("/changing", after, "\"new\"");  // changed while we waited to retry
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 10000);
    QVERIFY(service.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("c")), after);  // never a mix of the two
}

void TestEmbeddedService::wrongContentRangeIsInsufficientRangeSupport()
{
    fixtures::FixtureServer server;
    fixtures::Resource resource{fixtures::randomBytes(5000, 18)};
    resource.wrongContentRange = true;
    server.serve("/wrong", resource);
    QTemporaryDir destination;
    EmbeddedService service;
    const JobId id = service.createJob(oneFile(server.url("/wrong"), destination.filePath("w"))).value();
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->code, hr::BG_E_InsufficientRangeSupport);
    QCOMPARE(job.error->context, ErrorContext::RemoteFile);
    QCOMPARE(job.bytesTransferred, 0u);
    QVERIFY(!QFile::exists(destination.filePath("w")));
}

void TestEmbeddedService::missingSizeInBackground()
{
    fixtures::FixtureServer server;
    const QByteArray body = fixtures::randomBytes(4000, 19);
    fixtures::Resource resource{body};
    resource.ranges = false;
    resource.sendLength = false;  // dynamic content
    server.serve("/dynamic", resource);
    QTemporaryDir destination;
    EmbeddedService service;
    const JobId id = service.createJob(oneFile(server.url("/dynamic"), destination.filePath("n"))).value();
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->code, hr::BG_E_MissingFileSize);
    QCOMPARE(foregroundRetry(job), ForegroundRetry::NotApplicable);
    // At foreground priority the body is read to its end.
    service.setPriority(id, Priority::Foreground);
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 10000);
    QVERIFY(service.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("n")), body);
}

void TestEmbeddedService::sha256IsChecked()
{
    fixtures::FixtureServer server;
    const QByteArray body = fixtures::randomBytes(50 * 1000, 20);
    server.serve("/file", {body});
    QTemporaryDir destination;
    EmbeddedService service;
    const std::string good = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().toStdString();

    NewJob right = oneFile(server.url("/file"), destination.filePath("right"));
    right.files[0].expectedSha256 = QString::fromStdString(good).toUpper().toStdString();  // either case
    const JobId ok = service.createJob(right).value();
    service.resume(ok);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, ok), JobState::Transferred, 10000);
    QVERIFY(service.complete(ok).ok());
    QCOMPARE(readFile(destination.filePath("right")), body);

    NewJob wrong = oneFile(server.url("/file"), destination.filePath("wrong"));
    wrong.files[0].expectedSha256 = std::string(64, 'a');
    RecordingObserver observer;
    const JobId bad = service.createJob(wrong).value();
    service.subscribe(bad, &observer);
    service.resume(bad);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, bad), JobState::Error, 10000);
    const JobSnapshot job = service.snapshot(bad).value();
    QCOMPARE(job.error->code, hr::NTE_BadHash);
    QVERIFY(QString::fromStdString(job.error->description.english()).contains(QString::fromStdString(good)));
    QCOMPARE(observer.count('F'), 0);  // never reported as transferred
    QVERIFY(!service.complete(bad).ok());
    QVERIFY(!QFile::exists(destination.filePath("wrong")));
    QCOMPARE(entries(destination.path()), QStringList{"right"});  // the bad bytes are gone

    NewJob malformed = oneFile(server.url("/file"), destination.filePath("m"));
    malformed.files[0].expectedSha256 = "xyz";
    QCOMPARE(service.createJob(malformed).failure().code, hr::E_InvalidArg);
}

void TestEmbeddedService::jobsSurviveARestart()
{
    fixtures::FixtureServer server;
    const QByteArray body = fixtures::randomBytes(400 * 1000, 21);
    fixtures::Resource resource{body, 200, 8192, 10};  // slow: about 0.5 s
    resource.etag = "\"same\"";
    server.serve("/slow", resource);
    QTemporaryDir state, destination;
    ServiceOptions options;
    options.stateFile = state.filePath("jobs.json");
    JobId id;
    std::uint64_t before = 0;
    {
        EmbeddedService first(options);
        id = first.createJob(oneFile(server.url("/slow"), destination.filePath("r"))).value();
        first.resume(id);
        QTRY_VERIFY_WITH_TIMEOUT(first.snapshot(id).value().bytesTransferred > 100 * 1000, 10000);
        before = first.snapshot(id).value().bytesTransferred;
    }  // bitsmon stops mid-transfer
    QVERIFY(QFile::exists(options.stateFile));
    EmbeddedService second(options);
    QVERIFY(second.notice().empty());
    auto listed = second.listJobs().value();
    QCOMPARE(listed, std::vector<JobId>{id});
    QTRY_COMPARE_WITH_TIMEOUT(this->state(second, id), JobState::Transferred, 20000);
    // It resumed with a Range request from where the temporary file ended.
    const QString resumed = server.ranges().last();
    QVERIFY2(resumed.startsWith("bytes=") && !resumed.startsWith("bytes=0-"), qPrintable(resumed));
    QVERIFY(resumed.mid(6).section('-', 0, 0).toULongLong() >= before);
    QVERIFY(second.complete(id).ok());
    QCOMPARE(readFile(destination.filePath("r")), body);
}

void TestEmbeddedService::damagedStateFileIsMovedAside()
{
    QTemporaryDir state;
    ServiceOptions options;
    options.stateFile = state.filePath("jobs.json");
    QVERIFY(
        writeFile(options.stateFile, "{\"format\": \"bitsmon-embedded-jobs\", \"version\": 1, \"jobs\": [ {\"id\": 4"));
    EmbeddedService service(options);
    QVERIFY(QString::fromStdString(service.notice().english()).contains("was damaged"));
    QVERIFY(service.listJobs().value().empty());
    const QStringList files = QDir(state.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY2(files[0].startsWith("jobs.json.damaged-"), qPrintable(files[0]));
}

void TestEmbeddedService::newerStateFileIsLeftAlone()
{
    QTemporaryDir state, destination;
    ServiceOptions options;
    options.stateFile = state.filePath("jobs.json");
    const QByteArray future = "{\"format\": \"bitsmon-embedded-jobs\", \"version\": 99, \"jobs\": []}";
    QVERIFY(writeFile(options.stateFile, future));
    EmbeddedService service(options);
    QVERIFY(QString::fromStdString(service.notice().english()).contains("newer bitsmon"));
    QVERIFY(service.createJob(oneFile("http://127.0.0.1:9/x", destination.filePath("x"))).ok());
    QCOMPARE(readFile(options.stateFile), future);  // not overwritten
}

namespace {

bits::embedded::PersistedJob sampleJob()
{
    bits::embedded::PersistedJob job;
    JobSnapshot &r = job.record;
    r.id = JobId::parse("{6E9A1A3C-2B0D-4C59-9E3A-0D5C2F4B7A11}").value();
    r.displayName = "name \u00e9\u4e2d";
    r.description = "description";
    r.state = JobState::TransientError;
    r.priority = Priority::Low;
    r.owner = "someone";
    r.created = TimePoint(std::chrono::milliseconds(1'700'000'000'123));
    r.modified = TimePoint(std::chrono::milliseconds(1'700'000'100'456));
    r.errorCount = 4'000'000'000u;
    // Kept as source and arguments, so that it is said in the reader's language.
    r.error = JobError{
        ErrorContext::RemoteFile, HResult(0x80190194),
        bits::Sentence("%1 of %2: %3", {"4%", bits::Sentence::counted("%n files", 3), bits::Code{HResult(0x80190194)}}),
        "http://127.0.0.1/x"};
    FileSnapshot f;
    f.remoteUrl = "http://127.0.0.1/x";
    f.localName = "/tmp/x";
    f.bytesTotal = UINT64_MAX - 1;  // beyond what a double holds exactly
    f.bytesTransferred = 12345;
    r.files.push_back(f);
    r.filesTotal = 1;
    job.files.push_back({"/tmp/.x.part", "\"etag\"", std::string(64, 'a'), "/tmp", "{session}", "123:1700000000999"});
    job.sequence = 77;
    job.minimumRetryDelay = std::chrono::milliseconds(600'000);
    job.noProgressTimeout = std::chrono::milliseconds(1'209'600'000);
    return job;
}

}  // namespace

void TestEmbeddedService::storeRoundTripsEveryField()
{
    using bits::embedded::JobStore;
    const auto job = sampleJob();
    const QByteArray bytes = JobStore::encode({&job});
    const auto decoded = JobStore::decode(bytes);
    QCOMPARE(decoded.status, JobStore::Decoded::Good);
    QCOMPARE(decoded.jobs.size(), std::size_t(1));
    const auto &back = decoded.jobs[0];
    QCOMPARE(back.record.id, job.record.id);
    QCOMPARE(back.record.displayName, job.record.displayName);
    QCOMPARE(back.record.state, job.record.state);
    QCOMPARE(back.record.priority, job.record.priority);
    QVERIFY(back.record.created == job.record.created);
    QVERIFY(back.record.modified == job.record.modified);
    QVERIFY(!back.record.transferCompleted);
    QCOMPARE(back.record.errorCount, job.record.errorCount);
    QCOMPARE(back.record.error->code, job.record.error->code);
    QCOMPARE(back.record.error->context, job.record.error->context);
    QVERIFY(back.record.error->description == job.record.error->description);
    QCOMPARE(back.record.files[0].bytesTotal, job.record.files[0].bytesTotal);
    QCOMPARE(back.record.files[0].bytesTransferred, job.record.files[0].bytesTransferred);
    QCOMPARE(back.files[0].validator, job.files[0].validator);
    QCOMPARE(back.files[0].expectedSha256, job.files[0].expectedSha256);
    QCOMPARE(back.files[0].uploadSession, job.files[0].uploadSession);
    QCOMPARE(back.files[0].uploadSource, job.files[0].uploadSource);
    QCOMPARE(back.sequence, job.sequence);
    QCOMPARE(back.minimumRetryDelay, job.minimumRetryDelay);
    QCOMPARE(back.noProgressTimeout, job.noProgressTimeout);
    QCOMPARE(JobStore::encode({&back}), bytes);
}

// A job list written before errors were kept as sentences, or whose sentence
// is not one bitsmon writes, still loads: the English text is shown as it is.
void TestEmbeddedService::storeReadsAnErrorWithoutItsSentence()
{
    using bits::embedded::JobStore;
    const auto job = sampleJob();
    const QJsonObject root = QJsonDocument::fromJson(JobStore::encode({&job})).object();
    const QString english = QString::fromStdString(job.record.error->description.english());
    QCOMPARE(english,
             "4% of 3 files: BG_E_HTTP_ERROR_404 (0x80190194): The server answered HTTP 404 (Not Found): the "
             "file is not on the server; check the URL.");
    QJsonObject deep{{"source", "%1"}, {"args", QJsonArray{"x"}}};
    for (int i = 0; i < 10; ++i)
        deep = QJsonObject{{"source", "%1"}, {"args", QJsonArray{deep}}};
    for (const QJsonValue &sentence :
         {QJsonValue(QJsonValue::Undefined), QJsonValue("text"),
          QJsonValue(QJsonObject{{"source", "%1"}, {"args", QJsonArray{true}}}), QJsonValue(deep)}) {
        QJsonObject changed = root;
        QJsonArray jobs = changed["jobs"].toArray();
        QJsonObject first = jobs[0].toObject();
        QJsonObject error = first["error"].toObject();
        QCOMPARE(error["description"].toString(), english);
        if (sentence.isUndefined())
            error.remove("sentence");
        else
            error["sentence"] = sentence;
        first["error"] = error;
        jobs[0] = first;
        changed["jobs"] = jobs;
        const auto decoded = JobStore::decode(QJsonDocument(changed).toJson());
        QCOMPARE(decoded.status, JobStore::Decoded::Good);
        QCOMPARE(decoded.jobs.size(), std::size_t(1));
        QVERIFY(decoded.jobs[0].record.error->description == bits::Sentence::verbatim(english.toStdString()));
    }
}

void TestEmbeddedService::storeRejectsOutOfRangeNumbers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    // Each of these, read naively, is a float-to-integer conversion out of
    // range (undefined behaviour) or a job that cannot exist.
    QTest::newRow("huge retry delay") << "minimumRetryDelayMs"
                                      << "1e300";
    QTest::newRow("negative timeout") << "noProgressTimeoutMs"
                                      << "-5";
    QTest::newRow("fractional count") << "errorCount"
                                      << "1.5";
    QTest::newRow("time past 2262") << "created"
                                    << "1e19";
    QTest::newRow("time as text") << "modified"
                                  << "\"yesterday\"";
    QTest::newRow("code too big") << "error.code"
                                  << "4294967296";
    QTest::newRow("unknown context") << "error.context"
                                     << "8";
    QTest::newRow("more transferred than total") << "file.bytesTransferred"
                                                 << "\"18446744073709551615\"";
}

void TestEmbeddedService::storeRejectsOutOfRangeNumbers()
{
    using bits::embedded::JobStore;
    QFETCH(QString, field);
    QFETCH(QString, value);
    const auto job = sampleJob();
    QJsonObject root = QJsonDocument::fromJson(JobStore::encode({&job})).object();
    QJsonObject o = root["jobs"].toArray()[0].toObject();
    const QJsonValue parsed = QJsonDocument::fromJson("[" + value.toUtf8() + "]").array()[0];
    QVERIFY2(!parsed.isUndefined(), qPrintable(value));
    if (field.startsWith("error.")) {
        QJsonObject e = o["error"].toObject();
        e[field.mid(6)] = parsed;
        o["error"] = e;
    } else if (field.startsWith("file.")) {
        QJsonArray files = o["files"].toArray();
        QJsonObject f = files[0].toObject();
        f[field.mid(5)] = parsed;
        files[0] = f;
        o["files"] = files;
    } else {
        o[field] = parsed;
    }
    root["jobs"] = QJsonArray{o};
    const auto decoded = JobStore::decode(QJsonDocument(root).toJson());
    QCOMPARE(decoded.status, JobStore::Decoded::Damaged);
    QVERIFY(decoded.jobs.empty());
}

void TestEmbeddedService::jobLimit()
{
    QTemporaryDir destination;
    ServiceOptions options;
    options.maxJobs = 2;
    EmbeddedService service(options);
    const JobId first = service.createJob(oneFile("http://127.0.0.1:9/a", destination.filePath("a"))).value();
    QVERIFY(service.createJob(oneFile("http://127.0.0.1:9/b", destination.filePath("b"))).ok());
    auto third = service.createJob(oneFile("http://127.0.0.1:9/c", destination.filePath("c")));
    QCOMPARE(third.failure().code, hr::BG_E_TooManyJobsPerUser);
    QVERIFY(QString::fromStdString(third.failure().message.english()).contains("the limit is 2"));
    service.cancel(first);  // an ended job no longer counts
    QVERIFY(service.createJob(oneFile("http://127.0.0.1:9/c", destination.filePath("c"))).ok());
}

void TestEmbeddedService::fullDiskKeepsWhatWasWritten()
{
    // A 256 KiB tmpfs: the disk fills mid-download.
    QTemporaryDir mountPoint;
    FIXTURES_NEED_HOST_PROGRAM("mount");
    if (!mountTmpfs(mountPoint.path(), "size=256k"))
        QSKIP("cannot mount a small tmpfs here (needs root)");
    auto unmount = qScopeGuard([&] { unmountTmpfs(mountPoint.path()); });

    fixtures::FixtureServer server;
    const QByteArray body = fixtures::randomBytes(600 * 1000, 22);
    server.serve("/big", {body});
    EmbeddedService service;
    const JobId id = service.createJob(oneFile(server.url("/big"), mountPoint.filePath("big"))).value();
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->context, ErrorContext::LocalFile);
    QCOMPARE(job.error->code, hr::E_DiskFull);
    QVERIFY(!QFile::exists(mountPoint.filePath("big")));  // nothing half-written at the destination
    // The temporary file holds exactly the bytes counted, a prefix of the source.
    const QStringList temps = entries(mountPoint.path());
    QCOMPARE(temps.size(), 1);
    const QByteArray kept = readFile(mountPoint.filePath(temps[0]));
    QVERIFY(kept.size() > 0);
    QCOMPARE(std::uint64_t(kept.size()), job.bytesTransferred);
    QCOMPARE(kept, body.left(kept.size()));
    service.cancel(id);
}

void TestEmbeddedService::readOnlyTempFolderIsLocalFileError()
{
    QTemporaryDir mountPoint;
    FIXTURES_NEED_HOST_PROGRAM("mount");
    if (!mountTmpfs(mountPoint.path(), "size=1m"))
        QSKIP("cannot mount a tmpfs here (needs root)");
    auto unmount = qScopeGuard([&] { unmountTmpfs(mountPoint.path()); });
    fixtures::FixtureServer server;
    server.serve("/f", {fixtures::randomBytes(1000, 25)});
    EmbeddedService service;
    const JobId id = service.createJob(oneFile(server.url("/f"), mountPoint.filePath("f"))).value();
    // The folder turns read-only after the job was made (a remount, a full quota...).
    QVERIFY(mountTmpfs(mountPoint.path(), "remount,ro"));
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->context, ErrorContext::LocalFile);
    QCOMPARE(job.error->code, hr::E_WriteProtect);
    QVERIFY(QString::fromStdString(job.error->description.english()).contains("could not be created"));
    QVERIFY(server.requests().isEmpty());
}

void TestEmbeddedService::certificateErrorsFailTheJob()
{
    FIXTURES_NEED_HOST_PROGRAM("nginx");
    FIXTURES_NEED_HOST_PROGRAM("openssl");
    QTemporaryDir served, keys, destination;
    QVERIFY2(fixtures::makeCertificate(keys.path()), "openssl could not make a certificate");
    QVERIFY(writeFile(served.filePath("f.bin"), fixtures::randomBytes(1000, 23)));
    fixtures::NginxServer nginx(served.path(), {}, keys.filePath("cert.pem"), keys.filePath("key.pem"));
    QVERIFY2(nginx.isRunning(), qPrintable(nginx.error()));
    EmbeddedService service;  // trusts only the system's authorities
    const JobId id = service.createJob(oneFile(nginx.url("f.bin"), destination.filePath("f"))).value();
    service.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 10000);  // never retried, never ignored
    const JobSnapshot job = service.snapshot(id).value();
    QCOMPARE(job.error->code, hr::E_InternetSecureFailure);
    QCOMPARE(job.bytesTransferred, 0u);
    QVERIFY(!QFile::exists(destination.filePath("f")));
}

void TestEmbeddedService::trustedHttpsWorksAndRedirectToHttpIsRefused()
{
    FIXTURES_NEED_HOST_PROGRAM("nginx");
    FIXTURES_NEED_HOST_PROGRAM("openssl");
    QTemporaryDir served, keys, destination;
    QVERIFY2(fixtures::makeCertificate(keys.path()), "openssl could not make a certificate");
    const QByteArray body = fixtures::randomBytes(300 * 1000, 24);
    QVERIFY(writeFile(served.filePath("f.bin"), body));
    fixtures::FixtureServer plain;
    plain.serve("/f.bin", {body});
    fixtures::NginxServer nginx(served.path(),
                                QStringLiteral("location = /downgrade { return 302 %1; }").arg(plain.url("/f.bin")),
                                keys.filePath("cert.pem"), keys.filePath("key.pem"));
    QVERIFY2(nginx.isRunning(), qPrintable(nginx.error()));
    ServiceOptions options;
    options.extraCaCertificates = QSslCertificate::fromPath(keys.filePath("cert.pem"));
    QCOMPARE(options.extraCaCertificates.size(), 1);
    EmbeddedService service(options);

    const JobId good = service.createJob(oneFile(nginx.url("f.bin"), destination.filePath("good"))).value();
    service.resume(good);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, good), JobState::Transferred, 10000);
    QVERIFY(service.complete(good).ok());
    QCOMPARE(readFile(destination.filePath("good")), body);

    const JobId bad = service.createJob(oneFile(nginx.url("downgrade"), destination.filePath("bad"))).value();
    service.resume(bad);
    QTRY_COMPARE_WITH_TIMEOUT(state(service, bad), JobState::Error, 10000);
    QCOMPARE(service.snapshot(bad).value().error->code, hr::E_InternetHttpsToHttpOnRedirect);
    QVERIFY(plain.requests().isEmpty());  // the insecure address was never asked
    QVERIFY(!QFile::exists(destination.filePath("bad")));
}

QTEST_GUILESS_MAIN(TestEmbeddedService)
#include "test_embedded_service.moc"
