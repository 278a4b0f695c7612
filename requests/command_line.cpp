#include "command_line.h"

#include "destinations.h"

#include "engine/bits/hresult.h"
#include "engine/bits/validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bitsmon {

namespace {

std::optional<bits::Priority> priorityFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("foreground"))
        return bits::Priority::Foreground;
    if (t == QLatin1String("high"))
        return bits::Priority::High;
    if (t == QLatin1String("normal"))
        return bits::Priority::Normal;
    if (t == QLatin1String("low"))
        return bits::Priority::Low;
    return std::nullopt;
}

}  // namespace

bool isComLaunchArgument(const QString &argument)
{
    return argument.size() > 1 && (argument[0] == QLatin1Char('-') || argument[0] == QLatin1Char('/'))
        && argument.mid(1).compare(QLatin1String("embedding"), Qt::CaseInsensitive) == 0;
}

ParsedCommandLine parseCommandLine(const QStringList &given)
{
    // COM's -Embedding may come anywhere; it is not one of our options.
    QStringList arguments;
    bool comServer = false;
    for (qsizetype i = 0; i < given.size(); ++i) {
        if (i > 0 && isComLaunchArgument(given[i]))
            comServer = true;
        else
            arguments << given[i];
    }
    ParsedCommandLine parsed;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("bitsmon shows and controls background transfer (BITS) jobs."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption add(QStringLiteral("add"),
                                 QStringLiteral("Start downloading URL (http or https); repeat for several files."),
                                 QStringLiteral("URL"));
    const QCommandLineOption dest(QStringLiteral("dest"), QStringLiteral("The folder --add saves files into."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The display name of the new job."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption sha256(QStringLiteral("sha256"),
                                    QStringLiteral("The SHA-256 the downloaded file must have (one --add only)."),
                                    QStringLiteral("HEX"));
    const QCommandLineOption upload(QStringLiteral("upload"),
                                    QStringLiteral("Upload FILE (BITS Upload Protocol) to the URL given with --to."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption uploadTo(QStringLiteral("to"), QStringLiteral("The URL --upload sends the file to."),
                                      QStringLiteral("URL"));
    const QCommandLineOption reply(
        QStringLiteral("reply"),
        QStringLiteral("With --upload: an upload-reply job, the server's reply saved as FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption priority(QStringLiteral("priority"),
                                      QStringLiteral("foreground, high, normal (default) or low."),
                                      QStringLiteral("PRIORITY"));
    const QCommandLineOption embedded(QStringLiteral("embedded"),
                                      QStringLiteral("Use the embedded transfer service (the default off Windows)."));
    const QCommandLineOption minimized(QStringLiteral("minimized"), QStringLiteral("Start in the system tray."));
    const QCommandLineOption tick(QStringLiteral("tick"), QStringLiteral("Refresh tick in milliseconds (default 100)."),
                                  QStringLiteral("MS"));
    const QCommandLineOption poll(QStringLiteral("poll"),
                                  QStringLiteral("Polling interval in milliseconds (default 2000)."),
                                  QStringLiteral("MS"));
    const QCommandLineOption registerServer(
        QStringLiteral("register-server"),
        QStringLiteral("Windows: register bitsmon with COM so BITS can start it when a download finishes while it is "
                       "closed (needs an elevated prompt; the installer does it)."));
    const QCommandLineOption unregisterServer(QStringLiteral("unregister-server"),
                                              QStringLiteral("Windows: undo --register-server."));
    const QCommandLineOption serverIdle(
        QStringLiteral("server-idle"),
        QStringLiteral("When started by BITS: exit after this many milliseconds with nothing to do (default 60000)."),
        QStringLiteral("MS"));
    parser.addOptions({help, version, add, dest, name, sha256, upload, uploadTo, reply, priority, embedded, minimized,
                       tick, poll, registerServer, unregisterServer, serverIdle});
    // Parsed before any QCoreApplication exists (bad input needs no display),
    // where Qt's usage line says "<executable_name>": the program is named
    // here, as it was started.
    parsed.helpText = parser.helpText();
    const QString program = arguments.isEmpty() ? QString() : QFileInfo(arguments.first()).fileName();
    const QString usage = QStringLiteral("Usage: ");
    const qsizetype from = parsed.helpText.indexOf(usage);
    const qsizetype to = parsed.helpText.indexOf(QLatin1Char(' '), from + usage.size());
    if (from == 0 && to > from)
        parsed.helpText.replace(from + usage.size(), to - from - usage.size(),
                                program.isEmpty() ? QStringLiteral("bitsmon") : program);

    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText() + QStringLiteral(". Run bitsmon --help for the options.");
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.error = QStringLiteral("Unexpected argument \"%1\". To download a URL, use --add URL --dest DIR.")
                           .arg(parser.positionalArguments().first());
        return parsed;
    }
    CommandLine &o = parsed.options;
    o.comServer = comServer;
    o.registerServer = parser.isSet(registerServer);
    o.unregisterServer = parser.isSet(unregisterServer);
    if (o.registerServer && o.unregisterServer) {
        parsed.error = QStringLiteral("--register-server and --unregister-server undo each other: give one.");
        return parsed;
    }
    o.showHelp = parser.isSet(help);
    o.showVersion = parser.isSet(version);
    o.urls = parser.values(add);
    o.destination = parser.value(dest);
    o.displayName = parser.value(name);
    o.sha256 = parser.value(sha256);
    o.upload = parser.value(upload);
    o.uploadTo = parser.value(uploadTo);
    o.reply = parser.value(reply);
    o.embedded = parser.isSet(embedded);
    o.minimized = parser.isSet(minimized);
    if (parser.isSet(priority)) {
        const auto p = priorityFromText(parser.value(priority));
        if (!p) {
            parsed.error = QStringLiteral("Unknown priority \"%1\". Use foreground, high, normal or low.")
                               .arg(parser.value(priority));
            return parsed;
        }
        o.priority = *p;
    }
    auto number = [&](const QCommandLineOption &option, int fallback, int minimum, int &out) {
        if (!parser.isSet(option)) {
            out = fallback;
            return true;
        }
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < minimum) {
            parsed.error = QStringLiteral("--%1 takes a whole number of milliseconds, at least %2.")
                               .arg(option.names().first())
                               .arg(minimum);
            return false;
        }
        out = value;
        return true;
    };
    if (!number(tick, 0, 10, o.tickMs) || !number(poll, 0, 100, o.pollMs)
        || !number(serverIdle, 60'000, 100, o.serverIdleMs))
        return parsed;
    o.serverIdleGiven = parser.isSet(serverIdle);
    if (parser.isSet(upload) && !o.urls.isEmpty()) {
        parsed.error = QStringLiteral("--add downloads and --upload uploads: one job at a time, give one of them.");
        return parsed;
    }
    if (parser.isSet(upload) && !parser.isSet(uploadTo)) {
        parsed.error = QStringLiteral("--upload needs --to URL: where the file goes.");
        return parsed;
    }
    if (!parser.isSet(upload) && (parser.isSet(uploadTo) || parser.isSet(reply))) {
        parsed.error = QStringLiteral("--to and --reply go with --upload FILE.");
        return parsed;
    }
    if (parser.isSet(upload) && (parser.isSet(dest) || parser.isSet(sha256))) {
        parsed.error = QStringLiteral("--dest and --sha256 go with --add URL, not with --upload.");
        return parsed;
    }
    if (!o.urls.isEmpty() && !parser.isSet(dest)) {
        parsed.error = QStringLiteral("--add needs --dest DIR: the folder to save the files in.");
        return parsed;
    }
    if (!o.asksForJob() && (parser.isSet(dest) || parser.isSet(name) || parser.isSet(sha256))) {
        parsed.error = QStringLiteral("--dest, --name and --sha256 go with --add URL.");
        return parsed;
    }
    if (parser.isSet(sha256) && o.urls.size() != 1) {
        parsed.error = QStringLiteral("--sha256 checks one file: give exactly one --add URL with it.");
        return parsed;
    }
    return parsed;
}

bits::Outcome<bits::NewJob> jobFromCommandLine(const CommandLine &options)
{
    if (!options.upload.isEmpty()) {
        // Paths as the asking console meant them: made absolute there.
        bits::NewJob job;
        job.type = options.reply.isEmpty() ? bits::JobType::Upload : bits::JobType::UploadReply;
        job.displayName = options.displayName.toStdString();
        job.priority = options.priority;
        // As the system writes paths ("C:\\..."), for BITS and in what a Windows user reads.
        auto absolute = [](const QString &path) {
            return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdString();
        };
        job.files.push_back({options.uploadTo.toStdString(), absolute(options.upload)});
        if (!options.reply.isEmpty())
            job.replyPath = absolute(options.reply);
        if (auto failure = bits::checkNewJob(job))
            return *failure;
        return job;
    }
    if (options.destination.trimmed().isEmpty())
        return bits::Failure{bits::hr::E_InvalidArg,
                             "The destination is empty. Give the folder to save into with --dest DIR."};  // console
    const QFileInfo folder(options.destination);
    if (!folder.exists())
        return bits::Failure{bits::hr::E_PathNotFound,
                             bits::Sentence("The folder \"%1\" does not exist. Create it or give another with --dest.",
                                            {options.destination.toStdString()})};
    if (!folder.isDir())
        return bits::Failure{bits::hr::E_InvalidArg,
                             bits::Sentence("\"%1\" is a file, not a folder. Give a folder with --dest.",
                                            {options.destination.toStdString()})};
    bits::NewJob job;
    job.displayName = options.displayName.toStdString();
    job.priority = options.priority;
    const QDir dir(folder.absoluteFilePath());
    for (const QString &url : options.urls) {
        if (auto failure = bits::checkRemoteUrl(url.toStdString()))
            return *failure;
        job.files.push_back({url.toStdString(), destinationIn(dir, url.toStdString()),
                             options.sha256.trimmed().toLower().toStdString()});
    }
    if (auto failure = bits::checkNewJob(job))
        return *failure;
    return job;
}

}  // namespace bitsmon
