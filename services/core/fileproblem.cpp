#include "fileproblem.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace onewindow {

QString FileProblem::reading(const QFileDevice &file)
{
    const QFileInfo info(file.fileName());
    if (!info.exists())
        return tr("there is no such file");
    if (info.isDir())
        return tr("it is a folder, not a file");
    if (!info.isReadable() || file.error() == QFileDevice::PermissionsError)
        return tr("this terminal may not read it");
    return tr("it could not be read");
}

QString FileProblem::writing(const QFileDevice &file)
{
    const QFileInfo info(file.fileName());
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return tr("the folder %1 is not there").arg(folder.path());
    if (file.error() == QFileDevice::PermissionsError || !QFileInfo(folder.path()).isWritable())
        return tr("this terminal may not write in %1").arg(folder.path());
    const QStorageInfo volume(folder.path());
    if (volume.isValid() && volume.isReadOnly())
        return tr("%1 can only be read").arg(volume.rootPath());
    if (volume.isValid() && volume.bytesAvailable() < 1024 * 1024)
        return tr("the disk is full");
    return tr("it could not be written");
}

} // namespace onewindow
