// The administrator's trust page: the catalog publishers' keys and the e-certificate issuers'
// keys this terminal accepts, with algorithm and fingerprint; adding and removing them (audited);
// and how old the hall's trust list is.
#pragma once

#include <functional>
#include <QDateTime>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

class StaffDesk;
namespace onewindow {
class AuditLog;
class CatalogStore;
class CertificateTrustStore;
class TrustAdministration;
} // namespace onewindow

class TrustDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList publishers READ publishers NOTIFY changed)
    Q_PROPERTY(QVariantList issuers READ issuers NOTIFY changed)
    Q_PROPERTY(int revocations READ revocations NOTIFY changed)
    Q_PROPERTY(QString trustListAge READ trustListAge NOTIFY changed)
    Q_PROPERTY(bool trustListStale READ trustListStale NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kStaleTrustDays = 7;
    // A publisher key this close to its last valid day is flagged on the page.
    static constexpr int kExpiryWarningDays = 30;

    TrustDesk(onewindow::CatalogStore &catalog, onewindow::CertificateTrustStore &certificates,
        onewindow::AuditLog &audit, StaffDesk &staff, Clock clock = {}, QObject *parent = nullptr);

    QVariantList publishers() const { return m_publishers; }
    QVariantList issuers() const { return m_issuers; }
    int revocations() const { return m_revocations; }
    QString trustListAge() const { return m_trustListAge; }
    bool trustListStale() const { return m_trustListStale; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // SHA-256 of the key's DER bytes, as grouped hex (what a publisher reads out on the phone).
    static QString fingerprint(const QByteArray &pem);

    Q_INVOKABLE void refresh();
    // validUntil: the key's last valid day as yyyy-MM-dd, as the catalog authority announced it;
    // empty: none given.
    Q_INVOKABLE bool addPublisher(
        const QString &keyId, const QString &pemFile, const QString &validUntil = {});
    Q_INVOKABLE bool removePublisher(const QString &keyId);
    Q_INVOKABLE bool addIssuer(const QString &keyId, const QString &pemFile);
    Q_INVOKABLE bool removeIssuer(const QString &keyId);

signals:
    void changed();
    void messageChanged();

private:
    // The key file's PEM; empty (with the message set) when it cannot be read.
    QByteArray readKey(const QString &pemFile);
    // Runs one audited change as the signed-in administrator (the service writes the entry).
    bool change(const std::function<onewindow::Status(
                    onewindow::TrustAdministration &, const QString &actor)> &work,
        const QString &done);
    void setMessage(const QString &message, bool error);

    onewindow::CatalogStore &m_catalog;
    onewindow::CertificateTrustStore &m_certificates;
    onewindow::AuditLog &m_audit;
    StaffDesk &m_staff;
    Clock m_clock;
    QVariantList m_publishers;
    QVariantList m_issuers;
    int m_revocations = 0;
    QString m_trustListAge;
    bool m_trustListStale = false;
    QString m_message;
    bool m_messageIsError = false;
};
