// The terminal's card readers (resident ID card, social security card) behind one interface, so
// a hardware driver can be added without touching the kiosk.
#pragma once

#include "devicestatus.h"
#include "result.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <variant>

namespace onewindow {

// What the chip of a second-generation resident ID card (二代身份证) gives.
struct ResidentIdCard
{
    QString name;
    QString sex;
    QString ethnicity;
    QDate birthDate;
    QString address;
    QString idNumber; // checked by GB 11643 before the card is reported
    QString issuingAuthority;
    QDate validFrom;
    QDate validUntil; // null: 长期 (valid without end)
};

// What a social security card (社会保障卡) gives.
struct SocialSecurityCard
{
    QString cardNumber;
    QString idNumber;
    QString name;
    QString issuingRegion;
    QDate validUntil;
};

using CardContents = std::variant<ResidentIdCard, SocialSecurityCard>;

enum class CardKind { ResidentId, SocialSecurity };

class CardReader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Which cards this reader takes; a terminal has one reader of each kind.
    virtual CardKind kind() const = 0;
    // For the administrator and the health page: model or simulation source, nothing personal.
    virtual QString deviceName() const = 0;
    // Starts watching for cards; an error when the device (or simulation source) is unusable.
    virtual Status start() = 0;
    virtual void stop() = 0;
    // Whether it can read cards now, for the health page.
    virtual DeviceStatus status() const = 0;

signals:
    // A card was read and its contents checked (ID number, validity dates).
    void cardRead(const onewindow::CardContents &card);
    void cardRemoved();
    // A card was there but could not be used; the message tells the citizen what to do.
    void readFailed(const onewindow::Error &error);
};

} // namespace onewindow
