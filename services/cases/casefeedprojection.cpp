#include "casefeedprojection.h"

#include "caseintake.h"
#include "caseprogressstore.h"
#include "database.h"
#include "syncstore.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCaseFeed, "onewindow.cases.feed", QtInfoMsg)

namespace onewindow {

namespace {

QString departmentOf(const QJsonObject &body)
{
    const QJsonValue d = body.value(u"department");
    if (d.isObject())
        return d.toObject().value(u"code").toString();
    if (!d.toString().isEmpty())
        return d.toString();
    return body.value(u"departmentCode").toString();
}

QStringList departmentsOf(const QJsonObject &body)
{
    QStringList out;
    for (const QJsonValue &v : body.value(u"departments").toArray()) {
        const QString code = v.isObject() ? v.toObject().value(u"code").toString() : v.toString();
        if (!code.isEmpty() && !out.contains(code))
            out.append(code);
    }
    if (out.isEmpty() && !departmentOf(body).isEmpty())
        out.append(departmentOf(body));
    return out;
}

// The reason a person wrote, or the list of what is missing (一次性告知), as one text.
QString noteOf(const QJsonObject &body)
{
    QStringList parts;
    const QString reason = body.value(u"reason").toString();
    if (!reason.isEmpty())
        parts.append(reason);
    for (const QJsonValue &v : body.value(u"missing").toArray()) {
        const QString m = v.isObject() ? v.toObject().value(u"name").toString() : v.toString();
        if (!m.isEmpty())
            parts.append(m);
    }
    return parts.join(QStringLiteral("；"));
}

} // namespace

CaseFeedProjection::CaseFeedProjection(
    SyncStore &inbox, CaseProgressStore &progress, CaseIntake *intake)
    : m_inbox(inbox)
    , m_progress(progress)
    , m_intake(intake)
{ }

QString CaseFeedProjection::consumers() const
{
    return m_intake ? QStringLiteral("progress,intake") : QStringLiteral("progress");
}

std::optional<CaseStatus> CaseFeedProjection::statusAfter(const OutboxEvent &event)
{
    const QString &t = event.type;
    if (t == u"accepted")
        return CaseStatus::Accepted;
    if (t == u"rejected")
        return CaseStatus::Rejected;
    if (t == u"correction_requested")
        return CaseStatus::CorrectionRequested;
    if (t == u"corrected")
        return CaseStatus::Corrected;
    if (t == u"routed")
        return CaseStatus::InReview;
    if (t == u"pre_checked")
        return CaseStatus::PreChecked;
    if (t == u"special_procedure_started")
        return CaseStatus::SpecialProcedure;
    if (t == u"special_procedure_ended")
        return CaseStatus::InReview;
    if (t == u"completed") {
        const QString outcome = event.body.value(u"outcome").toString();
        if (outcome == u"approved")
            return CaseStatus::Approved;
        if (outcome == u"refused")
            return CaseStatus::Refused;
        return std::nullopt; // a completion without an outcome is only history
    }
    if (t == u"collected")
        return CaseStatus::Collected;
    if (t == u"withdrawn")
        return CaseStatus::Withdrawn;
    return std::nullopt;
}

Result<int> CaseFeedProjection::applyPending(int limit)
{
    const QString names = consumers();
    auto pending = m_inbox.unappliedInbox(limit, names);
    if (!pending)
        return pending.error();
    int changed = 0;
    for (const OutboxEvent &event : pending.value()) {
        bool didChange = false;
        // The event's effects and its mark (applied or declined) commit together: a kill in
        // between leaves it pending, never applied twice or lost.
        Status s = m_progress.database().transaction([&]() -> Status {
            auto applied = apply(event);
            if (!applied)
                return applied.error();
            if (applied.value() == Outcome::Declined)
                return m_inbox.markDeclined(event.eventId, names);
            didChange = applied.value() == Outcome::Changed;
            return m_inbox.markApplied(event.eventId);
        });
        if (!s)
            return s.error();
        if (didChange)
            ++changed;
    }
    return changed;
}

auto CaseFeedProjection::apply(const OutboxEvent &event) -> Result<Outcome>
{
    auto current = m_progress.status(event.caseId);
    if (!current)
        return current.error();
    // Cases filed at other terminals are the back office's; the kiosk tracks its own.
    if (!current.value()) {
        if (!m_intake || event.type != u"submitted")
            return Outcome::Declined;
        auto taken = m_intake->takeSubmitted(event);
        if (!taken && taken.error().code == u"cases.intake_malformed") {
            // Holding the feed back for one damaged event would stop every later case. Its
            // code, not its content: the body carries an applicant's data.
            qCWarning(lcCaseFeed).noquote() << taken.error().message;
            return Outcome::Unchanged;
        }
        if (!taken)
            return taken.error();
        if (!taken.value())
            return Outcome::Unchanged;
        // Events of this case that arrived before its filing (declined then) are offered again.
        if (Status s = m_inbox.reofferCase(event.caseId); !s)
            return s.error();
        return Outcome::Changed;
    }
    if (m_intake && event.type == u"rated") {
        auto rated = m_intake->takeRating(event);
        if (!rated && rated.error().code != u"cases.bad_rating")
            return rated.error();
    }
    QDateTime at = QDateTime::fromString(event.at, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(event.at, Qt::ISODate);
    const QString note = noteOf(event.body);
    const QString department = departmentOf(event.body);
    if (event.type == u"submitted")
        return Outcome::Unchanged; // the filing itself: stored with the case already

    // Nothing already decided is overwritten: a final case keeps its status (only a refusal
    // can still be collected); the event is kept in its history all the same.
    const CaseStatus now = *current.value();
    std::optional<CaseStatus> next = statusAfter(event);
    if (next && CaseStatuses::isFinal(now)
        && !(now == CaseStatus::Refused && *next == CaseStatus::Collected)) {
        qCInfo(lcCaseFeed) << "event" << event.type << "on a final case kept as history only";
        next.reset();
    }

    auto recorded = m_progress.record(
        { event.eventId, event.caseId, event.type, at, event.actor, department, note, next });
    if (!recorded)
        return recorded.error();
    if (!recorded.value())
        return Outcome::Unchanged; // seen before
    // Paper checked at another terminal's window counts for the decisions taken here.
    if (const QJsonArray checked = event.body.value(u"materialsChecked").toArray();
        !checked.isEmpty()) {
        QStringList codes;
        for (const QJsonValue &c : checked)
            if (c.isString() && !c.toString().isEmpty())
                codes.append(c.toString());
        if (Status s
            = m_progress.recordMaterialChecks(event.caseId, codes, at, event.actor, event.eventId);
            !s)
            return s.error();
    }

    if (event.type == u"routed") {
        for (const QString &d : departmentsOf(event.body))
            if (Status s = m_progress.openTask(event.caseId, d, at); !s)
                return s.error();
    } else if (event.type == u"department_approved" || event.type == u"department_refused") {
        auto decided = m_progress.decideTask(
            event.caseId, department, event.type == u"department_approved", event.actor, at, note);
        if (!decided)
            return decided.error();
        if (!decided.value())
            qCInfo(lcCaseFeed) << "a later decision on a decided department task was not applied";
    }
    if (!next)
        return Outcome::Changed;
    const bool withReason = *next == CaseStatus::Rejected || *next == CaseStatus::Refused
        || *next == CaseStatus::CorrectionRequested;
    if (Status s = m_progress.setStatus(event.caseId, *next, at, withReason ? note : QString()); !s)
        return s.error();
    return Outcome::Changed;
}

} // namespace onewindow
