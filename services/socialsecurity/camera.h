// A camera the terminal takes the pension certification photo with (a real one or simulated).
#pragma once

#include "result.h"

#include <functional>
#include <QByteArray>
#include <QCoreApplication>

namespace onewindow {

struct CameraPhoto
{
    QByteArray data; // encoded image, never stored: only its hash goes to the hall
    QByteArray format; // "jpeg", "ppm", …
};

class Camera
{
    Q_DECLARE_TR_FUNCTIONS(Camera)
public:
    using Callback = std::function<void(Result<CameraPhoto>)>;
    virtual ~Camera() = default;
    // Takes one photo; done is called exactly once. A camera that delivers nothing (covered,
    // unplugged, no face) reports an Error a person can act on.
    virtual void capture(Callback done) = 0;

    // What "no picture" means to the citizen, whatever the camera.
    static Error noImage();
};

} // namespace onewindow
