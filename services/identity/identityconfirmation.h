// The second check that opens a citizen's records after a typed ID number: the terminal's camera
// takes a photo and the hall matches it, and the typed name, against the citizen's record.
#pragma once

#include "result.h"

#include <functional>
#include <QObject>
#include <QPointer>

namespace onewindow {

class Camera;
class CitizenSession;
class HallClient;

// A typed ID number proves nothing (ID numbers leak); the card on the reader or this check does.
// The photo goes to the hall in the request body and is never stored here. Three failed checks
// close the check for the rest of the session.
class IdentityConfirmation : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxAttempts = 3;
    using Done = std::function<void(Status)>;

    // hall may be null (no hall configured): the check then says it needs the hall.
    IdentityConfirmation(
        HallClient *hall, CitizenSession &session, Camera &camera, QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    int attemptsLeft() const { return kMaxAttempts - m_failures; }

    // Takes a photo and asks the hall; on success the session's subject is confirmed.
    void confirmByFace(Done done);

private:
    void ask(
        const QString &sessionId, const QByteArray &photo, const QByteArray &format, Done done);
    Status failed(Error error);

    QPointer<HallClient> m_hall;
    CitizenSession &m_session;
    Camera &m_camera;
    bool m_busy = false;
    int m_failures = 0;
};

} // namespace onewindow
