// What bitsmon says as it works, one line at a time: outcomes of its own
// jobs, the notifications it shows, what a COM-started bitsmon did. Tests and
// scripts read it; a user reads it when something went wrong while bitsmon
// ran unseen.
#pragma once

#include <QString>

namespace bitsmon {

// One line on the standard output (or into the file `sayInto` chose),
// written at once.
void say(const QString &line);

// From now on, lines and Qt's warnings go into the file at `path`, appended
// (or started afresh when `startOver`). For a process with no output of its
// own, as COM starts bitsmon.exe. False, saying nothing, when the file cannot
// be opened.
bool sayInto(const QString &path, bool startOver);

// Windows: Qt sends a GUI program's warnings to the debugger, not to stderr,
// even when stderr was redirected (`bitsmon.exe --add ... > log 2>&1`, or a
// test reading it). Where stderr goes to a file or a pipe, warnings follow
// it. Call before the QApplication. Elsewhere, nothing to do.
void warningsFollowStderr();

}  // namespace bitsmon
