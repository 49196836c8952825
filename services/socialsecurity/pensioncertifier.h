// Makes the yearly pension eligibility certification at the terminal: photo, then the hall.
#pragma once

#include "result.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

namespace onewindow {

class Camera;
class CitizenSession;
class HallClient;

struct CertificationReceipt
{
    QString certificationId;
    QDateTime certifiedAt;
    QDate nextDueDate;
};

class PensionCertifier : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<CertificationReceipt>)>;

    PensionCertifier(
        HallClient *hall, CitizenSession &session, Camera &camera, QObject *parent = nullptr);

    // Photo, then POST /citizens/pension-certifications. Certified only when the hall says so.
    // A call while one is running is refused (a second tap). After a failure on the way to the
    // hall, the next call sends the same certification under the same Idempotency-Key, so the
    // hall stores it once even when its first answer was lost.
    void certify(Callback done);
    bool isBusy() const { return m_busy; }

    // The 200/201 answer {certificationId, certifiedAt, nextDueDate}; certification.malformed
    // when any of them is missing or unreadable (the certification is then not shown as done).
    static Result<CertificationReceipt> interpretReceipt(const QJsonDocument &body);

private:
    void send(Callback done);
    void forget();

    QPointer<HallClient> m_hall;
    CitizenSession &m_session;
    Camera &m_camera;
    bool m_busy = false;
    // The certification on its way: kept for a retry, dropped when the hall decided or the
    // session ended.
    std::optional<QJsonDocument> m_pendingBody;
    QString m_pendingKey;
};

} // namespace onewindow
