#include "sessioncertificates.h"

#include "citizensession.h"

namespace onewindow {

SessionCertificates::SessionCertificates(CitizenSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_expiry.setSingleShot(true);
    m_expiry.setInterval(kLifetimeMs);
    connect(&m_expiry, &QTimer::timeout, this, &SessionCertificates::wipe);
    connect(&session, &CitizenSession::ended, this, &SessionCertificates::wipe);
    // A new citizen never sees the previous one's list, even for a moment.
    connect(&session, &CitizenSession::started, this, &SessionCertificates::wipe);
    connect(&session, &CitizenSession::principalChanged, this, &SessionCertificates::wipe);
}

void SessionCertificates::store(const QList<CertificateVerification> &certificates)
{
    if (!m_session.isActive())
        return;
    m_certificates = certificates;
    m_loaded = true;
    m_expiry.start();
    emit changed();
}

void SessionCertificates::wipe()
{
    m_expiry.stop();
    const bool hadData = m_loaded || !m_certificates.isEmpty();
    // Overwrite what we can before the memory is released (QString data is not zeroed by Qt).
    for (CertificateVerification &v : m_certificates) {
        if (v.payload) {
            v.payload->holderName.fill(QLatin1Char(' '));
            v.payload->holderIdNumber.fill(QLatin1Char(' '));
            for (auto &field : v.payload->fields)
                field.second.fill(QLatin1Char(' '));
        }
        v.envelope.payloadBase64.fill(QLatin1Char(' '));
    }
    m_certificates.clear();
    m_loaded = false;
    if (hadData)
        emit changed();
}

std::optional<CertificateVerification> SessionCertificates::genuineOfType(
    const QString &certType) const
{
    std::optional<CertificateVerification> best;
    for (const CertificateVerification &v : m_certificates) {
        if (!v.isGenuine() || !v.payload || v.payload->certType != certType)
            continue;
        if (!best || v.payload->issuedOn > best->payload->issuedOn)
            best = v;
    }
    return best;
}

std::optional<QString> SessionCertificates::prefill(const QString &source) const
{
    const qsizetype dot = source.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == source.size() - 1)
        return std::nullopt;
    auto certificate = genuineOfType(source.left(dot));
    if (!certificate)
        return std::nullopt;
    return certificate->payload->field(source.mid(dot + 1));
}

std::optional<CertificateVerification> SessionCertificates::satisfying(
    const CatalogMaterial &material) const
{
    for (const QString &type : material.satisfiedBy)
        if (auto certificate = genuineOfType(type))
            return certificate;
    return std::nullopt;
}

} // namespace onewindow
