#include "identitycheckdesk.h"

#include "citizensession.h"
#include "identityconfirmation.h"

using namespace onewindow;

IdentityCheckDesk::IdentityCheckDesk(
    CitizenSession &session, IdentityConfirmation &confirmation, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_confirmation(confirmation)
{
    const auto forget = [this] {
        m_problem.clear();
        emit changed();
    };
    connect(&m_session, &CitizenSession::started, this, forget);
    connect(&m_session, &CitizenSession::ended, this, forget);
    connect(&m_session, &CitizenSession::principalChanged, this, forget);
    connect(&m_session, &CitizenSession::subjectConfirmed, this, [this] {
        m_problem.clear();
        emit changed();
        emit confirmed();
    });
}

bool IdentityCheckDesk::recordsOpen() const { return m_session.recordsOpen(); }

bool IdentityCheckDesk::forSomeoneElse() const { return m_session.principal().has_value(); }

bool IdentityCheckDesk::busy() const { return m_confirmation.busy(); }

bool IdentityCheckDesk::canTryFace() const
{
    return m_session.isActive() && !recordsOpen() && !forSomeoneElse() && !busy()
        && m_confirmation.attemptsLeft() > 0;
}

void IdentityCheckDesk::confirmByFace()
{
    m_problem.clear();
    m_confirmation.confirmByFace([this](Status done) {
        m_problem = done ? QString() : done.error().message;
        emit changed();
    });
    emit changed(); // busy now (or already answered)
}
