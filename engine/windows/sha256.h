// SHA-256 of a file with Windows' CNG (bcrypt), for validating downloads.
#pragma once

#include <optional>
#include <string>

namespace bits::windows {

// Lowercase hex digest, or nullopt when the file cannot be read.
std::optional<std::string> sha256OfFile(const std::wstring &path);

}  // namespace bits::windows
