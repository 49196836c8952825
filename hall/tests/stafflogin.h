// Staff login at the hall relayed by a terminal's hall client (POST /staff/sessions), for the
// tests that push staff events: the hall takes them only with their actor's session token.
#pragma once

#include "hallclient.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace onewindow::hall {

// The session token, or an empty array when the hall refused the login.
inline QByteArray staffLogin(HallClient &client, const QString &username, const QString &password)
{
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/staff/sessions");
    request.body = QJsonDocument(QJsonObject {
        { QStringLiteral("username"), username }, { QStringLiteral("password"), password } });
    QByteArray token;
    bool done = false;
    QEventLoop loop;
    client.send(request, [&](Result<HallResponse> r) {
        if (r && r->status == 200)
            token = r->body.object().value(u"token").toString().toLatin1();
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return token;
}

} // namespace onewindow::hall
