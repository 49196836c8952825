// SessionCertificates: the identified citizen's verified certificates for one kiosk visit, for
// the wallet and the application form; wiped when the session ends or the cache grows old.
#pragma once

#include "catalogmodel.h"
#include "certificateverification.h"

#include <optional>
#include <QList>
#include <QObject>
#include <QTimer>

namespace onewindow {

class CitizenSession;

class SessionCertificates : public QObject
{
    Q_OBJECT
public:
    // After this long the list is dropped even while the session runs: the citizen's data must
    // not outlive a forgotten session, and a revocation published meanwhile must take effect.
    static constexpr int kLifetimeMs = 15 * 60 * 1000;

    explicit SessionCertificates(CitizenSession &session, QObject *parent = nullptr);

    // Keeps the verified certificates of the current session (ignored when none is running).
    void store(const QList<CertificateVerification> &certificates);
    void wipe();

    bool isLoaded() const { return m_loaded; }
    const QList<CertificateVerification> &certificates() const { return m_certificates; }

    // The value a form field with prefill "CERT_TYPE.field" gets: from the citizen's genuine
    // certificate of that type (the most recently issued when there are several); fields
    // "holderName" and "number" always exist. None for any other certificate outcome.
    std::optional<QString> prefill(const QString &source) const;

    // The genuine certificate that satisfies material (one of its satisfiedBy types), attached
    // by reference instead of a paper copy; none when no genuine certificate does.
    std::optional<CertificateVerification> satisfying(const CatalogMaterial &material) const;
    bool satisfies(const CatalogMaterial &material) const
    {
        return satisfying(material).has_value();
    }

    // The genuine certificate of a type, most recently issued first.
    std::optional<CertificateVerification> genuineOfType(const QString &certType) const;

signals:
    void changed();

private:
    CitizenSession &m_session;
    QList<CertificateVerification> m_certificates;
    bool m_loaded = false;
    QTimer m_expiry;
};

} // namespace onewindow
