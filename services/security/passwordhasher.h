// Staff password hashes: scrypt (N=2^17, r=8, p=1) with a random salt per password, stored in a
// self-describing string so that the cost can be raised later without breaking old hashes.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace onewindow {

class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    // "$scrypt$ln=17,r=8,p=1$<salt>$<hash>" (base64); an Error when memory or randomness fails.
    static Result<QString> hash(const QString &password);

    // Constant-time comparison; false for a malformed or unreasonably expensive stored string.
    static bool verify(const QString &password, const QString &stored);

    // Burns the same time as a real check, so that unknown user names cannot be told apart
    // from known ones by the answer's speed.
    static void verifyDummy(const QString &password);
};

} // namespace onewindow
