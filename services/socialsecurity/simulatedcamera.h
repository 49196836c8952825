// A camera for tests and the demo: a generated picture, or no picture at all on request.
#pragma once

#include "camera.h"

namespace onewindow {

class SimulatedCamera : public Camera
{
public:
    enum class Behaviour { Photo, NoImage, EmptyImage };

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    // Whose face is in front of the camera (an ID number; empty: a face the hall knows of
    // nobody). The photo carries faceToken(idNumber), which the reference hall compares
    // with its record, standing in for a real face match.
    void setFaceOf(const QString &idNumber) { m_faceOf = idNumber; }
    static QByteArray faceToken(const QString &idNumber);
    Behaviour behaviour() const { return m_behaviour; }
    int captures() const { return m_captures; }

    void capture(Callback done) override;

private:
    Behaviour m_behaviour = Behaviour::Photo;
    int m_captures = 0;
    QString m_faceOf;
};

} // namespace onewindow
