// moc before Qt 6.5.3 cannot expand libstdc++'s _GLIBCXX_VISIBILITY and fails
// with "Parse error at std" on C++20 headers such as <concepts>. This file is
// given only to moc (see CMakeLists.txt); the compiler never sees it.
#ifndef _GLIBCXX_VISIBILITY
#define _GLIBCXX_VISIBILITY(V) __attribute__((__visibility__(#V)))
#endif
