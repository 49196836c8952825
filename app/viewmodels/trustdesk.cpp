#include "trustdesk.h"

#include "auditlog.h"
#include "catalogstore.h"
#include "certificatetruststore.h"
#include "displaytime.h"
#include "publishertrust.h"
#include "staffdesk.h"
#include "trustadministration.h"
#include "trustlistrefresh.h"
#include "trustsnapshot.h"

#include <QFile>
#include <QPointer>
#include <QUrl>

using namespace onewindow;

namespace {

QString algorithmText(const QString &algorithm)
{
    return algorithm == u"SM2-SM3" ? TrustDesk::tr("SM2 with SM3 (国密)")
        : algorithm == u"ES256"    ? TrustDesk::tr("ECDSA P-256 with SHA-256")
                                   : algorithm;
}

// A key file is a few hundred bytes; anything large is not one.
QByteArray readKeyFile(const QString &path, QString *problem)
{
    QFile file(path.startsWith(QLatin1String("file://")) ? QUrl(path).toLocalFile() : path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem
            = TrustDesk::tr("Cannot read \"%1\": %2.").arg(file.fileName(), file.errorString());
        return {};
    }
    return file.read(64 * 1024);
}

} // namespace

TrustDesk::TrustDesk(CatalogStore &catalog, CertificateTrustStore &certificates, AuditLog &audit,
    StaffDesk &staff, Clock clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_certificates(certificates)
    , m_audit(audit)
    , m_staff(staff)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] { setMessage({}, false); });
}

QString TrustDesk::fingerprint(const QByteArray &pem)
{
    // All of it: the authority's letter and `onewindowctl trust list` give all 32 bytes, and
    // half a fingerprint compared is half a check.
    return TrustAdministration::fingerprint(pem);
}

bool TrustDesk::canFetchTrustList() const { return m_refresh && m_refresh->available(); }

bool TrustDesk::fetching() const { return m_refresh && m_refresh->busy(); }

void TrustDesk::setTrustListRefresh(TrustListRefresh *fetcher)
{
    m_refresh = fetcher;
    if (m_refresh) {
        connect(m_refresh, &TrustListRefresh::busyChanged, this, &TrustDesk::fetchingChanged);
        // Also a fetch after a sync: the page shows the new age when it is open.
        connect(m_refresh, &TrustListRefresh::finished, this, [this] {
            if (m_staff.signedIn())
                refresh();
        });
    }
    emit changed();
    emit fetchingChanged();
}

void TrustDesk::refresh()
{
    if (auto allowed = m_staff.authorize(Permission::ChangeTrust); !allowed) {
        setMessage(allowed.error().message, true);
        return;
    }
    m_publishers.clear();
    if (auto publishers = m_catalog.publishers()) {
        const QDate today = m_clock().toTimeZone(DisplayTime::zone()).date();
        for (const PublisherKeyInfo &p : publishers.value()) {
            const qint64 daysLeft = p.validUntil.isValid() ? today.daysTo(p.validUntil) : -1;
            const QString expiry = !p.validUntil.isValid()
                ? tr("no end date given; remove it when the publisher replaces it")
                : p.expiredOn(today) ? tr("expired on %1: catalogs signed with it are refused")
                                           .arg(DisplayTime::date(p.validUntil))
                                     : tr("valid until %1 (%n day(s) left)", "", int(daysLeft))
                                           .arg(DisplayTime::date(p.validUntil));
            m_publishers << QVariantMap { { QStringLiteral("keyId"), p.keyId },
                { QStringLiteral("algorithm"), algorithmText(p.algorithm) },
                { QStringLiteral("fingerprint"), fingerprint(p.publicPem) },
                { QStringLiteral("added"), DisplayTime::dateTime(p.addedAt) },
                { QStringLiteral("expiry"), expiry },
                { QStringLiteral("expiring"),
                    p.validUntil.isValid() && daysLeft <= kExpiryWarningDays } };
        }
    } else {
        setMessage(publishers.error().message, true);
    }
    m_issuers.clear();
    m_revocations = 0;
    m_revocationList.clear();
    if (auto revoked = m_certificates.revocations()) {
        for (const Revocation &r : revoked.value()) {
            const bool fromHall = r.source == u"hall";
            m_revocationList << QVariantMap { { QStringLiteral("keyId"), r.keyId },
                { QStringLiteral("certNumber"), r.certNumber },
                { QStringLiteral("when"), DisplayTime::dateTime(r.addedAt) },
                { QStringLiteral("fromHall"), fromHall },
                { QStringLiteral("source"),
                    fromHall ? tr("hall trust list") : tr("revoked here") } };
        }
    } else {
        setMessage(revoked.error().message, true);
    }
    auto snapshot = m_certificates.snapshot();
    if (snapshot) {
        QStringList ids = snapshot->issuers.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            const IssuerKey &k = snapshot->issuers.value(id);
            m_issuers << QVariantMap { { QStringLiteral("keyId"), k.keyId },
                { QStringLiteral("algorithm"), algorithmText(k.algorithm) },
                { QStringLiteral("fingerprint"), fingerprint(k.publicKeyPem) },
                { QStringLiteral("fromHall"), k.source == u"hall" },
                { QStringLiteral("source"),
                    k.source == u"hall" ? tr("hall trust list") : tr("added here") },
                // The trust list carries no end date for a key; each e-certificate carries its
                // own validity, checked when it is read.
                { QStringLiteral("expiry"), tr("no end date: each e-certificate has its own") } };
        }
        m_revocations = int(snapshot->revoked.size());
        m_trustListFetched = snapshot->fetchedAt.isValid()
            ? tr("Last fetched from the hall: %1 (version %2).")
                  .arg(DisplayTime::dateTime(snapshot->fetchedAt))
                  .arg(snapshot->version)
            : tr("Never fetched from the hall.");
        if (!snapshot->fetchedAt.isValid()) {
            m_trustListAge = tr("The hall's trust list was never fetched: e-certificates are "
                                "checked against the keys added here only.");
            m_trustListStale = true;
        } else {
            const qint64 hours = snapshot->fetchedAt.secsTo(m_clock()) / 3600;
            m_trustListStale = hours > kStaleTrustDays * 24;
            m_trustListAge = (hours < 48
                    ? tr("Trust list version %1, fetched %n hour(s) ago.", "", int(hours))
                    : tr("Trust list version %1, fetched %n day(s) ago.", "", int(hours / 24)))
                                 .arg(snapshot->version);
            if (m_trustListStale)
                m_trustListAge += QLatin1Char(' ')
                    + tr("That is old: check the hall connection on the health page.");
        }
    } else {
        setMessage(snapshot.error().message, true);
    }
    emit changed();
}

bool TrustDesk::change(
    const std::function<Status(TrustAdministration &, const QString &)> &work, const QString &done)
{
    auto actor = m_staff.authorize(Permission::ChangeTrust);
    if (!actor) {
        setMessage(actor.error().message, true);
        return false;
    }
    TrustAdministration administration(m_catalog, m_certificates, m_audit);
    const Status changed = work(administration, actor.value());
    if (!changed) {
        setMessage(changed.error().message, true);
        return false;
    }
    refresh();
    setMessage(done, false);
    return true;
}

QByteArray TrustDesk::readKey(const QString &pemFile)
{
    QString problem;
    const QByteArray pem = readKeyFile(pemFile, &problem);
    if (pem.isEmpty())
        setMessage(problem.isEmpty() ? tr("The key file is empty.") : problem, true);
    return pem;
}

bool TrustDesk::addPublisher(
    const QString &keyId, const QString &pemFile, const QString &validUntil)
{
    const QDate lastDay = QDate::fromString(validUntil.trimmed(), Qt::ISODate);
    if (!validUntil.trimmed().isEmpty() && !lastDay.isValid()) {
        setMessage(tr("Type the key's last valid day as 2027-12-31, or leave it empty."), true);
        return false;
    }
    const QByteArray pem = readKey(pemFile);
    if (pem.isEmpty())
        return false;
    const QString id = keyId.trimmed();
    return change(
        [&](TrustAdministration &trust, const QString &actor) -> Status {
            auto added = trust.addPublisher(actor, id, pem, m_clock(), lastDay);
            return added ? Status() : Status(added.error());
        },
        tr("Catalogs signed with publisher key %1 are accepted from now on.").arg(id));
}

bool TrustDesk::removePublisher(const QString &keyId)
{
    return change([&](TrustAdministration &trust,
                      const QString &actor) { return trust.removePublisher(actor, keyId); },
        tr("Catalogs signed with %1 are refused from now on; the active catalog stays.")
            .arg(keyId));
}

bool TrustDesk::addIssuer(const QString &keyId, const QString &pemFile)
{
    const QByteArray pem = readKey(pemFile);
    if (pem.isEmpty())
        return false;
    const QString id = keyId.trimmed();
    return change(
        [&](TrustAdministration &trust, const QString &actor) -> Status {
            auto added = trust.addIssuer(actor, id, pem, m_clock());
            return added ? Status() : Status(added.error());
        },
        tr("E-certificates signed with issuer key %1 are accepted from now on.").arg(id));
}

bool TrustDesk::removeIssuer(const QString &keyId)
{
    return change([&](TrustAdministration &trust,
                      const QString &actor) { return trust.removeIssuer(actor, keyId); },
        tr("E-certificates signed with %1 are no longer accepted.").arg(keyId));
}

bool TrustDesk::canRevoke(const QString &keyId, const QString &certNumber)
{
    if (auto allowed = m_staff.authorize(Permission::ChangeTrust); !allowed) {
        setMessage(allowed.error().message, true);
        return false;
    }
    if (Status allowed = m_certificates.checkRevoke(keyId.trimmed(), certNumber.trimmed());
        !allowed) {
        setMessage(allowed.error().message, true);
        return false;
    }
    return true;
}

bool TrustDesk::revoke(const QString &keyId, const QString &certNumber)
{
    const QString id = keyId.trimmed();
    const QString number = certNumber.trimmed();
    return change([&](TrustAdministration &trust,
                      const QString &actor) { return trust.revoke(actor, id, number, m_clock()); },
        tr("Certificate %1 of issuer key %2 now verifies as revoked on this terminal.")
            .arg(number, id));
}

bool TrustDesk::liftRevocation(const QString &keyId, const QString &certNumber)
{
    return change(
        [&](TrustAdministration &trust, const QString &actor) {
            return trust.liftRevocation(actor, keyId, certNumber);
        },
        tr("The revocation of certificate %1 of issuer key %2 is lifted; it verifies as genuine "
           "again.")
            .arg(certNumber, keyId));
}

void TrustDesk::fetchTrustList()
{
    if (auto allowed = m_staff.authorize(Permission::ChangeTrust); !allowed) {
        setMessage(allowed.error().message, true);
        return;
    }
    if (!canFetchTrustList()) {
        setMessage(tr("This terminal is not connected to a hall, so there is no trust list to "
                      "fetch. Set the hall on the settings page."),
            true);
        return;
    }
    setMessage(tr("Fetching the hall's trust list…"), false);
    // The desk may be gone when the answer comes (the view closed during a slow fetch).
    m_refresh->refresh([self = QPointer<TrustDesk>(this)](Status fetched) {
        if (!self || !self->m_staff.signedIn())
            return;
        self->report(fetched);
    });
}

void TrustDesk::report(const Status &fetched)
{
    refresh();
    if (fetched)
        setMessage(tr("The hall's trust list was fetched. %1").arg(m_trustListFetched), false);
    else
        setMessage(fetched.error().message, true);
}

void TrustDesk::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    emit messageChanged();
}
