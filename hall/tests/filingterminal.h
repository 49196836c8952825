// A kiosk for the fleet test and the sync benchmark: the stores it runs on (data key, sealed
// outbox and inbox, cases), the real CaseFiling, and a SyncEngine to a hall over mutual TLS.
#pragma once

#include "casefiling.h"
#include "casestore.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "residentid.h"
#include "syncengine.h"
#include "syncstore.h"
#include "workingdaycalendar.h"

#include <memory>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace onewindow::hall {

// One service item without form fields or materials, applied for by demo applicant number n
// (born on a day of its own, with a valid check character): the smallest application the
// kiosk's filing accepts.
inline CaseApplication demoApplication(int n)
{
    CatalogItem item;
    item.code = QStringLiteral("SB-001");
    item.name = QStringLiteral("社会保障卡申领");
    item.department = QStringLiteral("GD-RSJ");
    item.legalLimitDays = 20;
    item.promisedLimitDays = 10;
    item.snapshot = R"({"code":"SB-001"})";
    const QString first17 = QStringLiteral("440106%1%2")
                                .arg(QDate(1950, 1, 1).addDays(n % 20000).toString(u"yyyyMMdd"))
                                .arg(n % 1000, 3, 10, QLatin1Char('0'));
    CaseApplication a;
    a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("陈志强"),
        IdentityProof::ResidentIdCard };
    a.catalogVersion = QStringLiteral("2026.11.1");
    a.items = { item };
    return a;
}

struct FilingTerminal
{
    QString id;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<DataKeys> keys;
    std::unique_ptr<FieldCipher> cipher;
    std::unique_ptr<HallClient> client;
    std::unique_ptr<SyncStore> store;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<CaseFiling> filing;

    FilingTerminal(const QString &terminalId, const HallSettings &settings)
        : id(terminalId)
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("terminal.sqlite")));
        if (!opened)
            qFatal("cannot open a terminal store: %s", qPrintable(opened.error().message));
        db = std::move(opened).value();
        auto k = DataKeys::open(*db, dir.filePath(QStringLiteral("data.key")));
        if (!k)
            qFatal("cannot open the data key: %s", qPrintable(k.error().message));
        keys = std::make_unique<DataKeys>(std::move(k.value()));
        cipher = std::make_unique<FieldCipher>(*keys);
        client = std::make_unique<HallClient>(settings);
        store = std::make_unique<SyncStore>(*db, cipher.get());
        engine = std::make_unique<SyncEngine>(*client, *store, terminalId);
        cases = std::make_unique<CaseStore>(*db, *cipher, *store);
        filing = std::make_unique<CaseFiling>(*cases, terminalId);
    }

    // Files demoApplication(n) as the kiosk does; the case id.
    Result<QString> fileOne(int n, const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        auto filed = filing->file(demoApplication(n), WorkingDayCalendar({}, {}), now);
        if (!filed)
            return filed.error();
        return filed->cases.constFirst().caseId;
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
};

} // namespace onewindow::hall
