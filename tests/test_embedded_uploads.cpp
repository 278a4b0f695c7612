// Upload and upload-reply jobs through the embedded service, against the
// BITS Upload Protocol server of the fixtures: created, transferred,
// completed (the reply put in place only then), cancelled (Cancel-Session),
// and resumed in the same session after bitsmon restarts.
#include "fixtures/bits_upload_server.h"
#include "fixtures/http_fixture.h"

#include "engine/bits/hresult.h"
#include "engine/embedded/embedded_service.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "qtest_bits.h"

using namespace bits;
using bits::embedded::EmbeddedService;
using bits::embedded::ServiceOptions;
using fixtures::BitsUploadServer;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

NewJob uploadJob(const QString &url, const QString &source, JobType type = JobType::Upload, const QString &reply = {})
{
    NewJob job;
    job.type = type;
    job.replyPath = reply.toStdString();
    job.files.push_back({url.toStdString(), source.toStdString()});
    return job;
}

}  // namespace

class TestEmbeddedUploads : public QObject {
    Q_OBJECT

    JobState state(EmbeddedService &service, const JobId &id) { return service.snapshot(id).value().state; }

private Q_SLOTS:
    void uploadJobArrivesAndCompletes();
    void uploadReplyIsPutInPlaceByComplete();
    void replyDataIsRefusedWhereBitsRefusesIt();
    void cancelSendsCancelSession();
    void restartResumesInTheSameSession();
    void badUploadsAreRefusedWithAReason();
    void aFileChangedMidUploadFailsTheJobAndIsNotPassedOff();
    void aLostSessionStartsOverInANewOne();
};

void TestEmbeddedUploads::uploadJobArrivesAndCompletes()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    const QByteArray bytes = fixtures::randomBytes(3 * 1024 * 1024 + 7, 11);
    EmbeddedService service;
    const auto created = service.createJob(uploadJob(server.url("/in/a.bin"), writeFile(dir, "a.bin", bytes)));
    QVERIFY2(created, created ? "" : created.failure().message.english().c_str());
    const JobId id = created.value();
    const JobSnapshot before = service.snapshot(id).value();
    QCOMPARE(before.type, JobType::Upload);
    QCOMPARE(before.bytesTotal, std::uint64_t(bytes.size()));  // known at once: it is our file
    QVERIFY(!before.reply);
    QVERIFY(service.resume(id));
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 30000);
    QCOMPARE(server.closedUpload("/in/a.bin"), std::optional<QByteArray>(bytes));
    QCOMPARE(service.snapshot(id).value().bytesTransferred, std::uint64_t(bytes.size()));
    QVERIFY(service.complete(id));
    QCOMPARE(state(service, id), JobState::Acknowledged);
}

void TestEmbeddedUploads::uploadReplyIsPutInPlaceByComplete()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    server.replyTo("/app", [](const QByteArray &upload) -> QByteArray {
        return QCryptographicHash::hash(upload, QCryptographicHash::Sha256).toHex();
    });
    const QByteArray bytes = fixtures::randomBytes(600 * 1024, 12);
    // As the system writes paths (the UI and the command line hand those).
    const QString replyPath = QDir::toNativeSeparators(dir.filePath("reply.txt"));
    EmbeddedService service;
    const JobId id =
        service
            .createJob(uploadJob(server.url("/app"), writeFile(dir, "u.bin", bytes), JobType::UploadReply, replyPath))
            .value();
    QCOMPARE(service.snapshot(id).value().reply->fileName, replyPath.toStdString());
    QVERIFY(service.resume(id));
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 30000);
    const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(service.snapshot(id).value().reply->bytesTransferred, std::uint64_t(expected.size()));
    QVERIFY(!QFile::exists(replyPath));  // not before Complete
    // GetReplyData: the reply in memory, while TRANSFERRED only.
    const auto inMemory = service.replyData(id);
    QVERIFY2(inMemory, inMemory ? "" : inMemory.failure().message.english().c_str());
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(inMemory.value().data()), qsizetype(inMemory.value().size())),
             expected);
    QVERIFY(service.complete(id));
    QCOMPARE(readFile(replyPath), expected);
    QCOMPARE(service.replyData(id).failure().code, hr::BG_E_InvalidState);  // now in its file
    QCOMPARE(QDir(dir.path()).entryList({".BIT*"}, QDir::Hidden | QDir::Files), QStringList());
}

void TestEmbeddedUploads::replyDataIsRefusedWhereBitsRefusesIt()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    // A reply one byte past what BITS keeps in memory.
    const QByteArray large = fixtures::randomBytes(int(kReplyDataLimit) + 1, 14);
    server.replyTo("/big", [&](const QByteArray &) { return large; });
    EmbeddedService service;
    const QString source = writeFile(dir, "s.bin", "sent");
    const JobId replyJob =
        service.createJob(uploadJob(server.url("/big"), source, JobType::UploadReply, dir.filePath("big.reply")))
            .value();
    const auto early = service.replyData(replyJob);
    QCOMPARE(early.failure().code, hr::BG_E_InvalidState);  // SUSPENDED: nothing yet
    QVERIFY(early.failure().message.english().find("SUSPENDED") != std::string::npos);
    QVERIFY(service.resume(replyJob));
    QTRY_COMPARE_WITH_TIMEOUT(state(service, replyJob), JobState::Transferred, 30000);
    const auto tooLarge = service.replyData(replyJob);
    QCOMPARE(tooLarge.failure().code, hr::BG_E_TooLarge);
    // The sentence says how large, and where Complete puts the whole reply.
    QVERIFY(tooLarge.failure().message.english().find(std::to_string(large.size())) != std::string::npos);
    QVERIFY(tooLarge.failure().message.english().find("big.reply") != std::string::npos);
    QVERIFY(service.complete(replyJob));
    QCOMPARE(readFile(dir.filePath("big.reply")), large);  // the file has all of it

    const JobId plain = service.createJob(uploadJob(server.url("/in/p.bin"), source)).value();
    QCOMPARE(service.replyData(plain).failure().code, hr::E_NotImpl);  // no reply to a plain upload
    QCOMPARE(service.replyData(JobId::generate()).failure().code, hr::BG_E_NotFound);
}

void TestEmbeddedUploads::cancelSendsCancelSession()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    ServiceOptions options;
    options.fragments = upload::FragmentSizing::fixed(64 * 1024);
    EmbeddedService service(options);
    const JobId id =
        service
            .createJob(uploadJob(server.url("/in/c.bin"), writeFile(dir, "c.bin", fixtures::randomBytes(4 << 20, 13))))
            .value();
    QVERIFY(service.resume(id));
    QTRY_VERIFY_WITH_TIMEOUT(service.snapshot(id).value().bytesTransferred > 0, 30000);
    QVERIFY(service.cancel(id));
    QTRY_VERIFY_WITH_TIMEOUT(server.packets().contains("Cancel-Session"), 10000);
    QVERIFY(server.sessions().begin()->cancelled);
    QVERIFY(!server.closedUpload("/in/c.bin"));
}

void TestEmbeddedUploads::restartResumesInTheSameSession()
{
    QTemporaryDir dir, stateDir;
    BitsUploadServer server;
    const QByteArray bytes = fixtures::randomBytes(2 * 1024 * 1024, 14);
    ServiceOptions options;
    options.stateFile = stateDir.filePath("jobs.json");
    options.fragments = upload::FragmentSizing::fixed(128 * 1024);
    JobId id;
    {
        EmbeddedService first(options);
        id = first.createJob(uploadJob(server.url("/in/r.bin"), writeFile(dir, "r.bin", bytes))).value();
        QVERIFY(first.resume(id));
        QTRY_VERIFY_WITH_TIMEOUT(first.snapshot(id).value().bytesTransferred >= 256 * 1024, 30000);
    }  // bitsmon stops mid-upload
    EmbeddedService second(options);
    QCOMPARE(second.listJobs().value(), std::vector<JobId>{id});
    QCOMPARE(second.snapshot(id).value().type, JobType::Upload);
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(state(second, id)) || state(second, id) == JobState::Transferred
                                 || state(second, id) == JobState::Error,
                             30000);
    const JobSnapshot after = second.snapshot(id).value();
    QVERIFY2(after.state == JobState::Transferred,
             after.error ? after.error->description.english().c_str() : qPrintable(server.packets().join(", ")));
    QCOMPARE(server.closedUpload("/in/r.bin"), std::optional<QByteArray>(bytes));
    QCOMPARE(server.packets().count("Create-Session"), 1);  // the same session, not a new upload
}

void TestEmbeddedUploads::badUploadsAreRefusedWithAReason()
{
    QTemporaryDir dir;
    EmbeddedService service;
    const QString source = writeFile(dir, "s.bin", "x");
    NewJob two = uploadJob("http://127.0.0.1:9/x", source);
    two.files.push_back(two.files.front());
    const struct {
        NewJob job;
        HResult code;
        const char *says;
    } cases[] = {
        {uploadJob("http://127.0.0.1:9/x", dir.filePath("missing.bin")), hr::E_FileNotFound, "does not exist"},
        {uploadJob("http://127.0.0.1:9/x", dir.path()), hr::E_InvalidArg, "is not a file"},
        {two, hr::BG_E_TooManyFiles, "exactly one file; this one has 2"},
        {uploadJob("ftp://127.0.0.1/x", source), hr::BG_E_ProtocolNotAvailable, "ftp:"},
        {uploadJob("http://127.0.0.1:9/x", source, JobType::UploadReply), hr::E_InvalidArg,
         "needs a file for the reply"},
        {uploadJob("http://127.0.0.1:9/x", source, JobType::UploadReply, dir.filePath("no/such/reply")),
         hr::E_PathNotFound, "does not exist"},
        {uploadJob("http://127.0.0.1:9/x", writeFile(dir, "empty.bin", {})), hr::E_InvalidArg,
         "is empty: there is nothing to send"},
    };
    for (const auto &c : cases) {
        const auto created = service.createJob(c.job);
        QVERIFY(!created);
        QCOMPARE(created.failure().code, c.code);
        QVERIFY2(created.failure().message.english().find(c.says) != std::string::npos,
                 created.failure().message.english().c_str());
    }
    QCOMPARE(service.listJobs().value().size(), std::size_t(0));  // nothing half made
}

// The file changes under a suspended upload (same size, other bytes): the
// job fails with BG_E_LOCAL_FILE_CHANGED instead of sending a mix of both
// versions, and the server never gets a closed upload.
void TestEmbeddedUploads::aFileChangedMidUploadFailsTheJobAndIsNotPassedOff()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    ServiceOptions options;
    options.fragments = upload::FragmentSizing::fixed(64 * 1024);
    EmbeddedService service(options);
    const QString source = writeFile(dir, "m.bin", fixtures::randomBytes(1024 * 1024, 15));
    const JobId id = service.createJob(uploadJob(server.url("/in/m.bin"), source)).value();
    QVERIFY(service.resume(id));
    QTRY_VERIFY_WITH_TIMEOUT(service.snapshot(id).value().bytesTransferred >= 128 * 1024, 30000);
    QVERIFY(service.suspend(id));
    // Another version of the file, of the same size, written a moment later.
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fixtures::randomBytes(1024 * 1024, 16));
    file.close();
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(service.resume(id));
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Error, 30000);
    const JobSnapshot failed = service.snapshot(id).value();
    QCOMPARE(failed.error->code, hr::BG_E_LocalFileChanged);
    QCOMPARE(failed.error->context, ErrorContext::LocalFile);
    QVERIFY2(failed.error->description.english().find("changed after its upload began") != std::string::npos,
             failed.error->description.english().c_str());
    QVERIFY(!server.closedUpload("/in/m.bin"));
}

// The server forgot the session (it restarted): the next fragment is
// answered BG_E_SESSION_NOT_FOUND, and the upload starts over in a new
// session and arrives whole.
void TestEmbeddedUploads::aLostSessionStartsOverInANewOne()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    ServiceOptions options;
    options.fragments = upload::FragmentSizing::fixed(64 * 1024);
    EmbeddedService service(options);
    const QByteArray bytes = fixtures::randomBytes(1024 * 1024 + 5, 17);
    const JobId id = service.createJob(uploadJob(server.url("/in/l.bin"), writeFile(dir, "l.bin", bytes))).value();
    bool forgotten = false;
    connect(&server, &BitsUploadServer::packet, this, [&](const QString &packet) {
        if (!forgotten && packet.startsWith("Fragment bytes 262144-")) {
            server.forgetSessions();  // the fragment after this one finds no session
            forgotten = true;
        }
    });
    QVERIFY(service.resume(id));
    QTRY_COMPARE_WITH_TIMEOUT(state(service, id), JobState::Transferred, 30000);
    QCOMPARE(server.closedUpload("/in/l.bin"), std::optional<QByteArray>(bytes));
    QCOMPARE(server.packets().count("Create-Session"), 2);
    QCOMPARE(service.snapshot(id).value().bytesTransferred, std::uint64_t(bytes.size()));
}

QTEST_MAIN(TestEmbeddedUploads)
#include "test_embedded_uploads.moc"
