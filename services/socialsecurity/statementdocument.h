// Lays a social security statement (参保证明) out as a printable document with its QR code.
#pragma once

#include "printabledocument.h"
#include "socialsecuritystatement.h"

#include <QCoreApplication>

namespace onewindow {

class StatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)
public:
    // The printed copy: the full ID number (the receiver needs it), every figure from the
    // statement, and a QR code with the verification value the hall checks.
    static PrintableDocument build(const SocialSecurityStatement &statement);
};

} // namespace onewindow
