// The hall staff sessions of the staff signed in at a back-office terminal: the token the hall
// gives a relayed login, which the sync engine sends with that staff member's events.
#pragma once

#include "result.h"

#include <functional>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

namespace onewindow {

class HallClient;
struct HallResponse;

class HallStaffSessions : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    using Done = std::function<void(Status)>;

    explicit HallStaffSessions(HallClient &client, Clock clock = {}, QObject *parent = nullptr);

    // Relays the login to POST /staff/sessions; done is called once. The password goes to the
    // hall and is not kept. The token is kept in memory only (never in the database, a file or
    // the log), so a restart means signing in again. Errors: the client's transport errors,
    // hall.staff_login_refused (a 4xx), hall.server_error, hall.malformed.
    void open(const QString &username, const QString &password, Done done = {});
    // Forgets the user's token at sign-out (the protocol has no logout: the hall lets it expire).
    // An answer to an open() still on its way is dropped.
    void close(const QString &username);

    // The live token for an event's actor "staff:USERNAME"; empty when there is none, it has
    // expired, or the actor is no staff member.
    QByteArray tokenFor(const QString &actor) const;
    bool isOpen(const QString &username) const;

signals:
    // A session was opened: this staff member's waiting events can go now.
    void opened(const QString &username);

private:
    struct Session
    {
        QByteArray token;
        QDateTime expires;
    };
    Status accept(const QString &username, const Result<HallResponse> &answer);

    HallClient &m_client;
    Clock m_clock;
    QHash<QString, Session> m_sessions;
    QHash<QString, quint64> m_pending; // username -> the open() whose answer counts
    quint64 m_attempts = 0;
};

} // namespace onewindow
