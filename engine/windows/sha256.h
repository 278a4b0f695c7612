// SHA-256 of a file with Windows' CNG (bcrypt), for validating downloads.
#pragma once

#include <optional>
#include <string>

namespace bits::windows {

// Lowercase hex digest, or nullopt when the file cannot be read (then
// `error`, if given, says why: a Windows error code). The file is opened
// with read, write and delete sharing, so a file BITS or another program
// holds open can still be read.
std::optional<std::string> sha256OfFile(const std::wstring &path, unsigned long *error = nullptr);

}  // namespace bits::windows
