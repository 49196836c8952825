// Applies the hall's events feed to the cases stored at this terminal, so decisions made in the
// back office reach the citizen's tracking page. Each event is applied once, in the transaction
// that marks it applied; a decided case is never changed back.
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
    CaseFeedProjection(SyncStore &inbox, CaseProgressStore &progress);

    // A back-office terminal takes in the cases other terminals filed (and their ratings); a
    // kiosk has none and tracks only its own, so citizens' data stays where it was given.
    void setIntake(CaseIntake *intake) { m_intake = intake; }

    // Applies up to limit pulled events, oldest first; returns how many changed a local case.
    Result<int> applyPending(int limit = 500);

    // What an event does to a case's status; nullopt for events that only add to its history
    // (submitted, a department's decision, extended, rated, and types this version does not know).
    static std::optional<CaseStatus> statusAfter(const OutboxEvent &event);

private:
    Result<bool> apply(const OutboxEvent &event);

    SyncStore &m_inbox;
    CaseProgressStore &m_progress;
    CaseIntake *m_intake = nullptr;
};

} // namespace onewindow
