#include "citizendesk.h"

#include "cardreader.h"
#include "formfieldcheck.h"
#include "languageswitcher.h"
#include "uipreferences.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQmlEngine> // LanguageSwitcher holds a QPointer to one

using namespace onewindow;

CitizenDesk::CitizenDesk(
    CitizenSession &session, KioskVisit &visit, int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_visit(visit)
    , m_baseTimeoutSeconds(timeoutSeconds > 0 ? timeoutSeconds : kDefaultTimeoutSeconds)
    , m_timeoutSeconds(m_baseTimeoutSeconds)
{
    m_lastActivity.start();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CitizenDesk::checkIdle);
    m_farewellTimer.setSingleShot(true);
    m_farewellTimer.setInterval(kFarewellSeconds * 1000);
    connect(&m_farewellTimer, &QTimer::timeout, this, [this] {
        if (m_farewell.isEmpty())
            return;
        m_farewell.clear();
        emit farewellChanged();
    });
    connect(&m_session, &CitizenSession::started, this, [this] {
        stayActive();
        // A new citizen: the previous one's farewell is theirs, not this one's.
        clearFarewell();
        emit sessionChanged();
    });
    connect(&m_session, &CitizenSession::principalChanged, this, &CitizenDesk::sessionChanged);
    connect(&m_session, &CitizenSession::applicantConfirmed, this, &CitizenDesk::sessionChanged);
    // A card replacing the citizen sends the pages home; the visit itself goes on.
    connect(&m_session, &CitizenSession::ended, this, [this](CitizenSession::EndReason reason) {
        if (reason == CitizenSession::EndReason::Replaced)
            onEnded(reason);
    });
    connect(&m_visit, &KioskVisit::ended, this, &CitizenDesk::onEnded);
    connect(&m_visit, &KioskVisit::openChanged, this, &CitizenDesk::onVisitOpenChanged);
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
    connect(reader, &CardReader::cardRead, this, [this, proof](const CardContents &card) {
        (proof == IdentityProof::ResidentIdCard ? m_idCardIn : m_socialSecurityCardIn) = true;
        Status s;
        if (const auto *id = std::get_if<ResidentIdCard>(&card))
            s = m_session.begin(id->idNumber, id->name, IdentityProof::ResidentIdCard);
        else if (const auto *ss = std::get_if<SocialSecurityCard>(&card))
            s = m_session.begin(ss->idNumber, ss->name, IdentityProof::SocialSecurityCard);
        setProblem(s ? QString() : s.error().message);
    });
    // Taking out the card that started the session ends it; the other reader's card does not.
    connect(reader, &CardReader::cardRemoved, this, [this, proof] {
        (proof == IdentityProof::ResidentIdCard ? m_idCardIn : m_socialSecurityCardIn) = false;
        if (m_takeCardReminder && !cardInAReader()) {
            m_takeCardReminder = false;
            emit farewellChanged();
        }
        const auto applicant = m_session.applicant();
        if (applicant && applicant->proof == proof)
            m_session.end(CitizenSession::EndReason::CardRemoved);
    });
    connect(reader, &CardReader::readFailed, this,
        [this](const Error &error) { setProblem(error.message); });
}

void CitizenDesk::setPreferences(UiPreferences *preferences, LanguageSwitcher *languages)
{
    m_preferences = preferences;
    m_languages = languages;
    if (preferences)
        connect(
            preferences, &UiPreferences::elderlyModeChanged, this, &CitizenDesk::holdPreferences);
    if (languages)
        connect(languages, &LanguageSwitcher::languageChanged, this, &CitizenDesk::holdPreferences);
    holdPreferences();
}

void CitizenDesk::holdPreferences()
{
    // The next person must not find the terminal in someone else's language or mode.
    m_visit.hold(QStringLiteral("elderly-mode"),
        m_preferences && m_preferences->elderlyMode() != m_preferences->elderlyModeDefault());
    m_visit.hold(QStringLiteral("language"),
        m_languages && m_languages->language() != m_languages->defaultLanguage());
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
    if (wasWarning || visitOpen())
        emit countdownChanged();
}

void CitizenDesk::finish() { m_visit.end(CitizenSession::EndReason::Finished); }

void CitizenDesk::setPageOpen(bool open) { m_visit.hold(QStringLiteral("page"), open); }

void CitizenDesk::onVisitOpenChanged()
{
    if (m_visit.isOpen()) {
        stayActive(); // the countdown starts from the step that opened the visit
        m_tick.start();
    } else {
        m_tick.stop();
    }
    emit countdownChanged();
}

void CitizenDesk::clearFarewell()
{
    if (m_farewell.isEmpty() && !m_takeCardReminder)
        return;
    m_farewell.clear();
    m_takeCardReminder = false;
    emit farewellChanged();
}

void CitizenDesk::checkIdle()
{
    if (!visitOpen()) {
        m_tick.stop();
        return;
    }
    if (secondsLeft() <= 0) {
        m_visit.end(CitizenSession::EndReason::Timeout);
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
        if (visitOpen() && m_lastActivity.elapsed() > 250)
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
    setProblem({});
    if (reason != CitizenSession::EndReason::Replaced) {
        // The next person starts from the terminal's defaults; the goodbye below is in its
        // language, as is everything the next person reads.
        if (m_preferences)
            m_preferences->resetToDefaults();
        if (m_languages)
            m_languages->resetToDefault();
    }
    // Taking the card out ended it; otherwise a card left in a reader is the citizen's to take.
    m_takeCardReminder = reason != CitizenSession::EndReason::CardRemoved
        && reason != CitizenSession::EndReason::Replaced && cardInAReader();
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
    m_farewellTimer.start();
    emit farewellChanged();
    emit sessionChanged();
    emit countdownChanged();
    emit sessionEnded();
}
