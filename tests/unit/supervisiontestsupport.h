// For the supervision tests: the demo catalog's 2026 calendar, and cases filed and decided the
// way the back office does it (CaseFiling, CaseDecisions), one submission per call.
#pragma once

#include "casedecisions.h"
#include "casefiling.h"
#include "casestore.h"
#include "casetestsupport.h"
#include "catalogparser.h"
#include "residentid.h"
#include "workingdaycalendar.h"

#include <QFile>

namespace casetest {

inline const onewindow::CaseActor kDesk { QStringLiteral("zhck01"), onewindow::StaffRole::FrontDesk,
    {} };
inline const onewindow::CaseActor kSupervisor { QStringLiteral("supervisor01"),
    onewindow::StaffRole::Supervisor, {} };

inline onewindow::CaseActor reviewerOf(const QString &department)
{
    return { QStringLiteral("reviewer-") + department, onewindow::StaffRole::Reviewer, department };
}

// The holidays and make-up working days of resources/catalog/demo-catalog.json (2026 and 2027),
// as the terminal reads them from its catalog; onlyYear: that year's days only.
inline onewindow::WorkingDayCalendar demoCalendar(int onlyYear = 0)
{
    QFile file(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto parsed = onewindow::CatalogParser::parse(file.readAll());
    const auto ofYear = [onlyYear](QList<QDate> days) {
        if (onlyYear != 0)
            days.removeIf([onlyYear](QDate day) { return day.year() != onlyYear; });
        return days;
    };
    return onewindow::WorkingDayCalendar(
        ofYear(parsed.catalog.holidays), ofYear(parsed.catalog.workdays));
}

// 10:00 local time on a day of 2026.
inline QDateTime at(int month, int day) { return QDateTime(QDate(2026, month, day), QTime(10, 0)); }

struct CaseScenario
{
    onewindow::CaseStore &store;
    onewindow::SyncStore &sync;
    onewindow::WorkingDayCalendar calendar = demoCalendar();

    // Files one submission of one item (published as snapshot) whose committed limit is
    // promisedDays (the legal one when negative); an empty application when filing failed.
    onewindow::FiledApplication file(const QString &itemCode, const QString &department,
        int legalDays, const QDateTime &when, const QByteArray &snapshot = "{}",
        int promisedDays = -1)
    {
        using namespace onewindow;
        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("张三丰"),
            IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("1");
        CatalogItem item;
        item.code = itemCode;
        item.name = QStringLiteral("事项 ") + itemCode;
        item.department = department;
        item.legalLimitDays = legalDays;
        item.promisedLimitDays = promisedDays < 0 ? legalDays : promisedDays;
        item.snapshot = snapshot;
        a.items = { item };
        auto filed = CaseFiling(store, QStringLiteral("GZ-TH-KIOSK-0007")).file(a, calendar, when);
        return filed ? filed.value() : FiledApplication {};
    }

    // Takes one action on a fresh view of the case; the error's message, or empty.
    QString decide(const QString &caseId, onewindow::CaseRequest r,
        const onewindow::CaseActor &actor, const QDateTime &when)
    {
        using namespace onewindow;
        CaseDecisions decisions(store.progress(), sync);
        auto seen = decisions.situation(caseId, calendar, when.date());
        if (!seen)
            return seen.error().message;
        r.seenVersion = seen->version;
        auto taken = decisions.decide(caseId, r, actor, calendar, when);
        return taken ? QString() : taken.error().message;
    }

    QString decide(const QString &caseId, onewindow::CaseAction action,
        const onewindow::CaseActor &actor, const QDateTime &when, const QString &reason = {},
        const QStringList &departments = {})
    {
        onewindow::CaseRequest r;
        r.action = action;
        r.reason = reason;
        r.departments = departments;
        return decide(caseId, r, actor, when);
    }

    // Accepted and routed to the departments on the day it was filed.
    QString acceptAndRoute(
        const QString &caseId, const QStringList &departments, const QDateTime &when)
    {
        using onewindow::CaseAction;
        const QString accepted = decide(caseId, CaseAction::Accept, kDesk, when);
        return accepted.isEmpty() ? decide(caseId, CaseAction::Route, kDesk, when, {}, departments)
                                  : accepted;
    }
};

// The case stores with a scenario over them, opened again for each test function.
struct ScenarioStores : CaseStores
{
    std::unique_ptr<CaseScenario> m_cases;

    // Empty on success; otherwise what failed, for QVERIFY2.
    QString openScenario()
    {
        const QString failed = openStores();
        if (failed.isEmpty())
            m_cases = std::make_unique<CaseScenario>(CaseScenario { *m_store, *m_sync });
        return failed;
    }

    void closeScenario()
    {
        m_cases.reset();
        closeStores();
    }
};

} // namespace casetest
