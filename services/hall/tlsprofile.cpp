#include "tlsprofile.h"

#include "hallsettings.h"

#include <algorithm>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace onewindow {

Result<QSslConfiguration> TlsProfile::forHall(const HallSettings &settings)
{
    if (Status valid = settings.validate(); !valid)
        return valid.error();

    const QList<QSslCertificate> ca = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
    if (ca.isEmpty())
        return Error { QStringLiteral("hall.ca_invalid"),
            tr("%1 does not contain a PEM certificate; it cannot be the hall CA.")
                .arg(settings.caFile) };
    const QList<QSslCertificate> own = QSslCertificate::fromPath(settings.certFile, QSsl::Pem);
    if (own.isEmpty())
        return Error { QStringLiteral("hall.cert_invalid"),
            tr("%1 does not contain a PEM certificate; enrol the terminal again.")
                .arg(settings.certFile) };
    QFile keyFile(settings.keyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("hall.key_unreadable"),
            tr("The terminal key %1 cannot be read.").arg(settings.keyFile) };
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return Error { QStringLiteral("hall.key_invalid"),
            tr("%1 is not a private key this terminal can use (EC or RSA, PEM).")
                .arg(settings.keyFile) };
    if (own.constFirst().expiryDate() < QDateTime::currentDateTimeUtc())
        return Error { QStringLiteral("hall.own_cert_expired"),
            tr("This terminal's certificate expired on %1; renew it with onewindowctl "
               "terminal enroll.")
                .arg(own.constFirst().expiryDate().toString(Qt::ISODate)) };

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Replacing the CA list also turns off on-demand loading of the system roots: the hall CA
    // is the only anchor.
    config.setCaCertificates(ca);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setLocalCertificate(own.constFirst());
    config.setPrivateKey(key);
    // Asks for the hall's stapled OCSP response and fails the handshake when it is missing,
    // not signed by the hall CA's responder, out of date, or says "revoked". Qt offers no
    // "check it when sent" mode short of ignoring its error, which is never done.
    config.setOcspStaplingEnabled(settings.requireOcspStapling);
    return config;
}

namespace {

// Qt lists the OCSP errors before the chain's: the most telling one is picked, not the first.
int rank(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateRevoked:
        return 0;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
    case QSslError::HostNameMismatch:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateSignatureFailed:
        return 1;
    case QSslError::OcspNoResponseFound:
        return 2;
    default:
        return 3;
    }
}

bool isOcspError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::OcspNoResponseFound:
    case QSslError::OcspMalformedRequest:
    case QSslError::OcspMalformedResponse:
    case QSslError::OcspInternalError:
    case QSslError::OcspTryLater:
    case QSslError::OcspSigRequred:
    case QSslError::OcspUnauthorized:
    case QSslError::OcspResponseCannotBeTrusted:
    case QSslError::OcspResponseCertIdUnknown:
    case QSslError::OcspResponseExpired:
    case QSslError::OcspStatusUnknown:
        return true;
    default:
        return false;
    }
}

} // namespace

Error TlsProfile::describeFailure(const QList<QSslError> &errors, const QString &networkError)
{
    QList<QSslError> ranked = errors;
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const QSslError &a, const QSslError &b) { return rank(a.error()) < rank(b.error()); });
    for (const QSslError &e : std::as_const(ranked)) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return { QStringLiteral("hall.tls.expired"),
                tr("The hall's certificate has expired (%1). Nothing was sent. Tell the "
                   "hall operator.")
                    .arg(e.certificate().expiryDate().toString(Qt::ISODate)) };
        case QSslError::CertificateNotYetValid:
            return { QStringLiteral("hall.tls.not_yet_valid"),
                tr("The hall's certificate is not valid yet. Check this terminal's clock.") };
        case QSslError::HostNameMismatch:
            return { QStringLiteral("hall.tls.wrong_host"),
                tr("The hall's certificate is for another host name. Nothing was sent. "
                   "Check the hall address.") };
        case QSslError::CertificateRevoked:
            return { QStringLiteral("hall.tls.revoked"),
                tr("The hall's certificate has been revoked. Nothing was sent. Tell the "
                   "hall operator.") };
        case QSslError::OcspNoResponseFound:
            return { QStringLiteral("hall.tls.no_ocsp"),
                tr("The hall did not prove that its certificate is still valid (no stapled "
                   "OCSP response). Nothing was sent. Tell the hall operator; only for a hall "
                   "that cannot staple may the administrator set hall.ocspStapling to off.") };
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateSignatureFailed:
            return { QStringLiteral("hall.tls.untrusted"),
                tr("The hall's certificate is not signed by the hall CA this terminal "
                   "trusts. Nothing was sent. Check the hall address and the installed CA.") };
        default:
            if (isOcspError(e.error()))
                return { QStringLiteral("hall.tls.bad_ocsp"),
                    tr("The hall's OCSP response does not prove that its certificate is still "
                       "valid (%1). Nothing was sent. Tell the hall operator.")
                        .arg(e.errorString()) };
            break;
        }
    }
    if (!ranked.isEmpty())
        return { QStringLiteral("hall.tls.rejected"),
            tr("The hall's certificate was rejected: %1. Nothing was sent.")
                .arg(ranked.constFirst().errorString()) };
    const QString text = networkError.toLower();
    if (text.contains(QLatin1String("protocol")) || text.contains(QLatin1String("version")))
        return { QStringLiteral("hall.tls.protocol"),
            tr("The hall offers only an outdated TLS version; TLS 1.2 or newer is required. "
               "Nothing was sent.") };
    if (text.contains(QLatin1String("certificate required"))
        || text.contains(QLatin1String("bad certificate"))
        || text.contains(QLatin1String("unknown ca"))
        || text.contains(QLatin1String("handshake failure")))
        return { QStringLiteral("hall.tls.client_refused"),
            tr("The hall did not accept this terminal's certificate. Enrol the terminal "
               "again or ask the hall operator to register it.") };
    return { QStringLiteral("hall.tls.failed"),
        tr("The secure connection to the hall failed: %1").arg(networkError) };
}

} // namespace onewindow
