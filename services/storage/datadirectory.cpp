#include "datadirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

namespace onewindow {

QString DataDirectory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/OneWindow");
}

QString DataDirectory::filePath(const QString &name) const { return QDir(m_path).filePath(name); }

Result<DataDirectory> DataDirectory::prepare(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error { QStringLiteral("storage.dir_empty"),
            tr("No data directory was given. Pass a folder with --data-dir.") };

    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFileInfo info(absolute);
    if (info.exists() && !info.isDir())
        return Error { QStringLiteral("storage.dir_not_directory"),
            tr("The data directory %1 is a file, not a folder. Choose a folder with "
               "--data-dir.")
                .arg(absolute) };
    if (!QDir().mkpath(absolute))
        return Error { QStringLiteral("storage.dir_not_writable"),
            tr("The data directory %1 cannot be created. Choose another folder with "
               "--data-dir, or give this user write access to its parent.")
                .arg(absolute) };

    // Permissions alone do not tell (read-only mounts, ACLs): write and remove a probe file.
    QFile probe(QDir(absolute).filePath(QStringLiteral(".onewindow-write-probe")));
    const bool written = probe.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && probe.write("ok", 2) == 2 && probe.flush();
    probe.close();
    probe.remove();
    if (!written) {
        // A full disk is not a permission problem, and what is stored can still be read: the
        // database says what it can do (Database::open opens it for reading).
        const QStorageInfo storage(absolute);
        if (!(storage.isValid() && storage.bytesAvailable() < 4 * 1024 * 1024))
            return Error { QStringLiteral("storage.dir_not_writable"),
                tr("The data directory %1 cannot be written. Choose another folder with "
                   "--data-dir, or give this user write access to it.")
                    .arg(absolute) };
    }

    // The folder holds personal data and keys: only its owner may enter it.
    QFile::setPermissions(
        absolute, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return DataDirectory(absolute);
}

bool DataDirectory::holdsTerminal(const QString &path)
{
    // Only the name is looked at: the database file itself is never opened outside SQLite.
    return !path.trimmed().isEmpty()
        && QFileInfo(
            QDir(QFileInfo(path).absoluteFilePath()).filePath(QStringLiteral("onewindow.sqlite")))
               .isFile();
}

Result<DataDirectory> DataDirectory::existing(const QString &path)
{
    const QFileInfo info(QFileInfo(path).absoluteFilePath());
    // A file in the folder's place is prepare()'s refusal (storage.dir_not_directory).
    if (!path.trimmed().isEmpty() && !holdsTerminal(path) && (info.isDir() || !info.exists())) {
        const QString absolute = info.absoluteFilePath();
        return Error { QStringLiteral("storage.no_terminal"),
            QFileInfo(absolute).isDir()
                ? tr("The folder %1 holds no OneWindow terminal. Check --data-dir; a new "
                     "terminal is set up with \"onewindowctl terminal init\".")
                      .arg(absolute)
                : tr("There is no folder %1. Check --data-dir; a new terminal is set up with "
                     "\"onewindowctl terminal init\".")
                      .arg(absolute) };
    }
    return prepare(path);
}

} // namespace onewindow
