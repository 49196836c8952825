// CertificateWallet: looks up the identified citizen's e-certificates at the hall, refreshes the
// trust list from /trust, and verifies every envelope on this terminal.
#pragma once

#include "result.h"
#include "trustsnapshot.h"

#include <functional>
#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>

namespace onewindow {

class CertificateTrustStore;
class CitizenSession;
class HallClient;
class SessionCertificates;
struct CertificateVerification;

class CertificateWallet : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Status)>;

    // hall may be null (terminal not enrolled): lookups then say they need the hall, and
    // verification uses the trust list already in the database.
    CertificateWallet(HallClient *hall, CertificateTrustStore &trust, CitizenSession &session,
        SessionCertificates &certificates, QObject *parent = nullptr);

    // GET /trust and store it; on failure the cached list stays in use.
    void refreshTrust(Done done);

    // Refreshes the trust list (best effort), asks the hall for the session subject's envelopes
    // and stores each one's verification in SessionCertificates. Errors: ecert.no_session,
    // ecert.hall_needed (no hall or unreachable), ecert.hall_refused (the hall said no).
    void lookUp(Done done);

    // The trust list verification uses now (cached; its fetchedAt tells its age).
    Result<TrustSnapshot> trustSnapshot() const;

    // Verifies envelopes the hall returned, for the subject idNumber (tests and the fuzzer use
    // it without a network).
    static QList<CertificateVerification> verifyAll(const QJsonArray &envelopes,
        const TrustSnapshot &trust, const QString &holderIdNumber, const QDateTime &now);

private:
    void fetchEnvelopes(const QString &sessionId, Done done);

    HallClient *m_hall;
    CertificateTrustStore &m_trust;
    CitizenSession &m_session;
    SessionCertificates &m_certificates;
};

} // namespace onewindow
