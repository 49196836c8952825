#include "casetracker.h"

#include "casestore.h"
#include "receiptnumber.h"
#include "servicefinder.h"

#include <QLocale>

using namespace onewindow;

CaseTracker::CaseTracker(CaseStore &store, ServiceFinder &finder, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_finder(finder)
{ }

QString CaseTracker::receiptFromScan(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('|'));
    if (parts.size() == 3 && parts.first() == u"OW1")
        return parts.at(1);
    return text;
}

bool CaseTracker::lookup(const QString &text)
{
    clear();
    auto number = ReceiptNumber::parse(receiptFromScan(text));
    if (!number) {
        m_problem = number.error().message;
        emit resultChanged();
        return false;
    }
    auto tracked = m_store.track(number->text());
    if (!tracked) {
        m_problem = tr("The progress cannot be read right now. Please ask at the service window.");
        emit resultChanged();
        return false;
    }
    if (!tracked.value()) {
        m_problem = tr("No application with this receipt number is known here yet. If you applied "
                       "at another terminal today, it may take a few minutes to arrive.");
        emit resultChanged();
        return false;
    }
    const TrackedApplication &t = *tracked.value();
    const QLocale locale;
    m_receiptNumber = t.receiptNumber;
    m_subject = t.subjectMasked;
    m_submitted = locale.toString(t.submittedAt.toLocalTime(), QLocale::ShortFormat);
    const QDate today = QDate::currentDate();
    for (const TrackedCase &c : t.cases) {
        QVariantList departments;
        for (const DepartmentProgress &d : c.departments) {
            const QString status = d.status == u"approved" ? tr("approved")
                : d.status == u"refused"                   ? tr("refused")
                                                           : tr("in review");
            departments.append(QVariantMap { { QStringLiteral("department"), d.department },
                { QStringLiteral("status"), status } });
        }
        const bool overdue = c.filed.dueDate.isValid() && c.filed.dueDate < today
            && !CaseStatuses::stopsTheClock(c.filed.status);
        m_cases.append(QVariantMap {
            { QStringLiteral("item"), c.filed.itemName },
            { QStringLiteral("department"),
                m_finder.item(c.filed.itemCode)
                    .value(QStringLiteral("department"), c.filed.department) },
            { QStringLiteral("status"), CaseStatuses::displayName(c.filed.status) },
            { QStringLiteral("statusCode"), CaseStatuses::code(c.filed.status) },
            { QStringLiteral("due"),
                c.filed.dueDate.isValid() ? locale.toString(c.filed.dueDate, QLocale::LongFormat)
                                          : tr("to be confirmed by the service window") },
            { QStringLiteral("overdue"), overdue },
            { QStringLiteral("departments"), departments },
        });
    }
    emit resultChanged();
    return true;
}

void CaseTracker::clear()
{
    m_receiptNumber.clear();
    m_subject.clear();
    m_submitted.clear();
    m_cases.clear();
    m_problem.clear();
    emit resultChanged();
}
