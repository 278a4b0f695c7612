// One upload by the BITS Upload Protocol (FileSend) against a server of our
// own that implements the protocol's server side (fixtures/bits_upload_server):
// byte-identical arrival, a drop resumed where the server says it is, the
// server's error code and context, an upload-reply's reply, Cancel-Session.
#include "engine/embedded/file_send.h"
#include "fixtures/bits_upload_server.h"
#include "fixtures/http_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace bits;
using namespace bits::embedded;
using fixtures::BitsUploadServer;

namespace {

// A FileSend of `bytes` (written to a file in `dir`) to `url`, and what it
// reported.
struct Upload {
    Upload(const QTemporaryDir &dir, const QByteArray &bytes, const QString &url, bool wantReply = false,
           upload::FragmentSizing sizing = upload::FragmentSizing::fixed(256 * 1024))
    {
        const QString path = dir.filePath(QStringLiteral("upload.bin"));
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(bytes);
        out.close();
        file.localName = path.toStdString();
        file.remoteUrl = url.toStdString();
        extra.tempPath = dir.filePath(QStringLiteral(".reply.tmp"));
        upload.fragments = sizing;
        FetchEvents events;
        events.resized = [] {};
        events.requested = [this] { ++requests; };
        events.answered = [] {};
        events.received = [this](std::uint64_t n) {
            received += n;
            if (afterReceived)
                afterReceived();
        };
        events.done = [this] { done = true; };
        events.failed = [this](FetchFailure f) { failure = std::move(f); };
        send = std::make_unique<FileSend>(network, settings, upload, file, extra, wantReply, events);
    }
    bool ended() const { return done || failure.has_value(); }

    QNetworkAccessManager network;
    FetchSettings settings;
    UploadSettings upload;
    FileSnapshot file;
    FileExtra extra;
    std::unique_ptr<FileSend> send;
    int requests = 0;
    std::uint64_t received = 0;
    bool done = false;
    std::optional<FetchFailure> failure;
    std::function<void()> afterReceived;
};

}  // namespace

class TestFileSend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uploadArrivesByteIdentical();
    void dropResumesInTheSameSession();
    void serverBehindIsFollowedFromWhereItSaysItIs();
    void serverErrorGivesItsCodeAndContext();
    void uploadReplyBringsTheReplyBack();
    void cancelSendsCancelSession();
    void serverWithoutTheProtocolIsSaidSo();
    void fragmentsGrowOnAFastLink();
    void aServerLimitGetsSmallerFragments();
};

void TestFileSend::uploadArrivesByteIdentical()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    const QByteArray bytes = fixtures::randomBytes(3 * 1024 * 1024 + 123, 1);
    Upload upload(dir, bytes, server.url("/incoming/a.bin"));
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY2(upload.done, upload.failure ? upload.failure->message.english().c_str() : "");
    QCOMPARE(server.closedUpload("/incoming/a.bin"), std::optional<QByteArray>(bytes));
    QCOMPARE(upload.file.bytesTransferred, std::uint64_t(bytes.size()));
    QCOMPARE(upload.file.bytesTotal, std::uint64_t(bytes.size()));
    QCOMPARE(upload.received, std::uint64_t(bytes.size()));
    QVERIFY(upload.file.completed);
    // Ping, Create-Session, 13 fragments of 256 KiB in order, Close-Session.
    const QStringList packets = server.packets();
    QCOMPARE(packets.first(), "Ping");
    QCOMPARE(packets[1], "Create-Session");
    QCOMPARE(packets[2], "Fragment bytes 0-262143/3145851");
    QCOMPARE(packets.last(), "Close-Session");
    QCOMPARE(packets.size(), 2 + 13 + 1);
    QCOMPARE(server.sessions().begin()->contentName, "upload.bin");
}

void TestFileSend::dropResumesInTheSameSession()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    const QByteArray bytes = fixtures::randomBytes(1024 * 1024, 2);
    Upload upload(dir, bytes, server.url("/incoming/b.bin"));
    // The second fragment's connection drops after 100,000 of its bytes, as
    // often as Qt sends it again, so the drop reaches the upload.
    int fragments = 0;
    QObject::connect(&upload.network, &QNetworkAccessManager::finished, &server, [&](QNetworkReply *reply) {
        if (reply->request().rawHeader("BITS-Packet-Type") == "Fragment" && ++fragments == 1)
            server.dropNextFragmentsAfter(100000, 10);
    });
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY(upload.failure);
    QCOMPARE(upload.failure->state, JobState::TransientError);
    QCOMPARE(upload.failure->context, ErrorContext::GeneralTransport);
    const std::string session = upload.extra.uploadSession;
    QVERIFY(!session.empty());
    QCOMPARE(upload.file.bytesTransferred, std::uint64_t(262144));  // acknowledged before the drop

    // Started again, as the service retries: the same session, from what was
    // acknowledged; the server writes only what it did not have.
    server.dropNextFragmentsAfter(-1, 0);
    upload.failure.reset();
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY2(upload.done, upload.failure ? upload.failure->message.english().c_str() : "");
    QCOMPARE(upload.extra.uploadSession, session);
    QCOMPARE(server.closedUpload("/incoming/b.bin"), std::optional<QByteArray>(bytes));
    QCOMPARE(server.packets().count("Create-Session"), 1);
}

void TestFileSend::serverBehindIsFollowedFromWhereItSaysItIs()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    const QByteArray bytes = fixtures::randomBytes(1024 * 1024, 7);
    Upload upload(dir, bytes, server.url("/incoming/e.bin"));
    bool stopped = false;
    upload.afterReceived = [&] {
        if (upload.file.bytesTransferred >= 524288 && !stopped) {
            upload.send->stop();  // bitsmon stops (or restarts) here...
            stopped = true;
        }
    };
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 30000);
    const std::uint64_t acknowledged = upload.file.bytesTransferred;
    QCOMPARE(acknowledged, std::uint64_t(524288));
    server.truncateSessions(300000);  // ...and the server lost what it had not written

    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY2(upload.done, upload.failure ? upload.failure->message.english().c_str() : "");
    QCOMPARE(server.closedUpload("/incoming/e.bin"), std::optional<QByteArray>(bytes));
    // The fragment from where bitsmon was got 416 with where the server is,
    // and the upload went on from there.
    const QStringList packets = server.packets();
    const QString ahead = QString("Fragment bytes %1-").arg(acknowledged);
    const QString behind = QString("Fragment bytes 300000-");
    const auto at = [&](const QString &prefix) {
        for (qsizetype i = 0; i < packets.size(); ++i)
            if (packets[i].startsWith(prefix))
                return i;
        return qsizetype(-1);
    };
    QVERIFY2(at(ahead) >= 0 && at(behind) > at(ahead), qPrintable(packets.join(", ")));
}

void TestFileSend::serverErrorGivesItsCodeAndContext()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    server.failNext({"Fragment", 500, "0x80070070", "0x7", 1});
    Upload upload(dir, fixtures::randomBytes(1000, 3), server.url("/incoming/c.bin"));
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY(upload.failure);
    QCOMPARE(upload.failure->code, hr::E_DiskFull);
    QCOMPARE(upload.failure->context, ErrorContext::RemoteApplication);
    QCOMPARE(upload.failure->state, JobState::TransientError);  // a 5xx: retried later
    // A 4xx without the server's code: the HTTP status, final.
    server.failNext({"Fragment", 403, {}, {}, 1});
    upload.failure.reset();
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY(upload.failure);
    QCOMPARE(upload.failure->code, fromHttpStatus(403));
    QCOMPARE(upload.failure->context, ErrorContext::RemoteFile);
    QCOMPARE(upload.failure->state, JobState::Error);
}

void TestFileSend::uploadReplyBringsTheReplyBack()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    server.replyTo("/app/echo", [](const QByteArray &upload) -> QByteArray {
        return QCryptographicHash::hash(upload, QCryptographicHash::Sha256).toHex() + "\n" + upload.left(5000);
    });
    const QByteArray bytes = fixtures::randomBytes(700 * 1024, 4);
    Upload upload(dir, bytes, server.url("/app/echo"), true);
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY2(upload.done, upload.failure ? upload.failure->message.english().c_str() : "");
    QFile reply(upload.extra.tempPath);
    QVERIFY(reply.open(QIODevice::ReadOnly));
    const QByteArray expected =
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "\n" + bytes.left(5000);
    QCOMPARE(reply.readAll(), expected);
    // The reply is fetched before the session is closed.
    const QStringList packets = server.packets();
    QVERIFY(packets.last() == "Close-Session");
    QVERIFY(packets[packets.size() - 2].startsWith("GET /reply/"));
}

void TestFileSend::cancelSendsCancelSession()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    Upload upload(dir, fixtures::randomBytes(2 * 1024 * 1024, 5), server.url("/incoming/d.bin"));
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.received > 0, 30000);
    upload.send->cancelSession();
    QTRY_VERIFY_WITH_TIMEOUT(server.packets().contains("Cancel-Session"), 10000);
    QCOMPARE(server.sessions().size(), 1);
    QVERIFY2(server.sessions().begin()->cancelled, qPrintable(server.packets().join(", ")));
    QVERIFY(server.sessions().begin()->received.isEmpty());
    QVERIFY(upload.extra.uploadSession.empty());
    QVERIFY(!server.closedUpload("/incoming/d.bin"));
    QVERIFY(!upload.ended());  // nothing reported after
}

void TestFileSend::serverWithoutTheProtocolIsSaidSo()
{
    QTemporaryDir dir;
    fixtures::FixtureServer plain;  // GET only: BITS_POST gets 404
    Upload upload(dir, fixtures::randomBytes(1000, 6), plain.url("/x"));
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY(upload.failure);
    QCOMPARE(upload.failure->state, JobState::Error);
    QCOMPARE(upload.failure->code, fromHttpStatus(404));
}

namespace {

// The sizes of the fragments the server got, in order ("Fragment bytes
// 0-65535/..." is 65536).
QList<qint64> fragmentSizes(const QStringList &packets)
{
    QList<qint64> sizes;
    static const QRegularExpression range("^Fragment bytes (\\d+)-(\\d+)/");
    for (const QString &packet : packets)
        if (const auto match = range.match(packet); match.hasMatch())
            sizes << match.captured(2).toLongLong() - match.captured(1).toLongLong() + 1;
    return sizes;
}

}  // namespace

// On 127.0.0.1 every fragment is answered in far less than the target's
// half: each is twice the one before, up to the maximum.
void TestFileSend::fragmentsGrowOnAFastLink()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    const QByteArray bytes = fixtures::randomBytes(4 * 1024 * 1024, 8);
    Upload upload(dir, bytes, server.url("/incoming/g.bin"), false,
                  {64 * 1024, 64 * 1024, 1024 * 1024, std::chrono::seconds(30)});
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY2(upload.done, upload.failure ? upload.failure->message.english().c_str() : "");
    QCOMPARE(server.closedUpload("/incoming/g.bin"), std::optional<QByteArray>(bytes));
    const QList<qint64> sizes = fragmentSizes(server.packets());
    QCOMPARE(sizes.mid(0, 5), (QList<qint64>{65536, 131072, 262144, 524288, 1048576}));
    QCOMPARE(*std::max_element(sizes.begin(), sizes.end()), 1048576);  // never past the maximum
}

// A server that takes at most 100,000 bytes a request answers 413: the
// fragment is sent again at half the size until it fits, and the upload
// arrives whole in fragments the server takes.
void TestFileSend::aServerLimitGetsSmallerFragments()
{
    QTemporaryDir dir;
    BitsUploadServer server;
    server.setMaxFragment(100000);
    const QByteArray bytes = fixtures::randomBytes(1024 * 1024 + 3, 9);
    Upload upload(dir, bytes, server.url("/incoming/s.bin"), false,
                  {512 * 1024, 16 * 1024, 512 * 1024, std::chrono::milliseconds(2000)});
    upload.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(upload.ended(), 30000);
    QVERIFY2(upload.done, upload.failure ? upload.failure->message.english().c_str() : "");
    QCOMPARE(server.closedUpload("/incoming/s.bin"), std::optional<QByteArray>(bytes));
    const QList<qint64> sizes = fragmentSizes(server.packets());
    // 512 KiB, 256 KiB, 128 KiB refused; 64 KiB taken.
    QCOMPARE(sizes.mid(0, 4), (QList<qint64>{524288, 262144, 131072, 65536}));
    // The size the server took is kept: no fragment after it is refused again.
    QVERIFY2(std::all_of(sizes.begin() + 3, sizes.end(), [](qint64 size) { return size <= 65536; }),
             qPrintable(server.packets().join(", ")));

    // At the smallest size already, the 413 is the upload's error.
    QTemporaryDir other;
    BitsUploadServer strict;
    strict.setMaxFragment(1000);
    Upload tiny(other, bytes, strict.url("/incoming/t.bin"), false, upload::FragmentSizing::fixed(4096));
    tiny.send->start();
    QTRY_VERIFY_WITH_TIMEOUT(tiny.ended(), 30000);
    QVERIFY(tiny.failure);
    QCOMPARE(tiny.failure->code, fromHttpStatus(413));
}

QTEST_MAIN(TestFileSend)
#include "test_file_send.moc"
