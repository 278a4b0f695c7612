// Windows: bitsmon.exe as the local COM server of its notification class.
// When BITS finishes one of bitsmon's jobs while bitsmon is closed, it
// creates an object of the class; COM starts `bitsmon.exe -Embedding`, which
// registers the class object and handles the calls through the same feed and
// policies as a normal start (the job is ours: it is checked, completed and
// announced). See docs/ARCHITECTURE.md, "BITS starts bitsmon".
#pragma once

#include "engine/bits/service.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace bits::windows {
class CallbackServer;
}

namespace bitsmon {

class ClosedAppServer : public QObject {
    Q_OBJECT
public:
    // Registers the class object; its objects forward to `inbox` (the feed's).
    ClosedAppServer(bits::Observer &inbox, QObject *parent = nullptr);
    ~ClosedAppServer() override;

    // Empty when the class object is registered; otherwise why not.
    QString error() const { return m_error; }

signals:
    // BITS called about this job: a job that carries our CLSID, so ours.
    void jobCalled(const QString &jobId);
    // The last object BITS held was released.
    void released();

private:
    class Forwarder;
    std::unique_ptr<Forwarder> m_forwarder;
    std::unique_ptr<bits::windows::CallbackServer> m_server;
    QString m_error;
};

// COM starts bitsmon.exe with no console and no output to inherit, so what
// a COM-started bitsmon says (what it completed, announced or could not do;
// see output.h) would be lost: it goes to closed-app.log in bitsmon's data
// folder instead, the latest runs kept (started afresh past 256 KiB).
// Returns the log's path, empty when there was an output to keep (or no log
// could be opened). Needs the application's name set.
QString keepServerOutput();

// --register-server / --unregister-server: does it, says what it did on
// stdout or why not on stderr; the exit status. A `serverIdleMs` above 0 is
// registered as the server's --server-idle.
int runServerRegistration(bool registerIt, int serverIdleMs = 0);
// Whether the class is registered to this bitsmon.exe, in one sentence in
// the user's language; a registration that would not work says so.
QString serverRegistrationSentence();
// Whether BITS starts this very bitsmon.exe with the class (registered to it,
// and the file exists): only then do our jobs carry its CLSID.
bool serverRegisteredHere();

}  // namespace bitsmon
