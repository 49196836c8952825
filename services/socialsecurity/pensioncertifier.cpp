#include "pensioncertifier.h"

#include "camera.h"
#include "citizensession.h"
#include "hallclient.h"
#include "socialsecurityfetcher.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUuid>

namespace onewindow {

PensionCertifier::PensionCertifier(
    HallClient *hall, CitizenSession &session, Camera &camera, QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_session(session)
    , m_camera(camera)
{
    connect(&m_session, &CitizenSession::ended, this, &PensionCertifier::forget);
    connect(&m_session, &CitizenSession::started, this, &PensionCertifier::forget);
}

void PensionCertifier::forget()
{
    m_pendingBody.reset();
    m_pendingKey.clear();
}

void PensionCertifier::certify(Callback done)
{
    if (m_busy)
        return done(Error { QStringLiteral("certification.busy"),
            tr("The certification is already being sent. Please wait a moment.") });
    const auto subject = m_session.subject();
    if (!subject)
        return done(SocialSecurityFetcher::sessionEnded());
    if (!m_hall)
        return done(SocialSecurityFetcher::offline());
    if (m_pendingBody)
        return send(std::move(done));
    m_busy = true;
    QPointer<PensionCertifier> self(this);
    const QString idNumber = subject->idNumber;
    m_camera.capture([self, idNumber, done](Result<CameraPhoto> photo) {
        if (!self)
            return;
        self->m_busy = false;
        if (!photo)
            return done(photo.error());
        if (photo->data.isEmpty())
            return done(Camera::noImage());
        // Only the hash leaves the terminal; the photo itself is dropped here.
        const QByteArray hash
            = QCryptographicHash::hash(photo->data, QCryptographicHash::Sha256).toHex();
        self->m_pendingBody = QJsonDocument(QJsonObject { { QStringLiteral("idNumber"), idNumber },
            { QStringLiteral("certifiedAt"),
                QDateTime::currentDateTime().toOffsetFromUtc(8 * 3600).toString(
                    Qt::ISODateWithMs) },
            { QStringLiteral("method"), QStringLiteral("face") },
            { QStringLiteral("photoHash"), QString::fromLatin1(hash) } });
        self->m_pendingKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        self->send(done);
    });
}

void PensionCertifier::send(Callback done)
{
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/citizens/pension-certifications");
    request.body = *m_pendingBody;
    request.idempotencyKey = m_pendingKey;
    request.citizenSession = m_session.attestation();
    m_busy = true;
    QPointer<PensionCertifier> self(this);
    const QString sessionId = m_session.sessionId();
    m_hall->send(request, [self, sessionId, done](Result<HallResponse> answer) {
        if (!self)
            return;
        self->m_busy = false;
        if (self->m_session.sessionId() != sessionId || !self->m_session.isActive())
            return done(SocialSecurityFetcher::sessionEnded());
        if (!answer)
            return done(HallClient::isTransient(answer.error())
                    ? Error { QStringLiteral("certification.not_confirmed"),
                        tr("The hall did not confirm the certification, so it is not done "
                           "yet. Please tap Certify again; it will not be counted twice.") }
                    : answer.error());
        const HallResponse &r = answer.value();
        const QJsonObject body = r.body.object();
        if (r.status == 422) {
            self->forget();
            return done(Error { QStringLiteral("certification.not_pensioner"),
                tr("The hall has no pension paid to you here, so there is nothing to certify. "
                   "Please ask at the service window.") });
        }
        if (r.status != 200 && r.status != 201) {
            if (r.status < 500)
                self->forget();
            return done(Error { QStringLiteral("certification.refused"),
                tr("The hall did not accept the certification (%1). It is not done; please "
                   "ask at the service window.")
                    .arg(body.value(u"code").toString(QString::number(r.status))) });
        }
        auto receipt = interpretReceipt(r.body);
        if (!receipt)
            return done(receipt.error());
        self->forget();
        done(receipt.value());
    });
}

Result<CertificationReceipt> PensionCertifier::interpretReceipt(const QJsonDocument &body)
{
    const QJsonObject o = body.object();
    CertificationReceipt receipt;
    const QJsonValue id = o.value(u"certificationId");
    if (id.isString())
        receipt.certificationId = id.toString().left(64);
    else if (id.isDouble() && id.toDouble() >= 0 && id.toDouble() <= 9e15
        && id.toDouble() == double(id.toInteger()))
        receipt.certificationId = QString::number(id.toInteger());
    receipt.certifiedAt
        = QDateTime::fromString(o.value(u"certifiedAt").toString(), Qt::ISODateWithMs);
    receipt.nextDueDate = QDate::fromString(o.value(u"nextDueDate").toString(), Qt::ISODate);
    if (receipt.certificationId.trimmed().isEmpty() || !receipt.certifiedAt.isValid()
        || !receipt.nextDueDate.isValid())
        return Error { QStringLiteral("certification.malformed"),
            tr("The hall's answer did not confirm the certification clearly, so it is not "
               "shown as done. Please tap Certify again; it will not be counted twice.") };
    return receipt;
}

} // namespace onewindow
