// SIGTERM (a logout, `kill`, a service manager), SIGINT (Ctrl+C in a
// terminal) and SIGHUP (the terminal closed) end bitsmon as its Quit does:
// the event loop returns, so the window's layout is saved and the embedded
// service writes its jobs, instead of the process dying mid-way. Unix only;
// on Windows Qt turns the session's end into a normal quit itself.
#pragma once

class QObject;

namespace bitsmon {

// Call once, after the QCoreApplication exists; `parent` owns the watcher.
void quitOnTerminationSignals(QObject *parent);

}  // namespace bitsmon
