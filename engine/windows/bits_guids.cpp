// MinGW's libuuid lacks the BITS interface and class IDs: define them here
// from the headers' own DEFINE_GUID lines.
#include <initguid.h>

#include <bits.h>
#include <bits3_0.h>
#include <bits5_0.h>
