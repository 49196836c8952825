// The terminal's data directory: where its database and keys live, checked before use.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace onewindow {

class DataDirectory
{
    Q_DECLARE_TR_FUNCTIONS(DataDirectory)
public:
    // The XDG data location (~/.local/share/OneWindow) unless the administrator chose one.
    static QString defaultPath();

    // Creates the directory when missing and proves it can be written by writing a probe file.
    // Only a first start does this (the kiosk's first run, onewindowctl terminal init, the
    // package's set-up): anything else uses existing().
    static Result<DataDirectory> prepare(const QString &path);

    // A folder that already holds a terminal's database, checked like prepare() but never
    // created: a mistyped --data-dir must not become a new, empty terminal
    // (storage.no_terminal).
    static Result<DataDirectory> existing(const QString &path);

    // Whether the folder holds a terminal's database (the file exists; its content is
    // Database::open's to judge).
    static bool holdsTerminal(const QString &path);

    QString path() const { return m_path; }
    QString filePath(const QString &name) const;
    QString databasePath() const { return filePath(QStringLiteral("onewindow.sqlite")); }
    // The per-terminal data key: without it the encrypted personal data cannot be read.
    QString dataKeyPath() const { return filePath(QStringLiteral("data.key")); }

private:
    explicit DataDirectory(QString path)
        : m_path(std::move(path))
    { }
    QString m_path;
};

} // namespace onewindow
