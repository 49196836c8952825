#include "envelopeparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace onewindow {

namespace {

Error malformed(const QString &member)
{
    return { QStringLiteral("ecert.malformed"),
        EnvelopeParser::tr("The certificate envelope is damaged: \"%1\" is missing or not what "
                           "the format says. Ask the issuing authority for a new copy.")
            .arg(member) };
}

Error payloadInvalid(const QString &member)
{
    return { QStringLiteral("ecert.payload_invalid"),
        EnvelopeParser::tr("The signed certificate data has no valid \"%1\". The issuer made a "
                           "faulty certificate; ask them to issue it again.")
            .arg(member) };
}

std::optional<QString> text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<QDate> isoDate(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid() || value.toString().size() != 10)
        return std::nullopt;
    return date;
}

QString fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default: // nested data is shown as compact JSON rather than dropped
        return QString::fromUtf8(value.isArray()
                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

// Member order of "fields" as the issuer wrote it (QJsonObject sorts keys), for display.
QStringList keysInWrittenOrder(const QByteArray &json, const QJsonObject &fields)
{
    QList<QPair<qsizetype, QString>> positions;
    const qsizetype start = qMax<qsizetype>(0, json.indexOf("\"fields\""));
    for (const QString &key : fields.keys()) {
        const QByteArray quoted = QJsonDocument(QJsonArray { key }).toJson(QJsonDocument::Compact);
        const qsizetype at = json.indexOf(quoted.mid(1, quoted.size() - 2), start);
        positions.append({ at < 0 ? json.size() : at, key });
    }
    std::stable_sort(positions.begin(), positions.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList keys;
    for (const auto &position : positions)
        keys.append(position.second);
    return keys;
}

} // namespace

Result<CertificateEnvelope> EnvelopeParser::parseEnvelope(const QByteArray &json)
{
    const Error notEnvelope { QStringLiteral("ecert.not_envelope"),
        tr("This is not an e-certificate envelope (a JSON object with \"format\": "
           "\"onewindow-ecert\"). Check that you chose the right file.") };
    if (json.size() > kMaxEnvelopeBytes)
        return notEnvelope;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return notEnvelope;
    return parseEnvelope(document.object());
}

Result<CertificateEnvelope> EnvelopeParser::parseEnvelope(const QJsonObject &object)
{
    if (object.value(QStringLiteral("format")).toString() != QLatin1String("onewindow-ecert"))
        return Error { QStringLiteral("ecert.not_envelope"),
            tr("This is not an e-certificate envelope (a JSON object with \"format\": "
               "\"onewindow-ecert\"). Check that you chose the right file.") };
    CertificateEnvelope envelope;
    const QJsonValue version = object.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != 1.0)
        return Error { QStringLiteral("ecert.unsupported_version"),
            tr("The certificate envelope has a format version this terminal does not know. "
               "Update OneWindow or ask the issuer for a version 1 envelope.") };
    envelope.formatVersion = 1;
    for (const auto &[key, target] : { std::pair { QStringLiteral("alg"), &envelope.alg },
             std::pair { QStringLiteral("kid"), &envelope.kid },
             std::pair { QStringLiteral("payload"), &envelope.payloadBase64 },
             std::pair { QStringLiteral("sig"), &envelope.sigBase64 } }) {
        auto value = text(object, key);
        if (!value || value->isEmpty())
            return malformed(key);
        *target = *value;
    }
    return envelope;
}

Result<QByteArray> EnvelopeParser::decodeBase64(const QString &text, const QString &member)
{
    // Standard alphabet with padding, nothing else: lenient decoding would let two different
    // strings stand for the same signed bytes.
    static const QRegularExpression strict(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (text.size() % 4 != 0 || !strict.match(text).hasMatch() || !decoded
        || decoded.decoded.isEmpty())
        return Error { QStringLiteral("ecert.bad_base64"),
            tr("The certificate's \"%1\" is not valid base64: the envelope was damaged on the way. "
               "Ask the issuing authority for a new copy.")
                .arg(member) };
    return decoded.decoded;
}

Result<CertificatePayload> EnvelopeParser::parsePayload(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error { QStringLiteral("ecert.payload_not_json"),
            tr("The signed certificate data is not a JSON object. The issuer made a faulty "
               "certificate; ask them to issue it again.") };
    const QJsonObject o = document.object();
    CertificatePayload p;
    const QJsonObject issuer = o.value(QStringLiteral("issuer")).toObject();
    const QJsonObject holder = o.value(QStringLiteral("holder")).toObject();
    struct Required
    {
        const QJsonObject &object;
        const char *key;
        const char *path;
        QString *target;
    };
    for (const Required &r : { Required { o, "certType", "certType", &p.certType },
             Required { o, "certTypeName", "certTypeName", &p.certTypeName },
             Required { o, "certNumber", "certNumber", &p.certNumber },
             Required { issuer, "code", "issuer.code", &p.issuerCode },
             Required { issuer, "name", "issuer.name", &p.issuerName },
             Required { holder, "name", "holder.name", &p.holderName },
             Required { holder, "idType", "holder.idType", &p.holderIdType },
             Required { holder, "idNumber", "holder.idNumber", &p.holderIdNumber } }) {
        auto value = text(r.object, QLatin1String(r.key));
        if (!value || value->trimmed().isEmpty())
            return payloadInvalid(QLatin1String(r.path));
        *r.target = *value;
    }
    auto issuedOn = isoDate(o.value(QStringLiteral("issuedOn")));
    auto validFrom = isoDate(o.value(QStringLiteral("validFrom")));
    if (!issuedOn)
        return payloadInvalid(QStringLiteral("issuedOn"));
    if (!validFrom)
        return payloadInvalid(QStringLiteral("validFrom"));
    p.issuedOn = *issuedOn;
    p.validFrom = *validFrom;
    const QJsonValue until = o.value(QStringLiteral("validUntil"));
    if (!until.isNull() && !until.isUndefined()) {
        auto date = isoDate(until);
        if (!date)
            return payloadInvalid(QStringLiteral("validUntil"));
        p.validUntil = *date;
    }
    p.status = o.value(QStringLiteral("status")).toString(QStringLiteral("valid"));
    const QJsonValue fields = o.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isNull() && !fields.isObject())
        return payloadInvalid(QStringLiteral("fields"));
    const QJsonObject fieldObject = fields.toObject();
    for (const QString &key : keysInWrittenOrder(json, fieldObject))
        p.fields.append({ key, fieldText(fieldObject.value(key)) });
    return p;
}

} // namespace onewindow
