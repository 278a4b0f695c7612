#include "sha256.h"

#include <windows.h>

#include <bcrypt.h>

#include <vector>

namespace bits::windows {

std::optional<std::string> sha256OfFile(const std::wstring &path, unsigned long *error)
{
    HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                              nullptr, OPEN_EXISTING, FILE_FLAG_SEQUENTIAL_SCAN, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        if (error)
            *error = GetLastError();
        return std::nullopt;
    }
    BCRYPT_ALG_HANDLE algorithm = nullptr;
    BCRYPT_HASH_HANDLE hash = nullptr;
    std::optional<std::string> result;
    if (BCryptOpenAlgorithmProvider(&algorithm, BCRYPT_SHA256_ALGORITHM, nullptr, 0) >= 0
        && BCryptCreateHash(algorithm, &hash, nullptr, 0, nullptr, 0, 0) >= 0) {
        std::vector<unsigned char> buffer(1 << 20);
        DWORD read = 0;
        bool ok = true;
        while (ok && (ok = ReadFile(file, buffer.data(), DWORD(buffer.size()), &read, nullptr)) && read > 0)
            ok = BCryptHashData(hash, buffer.data(), read, 0) >= 0;
        if (!ok && error)
            *error = GetLastError();
        unsigned char digest[32];
        if (ok && BCryptFinishHash(hash, digest, sizeof digest, 0) >= 0) {
            static constexpr char hex[] = "0123456789abcdef";
            std::string text;
            for (unsigned char byte : digest) {
                text.push_back(hex[byte >> 4]);
                text.push_back(hex[byte & 0xF]);
            }
            result = text;
        }
    }
    if (hash)
        BCryptDestroyHash(hash);
    if (algorithm)
        BCryptCloseAlgorithmProvider(algorithm, 0);
    CloseHandle(file);
    return result;
}

}  // namespace bits::windows
