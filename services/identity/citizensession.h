// The citizen identified at the kiosk for one visit (and the principal when applying for someone
// else, 代办); every page that holds something about them forgets it when the session ends.
#pragma once

#include "result.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QString>

namespace onewindow {

// How the terminal knows who is in front of it; the hall is told this, never a password.
enum class IdentityProof { ResidentIdCard, SocialSecurityCard, TypedNumber };

struct IdentifiedPerson
{
    QString idNumber; // 18 characters, checked by GB 11643
    QString name;
    IdentityProof proof = IdentityProof::TypedNumber;
    // Whether the terminal knows this is really them: a card read here, or a typed number the
    // hall confirmed by a second check (face and name). A typed number alone is not enough to
    // see anyone's records: ID numbers are no secret.
    bool confirmed = false;
};

class CitizenSession : public QObject
{
    Q_OBJECT
public:
    enum class EndReason { Finished, Timeout, CardRemoved, Replaced };
    Q_ENUM(EndReason)

    explicit CitizenSession(QObject *parent = nullptr);
    ~CitizenSession() override;

    // Starts a session for the person in front of the terminal; a session already running ends
    // first (Replaced). Refuses an invalid ID number or an empty name, and starts nothing.
    // The card of the person who typed their number confirms them instead: the session goes on
    // (applicantConfirmed, and subjectConfirmed when they apply for themselves).
    Status begin(const QString &idNumber, const QString &name, IdentityProof proof,
        QDate today = QDate::currentDate());
    // Applying for someone else: the principal's identity and their consent (recorded with the
    // case). Needs a running session; the principal may not be the applicant.
    Status setPrincipal(const QString &idNumber, const QString &name, IdentityProof proof,
        bool consentGiven, QDate today = QDate::currentDate());
    void clearPrincipal();
    // Ends the session and wipes what it holds; emits ended() only when one was running.
    void end(EndReason reason);

    bool isActive() const { return m_applicant.has_value(); }
    // The person at the terminal.
    std::optional<IdentifiedPerson> applicant() const { return m_applicant; }
    // The person the application is for when it is not the applicant.
    std::optional<IdentifiedPerson> principal() const { return m_principal; }
    // Whose data (certificates, social security, the case) this visit is about.
    std::optional<IdentifiedPerson> subject() const
    {
        return m_principal ? m_principal : m_applicant;
    }
    // Whether the subject's records (e-certificates, social security, paying for themselves,
    // a case's details) may be shown: only when the subject is confirmed. A typed number may
    // still start an application; identity is then checked at the service window.
    bool recordsOpen() const { return subject() && subject()->confirmed; }
    // identity.needs_confirmation with what the citizen can do, when records are not open.
    Status requireRecords() const;
    // The hall confirmed the subject (idNumber must be the subject's): records open for this
    // session only. Emits subjectConfirmed().
    Status confirmSubject(const QString &idNumber);

    // The X-Citizen-Session value the hall gets: a random session id and how the citizen was
    // identified; nothing personal. Empty when no session runs.
    QByteArray attestation() const;
    // A random id for this visit (also names the session in audit and case records).
    QString sessionId() const { return m_sessionId; }

    // 张** : only the family name stays (one character; two for a compound family name when the
    // given name is long enough to keep something hidden).
    static QString maskName(const QString &name);
    // 4401**********1235 : region prefix and last four.
    static QString maskIdNumber(const QString &idNumber);
    // 138****5678
    static QString maskPhone(const QString &phone);

signals:
    void started();
    void principalChanged();
    void subjectConfirmed();
    // The applicant of a typed number put their own card on the reader.
    void applicantConfirmed();
    // Every holder of this citizen's data wipes it now.
    void ended(onewindow::CitizenSession::EndReason reason);

private:
    Result<IdentifiedPerson> checked(
        const QString &idNumber, const QString &name, IdentityProof proof, QDate today) const;

    std::optional<IdentifiedPerson> m_applicant;
    std::optional<IdentifiedPerson> m_principal;
    QString m_sessionId;
};

} // namespace onewindow
