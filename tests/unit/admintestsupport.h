// What the administration view's desk tests share (tst_terminalsetupdesk, tst_trustdesk,
// tst_healthdesk, tst_catalogadmindesk, tst_audittrailmodel): a real terminal database in a fresh
// data folder for each test function, one administrator account, the audit log and the catalog.
#pragma once

#include "auditlog.h"
#include "catalogstore.h"
#include "database.h"
#include "pinyintranscriber.h"
#include "staffaccounts.h"
#include "staffdesk.h"

#include <memory>
#include <QDir>
#include <QTemporaryDir>

namespace admintest {

inline const QString kPassword = QStringLiteral("Harbour-lights 27");

// The audit log's actions, oldest first.
inline QStringList actions(const onewindow::AuditLog &audit)
{
    QStringList out;
    const QList<onewindow::AuditEntry> entries = audit.entries().value();
    for (const onewindow::AuditEntry &e : entries)
        out << e.action;
    return out;
}

struct AdminTerminal
{
    QTemporaryDir m_dir;
    int m_round = 0;
    QString m_data; // this test function's data folder
    std::unique_ptr<onewindow::Database> m_db;
    std::unique_ptr<onewindow::AuditLog> m_audit;
    std::unique_ptr<onewindow::StaffAccounts> m_accounts;
    std::unique_ptr<StaffDesk> m_staff; // signed out; admin01 may sign in with kPassword
    std::unique_ptr<onewindow::PinyinTranscriber> m_pinyin;
    std::unique_ptr<onewindow::CatalogStore> m_catalog;

    // Empty on success; otherwise what failed, for QVERIFY2.
    QString openTerminal()
    {
        using namespace onewindow;
        m_catalog.reset();
        m_staff.reset();
        m_accounts.reset();
        m_audit.reset();
        m_db.reset();
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_data = m_dir.filePath(QStringLiteral("data%1").arg(++m_round));
        if (!QDir().mkpath(m_data))
            return QStringLiteral("cannot make ") + m_data;
        auto db = Database::open(m_data + QStringLiteral("/onewindow.sqlite"));
        if (!db)
            return db.error().message;
        m_db = std::move(db.value());
        m_audit = std::make_unique<AuditLog>(*m_db, QByteArray(32, 'k'));
        m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit);
        const Status added = m_accounts->add(
            QStringLiteral("t"), QStringLiteral("admin01"), StaffRole::Admin, {}, kPassword);
        if (!added)
            return added.error().message;
        m_staff = std::make_unique<StaffDesk>(*m_accounts, Workspace::Administration);
        m_pinyin = std::make_unique<PinyinTranscriber>();
        m_catalog = std::make_unique<CatalogStore>(*m_db, *m_pinyin);
        return {};
    }
};

} // namespace admintest
