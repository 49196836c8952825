// Whose resident contributions are paid at the kiosk: the citizen's own, a household member's
// (户内成员) or another person's typed ID number. The payer is always the identified citizen;
// of someone else the terminal learns only a masked name and the dues.
#pragma once

#include "result.h"
#include "socialsecurityrecord.h"

#include <functional>
#include <QObject>
#include <QPointer>

namespace onewindow {

class CitizenSession;
class HallClient;
struct HallResponse;

struct Payee
{
    enum class Kind { Self, Household, Other };
    Kind kind = Kind::Self;
    QString idNumber; // never shown unmasked
    QString maskedName;
    QString relation; // Household: the hall's code (spouse, child, parent, member)
    QList<ContributionDue> dues;
};

class PayeeLookup : public QObject
{
    Q_OBJECT
public:
    PayeeLookup(HallClient *hall, CitizenSession &session, QObject *parent = nullptr);

    // The citizen themselves (with the dues of their record), then their household members
    // (dues not yet known: look them up).
    static QList<Payee> choices(
        const SocialSecurityRecord &record, const QString &selfIdNumber, const QString &selfName);
    // A typed ID number checked by GB 11643 (15 digits upgraded to 18): the number or an
    // Error the citizen can act on.
    static Result<QString> checkTypedIdNumber(const QString &text);
    // "Spouse", "Child", … for a relation code.
    static QString relationName(const QString &code);

    // Asks the hall for the person's open dues and masked name (POST
    // /citizens/contribution-dues:query). done is called once, unless the session ended.
    void lookUp(const Payee &who, std::function<void(Result<Payee>)> done);
    static Result<Payee> interpret(Payee who, const Result<HallResponse> &answer);

private:
    QPointer<HallClient> m_hall;
    CitizenSession &m_session;
    int m_generation = 0;
};

} // namespace onewindow
