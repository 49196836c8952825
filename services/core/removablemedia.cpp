#include "removablemedia.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace onewindow {

QStringList RemovableMedia::defaultRoots()
{
    return { QStringLiteral("/media"), QStringLiteral("/run/media"), QStringLiteral("/mnt") };
}

QList<MediaFolder> RemovableMedia::folders(const QStringList &roots)
{
    QList<MediaFolder> found;
    QStringList seen;
    auto add = [&](const QString &path, const QString &name) {
        const QString clean = QDir::cleanPath(path);
        if (seen.contains(clean))
            return;
        seen << clean;
        found.append({ clean, name.isEmpty() ? QFileInfo(clean).fileName() : name });
    };
    const auto volumes = QStorageInfo::mountedVolumes();
    for (const QStorageInfo &volume : volumes) {
        if (!volume.isValid() || !volume.isReady())
            continue;
        for (const QString &root : roots)
            if (volume.rootPath().startsWith(root + QLatin1Char('/')))
                add(volume.rootPath(), volume.displayName());
    }
    for (const QString &root : roots) {
        const QDir dir(root);
        const auto entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries)
            add(entry.absoluteFilePath(), entry.fileName());
    }
    return found;
}

Status RemovableMedia::checkWritable(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return Error { QStringLiteral("media.missing"),
            tr("The folder %1 is not there any more. If it is a USB stick, put it in again "
               "and choose it once more.")
                .arg(folder) };
    if (!info.isDir())
        return Error { QStringLiteral("media.not_folder"),
            tr("%1 is a file, not a folder.").arg(folder) };
    const QStorageInfo volume(folder);
    if (volume.isValid() && volume.isReadOnly())
        return Error { QStringLiteral("media.read_only"),
            tr("%1 can only be read (the stick may be write-protected). Choose another folder "
               "or unlock the stick.")
                .arg(folder) };
    if (!info.isWritable())
        return Error { QStringLiteral("media.not_writable"),
            tr("This terminal may not write in %1. Choose another folder.").arg(folder) };
    return {};
}

} // namespace onewindow
