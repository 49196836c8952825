// The removable media (USB sticks) an administrator can read a catalog from or save figures to.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace onewindow {

struct MediaFolder
{
    QString path; // clean absolute path
    QString name; // the volume's label, else the folder's name
};

class RemovableMedia
{
    Q_DECLARE_TR_FUNCTIONS(RemovableMedia)
public:
    // Where automounters put sticks on a Debian terminal.
    static QStringList defaultRoots();
    // Each mounted volume under one of roots, and each folder directly in a root (automounters
    // make a folder per stick: /media/usb0, /media/<user>/<label>), once each, by name.
    static QList<MediaFolder> folders(const QStringList &roots);
    // Whether a file can be written in folder now, with a reason a person can act on (a stick
    // pulled out, mounted read-only) rather than the system's English text.
    static Status checkWritable(const QString &folder);
};

} // namespace onewindow
