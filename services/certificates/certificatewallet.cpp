#include "certificatewallet.h"

#include "certificateenvelopes.h"
#include "certificatetruststore.h"
#include "certificateverifier.h"
#include "citizensession.h"
#include "hallclient.h"
#include "sessioncertificates.h"
#include "trustdocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace onewindow {

namespace {

Error hallNeeded()
{
    return { QStringLiteral("ecert.hall_needed"),
        CertificateWallet::tr("Looking up certificates needs the online service hall, which "
                              "cannot be reached now. Please try again later or ask staff; "
                              "certificates already shown stay verified.") };
}

} // namespace

CertificateWallet::CertificateWallet(HallClient *hall, CertificateTrustStore &trust,
    CitizenSession &session, SessionCertificates &certificates, QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_trust(trust)
    , m_session(session)
    , m_certificates(certificates)
{ }

Result<TrustSnapshot> CertificateWallet::trustSnapshot() const { return m_trust.snapshot(); }

void CertificateWallet::refreshTrust(Done done)
{
    if (!m_hall)
        return done(hallNeeded());
    HallRequest request;
    request.path = QStringLiteral("/trust");
    m_hall->send(request, [this, done](Result<HallResponse> response) {
        if (!response)
            return done(
                HallClient::isTransient(response.error()) ? hallNeeded() : response.error());
        if (response->status != 200)
            return done(Error { QStringLiteral("ecert.hall_refused"),
                tr("The hall did not send its trust list (HTTP %1). The cached trust list stays "
                   "in use.")
                    .arg(response->status) });
        auto document = TrustDocument::fromJson(response->body);
        if (!document)
            return done(document.error());
        done(m_trust.apply(document.value(), QDateTime::currentDateTimeUtc()));
    });
}

void CertificateWallet::lookUp(Done done)
{
    if (!m_session.isActive())
        return done(Error { QStringLiteral("ecert.no_session"),
            tr("Identify yourself first (ID card or ID number) to see your certificates.") });
    // Anyone may know an ID number: a citizen's certificates open only for a confirmed one.
    if (Status open = m_session.requireRecords(); !open)
        return done(open.error());
    if (!m_hall)
        return done(hallNeeded());
    const QString sessionId = m_session.sessionId();
    // A stale trust list is still usable: the lookup goes on either way.
    refreshTrust([this, sessionId, done](Status) { fetchEnvelopes(sessionId, done); });
}

void CertificateWallet::fetchEnvelopes(const QString &sessionId, Done done)
{
    if (!m_session.isActive() || m_session.sessionId() != sessionId)
        return done(Error { QStringLiteral("ecert.no_session"),
            tr("The session ended before the certificates arrived.") });
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/citizens/certificates:query");
    request.body = QJsonDocument(
        QJsonObject { { QStringLiteral("idNumber"), m_session.subject()->idNumber } });
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.citizenSession = m_session.attestation();
    m_hall->send(request, [this, sessionId, done](Result<HallResponse> response) {
        // The answer belongs to the session that asked; a new citizen must never see it.
        if (!m_session.isActive() || m_session.sessionId() != sessionId)
            return done(Error { QStringLiteral("ecert.no_session"),
                tr("The session ended before the certificates arrived.") });
        if (!response)
            return done(
                HallClient::isTransient(response.error()) ? hallNeeded() : response.error());
        if (response->status != 200)
            return done(Error { QStringLiteral("ecert.hall_refused"),
                tr("The hall refused the certificate lookup (HTTP %1). Please ask staff.")
                    .arg(response->status) });
        const auto envelopes = CertificateEnvelopes::fromJson(response->body);
        if (!envelopes)
            return done(envelopes.error());
        auto trust = m_trust.snapshot();
        if (!trust)
            return done(trust.error());
        m_certificates.store(verifyAll(envelopes.value(), trust.value(),
            m_session.subject()->idNumber, QDateTime::currentDateTime()));
        done({});
    });
}

QList<CertificateVerification> CertificateWallet::verifyAll(const QJsonArray &envelopes,
    const TrustSnapshot &trust, const QString &holderIdNumber, const QDateTime &now)
{
    const CertificateVerifier verifier(trust);
    QList<CertificateVerification> out;
    out.reserve(envelopes.size());
    for (const QJsonValue &envelope : envelopes)
        out.append(
            verifier.verify(QJsonDocument(envelope.toObject()).toJson(QJsonDocument::Compact),
                holderIdNumber, now));
    return out;
}

} // namespace onewindow
