// Draws QR codes for the screen (image://qr/<percent-encoded content>), e.g. the payment code.
#pragma once

#include <QQuickImageProvider>

class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();

    // id is the percent-encoded content; requestedSize the wanted side in pixels. A content
    // that cannot be encoded gives an empty image, never a wrong code.
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};
