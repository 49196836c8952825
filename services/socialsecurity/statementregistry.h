// Registers the statements (参保证明) this terminal issues with the hall, so that a receiver can
// check one there, and asks the hall about a statement. A statement is queued in the database
// before it is printed and sent until the hall has it: an unreachable hall delays the
// registration, never loses it. Nothing personal is sent or kept (number, value, times, terminal).
#pragma once

#include "result.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace onewindow {

class Database;
class HallClient;
struct HallResponse;
struct SocialSecurityStatement;

// What the hall says of a statement a receiver holds.
struct StatementCheck
{
    enum class Verdict { Genuine, Mismatch, Unknown };
    Verdict verdict = Verdict::Unknown;
    QDateTime issuedAt; // Genuine and Mismatch: the registered statement's
    QString terminalId;
};

class StatementRegistry : public QObject
{
    Q_OBJECT
public:
    StatementRegistry(Database &database, HallClient *hall, QObject *parent = nullptr);
    ~StatementRegistry() override;

    // The body of POST /statements: {statementNumber, verificationValue, issuedAt,
    // period: {from, to}, terminalId}.
    static QJsonObject registrationBody(const SocialSecurityStatement &statement);

    // Queues the statement (the same number twice is kept once) and starts sending. Called
    // before the statement is printed: a statement that cannot be queued is not printed.
    Status enqueue(const SocialSecurityStatement &statement);
    // Sends what is queued, oldest first, one at a time; a transient failure waits for the
    // retry timer, a refusal (4xx) parks the statement for a person with the hall's reason.
    void flush();

    Result<int> pendingCount() const;
    Result<int> parkedCount() const;
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

    // Asks the hall whether the statement number and verification value were issued.
    void verify(const QString &statementNumber, const QString &verificationValue,
        std::function<void(onewindow::Result<StatementCheck>)> done);
    static onewindow::Result<StatementCheck> interpretCheck(const HallResponse &response);

signals:
    // After a flush: ok when nothing is left to send (parked statements aside).
    void flushed(bool ok);

private:
    struct Pending
    {
        QString number;
        QJsonObject body;
    };
    onewindow::Result<std::optional<Pending>> nextPending() const;
    void sendNext();
    void handle(const QString &number, const onewindow::Result<HallResponse> &answer);
    Status markRegistered(const QString &number);
    Status markFailed(const QString &number, const QString &error, bool park, const QString &code);

    Database &m_database;
    QPointer<HallClient> m_hall;
    QTimer m_retry;
    bool m_inFlight = false;
};

} // namespace onewindow
