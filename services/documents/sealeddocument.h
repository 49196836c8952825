// Documents kept on disk with personal data in them (a decision notice names the applicant, a
// statement and a verified copy carry the full ID number) are sealed with the terminal's field
// key, like the database's personal columns: only OneWindow on this terminal opens them again.
#pragma once

#include "documentprinter.h"
#include "result.h"

#include <QCoreApplication>

namespace onewindow {

class FieldCipher;

class SealedDocument
{
    Q_DECLARE_TR_FUNCTIONS(SealedDocument)
public:
    // What a sealed document's file name ends with ("…-20261123-093000-000.pdf.sealed").
    static QString suffix() { return QStringLiteral(".sealed"); }

    // Seals a PDF for the file name it is kept under (renamed, it no longer opens).
    static DocumentSealer sealer(const FieldCipher &cipher);
    // The PDF in a sealed document. Errors: documents.cannot_read, and the cipher's
    // (security.tampered when the file was changed or renamed).
    static Result<QByteArray> open(const FieldCipher &cipher, const QString &path);
};

} // namespace onewindow
