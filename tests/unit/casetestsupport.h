// The stores every case test works on: a fresh terminal database with all migrations, its field
// key and cipher, the sync store and the case store, opened again for each test function.
#pragma once

#include "casestore.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "syncstore.h"

#include <memory>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

namespace casetest {

// An outbox event as the hall's feed hands it to another terminal.
inline QJsonObject feedEvent(const onewindow::OutboxEvent &e)
{
    return { { QStringLiteral("eventId"), e.eventId }, { QStringLiteral("caseId"), e.caseId },
        { QStringLiteral("seq"), e.seq }, { QStringLiteral("type"), e.type },
        { QStringLiteral("at"), e.at }, { QStringLiteral("actor"), e.actor },
        { QStringLiteral("body"), e.body } };
}

// A catalog item with an ID card and a household register as materials and a phone field.
inline onewindow::CatalogItem intakeItem(
    const QString &code, const QString &name, const QString &department)
{
    onewindow::CatalogItem i;
    i.code = code;
    i.name = name;
    i.department = department;
    i.legalLimitDays = 20;
    i.promisedLimitDays = 5;
    i.snapshot = "{\"code\":\"" + code.toLatin1() + "\"}";
    i.materials = { { QStringLiteral("M1"), QStringLiteral("居民身份证"), true, 1,
                        { QStringLiteral("RESIDENT_ID") }, {} },
        { QStringLiteral("M2"), QStringLiteral("户口簿"), true, 1, {}, {} } };
    i.form = { { QStringLiteral("applicant.phone"), QStringLiteral("联系电话"),
        QStringLiteral("phone"), true, {}, {}, {}, {} } };
    return i;
}

struct CaseStores
{
    QTemporaryDir m_dir;
    std::unique_ptr<onewindow::Database> m_db;
    std::unique_ptr<onewindow::DataKeys> m_keys;
    std::unique_ptr<onewindow::FieldCipher> m_cipher;
    std::unique_ptr<onewindow::SyncStore> m_sync;
    std::unique_ptr<onewindow::CaseStore> m_store;

    // Empty on success; otherwise what failed, for QVERIFY2.
    QString openStores()
    {
        using namespace onewindow;
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("db.sqlite")));
        if (!db)
            return db.error().message;
        m_db = std::move(db.value());
        auto keys = DataKeys::open(*m_db, m_dir.filePath(QStringLiteral("data.key")));
        if (!keys)
            return keys.error().message;
        m_keys = std::make_unique<DataKeys>(std::move(keys.value()));
        m_cipher = std::make_unique<FieldCipher>(*m_keys);
        m_sync = std::make_unique<SyncStore>(*m_db, m_cipher.get());
        m_store = std::make_unique<CaseStore>(*m_db, *m_cipher, *m_sync);
        return {};
    }

    void closeStores()
    {
        m_store.reset();
        m_sync.reset();
        m_cipher.reset();
        m_keys.reset();
        m_db.reset();
    }
};

} // namespace casetest
