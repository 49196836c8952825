#include "carddocument.h"

#include "residentid.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace onewindow {

namespace {

Error unreadable()
{
    return Error { QStringLiteral("card.unreadable"),
        CardDocument::tr("The card could not be read. Take it out, check that it is the right "
                         "way round, and put it in again.") };
}

} // namespace

Result<CardContents> CardDocument::parse(const QByteArray &json, CardKind expected, QDate today)
{
    if (json.size() > kMaxSize)
        return unreadable();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable();
    const QJsonObject o = doc.object();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type != QLatin1String("resident_id") && type != QLatin1String("social_security"))
        return unreadable();
    const CardKind kind
        = type == QLatin1String("resident_id") ? CardKind::ResidentId : CardKind::SocialSecurity;
    if (kind != expected)
        return Error { QStringLiteral("card.wrong_reader"),
            expected == CardKind::ResidentId
                ? tr("This is not a resident ID card. Put your ID card on the ID card reader.")
                : tr("This is not a social security card. Put your social security card into "
                     "the social security card reader.") };

    auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); };
    auto date = [&](const char *key) {
        return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    const QString name = text("name");
    // The chip's number is checked like a typed one: a damaged chip must not become a case.
    auto id = ResidentId::parse(text("idNumber"), today);
    if (name.isEmpty() || name.size() > 100 || !id)
        return unreadable();

    if (kind == CardKind::ResidentId) {
        ResidentIdCard card;
        card.name = name;
        card.sex = text("sex");
        card.ethnicity = text("ethnicity");
        card.birthDate = date("birthDate");
        card.address = text("address");
        card.idNumber = id->number();
        card.issuingAuthority = text("issuingAuthority");
        card.validFrom = date("validFrom");
        const QString until = text("validUntil");
        card.validUntil = until == QStringLiteral("长期") ? QDate() : date("validUntil");
        if (card.birthDate != id->birthDate() || !card.validFrom.isValid()
            || (until != QStringLiteral("长期") && !card.validUntil.isValid()))
            return unreadable();
        if (card.validUntil.isValid() && card.validUntil < today)
            return Error { QStringLiteral("card.expired"),
                tr("This ID card expired on %1. Please renew it at the police service window; "
                   "a staff member can help you with a temporary ID card.")
                    .arg(card.validUntil.toString(Qt::ISODate)) };
        return CardContents(card);
    }

    SocialSecurityCard card;
    card.cardNumber = text("cardNumber");
    card.idNumber = id->number();
    card.name = name;
    card.issuingRegion = text("issuingRegion");
    card.validUntil = date("validUntil");
    if (card.cardNumber.isEmpty() || card.cardNumber.size() > 32 || !card.validUntil.isValid())
        return unreadable();
    if (card.validUntil < today)
        return Error { QStringLiteral("card.expired"),
            tr("This social security card expired on %1. Ask at the human resources and social "
               "security window for a new card.")
                .arg(card.validUntil.toString(Qt::ISODate)) };
    return CardContents(card);
}

} // namespace onewindow
