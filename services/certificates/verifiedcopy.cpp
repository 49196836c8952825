#include "verifiedcopy.h"

#include "displaytime.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace onewindow {

QByteArray VerifiedCopy::qrContent(const CertificateVerification &verification)
{
    const QString number = verification.payload ? verification.payload->certNumber : QString();
    return QJsonDocument(
        QJsonObject { { QStringLiteral("t"), QStringLiteral("onewindow-ecert-copy") },
            { QStringLiteral("certNumber"), number },
            { QStringLiteral("payloadSha256"),
                QString::fromLatin1(verification.payloadSha256Hex) } })
        .toJson(QJsonDocument::Compact);
}

QString VerifiedCopy::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("gender"), QT_TR_NOOP("Gender") },
        { QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity") },
        { QStringLiteral("birthDate"), QT_TR_NOOP("Date of birth") },
        { QStringLiteral("address"), QT_TR_NOOP("Address") },
        { QStringLiteral("householder"), QT_TR_NOOP("Head of household") },
        { QStringLiteral("relation"), QT_TR_NOOP("Relation to head of household") },
        { QStringLiteral("spouseName"), QT_TR_NOOP("Spouse's name") },
        { QStringLiteral("spouseIdNumber"), QT_TR_NOOP("Spouse's ID number") },
        { QStringLiteral("entityName"), QT_TR_NOOP("Business name") },
        { QStringLiteral("entityType"), QT_TR_NOOP("Business type") },
        { QStringLiteral("creditCode"), QT_TR_NOOP("Unified social credit code") },
        { QStringLiteral("operator"), QT_TR_NOOP("Operator") },
        { QStringLiteral("businessScope"), QT_TR_NOOP("Business scope") },
        { QStringLiteral("socialSecurityNumber"), QT_TR_NOOP("Social security number") },
        { QStringLiteral("bank"), QT_TR_NOOP("Bank") },
        { QStringLiteral("cardVersion"), QT_TR_NOOP("Card generation") },
        { QStringLiteral("location"), QT_TR_NOOP("Location") },
        { QStringLiteral("area"), QT_TR_NOOP("Area") },
        { QStringLiteral("use"), QT_TR_NOOP("Use") },
        { QStringLiteral("rightType"), QT_TR_NOOP("Type of right") },
    };
    const auto label = labels.constFind(field);
    return label == labels.constEnd() ? field : tr(label.value());
}

Result<PrintableDocument> VerifiedCopy::compose(
    const CertificateVerification &verification, const QString &terminalId)
{
    if (!verification.payload)
        return Error { QStringLiteral("ecert.no_copy"),
            tr("A verified copy can only be printed for a certificate whose signature verified.") };
    const CertificatePayload &p = *verification.payload;
    const QString none = tr("none");
    PrintableDocument document(tr("Verified copy %1").arg(p.certTypeName));
    document.addTitle(tr("Verified copy of an e-certificate"));
    document.addHeading(p.certTypeName);
    document.addKeyValue(tr("Certificate number"), p.certNumber);
    document.addKeyValue(tr("Holder"), p.holderName);
    document.addKeyValue(tr("Holder's ID number"), p.holderIdNumber);
    document.addKeyValue(tr("Issued by"), p.issuerName);
    document.addKeyValue(tr("Issuer code"), p.issuerCode);
    document.addKeyValue(tr("Issued on"), p.issuedOn.toString(Qt::ISODate));
    document.addKeyValue(tr("Valid"),
        tr("%1 to %2")
            .arg(p.validFrom.toString(Qt::ISODate),
                p.validUntil ? p.validUntil->toString(Qt::ISODate) : tr("no expiry")));
    for (const auto &[name, value] : p.fields)
        document.addKeyValue(fieldLabel(name), value.isEmpty() ? none : value);

    document.addHeading(tr("Verification"));
    document.addKeyValue(tr("Result"), CertificateVerification::outcomeText(verification.outcome));
    document.addKeyValue(tr("Reason"), verification.reason);
    document.addKeyValue(tr("Verified at"),
        verification.verifiedAt.toTimeZone(DisplayTime::zone())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    document.addKeyValue(tr("Terminal"), terminalId.isEmpty() ? none : terminalId);
    document.addKeyValue(tr("Signature"),
        tr("%1, issuer key %2").arg(verification.envelope.alg, verification.envelope.kid));
    // Groups of eight: a 64-digit word has nowhere to wrap, and groups are easier to compare.
    QString digest = QString::fromLatin1(verification.payloadSha256Hex);
    for (qsizetype i = digest.size() - 8; i > 0; i -= 8)
        digest.insert(i, QLatin1Char(' '));
    document.addKeyValue(tr("Payload SHA-256"), digest);
    document.addQrCode(qrContent(verification),
        tr("The QR code holds the certificate number and the SHA-256 of the signed data."));
    document.addParagraph(tr("This copy was printed by a OneWindow terminal after it verified the "
                             "issuer's electronic signature. It shows the result at the time of "
                             "verification; verify the certificate again for later use."));
    return document;
}

} // namespace onewindow
