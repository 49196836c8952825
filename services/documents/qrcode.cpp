#include "qrcode.h"

#include <cerrno>
#include <cmath>
#include <memory>
#include <QImage>
#include <QPainter>
#include <qrencode.h>

namespace onewindow {

namespace {

QRecLevel toLibraryLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

QrCode::QrCode(int size, int version, QList<bool> modules)
    : m_size(size)
    , m_version(version)
    , m_modules(std::move(modules))
{ }

Result<QrCode> QrCode::encode(const QByteArray &data, ErrorCorrection level)
{
    if (data.isEmpty())
        return Error { QStringLiteral("documents.qr_empty"),
            tr("There is nothing to put into the QR code.") };
    // version 0: the smallest version that holds the data.
    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeData(int(data.size()),
            reinterpret_cast<const unsigned char *>(data.constData()), 0, toLibraryLevel(level)),
        &QRcode_free);
    if (!symbol) {
        if (errno == ERANGE || errno == EINVAL)
            return Error { QStringLiteral("documents.qr_too_long"),
                tr("The data (%n bytes) is too long for one QR code at this error-correction "
                   "level; shorten it or use a lower level.",
                    nullptr, int(data.size())) };
        return Error { QStringLiteral("documents.qr_failed"),
            tr("The QR code could not be made (out of memory). Try again; if it keeps failing, "
               "restart the terminal.") };
    }
    const int size = symbol->width;
    QList<bool> modules(qsizetype(size) * size);
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = (symbol->data[i] & 1) != 0; // bit 0 is the colour; the rest is bookkeeping
    return QrCode(size, symbol->version, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

void QrCode::paint(QPainter &painter, const QRectF &rect, int quietZone) const
{
    const int total = m_size + 2 * qMax(0, quietZone);
    if (total <= 0 || rect.isEmpty())
        return;
    const qreal side = qMin(rect.width(), rect.height());
    // Whole device units per module when there is room: fractional modules blur on printers.
    qreal module = side / total;
    if (module >= 1.0)
        module = std::floor(module);
    const qreal drawn = module * total;
    const QPointF origin(
        rect.x() + (rect.width() - drawn) / 2, rect.y() + (rect.height() - drawn) / 2);

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(origin, QSizeF(drawn, drawn)), Qt::white);
    painter.setBrush(Qt::black);
    const qreal offset = qMax(0, quietZone) * module;
    for (int y = 0; y < m_size; ++y) {
        // One rectangle per horizontal run keeps PDFs small and avoids hairline seams.
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            painter.drawRect(QRectF(origin.x() + offset + start * module,
                origin.y() + offset + y * module, (x - start) * module, module));
        }
    }
    painter.restore();
}

QImage QrCode::toImage(int scale, int quietZone) const
{
    const int modules = m_size + 2 * qMax(0, quietZone);
    const int pixels = modules * qMax(1, scale);
    QImage image(pixels, pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, pixels, pixels), quietZone);
    return image;
}

} // namespace onewindow
