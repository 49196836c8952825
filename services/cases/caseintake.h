// The back office's intake of cases filed at other terminals (a kiosk, another window): a pulled
// `submitted` event becomes a stored case with its applicant sealed here, and a pulled `rated`
// event the case's rating, so the desk decides and the supervisor counts what the kiosk took in.
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace onewindow {

class CaseStore;
struct OutboxEvent;

class CaseIntake
{
    Q_DECLARE_TR_FUNCTIONS(CaseIntake)
public:
    explicit CaseIntake(CaseStore &store);

    // Inside the caller's transaction. false when the case is stored here already. A body that
    // lacks what a case needs is refused with code cases.intake_malformed (nothing is stored).
    Result<bool> takeSubmitted(const OutboxEvent &event);
    // A rating of a submission stored here; false when it has one or is not stored here.
    Result<bool> takeRating(const OutboxEvent &event);

private:
    CaseStore &m_store;
};

} // namespace onewindow
