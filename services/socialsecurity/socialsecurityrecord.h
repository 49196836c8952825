// The social security record of one citizen as the hall answered it; amounts in cents (分).
#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace onewindow {

// The five insurances of an employee and the two of urban and rural residents (城乡居民).
enum class Insurance {
    Pension,
    Medical,
    Unemployment,
    WorkInjury,
    Maternity,
    ResidentPension,
    ResidentMedical,
};

enum class EnrollmentStatus { Active, Suspended, Receiving, Terminated };

struct InsuredPlace
{
    QString code; // administrative division, e.g. 440100
    QString name;
    bool operator==(const InsuredPlace &) const = default;
};

struct Enrollment
{
    Insurance insurance = Insurance::Pension;
    EnrollmentStatus status = EnrollmentStatus::Active;
    InsuredPlace place;
    QDate since;
};

struct Contribution
{
    QDate month; // first day of the month contributed for
    Insurance insurance = Insurance::Pension;
    qint64 base = 0;
    qint64 employerPart = 0;
    qint64 personalPart = 0;
    bool paid = false;
    QString placeCode;
};

struct PersonalAccount
{
    QString code; // pension, medical
    qint64 balance = 0;
    QDate asOf;
};

// 社保关系转移: the record moved from one insured place to another in that month.
struct Transfer
{
    QDate month;
    InsuredPlace from;
    InsuredPlace to;
};

struct PensionCertification
{
    QDateTime certifiedAt;
    QString terminalId;
    QString method;
    QDate nextDueDate;
};

// A resident contribution the citizen may pay at the terminal (城乡居民养老/医保), per year.
struct ContributionDue
{
    Insurance insurance = Insurance::ResidentPension;
    QString period; // "2026" for a contribution year, "2026-03" for a month
    qint64 amountCents = 0;
    QDate dueBy;
};

// Someone registered in the citizen's household (户内成员), whose resident contributions the
// citizen may pay. relation is the hall's code: spouse, child, parent, member.
struct HouseholdMember
{
    QString idNumber;
    QString name;
    QString relation;
};

struct SocialSecurityRecord
{
    QList<Enrollment> enrollments;
    QList<Contribution> contributions; // ordered by month
    QList<PersonalAccount> accounts;
    QList<Transfer> transfers;
    std::optional<PensionCertification> lastPensionCertification;
    QList<ContributionDue> dues;
    QList<HouseholdMember> household;

    bool isEmpty() const { return enrollments.isEmpty() && contributions.isEmpty(); }
    std::optional<Enrollment> enrollment(Insurance insurance) const;
    // Receives a pension (享受待遇) here: the one who must certify every year.
    bool isPensioner() const;
};

// Names shown to people and codes used on the wire.
class SocialSecurityTerms
{
    Q_DECLARE_TR_FUNCTIONS(SocialSecurityTerms)
public:
    static QString insuranceName(Insurance insurance);
    static QString statusName(EnrollmentStatus status);
    static QString accountName(const QString &code);
    static QString insuranceCode(Insurance insurance);
    static std::optional<Insurance> insuranceFromCode(const QString &code);
    static std::optional<EnrollmentStatus> statusFromCode(const QString &code);
    static QList<Insurance> employeeInsurances();
    // Yuan with two decimals and thousands separators: 1,234.50
    static QString yuan(qint64 cents);
};

} // namespace onewindow
