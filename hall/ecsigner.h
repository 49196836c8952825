// EcSigner: SM2-SM3 and ES256 signatures with OpenSSL EVP, as the e-certificate envelope needs.
#pragma once

#include "result.h"

#include <QByteArray>

typedef struct evp_pkey_st EVP_PKEY;

namespace onewindow::hall {

class EcSigner
{
public:
    // "SM2-SM3" for an SM2 key, "ES256" for a P-256 key, or an empty string.
    static QString algorithmOf(EVP_PKEY *key);
    // DER signature over data: SM2 with SM3 and distinguishing ID 1234567812345678, or ECDSA
    // P-256 with SHA-256.
    static Result<QByteArray> sign(EVP_PKEY *key, const QString &algorithm, QByteArrayView data);
    static bool verify(
        EVP_PKEY *key, const QString &algorithm, QByteArrayView data, QByteArrayView signature);
};

} // namespace onewindow::hall
