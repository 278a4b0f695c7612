// A small HTTP/1.1 server on 127.0.0.1 for the tests under Wine, written on
// Winsock so it runs inside the test process: Wine's BITS service (another
// process) downloads from it. Serves registered bodies, 404 otherwise, and
// stops when destroyed.
#pragma once

#include <winsock2.h>
#include <ws2tcpip.h>

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

class WinHttpServer {
public:
    WinHttpServer()
    {
        WSADATA data;
        WSAStartup(MAKEWORD(2, 2), &data);
        m_listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
        listen(m_listener, 64);
        int length = sizeof address;
        getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }

    ~WinHttpServer()
    {
        m_stopping = true;
        closesocket(m_listener);  // unblocks accept()
        m_thread.join();
        for (std::thread &t : m_clients)
            t.join();
        WSACleanup();
    }

    void add(const std::string &path, std::string body, int status = 200)
    {
        std::lock_guard lock(m_mutex);
        m_files[path] = {status, std::move(body)};
    }

    std::string url(const std::string &path) const { return "http://127.0.0.1:" + std::to_string(m_port) + path; }

    int requests() const { return m_requests.load(); }

private:
    void serve()
    {
        while (!m_stopping) {
            SOCKET client = accept(m_listener, nullptr, nullptr);
            if (client == INVALID_SOCKET)
                break;
            m_clients.emplace_back([this, client] { answer(client); });
        }
    }

    // One request per connection ("Connection: close"): simple, and what
    // every client handles.
    void answer(SOCKET client)
    {
        DWORD timeout = 10000;
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, reinterpret_cast<const char *>(&timeout), sizeof timeout);
        std::string head;
        char buffer[4096];
        while (head.find("\r\n\r\n") == std::string::npos) {
            const int n = recv(client, buffer, sizeof buffer, 0);
            if (n <= 0) {
                closesocket(client);
                return;
            }
            head.append(buffer, std::size_t(n));
        }
        ++m_requests;
        const std::size_t sp1 = head.find(' ');
        const std::size_t sp2 = head.find(' ', sp1 + 1);
        const std::string method = head.substr(0, sp1);
        const std::string path = head.substr(sp1 + 1, sp2 - sp1 - 1);
        int status = 404;
        std::string body = "not found\n";
        {
            std::lock_guard lock(m_mutex);
            auto it = m_files.find(path);
            if (it != m_files.end()) {
                status = it->second.first;
                body = it->second.second;
            }
        }
        std::string reply = "HTTP/1.1 " + std::to_string(status) + (status == 200 ? " OK" : " Error")
            + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + std::to_string(body.size())
            + "\r\nConnection: close\r\n\r\n";
        if (method != "HEAD")
            reply += body;
        sendAll(client, reply);
        shutdown(client, SD_SEND);
        closesocket(client);
    }

    static bool sendAll(SOCKET client, const std::string &data)
    {
        std::size_t sent = 0;
        while (sent < data.size()) {
            const int n = send(client, data.data() + sent, int(std::min<std::size_t>(data.size() - sent, 1 << 20)), 0);
            if (n <= 0)
                return false;
            sent += std::size_t(n);
        }
        return true;
    }

    SOCKET m_listener;
    unsigned short m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_requests{0};
    std::thread m_thread;
    std::vector<std::thread> m_clients;
    std::mutex m_mutex;
    std::map<std::string, std::pair<int, std::string>> m_files;
};
