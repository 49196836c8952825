// What a tracking page may show of an application, and to whom.
#pragma once

#include "casemodel.h"
#include "result.h"

namespace onewindow {

class CaseStore;
class CitizenSession;

// A receipt number is printed, photographed and typed: anyone holding it sees the progress
// (each item's status and due date). The details (the departments' decisions, the history with
// reviewers' reasons, which may name people) are the subject's: shown only when the citizen at
// the terminal is the application's subject and confirmed (card, or the hall's face check).
class TrackingDisclosure
{
public:
    struct Shown
    {
        TrackedApplication application;
        bool detailsHidden = false;
    };

    static Result<Shown> forSession(
        const CaseStore &store, const CitizenSession &session, TrackedApplication application);
    // The progress only: details removed.
    static TrackedApplication progressOnly(TrackedApplication application);
};

} // namespace onewindow
