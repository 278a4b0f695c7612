// A second bitsmon hands its request to the first over a user-only local
// socket; a stale socket or a stranger's message does no harm.
#include "single_instance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace bitsmon;

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestRoundTrip();
    void secondInstanceForwardsToTheFirst();
    void noFirstInstance();
    void staleSocketIsReplaced();
    void strangersAreRefused();
};

namespace {

QString uniqueName()
{
    return QStringLiteral("bitsmon-test-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate());
}

}  // namespace

void TestSingleInstance::requestRoundTrip()
{
    CommandLine options;
    options.urls = {"https://example.org/a", "http://127.0.0.1/b"};
    options.destination = "/tmp/x y";
    options.displayName = "name";
    options.sha256 = QString(64, 'a');
    options.priority = bits::Priority::Low;
    QString error;
    const auto decoded = decodeRequest(encodeRequest(options).trimmed(), error);
    QVERIFY2(decoded.has_value(), qPrintable(error));
    QCOMPARE(decoded->urls, options.urls);
    QCOMPARE(decoded->destination, options.destination);
    QCOMPARE(decoded->displayName, options.displayName);
    QCOMPARE(decoded->sha256, options.sha256);
    QVERIFY(decoded->priority == bits::Priority::Low);
    QVERIFY(decoded->upload.isEmpty());

    // An upload, its paths made absolute where they were typed.
    CommandLine upload;
    upload.upload = "report.bin";
    upload.uploadTo = "http://127.0.0.1/in";
    upload.reply = "answer.txt";
    const auto sent = decodeRequest(encodeRequest(upload).trimmed(), error);
    QVERIFY2(sent.has_value(), qPrintable(error));
    QCOMPARE(sent->upload, QDir::current().absoluteFilePath("report.bin"));
    QCOMPARE(sent->uploadTo, upload.uploadTo);
    QCOMPARE(sent->reply, QDir::current().absoluteFilePath("answer.txt"));
    QVERIFY(sent->asksForJob());
    QVERIFY(!decodeRequest("{\"kind\": \"bitsmon-request\", \"version\": 7}", error));
    QVERIFY(error.contains("another version"));
    QVERIFY(!decodeRequest("GET / HTTP/1.1", error));
}

void TestSingleInstance::secondInstanceForwardsToTheFirst()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QString error;
    QVERIFY2(first.listen(error), qPrintable(error));
    QList<CommandLine> received;
    first.onRequest = [&](const CommandLine &request) -> QString {
        received << request;
        return request.destination.isEmpty() ? QStringLiteral("No destination.") : QString();
    };
    CommandLine options;
    options.urls = {"https://example.org/file.iso"};
    options.destination = "/tmp";
    QString reply;
    SingleInstance::Forwarded result = SingleInstance::Forwarded::Failed;
    std::thread second([&] {
        SingleInstance client(name);
        result = client.forward(options, reply);
    });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
    second.join();
    QVERIFY(result == SingleInstance::Forwarded::Delivered);
    QVERIFY(reply.isEmpty());
    QCOMPARE(received[0].urls, options.urls);

    // The first instance's refusal comes back as the second one's message.
    options.destination.clear();
    std::thread third([&] {
        SingleInstance client(name);
        result = client.forward(options, reply);
    });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 5000);
    third.join();
    QVERIFY(result == SingleInstance::Forwarded::Delivered);
    QCOMPARE(reply, QString("No destination."));
}

void TestSingleInstance::noFirstInstance()
{
    SingleInstance alone(uniqueName());
    QString reply;
    QVERIFY(alone.forward(CommandLine{}, reply) == SingleInstance::Forwarded::NoOtherInstance);
}

void TestSingleInstance::staleSocketIsReplaced()
{
#ifndef Q_OS_UNIX
    QSKIP("Windows names the channel a pipe, which goes with its process: nothing stale is left behind");
#endif
    const QString name = uniqueName();
    {
        // A bitsmon that died without cleaning up leaves its socket behind.
        QLocalServer dead;
        dead.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(dead.listen(name));
        const QString path = dead.fullServerName();
        dead.close();
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly));  // a file where the socket was
    }
    SingleInstance next(name);
    QString error;
    QVERIFY2(next.listen(error), qPrintable(error));
}

void TestSingleInstance::strangersAreRefused()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QString error;
    QVERIFY(first.listen(error));
    int handled = 0;
    first.onRequest = [&](const CommandLine &) {
        ++handled;
        return QString();
    };
    QByteArray answer;
    std::thread stranger([&] {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(2000))
            return;
        socket.write("{\"hello\": 1}\n");
        socket.waitForBytesWritten(2000);
        while (socket.waitForReadyRead(2000))
            answer += socket.readAll();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 5000);
    stranger.join();
    QCOMPARE(handled, 0);
    QVERIFY(answer.startsWith("The request is not one bitsmon understands."));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "test_single_instance.moc"
