#include "casetracker.h"

#include "caseeventtext.h"
#include "casestore.h"
#include "citizensession.h"
#include "displaytime.h"
#include "kioskvisit.h"
#include "qrscanner.h"
#include "receiptdocument.h"
#include "receiptnumber.h"
#include "servicefinder.h"
#include "trackingdisclosure.h"

#include <QLocale>

using namespace onewindow;

CaseTracker::CaseTracker(CaseStore &store, ServiceFinder &finder, const CitizenSession &session,
    KioskVisit &visit, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_finder(finder)
    , m_session(session)
{
    // Who is at the terminal decides what is shown: a new citizen (a card replacing the last
    // one), or the one confirming who they are, sees the shown application again under the rule.
    connect(&m_session, &CitizenSession::started, this, &CaseTracker::refresh);
    connect(&m_session, &CitizenSession::subjectConfirmed, this, &CaseTracker::refresh);
    connect(&m_session, &CitizenSession::ended, this, &CaseTracker::refresh);
    // A case on the screen is someone's: it keeps the idle countdown running, and the end of
    // the visit (finish, timeout, card taken) takes it away rather than showing it again.
    connect(this, &CaseTracker::resultChanged, &visit,
        [this, &visit] { visit.hold(QStringLiteral("tracking"), found()); });
    connect(&visit, &KioskVisit::ended, this, &CaseTracker::clear);
}

void CaseTracker::setScanner(QrScanner *scanner)
{
    if (!scanner)
        return;
    connect(scanner, &QrScanner::scanned, this, [this](const QString &text) {
        const QStringList parts = text.split(QLatin1Char('|'));
        if (parts.size() != 3 || parts.first() != u"OW1")
            return;
        auto number = ReceiptNumber::parse(parts.at(1));
        if (!number)
            return;
        // A receipt filed here must carry its check value: a made-up code opens nothing.
        auto known = m_store.track(number->text());
        if (known && known.value()
            && ReceiptDocument::checkValue(number->text(), known.value()->submittedAt)
                != parts.at(2))
            return;
        emit receiptScanned(number->text());
    });
}

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
    auto shown = TrackingDisclosure::forSession(m_store, m_session, *tracked.value());
    if (!shown) {
        m_problem = tr("The progress cannot be read right now. Please ask at the service window.");
        emit resultChanged();
        return false;
    }
    m_detailsHidden = shown->detailsHidden;
    const TrackedApplication &t = shown->application;
    const QLocale locale;
    m_receiptNumber = t.receiptNumber;
    m_subject = t.subjectMasked;
    m_submitted = DisplayTime::dateTime(t.submittedAt, locale);
    const QDate today = DisplayTime::dayOf(QDateTime::currentDateTimeUtc());
    for (const TrackedCase &c : t.cases) {
        QVariantList departments;
        for (const DepartmentProgress &d : c.departments) {
            const QString status = d.status == u"approved" ? tr("approved")
                : d.status == u"refused"                   ? tr("refused")
                                                           : tr("in review");
            departments.append(
                QVariantMap { { QStringLiteral("department"), departmentName(d.department) },
                    { QStringLiteral("status"), status } });
        }
        const QVariantMap item = m_finder.item(c.filed.itemCode);
        const bool overdue = c.filed.dueDate.isValid() && c.filed.dueDate < today
            && !CaseStatuses::stopsTheClock(c.filed.status);
        m_cases.append(QVariantMap {
            // The item and its department in the reader's words (the finder's), the name
            // filed when the active catalog no longer has the item.
            { QStringLiteral("item"), item.value(QStringLiteral("name"), c.filed.itemName) },
            { QStringLiteral("department"),
                item.value(QStringLiteral("department"), c.filed.department) },
            { QStringLiteral("status"), CaseStatuses::trackingName(c.filed.status, c.reachedHall) },
            { QStringLiteral("reachedHall"), c.reachedHall },
            { QStringLiteral("statusNote"),
                CaseStatuses::trackingNote(c.filed.status, c.reachedHall) },
            { QStringLiteral("statusCode"), CaseStatuses::code(c.filed.status) },
            { QStringLiteral("due"),
                c.filed.dueDate.isValid() ? DisplayTime::date(c.filed.dueDate, locale)
                                          : tr("to be confirmed by the service window") },
            { QStringLiteral("overdue"), overdue },
            { QStringLiteral("departments"), departments },
            { QStringLiteral("history"), historyOf(c) },
        });
    }
    auto filed = m_store.filed(m_receiptNumber);
    m_canReprint = m_receiptOutput && filed && filed.value();
    emit resultChanged();
    return true;
}

void CaseTracker::refresh()
{
    if (!found())
        return;
    const QString number = m_receiptNumber;
    const QString printMessage = m_printMessage;
    lookup(number);
    m_printMessage = printMessage;
}

QString CaseTracker::departmentName(const QString &code) const
{
    for (const QVariant &d : m_finder.departments()) {
        const QVariantMap m = d.toMap();
        if (m.value(QStringLiteral("code")).toString() == code)
            return m.value(QStringLiteral("name")).toString();
    }
    return code;
}

QVariantList CaseTracker::historyOf(const TrackedCase &c) const
{
    const QLocale locale;
    QVariantList out;
    for (const CaseHistoryEntry &e : c.history) {
        const QString text = CaseEventText::describe(e, departmentName(e.department));
        out.append(QVariantMap { { QStringLiteral("when"), DisplayTime::dateTime(e.at, locale) },
            { QStringLiteral("text"), text }, { QStringLiteral("note"), e.note },
            { QStringLiteral("type"), e.type } });
    }
    return out;
}

bool CaseTracker::reprint()
{
    auto filed = m_store.filed(m_receiptNumber);
    if (!m_receiptOutput || !filed || !filed.value())
        return false;
    auto printed = m_receiptOutput(*filed.value());
    m_printMessage = printed ? tr("The receipt is being printed again.") : printed.error().message;
    if (printed)
        (void)m_store.markReceiptPrinted(filed.value()->groupId);
    emit resultChanged();
    return printed.ok();
}

void CaseTracker::clear()
{
    m_receiptNumber.clear();
    m_subject.clear();
    m_submitted.clear();
    m_cases.clear();
    m_problem.clear();
    m_canReprint = false;
    m_detailsHidden = false;
    m_printMessage.clear();
    emit resultChanged();
}
