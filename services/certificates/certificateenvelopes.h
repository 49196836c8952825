// CertificateEnvelopes: the hall's answer to a certificate lookup
// (POST /citizens/certificates:query), read before any envelope is verified.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace onewindow {

class CertificateEnvelopes
{
    Q_DECLARE_TR_FUNCTIONS(CertificateEnvelopes)
public:
    // More envelopes than any citizen holds: an answer with more is not a real one.
    static constexpr qsizetype kMaxEnvelopes = 1000;

    // {certificates: [envelope]} → the envelopes, each verified on its own afterwards (an entry
    // that is not an envelope gets its own "not genuine" outcome there). ecert.malformed when
    // the list is missing or not a list: "no certificates" must never stand for "could not read".
    static Result<QJsonArray> fromJson(const QJsonDocument &answer);
};

} // namespace onewindow
