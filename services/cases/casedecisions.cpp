#include "casedecisions.h"

#include "caseprogressstore.h"
#include "database.h"
#include "displaytime.h"
#include "legalclock.h"
#include "syncstore.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QUuid>

namespace onewindow {

namespace {

QString noteFor(const CaseTransition &t)
{
    QStringList parts;
    if (t.body.contains(u"reason"))
        parts.append(t.body.value(u"reason").toString());
    for (const QJsonValue &m : t.body.value(u"missing").toArray())
        parts.append(m.toString());
    return parts.join(QStringLiteral("；"));
}

} // namespace

CaseDecisions::CaseDecisions(CaseProgressStore &progress, SyncStore &outbox)
    : m_progress(progress)
    , m_outbox(outbox)
{ }

Result<CaseSituation> CaseDecisions::situation(
    const QString &caseId, const WorkingDayCalendar &calendar, QDate today) const
{
    auto facts = m_progress.facts(caseId);
    if (!facts)
        return facts.error();
    if (!facts.value())
        return Error { QStringLiteral("cases.unknown_case"),
            tr("This case is not stored at this terminal; it may still be on its way from the "
               "hall.") };
    const auto &f = *facts.value();
    CaseSituation s;
    s.status = f.status;
    s.version = f.lastSeq;
    s.openTasks = f.openTasks;
    s.approvedTasks = f.approvedTasks;
    s.refusedTasks = f.refusedTasks;
    s.extendedDays = f.extensionDays;
    // Several departments together: 联合办理, with its longer legal extension.
    s.jointHandling = f.openTasks.size() + f.approvedTasks.size() + f.refusedTasks.size() > 1;
    s.materials = f.materials;
    s.checkedMaterials = f.checkedMaterials;
    if (!f.correctionEverRequested
        && (f.status == CaseStatus::Submitted || f.status == CaseStatus::PreChecked)) {
        // A calendar missing for the year leaves this undecided rather than guessed.
        auto deemed
            = LegalClock::deemedAccepted(calendar, DisplayTime::dayOf(f.submittedAt), today);
        s.deemedAccepted = deemed.ok() && deemed.value();
    }
    return s;
}

Result<CaseTransition> CaseDecisions::decide(const QString &caseId, const CaseRequest &request,
    const CaseActor &actor, const WorkingDayCalendar &calendar, const QDateTime &now)
{
    CaseTransition taken;
    const QDate today = DisplayTime::dayOf(now);
    const QString actorName = QStringLiteral("staff:") + actor.username;
    Status stored = m_progress.database().transaction([&]() -> Status {
        // Read inside the transaction: two reviewers deciding at once are serialised here, and
        // the second one sees the first decision.
        auto current = situation(caseId, calendar, today);
        if (!current)
            return current.error();
        auto decided = CaseWorkflow::decide(current.value(), request, actor);
        if (!decided)
            return decided.error();
        taken = decided.value();
        const CaseStatus before = current->status;

        QString eventId;
        auto record = [&](const QString &type, const QJsonObject &body,
                          std::optional<CaseStatus> statusAfter, const QString &note) -> Status {
            auto seq = m_progress.nextSeq(caseId);
            if (!seq)
                return seq.error();
            eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto added = m_progress.record({ eventId, caseId, type, now, actorName,
                body.value(u"department").toString(), note, statusAfter });
            if (!added)
                return added.error();
            return m_outbox.append(
                { eventId, caseId, seq.value(), type, utcTimestamp(now), actorName, body });
        };

        if (taken.eventType == u"routed")
            for (const QJsonValue &d : taken.body.value(u"departments").toArray())
                if (Status s = m_progress.openTask(caseId, d.toString(), now); !s)
                    return s;
        if (taken.eventType == u"department_approved" || taken.eventType == u"department_refused") {
            auto first = m_progress.decideTask(caseId, actor.department,
                taken.eventType == u"department_approved", actorName, now,
                taken.body.value(u"reason").toString());
            if (!first)
                return first.error();
            if (!first.value())
                return Error { QStringLiteral("cases.already_decided"),
                    tr("Your department's part of this case has been decided already; the "
                       "first stored decision stands.") };
        }
        if (taken.pausesClock)
            if (Status s = m_progress.pauseClock(caseId,
                    taken.to == CaseStatus::CorrectionRequested
                        ? QStringLiteral("correction")
                        : QStringLiteral("special_procedure"),
                    today, noteFor(taken));
                !s)
                return s;
        if (taken.resumesClock)
            if (Status s = m_progress.resumeClock(caseId, today); !s)
                return s;
        if (taken.eventType == u"extended")
            if (Status s = m_progress.addExtension(caseId, taken.body.value(u"days").toInt()); !s)
                return s;

        const CaseStatus statusOfEvent = taken.completedAs ? CaseStatus::InReview : taken.to;
        if (Status s = record(taken.eventType, taken.body,
                statusOfEvent != before ? std::optional<CaseStatus>(statusOfEvent) : std::nullopt,
                noteFor(taken));
            !s)
            return s;
        // The paper checked with this action, kept with the event that says so.
        if (const QJsonArray checked = taken.body.value(u"materialsChecked").toArray();
            !checked.isEmpty())
            if (Status s = m_progress.recordMaterialChecks(caseId,
                    QVariant(checked.toVariantList()).toStringList(), now, actorName, eventId);
                !s)
                return s;
        if (taken.completedAs) {
            // The last department decided: the case is completed, refused with the reasons of
            // every department that refused.
            QJsonObject body { { QStringLiteral("outcome"),
                *taken.completedAs == CaseStatus::Approved ? QStringLiteral("approved")
                                                           : QStringLiteral("refused") } };
            if (*taken.completedAs == CaseStatus::Refused) {
                auto history = m_progress.history(caseId);
                if (!history)
                    return history.error();
                QStringList reasons;
                for (const CaseHistoryEntry &h : history.value())
                    if (h.type == u"department_refused")
                        reasons.append(QStringLiteral("%1：%2").arg(h.department, h.note));
                body.insert(QStringLiteral("reason"), reasons.join(QStringLiteral("；")));
            }
            if (Status s = record(QStringLiteral("completed"), body, taken.completedAs,
                    body.value(u"reason").toString());
                !s)
                return s;
        }
        if (taken.to != before) {
            const bool withReason = taken.to == CaseStatus::Rejected
                || taken.to == CaseStatus::Refused || taken.to == CaseStatus::CorrectionRequested;
            if (Status s = m_progress.setStatus(
                    caseId, taken.to, now, withReason ? noteFor(taken) : QString());
                !s)
                return s;
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return taken;
}

} // namespace onewindow
