// TrustList: the /trust document: publisher and issuer public keys, revocations, a version.
#pragma once

#include "result.h"

#include <QJsonObject>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class CitizenRecords;
class KeyRing;

class TrustList
{
public:
    TrustList(Database &database, const KeyRing &publishers, const KeyRing &issuers,
        const CitizenRecords &records);

    // {version, publishers:[{keyId, alg, pem}], issuers:[…], revoked:[{keyId, certNumber}]};
    // version goes up by one whenever the content changes, and survives restarts.
    Result<QJsonObject> document();

private:
    Database &m_database;
    const KeyRing &m_publishers;
    const KeyRing &m_issuers;
    const CitizenRecords &m_records;
};

} // namespace onewindow::hall
