// Where the terminal's online service hall is and which certificates it uses to talk to it.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace onewindow {

class TerminalSettings;

struct HallSettings
{
    Q_DECLARE_TR_FUNCTIONS(HallSettings)
public:
    QUrl url; // https://hall.example:8443 (the API lives under /api/v1)
    QString caFile; // PEM of the hall CA: the only CA this terminal trusts for the hall
    QString certFile; // this terminal's client certificate (CN = terminal id)
    QString keyFile; // its private key, readable only by the terminal's user
    QString terminalId; // CN of certFile
    // The hall must staple a good OCSP response for its certificate (setting hall.ocspStapling,
    // "required" unless an administrator sets "off" for a hall that cannot staple). With "off"
    // no staple is asked for, so none is sent and revocation is not checked at all.
    bool requireOcspStapling = true;
    int timeoutMs = 15000;

    static HallSettings load(const TerminalSettings &settings);
    Status save(TerminalSettings &settings) const;

    // What is missing or wrong, in words an administrator can act on; nothing is contacted.
    Status validate() const;
};

} // namespace onewindow
