#include "socialsecurityfetcher.h"

#include "citizensession.h"
#include "hallclient.h"
#include "socialsecurityparser.h"

#include <QJsonObject>

namespace onewindow {

SocialSecurityFetcher::SocialSecurityFetcher(
    HallClient *hall, CitizenSession &session, QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_session(session)
{
    connect(&m_session, &CitizenSession::ended, this, &SocialSecurityFetcher::wipe);
    connect(&m_session, &CitizenSession::principalChanged, this, &SocialSecurityFetcher::wipe);
}

Error SocialSecurityFetcher::offline()
{
    return { QStringLiteral("socialsecurity.offline"),
        tr("Social security records are kept by the online service hall, which this terminal "
           "cannot reach right now. Please try again later or ask at the service window.") };
}

Error SocialSecurityFetcher::sessionEnded()
{
    return { QStringLiteral("socialsecurity.session_ended"),
        tr("Your session has ended. Please identify yourself again with your ID card.") };
}

Result<SocialSecurityRecord> SocialSecurityFetcher::interpret(const Result<HallResponse> &answer)
{
    if (!answer)
        return HallClient::isTransient(answer.error()) ? offline() : answer.error();
    const HallResponse &r = answer.value();
    const QString code = r.body.object().value(u"code").toString();
    if (r.status == 200)
        return SocialSecurityParser::parse(r.body);
    if (r.status == 404 && code == u"not_found")
        return Error { QStringLiteral("socialsecurity.no_records"),
            tr("The hall has no social security records for you. If you have paid "
               "contributions, please bring your ID card to the service window.") };
    if (r.status == 403 || r.status == 401)
        return sessionEnded();
    if (r.status >= 500)
        return Error { QStringLiteral("socialsecurity.hall_busy"),
            tr("The online service hall could not answer just now. Please try again in a few "
               "minutes.") };
    return Error { QStringLiteral("socialsecurity.refused"),
        tr("The hall refused the query (%1). Please ask at the service window.")
            .arg(code.isEmpty() ? QString::number(r.status) : code) };
}

void SocialSecurityFetcher::fetch(Callback done)
{
    const auto subject = m_session.subject();
    if (!subject)
        return done(Error { QStringLiteral("socialsecurity.not_identified"),
            tr("Please identify yourself first: put your ID card on the reader.") });
    // Anyone may know an ID number: a citizen's record opens only for a confirmed one.
    if (Status open = m_session.requireRecords(); !open)
        return done(open.error());
    if (!m_hall)
        return done(offline());
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/citizens/social-security:query");
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("idNumber"), subject->idNumber } });
    request.citizenSession = m_session.attestation();
    const QString sessionId = m_session.sessionId();
    const QString idNumber = subject->idNumber;
    QPointer<SocialSecurityFetcher> self(this);
    m_hall->send(request, [self, sessionId, idNumber, done](Result<HallResponse> answer) {
        // The citizen may have left (or someone else sat down) while the hall answered.
        if (!self || !self->m_session.subject() || self->m_session.sessionId() != sessionId
            || self->m_session.subject()->idNumber != idNumber)
            return done(sessionEnded());
        auto record = interpret(answer);
        if (record) {
            self->m_record = record.value();
            emit self->recordChanged();
        }
        done(std::move(record));
    });
}

void SocialSecurityFetcher::wipe()
{
    if (!m_record)
        return;
    m_record.reset();
    emit cleared();
    emit recordChanged();
}

} // namespace onewindow
