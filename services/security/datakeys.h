// The terminal's secret keys (field encryption by key id, lookup hashing, audit chain) in one
// owner-only file in the data directory, checked against fingerprints kept in the database.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace onewindow {

class Database;

class DataKeys
{
    Q_DECLARE_TR_FUNCTIONS(DataKeys)
public:
    // Reads the key file. A new file is made only when the database has never had keys: when it
    // has, a missing or foreign key file is refused so that no data is silently orphaned.
    static Result<DataKeys> open(Database &database, const QString &keyFilePath);

    // Adds a new data key and makes it the one new values are encrypted with; old values keep
    // their key id and still decrypt.
    Status rotate(Database &database);

    quint32 currentKeyId() const { return m_dataKeys.isEmpty() ? 0 : m_dataKeys.lastKey(); }
    QByteArray dataKey(quint32 keyId) const { return m_dataKeys.value(keyId); }
    QList<quint32> keyIds() const { return m_dataKeys.keys(); }
    QByteArray lookupKey() const { return m_lookupKey; }
    QByteArray auditKey() const { return m_auditKey; }
    QString filePath() const { return m_filePath; }

private:
    explicit DataKeys(QString filePath)
        : m_filePath(std::move(filePath))
    { }
    Status checkPermissions() const;
    Status read();
    Status write() const;
    Status registerFingerprints(Database &database, bool mustAlreadyMatch) const;

    QString m_filePath;
    QMap<quint32, QByteArray> m_dataKeys;
    QByteArray m_lookupKey;
    QByteArray m_auditKey;
};

} // namespace onewindow
