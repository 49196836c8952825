#include "citizendesk.h"

#include "cardreader.h"
#include "formfieldcheck.h"

#include <QCoreApplication>
#include <QEvent>

using namespace onewindow;

CitizenDesk::CitizenDesk(CitizenSession &session, int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_baseTimeoutSeconds(timeoutSeconds > 0 ? timeoutSeconds : kDefaultTimeoutSeconds)
    , m_timeoutSeconds(m_baseTimeoutSeconds)
{
    m_lastActivity.start();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CitizenDesk::checkIdle);
    connect(&m_session, &CitizenSession::started, this, [this] {
        stayActive();
        m_tick.start();
        emit sessionChanged();
    });
    connect(&m_session, &CitizenSession::principalChanged, this, &CitizenDesk::sessionChanged);
    connect(&m_session, &CitizenSession::ended, this, &CitizenDesk::onEnded);
    // Every press anywhere in the application counts as the citizen being there.
    QCoreApplication::instance()->installEventFilter(this);
}

CitizenDesk::~CitizenDesk()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void CitizenDesk::setCardReader(CardReader *reader)
{
    if (m_reader)
        m_reader->disconnect(this);
    m_reader = reader;
    m_cardReaderReady = false;
    if (reader) {
        watchReader(reader);
        const Status started = reader->start();
        m_cardReaderReady = started.ok();
    }
    emit cardReaderChanged();
}

void CitizenDesk::setSocialSecurityCardReader(CardReader *reader)
{
    if (m_socialSecurityReader)
        m_socialSecurityReader->disconnect(this);
    m_socialSecurityReader = reader;
    if (reader) {
        watchReader(reader);
        if (Status started = reader->start(); !started)
            setProblem(started.error().message);
    }
}

void CitizenDesk::watchReader(CardReader *reader)
{
    const IdentityProof proof = reader->kind() == CardKind::ResidentId
        ? IdentityProof::ResidentIdCard
        : IdentityProof::SocialSecurityCard;
    connect(reader, &CardReader::cardRead, this, [this](const CardContents &card) {
        Status s;
        if (const auto *id = std::get_if<ResidentIdCard>(&card))
            s = m_session.begin(id->idNumber, id->name, IdentityProof::ResidentIdCard);
        else if (const auto *ss = std::get_if<SocialSecurityCard>(&card))
            s = m_session.begin(ss->idNumber, ss->name, IdentityProof::SocialSecurityCard);
        setProblem(s ? QString() : s.error().message);
    });
    // Taking out the card that started the session ends it; the other reader's card does not.
    connect(reader, &CardReader::cardRemoved, this, [this, proof] {
        const auto applicant = m_session.applicant();
        if (applicant && applicant->proof == proof)
            m_session.end(CitizenSession::EndReason::CardRemoved);
    });
    connect(reader, &CardReader::readFailed, this,
        [this](const Error &error) { setProblem(error.message); });
}

QString CitizenDesk::banner() const
{
    const auto applicant = m_session.applicant();
    if (!applicant)
        return {};
    return tr("%1 (%2)").arg(CitizenSession::maskName(applicant->name),
        CitizenSession::maskIdNumber(applicant->idNumber));
}

QString CitizenDesk::principalBanner() const
{
    const auto principal = m_session.principal();
    if (!principal)
        return {};
    return tr("%1 (%2)").arg(CitizenSession::maskName(principal->name),
        CitizenSession::maskIdNumber(principal->idNumber));
}

bool CitizenDesk::identifiedByCard() const
{
    const auto applicant = m_session.applicant();
    return applicant
        && (applicant->proof == IdentityProof::ResidentIdCard
            || applicant->proof == IdentityProof::SocialSecurityCard);
}

int CitizenDesk::secondsLeft() const
{
    const qint64 idleMs = m_lastActivity.elapsed() + m_idleOffsetMs;
    return int(qMax<qint64>(0, m_timeoutSeconds - idleMs / 1000));
}

void CitizenDesk::setElderly(bool elderly)
{
    const int timeout
        = elderly ? qMax(m_baseTimeoutSeconds, kElderlyTimeoutSeconds) : m_baseTimeoutSeconds;
    if (timeout == m_timeoutSeconds)
        return;
    m_timeoutSeconds = timeout;
    emit timeoutChanged();
    emit countdownChanged();
}

QString CitizenDesk::idNumberHint(const QString &partial) const
{
    CatalogFormField field;
    field.type = QStringLiteral("resident_id");
    field.label = tr("ID number");
    const Status s = FormFieldCheck::checkPartial(field, partial);
    return s ? QString() : s.error().message;
}

bool CitizenDesk::identify(const QString &idNumber, const QString &name)
{
    const Status s = m_session.begin(idNumber, name, IdentityProof::TypedNumber);
    setProblem(s ? QString() : s.error().message);
    return s.ok();
}

bool CitizenDesk::identifyPrincipal(const QString &idNumber, const QString &name, bool consent)
{
    const Status s = m_session.setPrincipal(idNumber, name, IdentityProof::TypedNumber, consent);
    setProblem(s ? QString() : s.error().message);
    return s.ok();
}

void CitizenDesk::forMyself() { m_session.clearPrincipal(); }

void CitizenDesk::stayActive()
{
    const bool wasWarning = warning();
    m_lastActivity.restart();
    m_idleOffsetMs = 0;
    if (wasWarning || active())
        emit countdownChanged();
}

void CitizenDesk::finish() { m_session.end(CitizenSession::EndReason::Finished); }

void CitizenDesk::clearFarewell()
{
    if (m_farewell.isEmpty())
        return;
    m_farewell.clear();
    emit farewellChanged();
}

void CitizenDesk::checkIdle()
{
    if (!active()) {
        m_tick.stop();
        return;
    }
    if (secondsLeft() <= 0) {
        m_session.end(CitizenSession::EndReason::Timeout);
        return;
    }
    emit countdownChanged();
}

void CitizenDesk::setIdleForTesting(int seconds)
{
    m_lastActivity.restart();
    m_idleOffsetMs = qint64(seconds) * 1000;
    emit countdownChanged();
}

bool CitizenDesk::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (active() && m_lastActivity.elapsed() > 250)
            stayActive();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CitizenDesk::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}

void CitizenDesk::onEnded(CitizenSession::EndReason reason)
{
    m_tick.stop();
    setProblem({});
    switch (reason) {
    case CitizenSession::EndReason::Timeout:
        m_farewell = tr("Your session ended because nobody touched the screen for a while. "
                        "Nothing of it is kept on this terminal.");
        break;
    case CitizenSession::EndReason::CardRemoved:
        m_farewell = tr("The ID card was taken out, so the session ended. Nothing of it is kept "
                        "on this terminal.");
        break;
    case CitizenSession::EndReason::Finished:
        m_farewell = tr("Thank you! Your session has ended and nothing of it is kept on this "
                        "terminal.");
        break;
    case CitizenSession::EndReason::Replaced:
        m_farewell.clear();
        break;
    }
    emit farewellChanged();
    emit sessionChanged();
    emit countdownChanged();
    emit sessionEnded();
}
