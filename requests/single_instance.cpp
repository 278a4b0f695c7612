#include "single_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace bitsmon {

namespace {

const QString kKind = QStringLiteral("bitsmon-request");
constexpr int kVersion = 1;
constexpr qint64 kMaxMessage = 1 << 20;  // far more than 200 URLs need

QString defaultName()
{
    // One name per user: the home folder tells users apart on every system.
    const QByteArray user = QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("bitsmon-") + QString::fromLatin1(user.left(16));
}

// One message per connection: the bytes, then the peer closes its side.
QByteArray readAll(QLocalSocket &socket, int timeoutMs)
{
    QByteArray data;
    while (socket.state() == QLocalSocket::ConnectedState || socket.bytesAvailable() > 0) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs))
            break;
        data += socket.readAll();
        if (data.size() > kMaxMessage)
            return {};
        if (data.endsWith('\n'))
            break;
    }
    return data.trimmed();
}

}  // namespace

QByteArray encodeRequest(const CommandLine &options)
{
    QJsonObject o;
    o[u"kind"] = kKind;
    o[u"version"] = kVersion;
    o[u"urls"] = QJsonArray::fromStringList(options.urls);
    o[u"dest"] = options.destination;
    o[u"name"] = options.displayName;
    o[u"sha256"] = options.sha256;
    if (!options.upload.isEmpty()) {
        o[u"upload"] = QFileInfo(options.upload).absoluteFilePath();  // the asking console's folder
        o[u"to"] = options.uploadTo;
        if (!options.reply.isEmpty())
            o[u"reply"] = QFileInfo(options.reply).absoluteFilePath();
    }
    o[u"priority"] = int(options.priority);
    if (options.comServer)
        o[u"comServer"] = true;  // started by COM: the running one shows nothing
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<CommandLine> decodeRequest(const QByteArray &message, QString &error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(message, &parse);
    const QJsonObject o = document.object();
    if (parse.error != QJsonParseError::NoError || !document.isObject() || o[u"kind"].toString() != kKind) {
        error = QStringLiteral("The request is not one bitsmon understands.");
        return std::nullopt;
    }
    if (o[u"version"].toInt() != kVersion) {
        error = QStringLiteral("The request comes from another version of bitsmon (%1); run the same version.")
                    .arg(o[u"version"].toInt());
        return std::nullopt;
    }
    const int priority = o[u"priority"].toInt(-1);
    if (!o[u"urls"].isArray() || priority < 0 || priority > 3) {
        error = QStringLiteral("The request is incomplete.");
        return std::nullopt;
    }
    CommandLine options;
    for (const QJsonValue &url : o[u"urls"].toArray())
        options.urls << url.toString();
    options.destination = o[u"dest"].toString();
    options.displayName = o[u"name"].toString();
    options.sha256 = o[u"sha256"].toString();
    options.upload = o[u"upload"].toString();
    options.uploadTo = o[u"to"].toString();
    options.reply = o[u"reply"].toString();
    options.priority = bits::Priority(priority);
    options.comServer = o[u"comServer"].toBool();
    return options;
}

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(name.isEmpty() ? defaultName() : std::move(name))
{
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Forwarded SingleInstance::forward(const CommandLine &options, QString &reply)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(1000)) {
        if (socket.error() == QLocalSocket::ServerNotFoundError
            || socket.error() == QLocalSocket::ConnectionRefusedError)
            return Forwarded::NoOtherInstance;
        reply = QStringLiteral("The running bitsmon could not be reached (%1).").arg(socket.errorString());
        return Forwarded::Failed;
    }
    socket.write(encodeRequest(options));
    if (!socket.waitForBytesWritten(2000)) {
        reply = QStringLiteral("The running bitsmon did not take the request (%1).").arg(socket.errorString());
        return Forwarded::Failed;
    }
    const QByteArray answer = readAll(socket, 10000);
    if (answer.isEmpty()) {
        reply = QStringLiteral("The running bitsmon did not answer.");
        return Forwarded::Failed;
    }
    reply = answer == "ok" ? QString() : QString::fromUtf8(answer);
    return Forwarded::Delivered;
}

bool SingleInstance::listen(QString &error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);  // this user only
    if (!m_server->listen(m_name)) {
        // A socket left by a bitsmon that crashed: nobody answered on it.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            error = QStringLiteral("Other bitsmon commands cannot reach this one (%1); they will start on their own.")
                        .arg(m_server->errorString());
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::serve);
    return true;
}

void SingleInstance::serve()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessage)
                    socket->abort();
                return;
            }
            QString error;
            // readLine() without a limit takes just the line; with one, Qt
            // would allocate the whole limit (1 MiB) for every request.
            const QByteArray line = socket->readLine();
            const auto options = line.size() <= kMaxMessage ? decodeRequest(line, error) : std::nullopt;
            if (line.size() > kMaxMessage)
                error = QStringLiteral("The request is larger than bitsmon accepts.");
            if (options && onRequest)
                error = onRequest(*options);
            socket->write(error.isEmpty() ? QByteArray("ok\n") : error.toUtf8() + '\n');
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

}  // namespace bitsmon
