// Applies the hall's events feed to the cases stored at this terminal, so decisions made in the
// back office reach the citizen's tracking page. Each event is applied once, in the transaction
// that marks it applied; a decided case is never changed back. An event that nothing here takes
// (a case filed elsewhere, at a terminal without an intake) stays in the inbox, declined by
// these consumers, for a terminal that starts with more of them.
#pragma once

#include "casestatus.h"
#include "result.h"

#include <QCoreApplication>

namespace onewindow {

class CaseIntake;
class CaseProgressStore;
class SyncStore;
struct OutboxEvent;

class CaseFeedProjection
{
    Q_DECLARE_TR_FUNCTIONS(CaseFeedProjection)
public:
    // Every consumer is given here, before any event can be applied: a back-office terminal
    // takes in the cases other terminals filed (and their ratings) through its intake; a kiosk
    // has none and tracks only its own, so citizens' data stays where it was given.
    CaseFeedProjection(SyncStore &inbox, CaseProgressStore &progress, CaseIntake *intake = nullptr);

    // The name of this set of consumers, recorded on the events it declines.
    QString consumers() const;

    // Applies up to limit pulled events, oldest first; returns how many changed a local case.
    Result<int> applyPending(int limit = 500);

    // What an event does to a case's status; nullopt for events that only add to its history
    // (submitted, a department's decision, extended, rated, and types this version does not know).
    static std::optional<CaseStatus> statusAfter(const OutboxEvent &event);

private:
    enum class Outcome { Changed, Unchanged, Declined };
    Result<Outcome> apply(const OutboxEvent &event);

    SyncStore &m_inbox;
    CaseProgressStore &m_progress;
    CaseIntake *const m_intake;
};

} // namespace onewindow
