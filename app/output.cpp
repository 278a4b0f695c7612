#include "output.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace bitsmon {

namespace {

std::FILE *g_into = nullptr;  // the file sayInto opened; it stays open until exit

void write(std::FILE *to, const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), to);
    std::fputc('\n', to);
    std::fflush(to);
}

void intoFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    write(g_into, qFormatLogMessage(type, context, message).toLocal8Bit());
}

}  // namespace

void say(const QString &line)
{
    write(g_into ? g_into : stdout, line.toLocal8Bit());
}

bool sayInto(const QString &path, bool startOver)
{
#ifdef Q_OS_WIN
    std::FILE *file = _wfopen(reinterpret_cast<const wchar_t *>(path.utf16()), startOver ? L"w" : L"a");
#else
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), startOver ? "w" : "a");
#endif
    if (!file)
        return false;
    g_into = file;
    qInstallMessageHandler(intoFile);
    return true;
}

void warningsFollowStderr()
{
#ifdef Q_OS_WIN
    const HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    const DWORD type = err && err != INVALID_HANDLE_VALUE ? GetFileType(err) : FILE_TYPE_UNKNOWN;
    if (type == FILE_TYPE_DISK || type == FILE_TYPE_PIPE)
        qputenv("QT_FORCE_STDERR_LOGGING", "1");
#endif
}

}  // namespace bitsmon
