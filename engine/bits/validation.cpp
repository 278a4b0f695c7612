#include "validation.h"

#include "hex.h"
#include "hresult.h"

#include <algorithm>
#include <filesystem>
#include <cctype>
#include <fstream>
#include <random>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace bits {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

Failure fail(HResult code, Sentence message)
{
    return Failure{code, std::move(message)};
}

}  // namespace

std::optional<Failure> checkRemoteUrl(std::string_view url)
{
    if (url.empty())
        return fail(hr::E_InvalidArg, BITS_TR_NOOP("bits", "No URL was given. Enter an http:// or https:// address."));
    if (url.size() > kMaxUrlLength)
        return fail(hr::E_InvalidArg,
                    Sentence(BITS_TR_NOOP("bits", "The URL is %1 characters long; the limit is %2. Use a shorter URL."),
                             {std::to_string(url.size()), std::to_string(kMaxUrlLength)}));
    for (unsigned char c : url) {
        if (c <= 0x20 || c == 0x7F)
            return fail(hr::E_InvalidArg,
                        Sentence(BITS_TR_NOOP("bits",
                                              "The URL contains a space or control character. Encode spaces as %1 "
                                              "and try again."),
                                 {"%20"}));
    }
    const auto colon = url.find("://");
    if (colon == std::string_view::npos || colon == 0)
        return fail(hr::E_InvalidArg,
                    Sentence(BITS_TR_NOOP("bits", "The URL \"%1\" has no scheme. Start it with http:// or https://."),
                             {std::string(url)}));
    const std::string scheme = lower(url.substr(0, colon));
    if (scheme != "http" && scheme != "https")
        return fail(hr::BG_E_ProtocolNotAvailable,
                    Sentence(BITS_TR_NOOP("bits",
                                          "The URL uses %1:, which background transfers do not support. Use an "
                                          "http:// or https:// URL."),
                             {scheme}));
    std::string_view rest = url.substr(colon + 3);
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    const std::string_view hostPort =
        authority.substr(authority.find('@') == std::string_view::npos ? 0 : authority.find('@') + 1);
    if (hostPort.empty() || hostPort.front() == ':')
        return fail(
            hr::E_InvalidArg,
            Sentence(BITS_TR_NOOP("bits", "The URL \"%1\" names no server. Check the address."), {std::string(url)}));
    return std::nullopt;
}

std::optional<Failure> checkLocalPath(const std::string &path)
{
    if (path.empty())
        return fail(hr::E_InvalidArg, BITS_TR_NOOP("bits", "No destination was given. Choose where to save the file."));
    const fs::path target(path);
    if (!target.is_absolute())
        return fail(
            hr::E_InvalidArg,
            Sentence(BITS_TR_NOOP("bits", "The destination \"%1\" is not an absolute path. Give the full path."),
                     {path}));
    if (!target.has_filename())
        return fail(
            hr::E_InvalidArg,
            Sentence(BITS_TR_NOOP("bits", "The destination \"%1\" names a folder, not a file. Add a file name."),
                     {path}));
    std::error_code ec;
    if (fs::is_directory(target, ec))
        return fail(
            hr::E_InvalidArg,
            Sentence(BITS_TR_NOOP("bits", "The destination \"%1\" is an existing folder. Give a file name inside it."),
                     {path}));
    const fs::path folder = target.parent_path();
    if (!fs::exists(folder, ec))
        return fail(hr::E_PathNotFound,
                    Sentence(BITS_TR_NOOP("bits", "The folder \"%1\" does not exist. Create it or choose another."),
                             {folder.string()}));
    if (!fs::is_directory(folder, ec))
        return fail(
            hr::E_PathNotFound,
            Sentence(BITS_TR_NOOP("bits", "\"%1\" is not a folder. Choose an existing folder."), {folder.string()}));
    // Only a real write tells (permissions, ACLs, read-only mounts).
    const fs::path probe = folder / (".bitsmon-probe-" + std::to_string(std::random_device{}()));
    {
        std::ofstream out(probe, std::ios::binary);
        if (!out)
            return fail(
                hr::E_AccessDenied,
                Sentence(
                    BITS_TR_NOOP("bits", "The folder \"%1\" cannot be written to. Choose a folder you may write to."),
                    {folder.string()}));
    }
    fs::remove(probe, ec);
    return std::nullopt;
}

std::optional<Failure> checkUploadSource(const std::string &path)
{
    const fs::path source(path);
    std::error_code ec;
    if (path.empty() || !source.is_absolute())
        return fail(
            hr::E_InvalidArg,
            Sentence(BITS_TR_NOOP("bits", "The file to upload \"%1\" is not an absolute path. Give the full path."),
                     {path}));
    if (!fs::exists(source, ec))
        return fail(
            hr::E_FileNotFound,
            Sentence(BITS_TR_NOOP("bits", "The file to upload \"%1\" does not exist. Check its name."), {path}));
    if (!fs::is_regular_file(source, ec))
        return fail(hr::E_InvalidArg,
                    Sentence(BITS_TR_NOOP("bits", "\"%1\" is not a file. An upload sends one file."), {path}));
    std::ifstream in(source, std::ios::binary);
    if (!in)
        return fail(
            hr::E_AccessDenied,
            Sentence(BITS_TR_NOOP("bits", "The file to upload \"%1\" cannot be read. Check its permissions."), {path}));
    // The protocol sends byte ranges (Content-Range: bytes first-last/total):
    // an empty file has none to send, and no server would get it whole.
    if (fs::file_size(source, ec) == 0 && !ec)
        return fail(hr::E_InvalidArg,
                    Sentence(BITS_TR_NOOP("bits",
                                          "The file to upload \"%1\" is empty: there is nothing to send. Choose a "
                                          "file with content."),
                             {path}));
    return std::nullopt;
}

namespace {

std::optional<Failure> checkUpload(const NewJob &job)
{
    if (job.files.size() != 1)
        return fail(hr::BG_E_TooManyFiles,
                    Sentence::counted(BITS_TR_N_NOOP("bits",
                                                     "An upload job sends exactly one file; this one has %n. Make "
                                                     "one upload job per file."),
                                      std::int64_t(job.files.size())));
    if (auto failure = checkRemoteUrl(job.files.front().remoteUrl))
        return failure;
    if (auto failure = checkUploadSource(job.files.front().localPath))
        return failure;
    if (job.type == JobType::UploadReply) {
        if (job.replyPath.empty())
            return fail(
                hr::E_InvalidArg,
                BITS_TR_NOOP("bits", "An upload-reply job needs a file for the reply. Choose where to save it."));
        if (auto failure = checkLocalPath(job.replyPath))
            return failure;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Failure> checkNewJob(const NewJob &job, std::uint32_t maxFiles)
{
    if (isUpload(job.type))
        return checkUpload(job);
    if (job.files.empty())
        return fail(hr::BG_E_Empty, BITS_TR_NOOP("bits", "The job has no files. Add at least one URL."));
    if (job.files.size() > maxFiles)
        return fail(hr::BG_E_TooManyFiles,
                    Sentence::counted(
                        BITS_TR_N_NOOP("bits", "The job has %n files; the limit is %1. Split it into several jobs."),
                        std::int64_t(job.files.size()), {std::to_string(maxFiles)}));
    std::set<std::string> destinations;
    for (const NewFile &file : job.files) {
        if (auto failure = checkRemoteUrl(file.remoteUrl))
            return failure;
        if (auto failure = checkLocalPath(file.localPath))
            return failure;
        if (auto failure = checkSha256(file.expectedSha256))
            return failure;
        if (!destinations.insert(fs::path(file.localPath).lexically_normal().string()).second)
            return fail(
                hr::E_InvalidArg,
                Sentence(BITS_TR_NOOP("bits", "Two files of the job go to \"%1\". Give each file its own destination."),
                         {file.localPath}));
    }
    return std::nullopt;
}

std::optional<Failure> checkSha256(std::string_view hex)
{
    if (hex.empty())
        return std::nullopt;
    const bool hexOnly = std::all_of(hex.begin(), hex.end(), [](char c) { return detail::hexDigit(c) >= 0; });
    if (hex.size() != 64 || !hexOnly)
        return fail(hr::E_InvalidArg,
                    Sentence(BITS_TR_NOOP(
                                 "bits", "\"%1\" is not a SHA-256: give the 64 hexadecimal digits of the file's hash."),
                             {std::string(hex)}));
    return std::nullopt;
}

std::string fileNameFromUrl(std::string_view url)
{
    auto schemeEnd = url.find("://");
    std::string_view rest = schemeEnd == std::string_view::npos ? url : url.substr(schemeEnd + 3);
    rest = rest.substr(0, rest.find_first_of("?#"));
    const auto slash = rest.find('/');
    std::string_view pathPart = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
    std::string_view last = pathPart.substr(pathPart.find_last_of('/') + 1);
    std::string name;
    for (std::size_t i = 0; i < last.size(); ++i) {
        char c = last[i];
        if (c == '%' && i + 2 < last.size()) {
            const int hi = detail::hexDigit(last[i + 1]);
            const int lo = detail::hexDigit(last[i + 2]);
            if (hi >= 0 && lo >= 0) {
                c = char(hi * 16 + lo);
                i += 2;
            }
        }
        // Nothing that could leave the folder or upset a file system.
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|'
            || (unsigned char)c < 0x20)
            c = '_';
        name.push_back(c);
    }
    if (name.empty() || name == "." || name == "..")
        return "download";
    return name;
}

}  // namespace bits
