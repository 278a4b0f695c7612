#include "application.h"
#include "appearance.h"
#include "command_line.h"
#include "output.h"
#include "quit_on_signal.h"
#include "single_instance.h"

#include "settings.h"

#ifdef Q_OS_WIN
#include "closed_app_server.h"
#endif

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Bad input is reported before any window or display is needed.
    const bitsmon::ParsedCommandLine parsed = bitsmon::parseCommandLine(arguments);
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "bitsmon: %s\n", qPrintable(parsed.error));
        return 2;
    }
    if (parsed.options.showHelp) {
        std::fputs(qPrintable(parsed.helpText), stdout);
        return 0;
    }
    if (parsed.options.showVersion) {
        std::printf("bitsmon %s\n", BITSMON_VERSION);
        return 0;
    }
    if (parsed.options.registerServer || parsed.options.unregisterServer) {
#ifdef Q_OS_WIN
        return bitsmon::runServerRegistration(parsed.options.registerServer,
                                              parsed.options.serverIdleGiven ? parsed.options.serverIdleMs : 0);
#else
        std::fprintf(stderr,
                     "bitsmon: --register-server and --unregister-server are for Windows, where BITS can "
                     "start bitsmon; here the embedded service runs inside bitsmon and stops with it.\n");
        return 2;
#endif
    }
    bitsmon::warningsFollowStderr();
#ifdef Q_OS_WIN
    if (parsed.options.comServer) {
        QApplication::setApplicationName(QStringLiteral("bitsmon"));
        QApplication::setOrganizationName(QStringLiteral("bitsmon"));
        bitsmon::keepServerOutput();
    }
#endif
    std::optional<bits::NewJob> job;
    if (parsed.options.asksForJob()) {
        auto built = bitsmon::jobFromCommandLine(parsed.options);
        if (!built) {
            std::fprintf(stderr, "bitsmon: %s\n", built.failure().message.english().c_str());
            return 2;
        }
        job = std::move(built).value();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bitsmon"));
    QApplication::setOrganizationName(QStringLiteral("bitsmon"));
    QApplication::setApplicationVersion(QStringLiteral(BITSMON_VERSION));

    // The language chosen in the settings, else the system's.
    const QString language = bitsmon::Settings::load(QSettings()).language;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator ours;
    QTranslator qt;
    if (ours.load(locale, QStringLiteral("bitsmon"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&ours);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);  // Qt's own dialogs and buttons

    bitsmon::applyTheme(bitsmon::Settings::load(QSettings()).theme);

    // One bitsmon per user: hand the request to a running one if there is.
    bitsmon::SingleInstance instance;
    QString reply;
    switch (instance.forward(parsed.options, reply)) {
    case bitsmon::SingleInstance::Forwarded::Delivered:
        if (parsed.options.comServer)
            return 0;  // the bitsmon already running watches its jobs itself
        if (!reply.isEmpty()) {
            std::fprintf(stderr, "bitsmon: %s\n", qPrintable(reply));
            return 2;
        }
        if (parsed.options.asksForJob())
            std::printf("bitsmon: the %s was handed to the bitsmon already running.\n",
                        parsed.options.upload.isEmpty() ? "download" : "upload");
        return 0;
    case bitsmon::SingleInstance::Forwarded::Failed:
        std::fprintf(stderr, "bitsmon: %s Starting on its own.\n", qPrintable(reply));
        break;
    case bitsmon::SingleInstance::Forwarded::NoOtherInstance:
        break;
    }
    QString listenError;
    if (!instance.listen(listenError))
        std::fprintf(stderr, "bitsmon: %s\n", qPrintable(listenError));

    bitsmon::Application bitsmonApp(parsed.options);
    instance.onRequest = [&bitsmonApp](const bitsmon::CommandLine &request) {
        return bitsmonApp.handleRequest(request);
    };
    bitsmonApp.start(std::move(job));
    bitsmon::quitOnTerminationSignals(&app);
    return app.exec();
}
