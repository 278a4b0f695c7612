// IBackgroundCopyFile3 (BITS 4.0) is not declared by mingw-w64 10: declared
// here from its documented IID and method order. Older systems (and Wine)
// answer E_NOINTERFACE, which means "validate after Complete instead".
#pragma once

#include <bits.h>
#include <bits2_0.h>

// {659CDEAF-489E-11D9-A9CD-000D56965251}
inline constexpr IID kIID_IBackgroundCopyFile3 = {
    0x659cdeaf, 0x489e, 0x11d9, {0xa9, 0xcd, 0x00, 0x0d, 0x56, 0x96, 0x52, 0x51}};

struct IBackgroundCopyFile3 : public IBackgroundCopyFile2 {
    virtual HRESULT STDMETHODCALLTYPE GetTemporaryName(LPWSTR *filename) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetValidationState(BOOL state) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetValidationState(BOOL *state) = 0;
    virtual HRESULT STDMETHODCALLTYPE IsDownloadedFromPeer(BOOL *fromPeer) = 0;
};
