// Checks on a new job before anything is created, so that bad input gets a
// clear sentence and no half-made job is left behind.
#pragma once

#include "outcome.h"
#include "snapshot.h"

#include <optional>
#include <string>
#include <string_view>

namespace bits {

// BITS's limit on a remote name.
inline constexpr std::size_t kMaxUrlLength = 2200;

std::optional<Failure> checkRemoteUrl(std::string_view url);
// Checks the destination file path against the file system: absolute, not a
// folder, in an existing folder that can be written to.
std::optional<Failure> checkLocalPath(const std::string &path);
std::optional<Failure> checkNewJob(const NewJob &job, std::uint32_t maxFiles = kMaxFilesPerJob);
// The file an upload sends: absolute, an existing file that can be read.
std::optional<Failure> checkUploadSource(const std::string &path);
// Empty, or 64 hex digits (either case).
std::optional<Failure> checkSha256(std::string_view hex);

// The last path segment of an http(s) URL, made safe as a file name
// ("download" when the URL names none).
std::string fileNameFromUrl(std::string_view url);

}  // namespace bits
