#include "trustdocument.h"

#include "signatureverifier.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace onewindow {

namespace {

Error bad(const QString &where)
{
    return { QStringLiteral("trust.bad_document"),
        TrustDocument::tr("The hall sent a trust list this terminal cannot use (%1). The cached "
                          "trust list stays in use; tell the hall operator.")
            .arg(where) };
}

} // namespace

bool TrustDocument::isValidKeyId(const QString &keyId)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z._-]{1,64}$"));
    return pattern.match(keyId).hasMatch();
}

bool TrustDocument::isValidCertNumber(const QString &number)
{
    if (number.trimmed().isEmpty() || number.size() > 128)
        return false;
    return std::none_of(number.cbegin(), number.cend(),
        [](QChar c) { return c.category() == QChar::Other_Control; });
}

Result<TrustDocument> TrustDocument::fromJson(const QJsonDocument &document)
{
    if (!document.isObject())
        return bad(QStringLiteral("$: not an object"));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || !std::isfinite(v) || v != std::floor(v) || v < 0 || v > 9e15)
        return bad(QStringLiteral("$.version: not a whole number from 0"));
    const QJsonValue issuers = root.value(QLatin1String("issuers"));
    if (!issuers.isArray())
        return bad(QStringLiteral("$.issuers: not a list"));
    const QJsonValue revoked = root.value(QLatin1String("revoked"));
    if (!revoked.isArray())
        return bad(QStringLiteral("$.revoked: not a list"));

    TrustDocument out;
    out.version = qint64(v);
    const QJsonArray keys = issuers.toArray();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString where = QStringLiteral("$.issuers[%1]").arg(i);
        const QJsonObject o = keys.at(i).toObject();
        const QString keyId = o.value(QLatin1String("keyId")).toString();
        if (!isValidKeyId(keyId))
            return bad(where + QStringLiteral(".keyId: not a key id"));
        const QJsonValue pem = o.value(QLatin1String("pem"));
        auto key = pem.isString() ? SignatureVerifier::trustableKey(pem.toString().toLatin1())
                                  : Result<SignatureVerifier::TrustableKey>(Error {});
        if (!key)
            return bad(where + QStringLiteral(".pem: not a usable key"));
        // The hall names the algorithm too; a disagreement means a confused or forged list.
        if (o.contains(QLatin1String("alg"))
            && o.value(QLatin1String("alg")).toString() != key->algorithmName)
            return bad(where + QStringLiteral(".alg: not the key's algorithm"));
        out.issuers.append({ keyId, key->algorithmName, key->publicPem, QStringLiteral("hall") });
    }
    const QJsonArray list = revoked.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("$.revoked[%1]").arg(i);
        const QJsonObject o = list.at(i).toObject();
        const QString keyId = o.value(QLatin1String("keyId")).toString();
        const QString number = o.value(QLatin1String("certNumber")).toString();
        if (!isValidKeyId(keyId))
            return bad(where + QStringLiteral(".keyId: not a key id"));
        if (!isValidCertNumber(number))
            return bad(where + QStringLiteral(".certNumber: not a certificate number"));
        out.revoked.append({ keyId, number });
    }
    return out;
}

} // namespace onewindow
