// The command line: parsing, --add validation, and the real binary's exit
// status and message for bad input (no display needed).
#include "command_line.h"

#include "engine/bits/hresult.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "qtest_bits.h"

using namespace bitsmon;

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesOptions();
    void comLaunchAnywhereInAnyCase();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void buildsTheJob();
    void binaryRefusesBadInput_data();
    void binaryRefusesBadInput();
    void helpNamesTheProgram();
};

void TestCommandLine::parsesOptions()
{
    const auto parsed = parseCommandLine({"bitsmon", "--add", "http://127.0.0.1/a", "--add", "https://h/b", "--dest",
                                          "/tmp", "--name", "N", "--priority", "high", "--tick", "50"});
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.options.urls, (QStringList{"http://127.0.0.1/a", "https://h/b"}));
    QCOMPARE(parsed.options.destination, QString("/tmp"));
    QCOMPARE(parsed.options.displayName, QString("N"));
    QCOMPARE(parsed.options.priority, bits::Priority::High);
    QCOMPARE(parsed.options.tickMs, 50);
    QCOMPARE(parsed.options.pollMs, 0);  // not given: the settings decide
}

// COM appends -Embedding (or /Embedding, any case) to the registered line.
void TestCommandLine::comLaunchAnywhereInAnyCase()
{
    for (const QStringList &line : {QStringList{"bitsmon", "-Embedding"}, QStringList{"bitsmon", "/EMBEDDING"},
                                    QStringList{"bitsmon", "--server-idle", "2000", "-embedding"}}) {
        const auto parsed = parseCommandLine(line);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY2(parsed.options.comServer, qPrintable(line.join(' ')));
    }
    QCOMPARE(parseCommandLine({"bitsmon", "--server-idle", "2000", "-Embedding"}).options.serverIdleMs, 2000);
    QVERIFY(!parseCommandLine({"bitsmon"}).options.comServer);
    QCOMPARE(parseCommandLine({"bitsmon"}).options.serverIdleMs, 60'000);
    QVERIFY(!parseCommandLine({"bitsmon", "-Embeddings"}).error.isEmpty());  // not ours, not COM's
    QVERIFY(parseCommandLine({"bitsmon", "--register-server"}).options.registerServer);
    QVERIFY(!parseCommandLine({"bitsmon", "--register-server"}).options.serverIdleGiven);
    const auto tuned = parseCommandLine({"bitsmon", "--register-server", "--server-idle", "5000"}).options;
    QVERIFY(tuned.registerServer && tuned.serverIdleGiven && tuned.serverIdleMs == 5000);
    QVERIFY(parseCommandLine({"bitsmon", "--unregister-server"}).options.unregisterServer);
}

void TestCommandLine::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("add without dest") << QStringList{"--add", "http://h/x"} << "--add needs --dest";
    QTest::newRow("dest without add") << QStringList{"--dest", "/tmp"} << "go with --add";
    QTest::newRow("bad priority") << QStringList{"--priority", "urgent"} << "Unknown priority";
    QTest::newRow("bad tick") << QStringList{"--tick", "fast"} << "--tick takes a whole number";
    QTest::newRow("tiny tick") << QStringList{"--tick", "1"} << "at least 10";
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "Unknown option";
    QTest::newRow("stray argument") << QStringList{"http://h/x"} << "Unexpected argument";
    QTest::newRow("register and unregister")
        << QStringList{"--register-server", "--unregister-server"} << "undo each other";
    QTest::newRow("upload without to") << QStringList{"--upload", "/tmp/f"} << "--upload needs --to URL";
    QTest::newRow("to without upload") << QStringList{"--to", "http://h/x"} << "go with --upload";
    QTest::newRow("reply without upload") << QStringList{"--reply", "/tmp/r"} << "go with --upload";
    QTest::newRow("upload and add") << QStringList{"--upload", "/tmp/f",     "--to",   "http://h/x",
                                                   "--add",    "http://h/y", "--dest", "/tmp"}
                                    << "one job at a time";
    QTest::newRow("upload with dest") << QStringList{"--upload", "/tmp/f", "--to", "http://h/x", "--dest", "/tmp"}
                                      << "not with --upload";
    QTest::newRow("sha256 for two files")
        << QStringList{"--add", "http://h/x", "--add", "http://h/y", "--dest", "/tmp", "--sha256", QString(64, 'a')}
        << "exactly one --add";
}

void TestCommandLine::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    arguments.prepend("bitsmon");
    const auto parsed = parseCommandLine(arguments);
    QVERIFY2(parsed.error.contains(says), qPrintable(parsed.error));
}

void TestCommandLine::buildsTheJob()
{
    QTemporaryDir dir;
    CommandLine options;
    options.urls = {"http://127.0.0.1/files/a.iso?x=1", "http://127.0.0.1/"};
    options.destination = dir.path();
    options.priority = bits::Priority::Low;
    const auto job = jobFromCommandLine(options);
    QVERIFY(job.ok());
    QCOMPARE(job.value().files.size(), std::size_t(2));
    // As the system writes paths: BITS and a Windows user get "C:\\...\\a.iso".
    QCOMPARE(QString::fromStdString(job.value().files[0].localPath), QDir::toNativeSeparators(dir.filePath("a.iso")));
    QCOMPARE(QString::fromStdString(job.value().files[1].localPath),
             QDir::toNativeSeparators(dir.filePath("download")));
#ifdef Q_OS_WIN
    QVERIFY(job.value().files[0].localPath.find('/') == std::string::npos);
#endif
    QCOMPARE(job.value().priority, bits::Priority::Low);

    options.urls = {"http://127.0.0.1/a", "http://127.0.0.1/other/a"};  // same file name twice
    QCOMPARE(jobFromCommandLine(options).failure().code, bits::hr::E_InvalidArg);

    // --upload FILE --to URL [--reply FILE]: an upload, or an upload-reply.
    const auto parsed = parseCommandLine({"bitsmon", "--upload", dir.filePath("report.bin"), "--to",
                                          "http://127.0.0.1/in", "--reply", dir.filePath("answer.txt")});
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.options.asksForJob());
    QCOMPARE(jobFromCommandLine(parsed.options).failure().code, bits::hr::E_FileNotFound);  // not there yet
    QFile report(dir.filePath("report.bin"));
    QVERIFY(report.open(QIODevice::WriteOnly) && report.write("data") == 4);
    report.close();
    const auto reply = jobFromCommandLine(parsed.options);
    QVERIFY2(reply.ok(), reply.ok() ? "" : reply.failure().message.english().c_str());
    QCOMPARE(reply.value().type, bits::JobType::UploadReply);
    QCOMPARE(reply.value().files.size(), std::size_t(1));
    QCOMPARE(reply.value().files[0].remoteUrl, std::string("http://127.0.0.1/in"));
    QCOMPARE(QString::fromStdString(reply.value().files[0].localPath),
             QDir::toNativeSeparators(dir.filePath("report.bin")));
    QCOMPARE(QString::fromStdString(reply.value().replyPath), QDir::toNativeSeparators(dir.filePath("answer.txt")));
    CommandLine plain = parsed.options;
    plain.reply.clear();
    QCOMPARE(jobFromCommandLine(plain).value().type, bits::JobType::Upload);
}

void TestCommandLine::binaryRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");  // "@DIR" is replaced by a temporary folder
    QTest::addColumn<QString>("says");
    QTest::newRow("no scheme") << QStringList{"--add", "example.org/x", "--dest", "@DIR"} << "has no scheme";
    QTest::newRow("ftp") << QStringList{"--add", "ftp://127.0.0.1/x", "--dest", "@DIR"}
                         << "Use an http:// or https:// URL";
    QTest::newRow("file") << QStringList{"--add", "file:///etc/passwd", "--dest", "@DIR"} << "file:";
    QTest::newRow("empty dest") << QStringList{"--add", "http://127.0.0.1/x", "--dest", ""} << "destination is empty";
    QTest::newRow("missing dest") << QStringList{"--add", "http://127.0.0.1/x", "--dest", "@DIR/nope"}
                                  << "does not exist";
    QTest::newRow("dest is a file") << QStringList{"--add", "http://127.0.0.1/x", "--dest", "@DIR/plain"}
                                    << "is a file, not a folder";
    QTest::newRow("bad sha256") << QStringList{"--add", "http://127.0.0.1/x", "--dest", "@DIR", "--sha256", "abc"}
                                << "is not a SHA-256";
    QTest::newRow("target is a folder") << QStringList{"--add", "http://127.0.0.1/sub", "--dest", "@DIR"}
                                        << "existing folder";
}

void TestCommandLine::binaryRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("sub"));
    QFile plain(dir.filePath("plain"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (QString &argument : arguments)
        argument.replace("@DIR", dir.path());

    QProcess bitsmon;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");  // bad input is reported without any display
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    bitsmon.setProcessEnvironment(env);
    bitsmon.start(BITSMON_BINARY, arguments);
    QVERIFY(bitsmon.waitForFinished(20000));
    QCOMPARE(bitsmon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bitsmon.exitCode(), 2);
    const QString error = QString::fromLocal8Bit(bitsmon.readAllStandardError());
    QVERIFY2(error.startsWith("bitsmon: ") && error.contains(says), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{"plain", "sub"}));  // nothing was created
}

// --help is answered before any QCoreApplication exists, where Qt's usage
// line would read "<executable_name>".
void TestCommandLine::helpNamesTheProgram()
{
    const auto parsed = bitsmon::parseCommandLine({"/opt/bitsmon/bin/bitsmon", "--help"});
    QVERIFY(parsed.options.showHelp);
    QVERIFY2(parsed.helpText.startsWith("Usage: bitsmon [options]"), qPrintable(parsed.helpText));

    QProcess bitsmon;
    bitsmon.start(BITSMON_BINARY, {"--help"});
    QVERIFY(bitsmon.waitForFinished(20000));
    QCOMPARE(bitsmon.exitCode(), 0);
    const QString help = QString::fromLocal8Bit(bitsmon.readAllStandardOutput());
    QVERIFY2(help.startsWith("Usage: bitsmon") && !help.contains("<executable_name>"), qPrintable(help));
    QVERIFY(help.contains("--add <URL>"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
