#include "terminalenrolment.h"

#include "auditlog.h"
#include "datadirectory.h"
#include "fileproblem.h"
#include "hallsettings.h"
#include "terminalsettings.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>

namespace onewindow {

namespace {

template<typename T, void (*Free)(T *)>
using OsslPtr = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

Status writePrivate(const QString &path, const QByteArray &bytes, QFileDevice::Permissions perms)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            QStringLiteral("enrol.write_failed"),
            TerminalEnrolment::tr("%1 cannot be written: %2").arg(path, FileProblem::writing(file))
        };
    file.setPermissions(perms);
    file.write(bytes);
    if (!file.commit())
        return Error {
            QStringLiteral("enrol.write_failed"),
            TerminalEnrolment::tr("%1 cannot be written: %2").arg(path, FileProblem::writing(file))
        };
    return {};
}

} // namespace

TerminalEnrolment::TerminalEnrolment(const DataDirectory &dataDir, TerminalSettings &settings)
    : m_dataDir(dataDir)
    , m_settings(settings)
{ }

QString TerminalEnrolment::keyPath() const
{
    return m_dataDir.filePath(QStringLiteral("terminal.key"));
}
QString TerminalEnrolment::requestPath() const
{
    return m_dataDir.filePath(QStringLiteral("terminal.csr"));
}
QString TerminalEnrolment::certificatePath() const
{
    return m_dataDir.filePath(QStringLiteral("terminal.pem"));
}
QString TerminalEnrolment::caPath() const
{
    return m_dataDir.filePath(QStringLiteral("hall-ca.pem"));
}

bool TerminalEnrolment::isValidTerminalId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]+(-[A-Z0-9]+){1,5}$"));
    return id.size() <= 64 && pattern.match(id).hasMatch();
}

Result<QString> TerminalEnrolment::createRequest(
    const QString &terminalId, const QUrl &hallUrl, bool renew)
{
    if (!isValidTerminalId(terminalId))
        return Error { QStringLiteral("enrol.bad_id"),
            tr("\"%1\" is not a terminal id. Use capital letters, digits and dashes, "
               "e.g. GZ-TH-KIOSK-0007.")
                .arg(terminalId.left(64)) };
    if (!hallUrl.isEmpty() && hallUrl.scheme() != QLatin1String("https"))
        return Error { QStringLiteral("enrol.bad_url"),
            tr("The hall address must start with https://.") };
    if (QFile::exists(certificatePath()) && !renew)
        return Error { QStringLiteral("enrol.already_enrolled"),
            tr("This terminal already has a certificate. Use --renew to make a new key "
               "and request.") };

    OsslPtr<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    OsslPtr<X509_REQ, X509_REQ_free> req(X509_REQ_new());
    if (!key || !req)
        return Error { QStringLiteral("enrol.crypto"), tr("The terminal key could not be made.") };
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    const QByteArray cn = terminalId.toLatin1();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
            reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)
            != 1
        || X509_REQ_set_pubkey(req.get(), key.get()) != 1
        || X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0)
        return Error { QStringLiteral("enrol.crypto"),
            tr("The certificate request could not be made.") };

    OsslPtr<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_mem()));
    OsslPtr<BIO, BIO_free_all> reqBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1
        || PEM_write_bio_X509_REQ(reqBio.get(), req.get()) != 1)
        return Error { QStringLiteral("enrol.crypto"),
            tr("The certificate request could not be made.") };

    if (Status s = writePrivate(
            keyPath(), bioToBytes(keyBio.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !s)
        return s.error();
    if (Status s = writePrivate(requestPath(), bioToBytes(reqBio.get()),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther);
        !s)
        return s.error();

    HallSettings hall = HallSettings::load(m_settings);
    hall.terminalId = terminalId;
    hall.keyFile = keyPath();
    if (!hallUrl.isEmpty())
        hall.url = hallUrl;
    if (Status s = hall.save(m_settings); !s)
        return s.error();
    return requestPath();
}

Status TerminalEnrolment::install(const QString &certificatePem, const QString &caPem)
{
    const auto certs = QSslCertificate::fromPath(certificatePem, QSsl::Pem);
    const auto cas = QSslCertificate::fromPath(caPem, QSsl::Pem);
    if (certs.isEmpty())
        return Error { QStringLiteral("enrol.bad_cert"),
            tr("%1 does not contain a PEM certificate.").arg(certificatePem) };
    if (cas.isEmpty())
        return Error { QStringLiteral("enrol.bad_ca"),
            tr("%1 does not contain a PEM certificate; it cannot be the hall CA.").arg(caPem) };
    QFile keyFile(keyPath());
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("enrol.no_key"),
            tr("This terminal has no key yet. Run onewindowctl terminal enroll --id ID "
               "first.") };
    const QByteArray keyPem = keyFile.readAll();
    const QSslCertificate &cert = certs.constFirst();
    const HallSettings hall = HallSettings::load(m_settings);

    const QByteArray certPem = cert.toPem();
    const QByteArray caCertPem = cas.constFirst().toPem();
    OsslPtr<BIO, BIO_free_all> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    OsslPtr<BIO, BIO_free_all> certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    OsslPtr<BIO, BIO_free_all> caBio(BIO_new_mem_buf(caCertPem.constData(), int(caCertPem.size())));
    OsslPtr<EVP_PKEY, EVP_PKEY_free> pkey(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    OsslPtr<X509, X509_free> x509(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    OsslPtr<X509, X509_free> caX509(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr));
    if (!pkey || !x509 || !caX509 || X509_check_private_key(x509.get(), pkey.get()) != 1)
        return Error { QStringLiteral("enrol.wrong_key"),
            tr("The certificate does not belong to this terminal's key. Install the "
               "certificate made from this terminal's latest request.") };
    if (X509_verify(x509.get(), X509_get0_pubkey(caX509.get())) != 1)
        return Error { QStringLiteral("enrol.wrong_ca"),
            tr("The certificate was not issued by the hall CA in %1.").arg(caPem) };
    if (cert.subjectInfo(QSslCertificate::CommonName).value(0) != hall.terminalId)
        return Error { QStringLiteral("enrol.wrong_id"),
            tr("The certificate is for %1, but this terminal is %2.")
                .arg(cert.subjectInfo(QSslCertificate::CommonName).value(0), hall.terminalId) };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cert.expiryDate() < now || cert.effectiveDate() > now)
        return Error { QStringLiteral("enrol.not_valid_now"),
            tr("The certificate is not valid now (valid %1 to %2).")
                .arg(cert.effectiveDate().toString(Qt::ISODate),
                    cert.expiryDate().toString(Qt::ISODate)) };

    if (Status s = writePrivate(
            certificatePath(), cert.toPem(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !s)
        return s;
    QByteArray caBytes;
    for (const QSslCertificate &c : cas)
        caBytes += c.toPem();
    if (Status s
        = writePrivate(caPath(), caBytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !s)
        return s;
    HallSettings updated = hall;
    updated.certFile = certificatePath();
    updated.caFile = caPath();
    if (!m_audit)
        return updated.save(m_settings);
    const QString fingerprint
        = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return m_audit->record(m_actor, AuditLog::kSettingsChange, QStringLiteral("hall"),
        QStringLiteral("install terminal certificate %1 (%2)")
            .arg(fingerprint, cert.subjectInfo(QSslCertificate::CommonName).value(0)),
        [&] { return updated.save(m_settings); });
}

} // namespace onewindow
