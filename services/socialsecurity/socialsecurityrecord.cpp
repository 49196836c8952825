#include "socialsecurityrecord.h"

namespace onewindow {

namespace {

struct InsuranceCode
{
    Insurance insurance;
    const char *code;
};

constexpr InsuranceCode kCodes[] = {
    { Insurance::Pension, "pension" },
    { Insurance::Medical, "medical" },
    { Insurance::Unemployment, "unemployment" },
    { Insurance::WorkInjury, "work_injury" },
    { Insurance::Maternity, "maternity" },
    { Insurance::ResidentPension, "resident_pension" },
    { Insurance::ResidentMedical, "resident_medical" },
};

} // namespace

std::optional<Enrollment> SocialSecurityRecord::enrollment(Insurance insurance) const
{
    for (const Enrollment &e : enrollments)
        if (e.insurance == insurance)
            return e;
    return std::nullopt;
}

bool SocialSecurityRecord::isPensioner() const
{
    for (const Enrollment &e : enrollments)
        if ((e.insurance == Insurance::Pension || e.insurance == Insurance::ResidentPension)
            && e.status == EnrollmentStatus::Receiving)
            return true;
    return false;
}

QString SocialSecurityTerms::insuranceName(Insurance insurance)
{
    switch (insurance) {
    case Insurance::Pension:
        return tr("Pension");
    case Insurance::Medical:
        return tr("Medical");
    case Insurance::Unemployment:
        return tr("Unemployment");
    case Insurance::WorkInjury:
        return tr("Work injury");
    case Insurance::Maternity:
        return tr("Maternity");
    case Insurance::ResidentPension:
        return tr("Resident pension");
    case Insurance::ResidentMedical:
        return tr("Resident medical");
    }
    return {};
}

QString SocialSecurityTerms::statusName(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Active:
        return tr("Contributing");
    case EnrollmentStatus::Suspended:
        return tr("Contributions paused");
    case EnrollmentStatus::Receiving:
        return tr("Receiving benefits");
    case EnrollmentStatus::Terminated:
        return tr("Ended");
    }
    return {};
}

QString SocialSecurityTerms::accountName(const QString &code)
{
    if (code == u"pension")
        return tr("Pension personal account");
    if (code == u"medical")
        return tr("Medical personal account");
    return code;
}

QString SocialSecurityTerms::insuranceCode(Insurance insurance)
{
    for (const InsuranceCode &c : kCodes)
        if (c.insurance == insurance)
            return QLatin1String(c.code);
    return {};
}

std::optional<Insurance> SocialSecurityTerms::insuranceFromCode(const QString &code)
{
    for (const InsuranceCode &c : kCodes)
        if (code == QLatin1String(c.code))
            return c.insurance;
    return std::nullopt;
}

std::optional<EnrollmentStatus> SocialSecurityTerms::statusFromCode(const QString &code)
{
    if (code == u"active")
        return EnrollmentStatus::Active;
    if (code == u"suspended")
        return EnrollmentStatus::Suspended;
    if (code == u"receiving")
        return EnrollmentStatus::Receiving;
    if (code == u"terminated")
        return EnrollmentStatus::Terminated;
    return std::nullopt;
}

QList<Insurance> SocialSecurityTerms::employeeInsurances()
{
    return { Insurance::Pension, Insurance::Medical, Insurance::Unemployment, Insurance::WorkInjury,
        Insurance::Maternity };
}

QString SocialSecurityTerms::yuan(qint64 cents)
{
    // Amounts are formatted the same way in every language: a statement must not change its
    // figures with the screen's language.
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    QString whole = QString::number(abs / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return sign + whole + QLatin1Char('.')
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace onewindow
