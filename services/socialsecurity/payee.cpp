#include "payee.h"

#include "citizensession.h"
#include "hallclient.h"
#include "residentid.h"
#include "socialsecurityfetcher.h"
#include "socialsecurityparser.h"

#include <QJsonObject>

namespace onewindow {

PayeeLookup::PayeeLookup(HallClient *hall, CitizenSession &session, QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_session(session)
{
    // Answers about someone asked for by a citizen who has left are dropped.
    connect(&m_session, &CitizenSession::ended, this, [this] { ++m_generation; });
    connect(&m_session, &CitizenSession::started, this, [this] { ++m_generation; });
}

QList<Payee> PayeeLookup::choices(
    const SocialSecurityRecord &record, const QString &selfIdNumber, const QString &selfName)
{
    Payee self;
    self.kind = Payee::Kind::Self;
    self.idNumber = selfIdNumber;
    self.maskedName = CitizenSession::maskName(selfName);
    self.dues = record.dues;
    QList<Payee> out { self };
    for (const HouseholdMember &m : record.household) {
        if (m.idNumber == selfIdNumber)
            continue;
        Payee p;
        p.kind = Payee::Kind::Household;
        p.idNumber = m.idNumber;
        p.maskedName = CitizenSession::maskName(m.name);
        p.relation = m.relation;
        out.append(p);
    }
    return out;
}

Result<QString> PayeeLookup::checkTypedIdNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error { QStringLiteral("payee.no_id"),
            tr("Please enter the ID number of the person you are paying for.") };
    auto id = ResidentId::parse(trimmed);
    if (!id)
        return Error { QStringLiteral("payee.invalid_id"),
            tr("This is not a valid resident ID number: %1 Please check it on their ID card.")
                .arg(id.error().message) };
    return id->number();
}

QString PayeeLookup::relationName(const QString &code)
{
    if (code == u"spouse")
        return tr("Spouse");
    if (code == u"child")
        return tr("Child");
    if (code == u"parent")
        return tr("Parent");
    return tr("Household member");
}

void PayeeLookup::lookUp(const Payee &who, std::function<void(Result<Payee>)> done)
{
    if (!m_hall)
        return done(SocialSecurityFetcher::offline());
    if (!m_session.isActive())
        return done(SocialSecurityFetcher::sessionEnded());
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/citizens/contribution-dues:query");
    request.citizenSession = m_session.attestation();
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("idNumber"), who.idNumber } });
    QPointer<PayeeLookup> self(this);
    const int generation = m_generation;
    m_hall->send(
        request, [self, generation, who, done = std::move(done)](Result<HallResponse> answer) {
            if (!self || generation != self->m_generation)
                return;
            done(interpret(who, answer));
        });
}

Result<Payee> PayeeLookup::interpret(Payee who, const Result<HallResponse> &answer)
{
    if (!answer)
        return HallClient::isTransient(answer.error()) ? SocialSecurityFetcher::offline()
                                                       : answer.error();
    const HallResponse &r = answer.value();
    if (r.status == 404)
        return Error { QStringLiteral("payee.unknown"),
            tr("The hall has no resident insurance for this ID number. Please check the "
               "number, or ask at the service window.") };
    if (r.status == 401 || r.status == 403)
        return SocialSecurityFetcher::sessionEnded();
    if (r.status != 200)
        return Error { QStringLiteral("payee.refused"),
            tr("The hall could not tell what this person owes just now. Please try again "
               "later, or ask at the service window.") };
    auto dues = SocialSecurityParser::parseDues(r.body);
    if (!dues)
        return dues.error();
    who.dues = dues.value();
    const QString masked = r.body.object().value(u"maskedName").toString();
    if (!masked.isEmpty() && who.maskedName.isEmpty())
        who.maskedName = masked;
    return who;
}

} // namespace onewindow
