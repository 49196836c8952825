// The kiosk's identity check for QML: whether the citizen's records are open, and the face check
// that opens them after a typed ID number (the rule itself is CitizenSession's).
#pragma once

#include <QObject>

namespace onewindow {
class CitizenSession;
class IdentityConfirmation;
} // namespace onewindow

class IdentityCheckDesk : public QObject
{
    Q_OBJECT
    // The subject's records may be shown (card read, or the face check passed).
    Q_PROPERTY(bool recordsOpen READ recordsOpen NOTIFY changed)
    // The subject is someone the applicant applies for (their records need their own card).
    Q_PROPERTY(bool forSomeoneElse READ forSomeoneElse NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool canTryFace READ canTryFace NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
public:
    IdentityCheckDesk(onewindow::CitizenSession &session,
        onewindow::IdentityConfirmation &confirmation, QObject *parent = nullptr);

    bool recordsOpen() const;
    bool forSomeoneElse() const;
    bool busy() const;
    bool canTryFace() const;
    QString problem() const { return m_problem; }

    // Takes a photo with the terminal's camera and asks the hall; recordsOpen follows.
    Q_INVOKABLE void confirmByFace();

signals:
    void changed();
    // The check passed: pages that were refused load what they show.
    void confirmed();

private:
    onewindow::CitizenSession &m_session;
    onewindow::IdentityConfirmation &m_confirmation;
    QString m_problem;
};
