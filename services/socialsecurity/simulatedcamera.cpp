#include "simulatedcamera.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace onewindow {

QByteArray SimulatedCamera::faceToken(const QString &idNumber)
{
    return QCryptographicHash::hash(
        "onewindow-simulated-face:" + idNumber.toUtf8(), QCryptographicHash::Sha256)
        .toHex()
        .left(32);
}

void SimulatedCamera::capture(Callback done)
{
    ++m_captures;
    switch (m_behaviour) {
    case Behaviour::NoImage:
        return done(noImage());
    case Behaviour::EmptyImage:
        return done(CameraPhoto { {}, "ppm" });
    case Behaviour::Photo:
        break;
    }
    // A small grey PPM with a lighter oval: different each time, like any real photo.
    constexpr int kSize = 64;
    QByteArray ppm = QByteArrayLiteral("P6\n");
    if (!m_faceOf.isEmpty())
        ppm += "# face " + faceToken(m_faceOf) + '\n';
    ppm += QByteArrayLiteral("64 64 255\n");
    const int noise = int(QDateTime::currentMSecsSinceEpoch() % 97) + m_captures;
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x) {
            const int dx = x - kSize / 2, dy = (y - kSize / 2) * 3 / 4;
            const char v = char(dx * dx + dy * dy < 300 ? 200 : 90 + (x * y + noise) % 13);
            ppm.append(v).append(v).append(v);
        }
    done(CameraPhoto { ppm, "ppm" });
}

} // namespace onewindow
