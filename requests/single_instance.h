// One bitsmon per user: a second `bitsmon --add ...` hands its request to
// the running one over a local socket only this user can open, and exits.
#pragma once

#include "command_line.h"

#include <QObject>
#include <QString>

#include <functional>

class QLocalServer;

namespace bitsmon {

// The request as it travels: the --add options, as JSON.
QByteArray encodeRequest(const CommandLine &options);
// nullopt (with `error` set) for anything that is not a request we sent.
std::optional<CommandLine> decodeRequest(const QByteArray &message, QString &error);

class SingleInstance : public QObject {
    Q_OBJECT
public:
    // `name` defaults to one per user; tests give their own.
    explicit SingleInstance(QString name = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Forwarded {
        Delivered,
        NoOtherInstance,
        Failed
    };
    // Tries to hand `options` to a running bitsmon. `reply` receives its
    // answer (or why it could not be reached).
    Forwarded forward(const CommandLine &options, QString &reply);

    // Becomes the instance others forward to. False (with `error`) when the
    // name cannot be listened on; bitsmon then runs on alone.
    bool listen(QString &error);
    // Answers a request: empty for "done", else a sentence on what is wrong.
    std::function<QString(const CommandLine &)> onRequest;

    QString name() const { return m_name; }

private:
    void serve();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

}  // namespace bitsmon
