// The one place a TLS configuration for the hall is built: TLS 1.2+, only the hall CA, mutual TLS.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslError>

namespace onewindow {

struct HallSettings;

class TlsProfile
{
    Q_DECLARE_TR_FUNCTIONS(TlsProfile)
public:
    static Result<QSslConfiguration> forHall(const HallSettings &settings);

    // Why a handshake failed, in a sentence, from Qt's certificate errors and its error text.
    static Error describeFailure(const QList<QSslError> &errors, const QString &networkError);
};

} // namespace onewindow
