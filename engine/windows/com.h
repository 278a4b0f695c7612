// Small COM helpers for engine/windows: a reference-holding pointer, an
// apartment guard and text conversions. Windows only, no Qt.
#pragma once

#include "engine/bits/job_id.h"
#include "engine/bits/outcome.h"

#include <objbase.h>
#include <windows.h>

#include <string>
#include <utility>

namespace bits::windows {

// Holds one reference; Release on destruction. Like WRL's ComPtr, kept small.
template <typename T>
class ComPtr {
public:
    ComPtr() = default;
    ComPtr(std::nullptr_t) { }
    explicit ComPtr(T *raw, bool addRef)
        : m_ptr(raw)
    {
        if (m_ptr && addRef)
            m_ptr->AddRef();
    }
    ComPtr(const ComPtr &other)
        : m_ptr(other.m_ptr)
    {
        if (m_ptr)
            m_ptr->AddRef();
    }
    ComPtr(ComPtr &&other) noexcept
        : m_ptr(std::exchange(other.m_ptr, nullptr))
    {
    }
    ComPtr &operator=(ComPtr other) noexcept
    {
        std::swap(m_ptr, other.m_ptr);
        return *this;
    }
    ~ComPtr() { reset(); }

    void reset()
    {
        if (T *p = std::exchange(m_ptr, nullptr))
            p->Release();
    }
    T *get() const { return m_ptr; }
    T *operator->() const { return m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    // For out-parameters: releases what it held first.
    T **put()
    {
        reset();
        return &m_ptr;
    }
    template <typename U>
    HRESULT as(ComPtr<U> &out) const
    {
        return m_ptr->QueryInterface(__uuidof(U), reinterpret_cast<void **>(out.put()));
    }

private:
    T *m_ptr = nullptr;
};

// CoInitializeEx(MTA) for the life of the object, on the calling thread.
class MtaApartment {
public:
    MtaApartment()
        : m_hr(CoInitializeEx(nullptr, COINIT_MULTITHREADED))
    {
    }
    ~MtaApartment()
    {
        if (SUCCEEDED(m_hr))
            CoUninitialize();
    }
    MtaApartment(const MtaApartment &) = delete;
    MtaApartment &operator=(const MtaApartment &) = delete;
    HRESULT result() const { return m_hr; }

private:
    HRESULT m_hr;
};

// Frees a string BITS allocated with CoTaskMemAlloc.
struct CoTaskString {
    LPWSTR text = nullptr;
    ~CoTaskString() { CoTaskMemFree(text); }
    LPWSTR *put() { return &text; }
};

std::wstring widen(const std::string &utf8);
std::string narrow(const wchar_t *wide);

// Whether two paths name the same file as Windows compares names: either
// separator, and case-insensitive (ordinal, as NTFS compares).
bool sameWindowsPath(const std::string &a, const std::string &b);

inline GUID toGuid(const JobId &id)
{
    GUID guid;
    guid.Data1 = id.data1;
    guid.Data2 = id.data2;
    guid.Data3 = id.data3;
    for (int i = 0; i < 8; ++i)
        guid.Data4[i] = id.data4[i];
    return guid;
}

inline JobId fromGuid(const GUID &guid)
{
    JobId id;
    id.data1 = guid.Data1;
    id.data2 = guid.Data2;
    id.data3 = guid.Data3;
    for (int i = 0; i < 8; ++i)
        id.data4[i] = guid.Data4[i];
    return id;
}

}  // namespace bits::windows
