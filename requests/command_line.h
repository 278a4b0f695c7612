// bitsmon's command line: parsed without a QApplication, so bad input is
// reported (and the exit status set) even where no display exists.
#pragma once

#include "engine/bits/outcome.h"
#include "engine/bits/snapshot.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bitsmon {

struct CommandLine {
    QStringList urls;     // --add, repeatable
    QString destination;  // --dest: the folder the files go to
    QString displayName;  // --name
    QString sha256;       // --sha256: expected hash of the (single) file
    QString upload;       // --upload FILE: an upload job instead
    QString uploadTo;     // --to URL: where the upload goes
    QString reply;        // --reply FILE: an upload-reply job, its reply saved there
    bits::Priority priority = bits::Priority::Normal;
    bool embedded = false;   // --embedded: the embedded service even on Windows
    bool minimized = false;  // --minimized: start in the tray
    int tickMs = 0;          // 0: from the settings
    int pollMs = 0;
    bool showHelp = false;
    bool showVersion = false;
    // Windows: COM started bitsmon for its notification class (BITS calls
    // it about a job that finished while bitsmon was closed).
    bool comServer = false;
    int serverIdleMs = 60'000;      // --server-idle: a COM-started bitsmon with nothing to do exits
    bool serverIdleGiven = false;   // with --register-server: registered on the server's command line
    bool registerServer = false;    // --register-server
    bool unregisterServer = false;  // --unregister-server

    // --add or --upload: a job to create.
    bool asksForJob() const { return !urls.isEmpty() || !upload.isEmpty(); }
};

struct ParsedCommandLine {
    CommandLine options;
    QString error;  // empty when the line is fine
    QString helpText;
};

ParsedCommandLine parseCommandLine(const QStringList &arguments);

// "-Embedding" or "/Embedding" in any case: what COM adds to the registered
// command line when it starts bitsmon for its notification class.
bool isComLaunchArgument(const QString &argument);

// The job that --add asks for, checked against the file system; a failure
// says what is wrong and what to do.
bits::Outcome<bits::NewJob> jobFromCommandLine(const CommandLine &options);

}  // namespace bitsmon
