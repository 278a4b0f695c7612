#include "registration.h"

#include "callback_server.h"

#include "engine/bits/hresult.h"

#include <windows.h>

namespace bits::windows {

namespace {

std::wstring clsidKey()
{
    return L"Software\\Classes\\CLSID\\" + guidText(kCallbackClsid);
}

std::wstring appIdKey()
{
    return L"Software\\Classes\\AppID\\" + guidText(kCallbackAppId);
}

std::wstring readString(HKEY root, const std::wstring &key, const wchar_t *name)
{
    wchar_t buffer[2048];
    DWORD size = sizeof buffer;
    if (RegGetValueW(root, key.c_str(), name, RRF_RT_REG_SZ, nullptr, buffer, &size) != ERROR_SUCCESS)
        return {};
    return buffer;
}

LSTATUS writeString(HKEY key, const wchar_t *name, const std::wstring &value)
{
    return RegSetValueExW(key, name, 0, REG_SZ, reinterpret_cast<const BYTE *>(value.c_str()),
                          DWORD((value.size() + 1) * sizeof(wchar_t)));
}

// "\"C:\\x\\bitsmon.exe\" -a" -> C:\x\bitsmon.exe
std::wstring programOf(const std::wstring &command)
{
    if (!command.empty() && command[0] == L'"') {
        const std::size_t close = command.find(L'"', 1);
        return command.substr(1, close == std::wstring::npos ? std::wstring::npos : close - 1);
    }
    return command.substr(0, command.find(L' '));
}

bool samePath(const std::wstring &a, const std::wstring &b)
{
    wchar_t fullA[MAX_PATH], fullB[MAX_PATH];
    if (!GetFullPathNameW(a.c_str(), MAX_PATH, fullA, nullptr)
        || !GetFullPathNameW(b.c_str(), MAX_PATH, fullB, nullptr))
        return false;
    return CompareStringOrdinal(fullA, -1, fullB, -1, TRUE) == CSTR_EQUAL;
}

Failure registryFailure(LSTATUS status, const std::string &what)
{
    const HResult code = HResult(HRESULT_FROM_WIN32(status));
    std::string message = what + ": " + describe(code);
    if (status == ERROR_ACCESS_DENIED)
        message += " The callback class is registered for the whole machine (HKEY_LOCAL_MACHINE), which needs an "
                   "elevated prompt: open a Command Prompt with \"Run as administrator\" and run the same command "
                   "there, or install bitsmon with its installer, which registers it.";
    // Said on the console by `bitsmon --register`, in English like the rest of it.
    return Failure{code, Sentence::verbatim(message)};
}

}  // namespace

std::string CallbackRegistration::sentence() const
{
    if (!registered)
        return "Not registered: bitsmon cannot be started by BITS when a download finishes while it is closed.";
    const std::string where = narrow(path.c_str());
    if (!pathExists)
        return "Registered to \"" + where
            + "\", which no longer exists: run bitsmon --register-server from an "
              "elevated prompt, or reinstall bitsmon.";
    if (!isThisProgram)
        return "Registered to another copy of bitsmon (\"" + where + "\"): BITS starts that one, not this one.";
    if (!runsAsInteractiveUser)
        return "Registered to this bitsmon, but not to run as the signed-in user: run bitsmon --register-server "
               "from an elevated prompt.";
    return "Registered to this bitsmon (\"" + where
        + "\"): BITS starts it when a download finishes while it is "
          "closed.";
}

CallbackRegistration readCallbackRegistration(const std::wstring &thisProgram)
{
    CallbackRegistration registration;
    registration.command = readString(HKEY_LOCAL_MACHINE, clsidKey() + L"\\LocalServer32", nullptr);
    registration.registered = !registration.command.empty();
    if (!registration.registered)
        return registration;
    registration.path = programOf(registration.command);
    registration.pathExists = GetFileAttributesW(registration.path.c_str()) != INVALID_FILE_ATTRIBUTES;
    registration.isThisProgram = samePath(registration.path, thisProgram);
    registration.runsAsInteractiveUser = readString(HKEY_LOCAL_MACHINE, appIdKey(), L"RunAs") == L"Interactive User";
    return registration;
}

Status registerCallbackServer(const std::wstring &program, const std::wstring &arguments)
{
    const std::wstring appId = guidText(kCallbackAppId);
    HKEY key = nullptr;
    LSTATUS status =
        RegCreateKeyExW(HKEY_LOCAL_MACHINE, clsidKey().c_str(), 0, nullptr, 0, KEY_WRITE, nullptr, &key, nullptr);
    if (status != ERROR_SUCCESS)
        return registryFailure(status, "bitsmon's callback class could not be registered");
    status = writeString(key, nullptr, L"bitsmon download notifications");
    if (status == ERROR_SUCCESS)
        status = writeString(key, L"AppID", appId);
    HKEY server = nullptr;
    if (status == ERROR_SUCCESS)
        status = RegCreateKeyExW(key, L"LocalServer32", 0, nullptr, 0, KEY_WRITE, nullptr, &server, nullptr);
    if (status == ERROR_SUCCESS) {
        status = writeString(server, nullptr, L"\"" + program + L"\"" + (arguments.empty() ? L"" : L" " + arguments));
        RegCloseKey(server);
    }
    RegCloseKey(key);
    HKEY app = nullptr;
    if (status == ERROR_SUCCESS)
        status =
            RegCreateKeyExW(HKEY_LOCAL_MACHINE, appIdKey().c_str(), 0, nullptr, 0, KEY_WRITE, nullptr, &app, nullptr);
    if (status == ERROR_SUCCESS) {
        status = writeString(app, nullptr, L"bitsmon");
        if (status == ERROR_SUCCESS)
            status = writeString(app, L"RunAs", L"Interactive User");
        RegCloseKey(app);
    }
    if (status != ERROR_SUCCESS) {
        unregisterCallbackServer();  // nothing half-written left behind
        return registryFailure(status, "bitsmon's callback class could not be registered");
    }
    return {};
}

Status unregisterCallbackServer()
{
    LSTATUS status = RegDeleteTreeW(HKEY_LOCAL_MACHINE, clsidKey().c_str());
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
        return registryFailure(status, "bitsmon's callback class could not be unregistered");
    status = RegDeleteTreeW(HKEY_LOCAL_MACHINE, appIdKey().c_str());
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
        return registryFailure(status, "bitsmon's callback class could not be unregistered");
    return {};
}

bool runsElevated()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const bool elevated =
        GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size) && elevation.TokenIsElevated;
    CloseHandle(token);
    return elevated;
}

}  // namespace bits::windows
