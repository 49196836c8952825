// The demo PKI the hall's TLS tests run on (packaging/make-demo-pki.sh, into the target's
// HALL_PKI_DIR), and the TLS settings of the hall and of a terminal made from it.
#pragma once

#include "hallserver.h"
#include "hallsettings.h"

#include <QProcess>
#include <QString>
#include <QUrl>

#if !defined(HALL_PKI_DIR) || !defined(MAKE_DEMO_PKI)
#error                                                                                             \
    "a test using the demo PKI defines HALL_PKI_DIR and MAKE_DEMO_PKI (hall/tests/CMakeLists.txt)"
#endif

namespace onewindow::hall::demopki {

inline QString path(const QString &name) { return QStringLiteral(HALL_PKI_DIR "/") + name; }

// Makes the CA, the hall's and the terminals' certificates (kept when they are already there);
// terminalIds instead of the script's default three.
inline bool make(const QStringList &terminalIds = {})
{
    QProcess script;
    script.start(QStringLiteral("bash"),
        QStringList { QStringLiteral(MAKE_DEMO_PKI), QStringLiteral(HALL_PKI_DIR) } + terminalIds);
    return script.waitForFinished(120'000) && script.exitStatus() == QProcess::NormalExit
        && script.exitCode() == 0;
}

inline HallServer::Options hallTls()
{
    HallServer::Options tls;
    tls.certificatePath = path(QStringLiteral("hall.pem"));
    tls.keyPath = path(QStringLiteral("hall.key"));
    tls.caPath = path(QStringLiteral("ca.pem"));
    return tls;
}

// A terminal enrolled with the hall listening on port of this host, over mutual TLS.
inline HallSettings terminalSettings(const QString &terminalId, quint16 port)
{
    HallSettings settings;
    settings.url = QUrl(QStringLiteral("https://localhost:%1").arg(port));
    settings.caFile = path(QStringLiteral("ca.pem"));
    settings.certFile = path(QStringLiteral("terminal-%1.pem").arg(terminalId));
    settings.keyFile = path(QStringLiteral("terminal-%1.key").arg(terminalId));
    settings.terminalId = terminalId;
    settings.timeoutMs = 5000;
    return settings;
}

} // namespace onewindow::hall::demopki
