#include "identityconfirmation.h"

#include "camera.h"
#include "citizensession.h"
#include "hallclient.h"

#include <QJsonObject>
#include <QUuid>

namespace onewindow {

namespace {

Error sessionEnded()
{
    return Error { QStringLiteral("identity.session_ended"),
        IdentityConfirmation::tr("The session ended before the check was finished.") };
}

} // namespace

IdentityConfirmation::IdentityConfirmation(
    HallClient *hall, CitizenSession &session, Camera &camera, QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_session(session)
    , m_camera(camera)
{
    // The count belongs to the visit: the next citizen starts with every attempt.
    connect(&m_session, &CitizenSession::started, this, [this] { m_failures = 0; });
    connect(&m_session, &CitizenSession::ended, this, [this] { m_failures = 0; });
}

Status IdentityConfirmation::failed(Error error)
{
    ++m_failures;
    if (m_failures >= kMaxAttempts)
        return Error { QStringLiteral("identity.too_many_attempts"),
            tr("The check did not succeed %1 times. Please put your ID card on the reader, or "
               "ask at the service window.")
                .arg(kMaxAttempts) };
    return error;
}

void IdentityConfirmation::confirmByFace(Done done)
{
    const auto subject = m_session.subject();
    if (!subject)
        return done(Error { QStringLiteral("identity.no_session"),
            tr("Please identify yourself first: put your ID card on the reader.") });
    if (subject->confirmed)
        return done({});
    if (m_session.principal())
        return done(m_session.requireRecords()); // the principal is not in front of the camera
    if (m_busy)
        return done(Error { QStringLiteral("identity.busy"),
            tr("The check is already running. Please look at the camera.") });
    if (m_failures >= kMaxAttempts)
        return done(Error { QStringLiteral("identity.too_many_attempts"),
            tr("The check did not succeed %1 times. Please put your ID card on the reader, or "
               "ask at the service window.")
                .arg(kMaxAttempts) });
    if (!m_hall)
        return done(Error { QStringLiteral("identity.hall_needed"),
            tr("The face check needs the online service hall, which cannot be reached just now. "
               "Please put your ID card on the reader.") });
    m_busy = true;
    const QString sessionId = m_session.sessionId();
    QPointer<IdentityConfirmation> self(this);
    m_camera.capture([self, sessionId, done](Result<CameraPhoto> photo) {
        if (!self)
            return;
        if (!photo || photo->data.isEmpty()) {
            self->m_busy = false;
            return done(photo ? Camera::noImage() : photo.error());
        }
        self->ask(sessionId, photo->data, photo->format, done);
    });
}

void IdentityConfirmation::ask(
    const QString &sessionId, const QByteArray &photo, const QByteArray &format, Done done)
{
    const auto subject = m_session.subject();
    if (!subject || m_session.sessionId() != sessionId) {
        m_busy = false;
        return done(sessionEnded());
    }
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/citizens/identity:confirm");
    request.body = QJsonDocument(QJsonObject {
        { QStringLiteral("idNumber"), subject->idNumber },
        { QStringLiteral("name"), subject->name },
        { QStringLiteral("photo"), QString::fromLatin1(photo.toBase64()) },
        { QStringLiteral("photoFormat"), QString::fromLatin1(format) },
    });
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.citizenSession = m_session.attestation();
    const QString idNumber = subject->idNumber;
    QPointer<IdentityConfirmation> self(this);
    m_hall->send(request, [self, sessionId, idNumber, done](Result<HallResponse> answer) {
        if (!self)
            return;
        self->m_busy = false;
        // The answer belongs to the visit that asked; a new citizen is never confirmed by it.
        if (!self->m_session.subject() || self->m_session.sessionId() != sessionId
            || self->m_session.subject()->idNumber != idNumber)
            return done(sessionEnded());
        if (!answer)
            return done(HallClient::isTransient(answer.error())
                    ? Error { QStringLiteral("identity.hall_needed"),
                        tr("The face check needs the online service hall, which cannot be "
                           "reached just now. Please put your ID card on the reader.") }
                    : answer.error());
        if (answer->status != 200)
            return done(Error { QStringLiteral("identity.hall_refused"),
                tr("The hall refused the check (HTTP %1). Please ask at the service window.")
                    .arg(answer->status) });
        const QJsonObject body = answer->body.object();
        // The hall says only whether they match: the terminal never learns the real name.
        if (!body.value(u"nameMatches").toBool())
            return done(self->failed({ QStringLiteral("identity.name_mismatch"),
                tr("The name does not match the record of this ID number. Please check the name "
                   "you typed, or put your ID card on the reader.") }));
        if (!body.value(u"faceMatches").toBool())
            return done(self->failed({ QStringLiteral("identity.face_mismatch"),
                tr("The photo does not match the record of this ID number. Please try again "
                   "facing the camera, or put your ID card on the reader.") }));
        done(self->m_session.confirmSubject(idNumber));
    });
}

} // namespace onewindow
