// CatalogShelf: the signed service catalogs the hall holds and hands to terminals.
#pragma once

#include "result.h"

#include <optional>
#include <QJsonObject>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class KeyRing;

class CatalogShelf
{
public:
    explicit CatalogShelf(Database &database);

    // Adds a catalog file and its detached signature (base64 text). When publishers holds the
    // catalog's publisherKeyId the signature must verify; a bad one is refused.
    Status load(
        const QString &catalogPath, const QString &signaturePath, const KeyRing &publishers);

    // The newest catalog when it is newer than since (empty: any), else nothing:
    // {catalogVersion, publisherKeyId, file: base64 of the exact bytes, signature, sha256}.
    Result<std::optional<QJsonObject>> newerThan(const QString &since) const;

    // Dotted numeric versions: "2026.11.10" is newer than "2026.11.3".
    static int compareVersions(const QString &a, const QString &b);

private:
    Database &m_database;
};

} // namespace onewindow::hall
