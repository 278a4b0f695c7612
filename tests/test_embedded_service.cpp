// The embedded service against real HTTP servers on 127.0.0.1: python's
// http.server and our fixture server.
#include "fixtures/http_fixture.h"
#include "recording_observer.h"

#include "engine/bits/hresult.h"
#include "engine/embedded/embedded_service.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    spec.files.push_back({server.url("first.bin").toStdString(), destination.filePath("a.bin").toStdString()});
    spec.files.push_back({server.url("second.bin").toStdString(), destination.filePath("b.bin").toStdString()});
    auto created = service.createDownload(spec);
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
    QVERIFY(service.listJobs().value().empty());  // completed jobs leave the list
}

void TestEmbeddedService::notFoundIsRemoteFileError()
{
    fixtures::FixtureServer server;
    QTemporaryDir destination;
    EmbeddedService service;
    RecordingObserver observer;
    const JobId id = service.createDownload(oneFile(server.url("/missing"), destination.filePath("x"))).value();
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
    const JobId id = service.createDownload(oneFile(url, destination.filePath("x"))).value();
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
    const JobId id = service.createDownload(oneFile(url, destination.filePath("x"))).value();
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
    const JobId id = service.createDownload(oneFile(server.url("/file"), folder + "/x")).value();
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
    const JobId id = service.createDownload(oneFile(server.url("/slow"), destination.filePath("s"))).value();
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
    const JobId id = service.createDownload(oneFile(server.url("/slow"), destination.filePath("c"))).value();
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
    QTest::newRow("no scheme") << "example.org/file" << "x" << 1 << invalidArg << "has no scheme";
    QTest::newRow("ftp") << "ftp://127.0.0.1/file" << "x" << 1
                         << qint64(std::uint32_t(hr::BG_E_ProtocolNotAvailable)) << "ftp";
    QTest::newRow("file") << "file:///etc/passwd" << "x" << 1
                          << qint64(std::uint32_t(hr::BG_E_ProtocolNotAvailable)) << "file";
    QTest::newRow("no host") << "http:///file" << "x" << 1 << invalidArg << "names no server";
    QTest::newRow("empty url") << "" << "x" << 1 << invalidArg << "No URL";
    QTest::newRow("too long") << "http://127.0.0.1/" + QString(2300, 'a') << "x" << 1 << invalidArg << "limit";
    QTest::newRow("empty destination") << "http://127.0.0.1/f" << "" << 1 << invalidArg << "No destination";
    QTest::newRow("relative destination") << "http://127.0.0.1/f" << "@relative/x" << 1 << invalidArg
                                          << "not an absolute path";
    QTest::newRow("destination is a folder") << "http://127.0.0.1/f" << "folder" << 1 << invalidArg
                                             << "existing folder";
    QTest::newRow("missing folder") << "http://127.0.0.1/f" << "nowhere/x" << 1
                                    << qint64(std::uint32_t(hr::E_PathNotFound)) << "does not exist";
    QTest::newRow("parent is a file") << "http://127.0.0.1/f" << "plain/x" << 1
                                      << qint64(std::uint32_t(hr::E_PathNotFound)) << "is not a folder";
    QTest::newRow("no files") << "http://127.0.0.1/f" << "x" << 0 << qint64(std::uint32_t(hr::BG_E_Empty))
                              << "no files";
    QTest::newRow("too many files") << "http://127.0.0.1/f" << "x" << 201
                                    << qint64(std::uint32_t(hr::BG_E_TooManyFiles)) << "limit is 200";
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
        spec.files.push_back({url.toStdString(), (path + (i ? QString::number(i) : QString())).toStdString()});
    EmbeddedService service;
    auto created = service.createDownload(spec);
    QVERIFY(!created.ok());
    QCOMPARE(qint64(std::uint32_t(created.failure().code)), code);
    QVERIFY2(QString::fromStdString(created.failure().message).contains(says),
             created.failure().message.c_str());
    QVERIFY(service.listJobs().value().empty());
    QCOMPARE(entries(root.path()), QStringList{"plain"});  // no probe or temp file left
}

void TestEmbeddedService::refusesActionsTheStateDoesNotAllow()
{
    QTemporaryDir destination;
    EmbeddedService service;
    const JobId id = service.createDownload(oneFile("http://127.0.0.1:9/f", destination.filePath("x"))).value();
    auto early = service.complete(id);  // SUSPENDED, nothing transferred
    QVERIFY(!early.ok());
    QCOMPARE(early.failure().code, hr::BG_E_InvalidState);
    QVERIFY(service.cancel(id).ok());
    QCOMPARE(service.resume(id).failure().code, hr::BG_E_InvalidState);
    QCOMPARE(service.cancel(id).failure().code, hr::BG_E_InvalidState);
    QCOMPARE(service.setPriority(id, Priority::High).failure().code, hr::BG_E_InvalidState);
    QCOMPARE(service.resume(JobId::generate()).failure().code, hr::BG_E_NotFound);
    QCOMPARE(service.snapshot(JobId::generate()).failure().code, hr::BG_E_NotFound);
}

QTEST_GUILESS_MAIN(TestEmbeddedService)
#include "test_embedded_service.moc"
