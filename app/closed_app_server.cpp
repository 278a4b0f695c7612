#include "closed_app_server.h"

#include "output.h"

#include "engine/bits/hresult.h"
#include "engine/windows/callback_server.h"
#include "engine/windows/registration.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QStandardPaths>

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
    Forwarder(bits::Observer &inbox, ClosedAppServer *owner)
        : m_inbox(inbox)
        , m_owner(owner)
    {
    }
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
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, id] { emit owner->jobCalled(id); }, Qt::QueuedConnection);
    }
    bits::Observer &m_inbox;
    ClosedAppServer *m_owner;
};

ClosedAppServer::ClosedAppServer(bits::Observer &inbox, QObject *parent)
    : QObject(parent)
    , m_forwarder(std::make_unique<Forwarder>(inbox, this))
{
    m_server = std::make_unique<bits::windows::CallbackServer>(m_forwarder.get(), [this] {
        QMetaObject::invokeMethod(
            this, [this] { emit released(); }, Qt::QueuedConnection);
    });
    if (FAILED(m_server->result()))
        m_error = QStringLiteral("bitsmon's notification class could not be registered with COM: %1")
                      .arg(QString::fromStdString(bits::describe(bits::HResult(m_server->result()))));
}

ClosedAppServer::~ClosedAppServer()
{
    m_server->stop();  // nothing reaches the forwarder (or us) after this
}

QString keepServerOutput()
{
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if (out && out != INVALID_HANDLE_VALUE && GetFileType(out) != FILE_TYPE_UNKNOWN)
        return {};  // started from a prompt or a test that reads what it says
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    const QString path = QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("closed-app.log")));
    if (!sayInto(path, QFileInfo(path).size() > 256 * 1024))
        return {};
    say(QStringLiteral("---- %1: bitsmon.exe started by COM (process %2)")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
            .arg(GetCurrentProcessId()));
    return path;
}

int runServerRegistration(bool registerIt, int serverIdleMs)
{
    const std::wstring program = thisProgram();
    const std::wstring arguments =
        serverIdleMs > 0 ? std::wstring(L"--server-idle ").append(std::to_wstring(serverIdleMs)) : std::wstring();
    const bits::Status done = registerIt ? bits::windows::registerCallbackServer(program, arguments)
                                         : bits::windows::unregisterCallbackServer();
    if (!done) {
        std::fprintf(stderr, "bitsmon: %s\n", done.failure().message.english().c_str());
        if (!bits::windows::runsElevated())
            std::fprintf(stderr, "bitsmon: this prompt is not elevated.\n");
        return 1;
    }
    if (registerIt)
        std::printf("bitsmon: registered %s for BITS: it starts bitsmon when one of bitsmon's downloads finishes "
                    "while bitsmon is closed.\n",
                    bits::windows::narrow(program.c_str()).c_str());
    else
        std::printf("bitsmon: unregistered; BITS no longer starts bitsmon when a download finishes while it is "
                    "closed.\n");
    return 0;
}

bool serverRegisteredHere()
{
    const bits::windows::CallbackRegistration r = bits::windows::readCallbackRegistration(thisProgram());
    return r.registered && r.isThisProgram && r.pathExists;
}

QString serverRegistrationSentence()
{
    const bits::windows::CallbackRegistration r = bits::windows::readCallbackRegistration(thisProgram());
    const QString where = QDir::toNativeSeparators(QString::fromStdWString(r.path));
    if (!r.registered)
        return ClosedAppServer::tr("bitsmon is not registered with BITS: when a download finishes while bitsmon is "
                                   "closed, nothing happens until you start it. Run bitsmon --register-server from "
                                   "an elevated prompt, or install bitsmon with its installer.");
    if (!r.pathExists)
        return ClosedAppServer::tr("bitsmon is registered with BITS as \"%1\", which no longer exists: run bitsmon "
                                   "--register-server from an elevated prompt, or reinstall bitsmon.")
            .arg(where);
    if (!r.isThisProgram)
        return ClosedAppServer::tr("BITS starts another copy of bitsmon, \"%1\", not this one, when a download "
                                   "finishes while bitsmon is closed.")
            .arg(where);
    if (!r.runsAsInteractiveUser)
        return ClosedAppServer::tr("bitsmon is registered with BITS, but not to run as the signed-in user: run "
                                   "bitsmon --register-server from an elevated prompt.");
    return ClosedAppServer::tr("BITS starts this bitsmon (\"%1\") when one of its downloads finishes while it is "
                               "closed.")
        .arg(where);
}

}  // namespace bitsmon
