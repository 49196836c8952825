// What every e-certificate verification outcome must satisfy, for the fuzz targets that verify.
#pragma once

#include "certificateverification.h"

namespace onewindow::fuzz {

// Exactly one outcome with a reason; "genuine" only with a payload whose signature verified.
inline void checkVerification(const CertificateVerification &v)
{
    if (v.reasonCode.isEmpty() || v.reason.isEmpty())
        __builtin_trap();
    if (v.outcome == CertificateOutcome::NotGenuine && v.payload)
        __builtin_trap(); // unverified data must never be shown
    if (v.outcome != CertificateOutcome::NotGenuine
        && (!v.payload || v.payload->certNumber.isEmpty() || v.payloadSha256Hex.size() != 64))
        __builtin_trap();
    if (v.isGenuine() && v.payload->validUntil && *v.payload->validUntil < v.verifiedAt.date())
        __builtin_trap();
}

} // namespace onewindow::fuzz
