#include "trackingdisclosure.h"

#include "casestore.h"
#include "citizensession.h"

namespace onewindow {

TrackedApplication TrackingDisclosure::progressOnly(TrackedApplication application)
{
    for (TrackedCase &c : application.cases) {
        c.departments.clear();
        c.history.clear();
    }
    return application;
}

auto TrackingDisclosure::forSession(const CaseStore &store, const CitizenSession &session,
    TrackedApplication application) -> Result<Shown>
{
    const auto subject = session.subject();
    if (subject && session.recordsOpen()) {
        auto own = store.isSubjectOf(application.receiptNumber, subject->idNumber);
        if (!own)
            return own.error();
        if (own.value())
            return Shown { std::move(application), false };
    }
    return Shown { progressOnly(std::move(application)), true };
}

} // namespace onewindow
