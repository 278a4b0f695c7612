#include "closed_app_server.h"

#include "engine/bits/hresult.h"
#include "engine/windows/callback_server.h"
#include "engine/windows/registration.h"

#include <QMetaObject>

#include <cstdio>

namespace bitsmon {

namespace {

std::wstring thisProgram()
{
    wchar_t path[MAX_PATH];
    const DWORD n = GetModuleFileNameW(nullptr, path, MAX_PATH);
    return std::wstring(path, n);
}

}  // namespace

// Records into the inbox (from whatever thread COM calls on) and tells the
// app, on its thread, which job BITS called about.
class ClosedAppServer::Forwarder final : public bits::Observer {
public:
    Forwarder(bits::Observer &inbox, ClosedAppServer *owner) : m_inbox(inbox), m_owner(owner) {}
    void jobTransferred(const bits::JobId &job) noexcept override
    {
        m_inbox.jobTransferred(job);
        called(job);
    }
    void jobError(const bits::JobId &job) noexcept override
    {
        m_inbox.jobError(job);
        called(job);
    }
    void jobModification(const bits::JobId &job) noexcept override { m_inbox.jobModification(job); }
    void fileTransferred(const bits::JobId &job, std::uint32_t file) noexcept override
    {
        m_inbox.fileTransferred(job, file);
        called(job);
    }

private:
    void called(const bits::JobId &job)
    {
        const QString id = QString::fromStdString(job.toString());
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, id] { emit owner->jobCalled(id); }, Qt::QueuedConnection);
    }
    bits::Observer &m_inbox;
    ClosedAppServer *m_owner;
};

ClosedAppServer::ClosedAppServer(bits::Observer &inbox, QObject *parent)
    : QObject(parent)
    , m_forwarder(std::make_unique<Forwarder>(inbox, this))
{
    m_server = std::make_unique<bits::windows::CallbackServer>(m_forwarder.get(), [this] {
        QMetaObject::invokeMethod(this, [this] { emit released(); }, Qt::QueuedConnection);
    });
    if (FAILED(m_server->result()))
        m_error = QStringLiteral("bitsmon's notification class could not be registered with COM: %1")
                      .arg(QString::fromStdString(bits::describe(bits::HResult(m_server->result()))));
}

ClosedAppServer::~ClosedAppServer()
{
    m_server->stop();  // nothing reaches the forwarder (or us) after this
}

int runServerRegistration(bool registerIt)
{
    const std::wstring program = thisProgram();
    const bits::Status done = registerIt ? bits::windows::registerCallbackServer(program)
                                         : bits::windows::unregisterCallbackServer();
    if (!done) {
        std::fprintf(stderr, "bitsmon: %s\n", done.failure().message.c_str());
        if (!bits::windows::runsElevated())
            std::fprintf(stderr, "bitsmon: this prompt is not elevated.\n");
        return 1;
    }
    if (registerIt)
        std::printf("bitsmon: registered %s for BITS: it starts bitsmon when one of bitsmon's downloads finishes "
                    "while bitsmon is closed.\n", bits::windows::narrow(program.c_str()).c_str());
    else
        std::printf("bitsmon: unregistered; BITS no longer starts bitsmon when a download finishes while it is "
                    "closed.\n");
    return 0;
}

QString serverRegistrationSentence(bool *registeredHere)
{
    const bits::windows::CallbackRegistration registration = bits::windows::readCallbackRegistration(thisProgram());
    if (registeredHere)
        *registeredHere = registration.registered && registration.isThisProgram && registration.pathExists;
    return QString::fromStdString(registration.sentence());
}

}  // namespace bitsmon
