// The machine-wide registration of bitsmon's notification class, as
// Microsoft's ClsIDCallback sample makes it: BITS is a system service, so
// HKLM\Software\Classes\CLSID\{clsid} (a description, AppID, LocalServer32 =
// the quoted path of bitsmon.exe) and HKLM\Software\Classes\AppID\{appid}
// with RunAs = "Interactive User", so COM starts bitsmon in the signed-in
// user's session. The MSI writes the same keys. Windows only; no Qt.
#pragma once

#include "engine/bits/outcome.h"

#include <string>

namespace bits::windows {

struct CallbackRegistration {
    bool registered = false;
    std::wstring command;  // LocalServer32 as registered
    std::wstring path;     // the program it starts, unquoted, arguments dropped
    bool pathExists = false;
    bool isThisProgram = false;  // the same file as `thisProgram` (case-insensitive)
    bool runsAsInteractiveUser = false;

    // One sentence for people: registered to which program, or why it
    // would not work (a path that is gone, another copy, not registered).
    std::string sentence() const;
};

CallbackRegistration readCallbackRegistration(const std::wstring &thisProgram);
// Write or remove the keys. A failure says what happened; access denied
// says that an elevated prompt is needed.
// `arguments` follow the quoted program on the registered line (COM adds
// -Embedding after them).
Status registerCallbackServer(const std::wstring &program, const std::wstring &arguments = {});
Status unregisterCallbackServer();
// Whether this process runs elevated (a full administrator token).
bool runsElevated();

}  // namespace bits::windows
