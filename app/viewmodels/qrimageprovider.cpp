#include "qrimageprovider.h"

#include "qrcode.h"

#include <QUrl>

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{ }

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QByteArray content = QUrl::fromPercentEncoding(id.toUtf8()).toUtf8();
    const auto code
        = onewindow::QrCode::encode(content, onewindow::QrCode::ErrorCorrection::Medium);
    if (!code) {
        if (size)
            *size = {};
        return {};
    }
    // Whole pixels per module: a scaled-down code blurs its edges and scans badly.
    const int modules = code->size() + 2 * onewindow::QrCode::kQuietZoneModules;
    const int side = requestedSize.width() > 0 ? requestedSize.width() : 8 * modules;
    const QImage image = code->toImage(std::max(1, side / modules));
    if (size)
        *size = image.size();
    return image;
}
