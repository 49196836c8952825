// VerifiedCopy: the printable "verified copy" (核验件) of an e-certificate and its QR content.
#pragma once

#include "certificateverification.h"
#include "printabledocument.h"

#include <QCoreApplication>

namespace onewindow {

class VerifiedCopy
{
    Q_DECLARE_TR_FUNCTIONS(VerifiedCopy)
public:
    // What the QR code carries: the certificate number and the SHA-256 of the signed payload,
    // so anyone can match the paper to the issuer's record without personal data in the code.
    static QByteArray qrContent(const CertificateVerification &verification);

    // The certificate's data (every field), the verification result and reason, the time of
    // verification, the terminal id and the QR code. Needs a payload (a verified signature).
    static Result<PrintableDocument> compose(
        const CertificateVerification &verification, const QString &terminalId);

    // "Spouse's name" for "spouseName"; unknown names are shown as written.
    static QString fieldLabel(const QString &field);
};

} // namespace onewindow
