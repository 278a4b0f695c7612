// Shared pieces of the tests that run under Wine against its BITS service.
#pragma once

#include "engine/windows/windows_service.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <thread>

namespace winsupport {

// Polls `condition` until it holds or `limit` passes; never a fixed sleep.
inline bool waitUntil(const std::function<bool()> &condition,
                      std::chrono::milliseconds limit = std::chrono::seconds(30))
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

// A fresh folder under the Windows temp folder, removed at the end.
struct TempFolder {
    std::filesystem::path path;
    TempFolder()
    {
        path = std::filesystem::temp_directory_path() / ("bitsmon-" + bits::JobId::generate().toString());
        std::filesystem::create_directories(path);
    }
    ~TempFolder()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string file(const std::string &name) const { return (path / name).string(); }
};

inline std::string randomBody(std::size_t size, unsigned seed)
{
    std::mt19937 random(seed);
    std::string body(size, '\0');
    for (char &c : body)
        c = char(random());
    return body;
}

inline std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline bits::JobState stateOf(bits::TransferService &service, const bits::JobId &id)
{
    auto snapshot = service.snapshot(id);
    return snapshot ? snapshot.value().state : bits::JobState::Cancelled;
}

}  // namespace winsupport
