#include "citizensession.h"

#include "residentid.h"

#include <QUuid>

namespace onewindow {

namespace {

// Compound family names (复姓) that are common enough to be kept whole when masking.
bool startsWithCompoundFamilyName(const QString &name)
{
    static const QStringList compound {
        QStringLiteral("欧阳"),
        QStringLiteral("司马"),
        QStringLiteral("上官"),
        QStringLiteral("诸葛"),
        QStringLiteral("东方"),
        QStringLiteral("皇甫"),
        QStringLiteral("尉迟"),
        QStringLiteral("公孙"),
        QStringLiteral("慕容"),
        QStringLiteral("司徒"),
        QStringLiteral("夏侯"),
        QStringLiteral("令狐"),
    };
    for (const QString &family : compound)
        if (name.startsWith(family))
            return true;
    return false;
}

QByteArray proofName(IdentityProof proof)
{
    switch (proof) {
    case IdentityProof::ResidentIdCard:
        return "id-card";
    case IdentityProof::SocialSecurityCard:
        return "social-security-card";
    case IdentityProof::TypedNumber:
        break;
    }
    return "typed-number";
}

void wipe(std::optional<IdentifiedPerson> &person)
{
    if (!person)
        return;
    // QString's buffer is shared implicitly; detach-then-fill overwrites this copy's data.
    person->idNumber.fill(QLatin1Char('0'));
    person->name.fill(QLatin1Char(' '));
    person.reset();
}

} // namespace

CitizenSession::CitizenSession(QObject *parent)
    : QObject(parent)
{ }

CitizenSession::~CitizenSession()
{
    wipe(m_principal);
    wipe(m_applicant);
}

Result<IdentifiedPerson> CitizenSession::checked(
    const QString &idNumber, const QString &name, IdentityProof proof, QDate today) const
{
    auto id = ResidentId::parse(idNumber.trimmed(), today);
    if (!id)
        return id.error();
    const QString trimmedName = name.simplified();
    if (trimmedName.isEmpty())
        return Error { QStringLiteral("identity.name_missing"),
            tr("Please enter the name as it is printed on the ID card.") };
    if (trimmedName.size() > 64)
        return Error { QStringLiteral("identity.name_too_long"),
            tr("The name is longer than any name on an ID card; please check it.") };
    return IdentifiedPerson { id->number(), trimmedName, proof,
        proof != IdentityProof::TypedNumber };
}

Status CitizenSession::begin(
    const QString &idNumber, const QString &name, IdentityProof proof, QDate today)
{
    auto person = checked(idNumber, name, proof, today);
    if (!person)
        return person.error();
    if (isActive() && proof != IdentityProof::TypedNumber
        && m_applicant->proof == IdentityProof::TypedNumber
        && m_applicant->idNumber == person->idNumber) {
        // Asked for their card, they put it on the reader: the same visit, now confirmed (and
        // under the name on the card).
        m_applicant->name = person->name;
        m_applicant->proof = proof;
        m_applicant->confirmed = true;
        emit applicantConfirmed();
        if (!m_principal)
            emit subjectConfirmed();
        return {};
    }
    if (isActive())
        end(EndReason::Replaced);
    m_applicant = std::move(person.value());
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    emit started();
    return {};
}

Status CitizenSession::setPrincipal(const QString &idNumber, const QString &name,
    IdentityProof proof, bool consentGiven, QDate today)
{
    if (!isActive())
        return Error { QStringLiteral("identity.no_session"),
            tr("Please identify yourself first, then the person you apply for.") };
    auto person = checked(idNumber, name, proof, today);
    if (!person)
        return person.error();
    if (person->idNumber == m_applicant->idNumber)
        return Error { QStringLiteral("identity.principal_is_applicant"),
            tr("This is your own ID card. To apply for yourself, go back and choose "
               "\"for myself\".") };
    if (!consentGiven)
        return Error { QStringLiteral("identity.consent_missing"),
            tr("The person you apply for must agree before you can apply for them.") };
    wipe(m_principal);
    m_principal = std::move(person.value());
    emit principalChanged();
    return {};
}

void CitizenSession::clearPrincipal()
{
    if (!m_principal)
        return;
    wipe(m_principal);
    emit principalChanged();
}

void CitizenSession::end(EndReason reason)
{
    if (!isActive())
        return;
    const bool hadPrincipal = m_principal.has_value();
    wipe(m_principal);
    wipe(m_applicant);
    m_sessionId.clear();
    if (hadPrincipal)
        emit principalChanged();
    emit ended(reason);
}

Status CitizenSession::requireRecords() const
{
    if (!isActive())
        return Error { QStringLiteral("identity.no_session"),
            tr("Please identify yourself first: put your ID card on the reader.") };
    if (recordsOpen())
        return {};
    if (m_principal)
        return Error { QStringLiteral("identity.needs_confirmation"),
            tr("The records of the person you apply for are shown only with their ID card on "
               "the reader. You can still apply for them; bring their documents to the "
               "service window.") };
    return Error { QStringLiteral("identity.needs_confirmation"),
        tr("To see your records, put your ID card on the reader, or confirm who you are with a "
           "face check at this terminal. A typed ID number alone is enough to apply.") };
}

Status CitizenSession::confirmSubject(const QString &idNumber)
{
    std::optional<IdentifiedPerson> &person = m_principal ? m_principal : m_applicant;
    if (!person || person->idNumber != idNumber)
        return Error { QStringLiteral("identity.not_the_subject"),
            tr("The check was for someone else. Please start again.") };
    if (person->confirmed)
        return {};
    person->confirmed = true;
    emit subjectConfirmed();
    return {};
}

QByteArray CitizenSession::attestation() const
{
    if (!isActive())
        return {};
    return "session=" + m_sessionId.toLatin1() + ";proof=" + proofName(m_applicant->proof)
        + (m_principal ? QByteArray(";on-behalf=1") : QByteArray())
        + (recordsOpen() ? QByteArray(";confirmed=1") : QByteArray());
}

QString CitizenSession::maskName(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return {};
    const qsizetype keep = (startsWithCompoundFamilyName(n) && n.size() > 2) ? 2 : 1;
    if (n.size() <= keep)
        return n.left(1) + QStringLiteral("*");
    return n.left(keep) + QString(n.size() - keep, QLatin1Char('*'));
}

QString CitizenSession::maskIdNumber(const QString &idNumber)
{
    if (idNumber.size() < 8)
        return QString(idNumber.size(), QLatin1Char('*'));
    return idNumber.left(4) + QString(idNumber.size() - 8, QLatin1Char('*')) + idNumber.right(4);
}

QString CitizenSession::maskPhone(const QString &phone)
{
    const QString digits = phone.trimmed();
    if (digits.size() < 7)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4);
}

} // namespace onewindow
