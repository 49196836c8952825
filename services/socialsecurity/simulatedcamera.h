// A camera for tests and the demo: a generated picture, or no picture at all on request.
#pragma once

#include "camera.h"

namespace onewindow {

class SimulatedCamera : public Camera
{
public:
    enum class Behaviour { Photo, NoImage, EmptyImage };

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    Behaviour behaviour() const { return m_behaviour; }
    int captures() const { return m_captures; }

    void capture(Callback done) override;

private:
    Behaviour m_behaviour = Behaviour::Photo;
    int m_captures = 0;
};

} // namespace onewindow
