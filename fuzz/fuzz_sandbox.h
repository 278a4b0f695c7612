// A folder of the fuzzer's own, so that checks which touch the file system
// (a probe file proves a folder is writable) never touch anything else.
#pragma once

#include <QDir>
#include <QString>

namespace fuzz {

inline const QString &sandbox()
{
    static const QString path = [] {
        const QString p = QDir::tempPath() + QStringLiteral("/bitsmon-fuzz-sandbox");
        QDir().mkpath(p + QStringLiteral("/sub"));
        return p;
    }();
    return path;
}

inline bool insideSandbox(const QString &cleanAbsolutePath)
{
    return cleanAbsolutePath == sandbox() || cleanAbsolutePath.startsWith(sandbox() + QLatin1Char('/'));
}

}  // namespace fuzz
