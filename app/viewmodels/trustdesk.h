// The administrator's trust page: the catalog publishers' keys and the e-certificate issuers'
// keys this terminal accepts, with algorithm and fingerprint; adding and removing them (audited);
// the revoked certificates, revoking and lifting (audited); and the hall's trust list: how old
// it is, and fetching it now.
#pragma once

#include "result.h"

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
class TrustListRefresh;
} // namespace onewindow

class TrustDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList publishers READ publishers NOTIFY changed)
    Q_PROPERTY(QVariantList issuers READ issuers NOTIFY changed)
    Q_PROPERTY(int revocations READ revocations NOTIFY changed)
    // [{keyId, certNumber, when, source, fromHall}], by issuer key and number.
    Q_PROPERTY(QVariantList revocationList READ revocationList NOTIFY changed)
    Q_PROPERTY(QString trustListAge READ trustListAge NOTIFY changed)
    // "2026年12月7日 14:05", or a sentence saying it was never fetched.
    Q_PROPERTY(QString trustListFetched READ trustListFetched NOTIFY changed)
    Q_PROPERTY(bool canFetchTrustList READ canFetchTrustList NOTIFY changed)
    Q_PROPERTY(bool fetching READ fetching NOTIFY fetchingChanged)
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
    QVariantList revocationList() const { return m_revocationList; }
    QString trustListAge() const { return m_trustListAge; }
    QString trustListFetched() const { return m_trustListFetched; }
    bool canFetchTrustList() const;
    bool fetching() const;
    // What fetches the hall's trust list (none: the terminal has no hall).
    void setTrustListRefresh(onewindow::TrustListRefresh *fetcher);
    bool trustListStale() const { return m_trustListStale; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // SHA-256 of the key's DER bytes, all 32 bytes as grouped hex (what a publisher reads out
    // on the phone, and compares with its letter).
    static QString fingerprint(const QByteArray &pem);

    Q_INVOKABLE void refresh();
    // validUntil: the key's last valid day as yyyy-MM-dd, as the catalog authority announced it;
    // empty: none given.
    Q_INVOKABLE bool addPublisher(
        const QString &keyId, const QString &pemFile, const QString &validUntil = {});
    Q_INVOKABLE bool removePublisher(const QString &keyId);
    Q_INVOKABLE bool addIssuer(const QString &keyId, const QString &pemFile);
    Q_INVOKABLE bool removeIssuer(const QString &keyId);
    // Whether revoke() would be accepted; when not, the message says why (asked before the
    // confirmation, so that the administrator is not asked to confirm what will be refused).
    Q_INVOKABLE bool canRevoke(const QString &keyId, const QString &certNumber);
    Q_INVOKABLE bool revoke(const QString &keyId, const QString &certNumber);
    Q_INVOKABLE bool liftRevocation(const QString &keyId, const QString &certNumber);
    // Fetches the hall's trust list now; the page shows the outcome when it comes.
    Q_INVOKABLE void fetchTrustList();

signals:
    void changed();
    void messageChanged();
    void fetchingChanged();

private:
    // The key file's PEM; empty (with the message set) when it cannot be read.
    QByteArray readKey(const QString &pemFile);
    // Runs one audited change as the signed-in administrator (the service writes the entry).
    bool change(const std::function<onewindow::Status(
                    onewindow::TrustAdministration &, const QString &actor)> &work,
        const QString &done);
    void setMessage(const QString &message, bool error);
    // Shows the outcome of fetchTrustList().
    void report(const onewindow::Status &fetched);

    onewindow::CatalogStore &m_catalog;
    onewindow::CertificateTrustStore &m_certificates;
    onewindow::AuditLog &m_audit;
    StaffDesk &m_staff;
    Clock m_clock;
    QVariantList m_publishers;
    QVariantList m_issuers;
    int m_revocations = 0;
    QVariantList m_revocationList;
    QString m_trustListAge;
    QString m_trustListFetched;
    onewindow::TrustListRefresh *m_refresh = nullptr;
    bool m_trustListStale = false;
    QString m_message;
    bool m_messageIsError = false;
};
