// QrCode: a QR code symbol (libqrencode) as a module matrix that paints itself on a QPainter.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRectF>

class QPainter;
class QImage;

namespace onewindow {

class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)
public:
    // How much of the symbol may be damaged (a crumpled receipt) and still read: L 7 %, M 15 %,
    // Q 25 %, H 30 %. Higher levels make a denser symbol for the same data.
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    // The 4-module margin of light modules that ISO/IEC 18004 asks readers to rely on.
    static constexpr int kQuietZoneModules = 4;

    // Encodes data as bytes (8-bit mode, so UTF-8 text and binary round-trip exactly).
    // Errors: documents.qr_empty, documents.qr_too_long (over what a version 40 symbol holds at
    // the level), documents.qr_failed.
    static Result<QrCode> encode(const QByteArray &data, ErrorCorrection level);

    // Modules per side (21 for version 1 … 177 for version 40), without the quiet zone.
    int size() const { return m_size; }
    int version() const { return m_version; }
    // true for a dark module; coordinates outside the symbol are light (the quiet zone).
    bool isDark(int x, int y) const;

    // Paints the symbol, dark on white, as large as fits centred in rect with quietZone light
    // modules around it; modules are whole device pixels when the device allows it, so
    // scanners see sharp edges.
    void paint(QPainter &painter, const QRectF &rect, int quietZone = kQuietZoneModules) const;

    // A black-on-white image, scale pixels per module, with the quiet zone (for screens).
    QImage toImage(int scale, int quietZone = kQuietZoneModules) const;

private:
    QrCode(int size, int version, QList<bool> modules);

    int m_size = 0;
    int m_version = 0;
    QList<bool> m_modules; // row-major, m_size × m_size
};

} // namespace onewindow
