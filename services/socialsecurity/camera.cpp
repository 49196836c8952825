#include "camera.h"

namespace onewindow {

Error Camera::noImage()
{
    return { QStringLiteral("camera.no_image"),
        tr("The camera did not take a picture. Please face the camera, keep still and try "
           "again; if it happens again, ask the staff for help.") };
}

} // namespace onewindow
