#include "certificateverification.h"

namespace onewindow {

QString CertificateVerification::outcomeText(CertificateOutcome outcome)
{
    switch (outcome) {
    case CertificateOutcome::Genuine:
        return tr("Genuine");
    case CertificateOutcome::Expired:
        return tr("Expired");
    case CertificateOutcome::Revoked:
        return tr("Revoked");
    case CertificateOutcome::NotGenuine:
        return tr("Not genuine");
    case CertificateOutcome::HolderMismatch:
        return tr("Not yours");
    }
    return {};
}

QString CertificateVerification::outcomeKey(CertificateOutcome outcome)
{
    switch (outcome) {
    case CertificateOutcome::Genuine:
        return QStringLiteral("genuine");
    case CertificateOutcome::Expired:
        return QStringLiteral("expired");
    case CertificateOutcome::Revoked:
        return QStringLiteral("revoked");
    case CertificateOutcome::NotGenuine:
        return QStringLiteral("not_genuine");
    case CertificateOutcome::HolderMismatch:
        return QStringLiteral("holder_mismatch");
    }
    return {};
}

} // namespace onewindow
