#include "socialsecurityparser.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace onewindow {

namespace {

// Contribution bases and balances above this (a hundred million yuan) are not real answers.
constexpr qint64 kMaxCents = 10'000'000'000;

// Where in the answer a value is: "$.contributions[12].insuredPlace". Built into text only when
// something is wrong there, so reading a long record allocates no paths.
struct Where
{
    const char *section = nullptr; // "contributions", or null for the root
    qsizetype index = -1;
    const char *sub = nullptr; // "insuredPlace", "from", …

    Where child(const char *name) const { return { section, index, name }; }
    QString text() const
    {
        QString out = QStringLiteral("$");
        if (section)
            out += QLatin1Char('.') + QLatin1String(section);
        if (index >= 0)
            out += QStringLiteral("[%1]").arg(index);
        if (sub)
            out += QLatin1Char('.') + QLatin1String(sub);
        return out;
    }
};

// Collects the first problem and the path where it was found; reading stops being useful there.
class Reader
{
public:
    QString problem;

    bool fail(const Where &where, const char *key, const QString &what)
    {
        if (!problem.isEmpty())
            return false;
        problem = where.text();
        if (key)
            problem += QLatin1Char('.') + QLatin1String(key);
        problem += QLatin1String(": ") + what;
        return false;
    }

    bool object(const QJsonValue &v, const Where &path, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(path, nullptr, QStringLiteral("not an object"));
        *out = v.toObject();
        return true;
    }
    bool array(const QJsonObject &o, const char *key, const Where &path, QJsonArray *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return fail(path, key, QStringLiteral("missing"));
        *out = v.toArray();
        return true;
    }
    bool text(const QJsonObject &o, const char *key, const Where &path, QString *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(path, key, QStringLiteral("missing"));
        *out = v.toString();
        return true;
    }
    bool cents(const QJsonObject &o, const char *key, const Where &path, qint64 *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            return fail(path, key, QStringLiteral("not a number"));
        const double d = v.toDouble();
        // The range first: converting a double beyond qint64 (1e308) is undefined behaviour.
        if (!(d >= 0 && d <= double(kMaxCents)) || d != std::floor(d))
            return fail(path, key, QStringLiteral("not a whole amount in range"));
        *out = qint64(d);
        return true;
    }
    bool boolean(const QJsonObject &o, const char *key, const Where &path, bool *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool())
            return fail(path, key, QStringLiteral("not true/false"));
        *out = v.toBool();
        return true;
    }
    bool month(const QJsonObject &o, const char *key, const Where &path, QDate *out)
    {
        QString t;
        if (!text(o, key, path, &t))
            return false;
        *out = SocialSecurityParser::parseMonth(t);
        return out->isValid() || fail(path, key, QStringLiteral("not a month"));
    }
    bool date(const QJsonObject &o, const char *key, const Where &path, QDate *out)
    {
        QString t;
        if (!text(o, key, path, &t))
            return false;
        *out = QDate::fromString(t, Qt::ISODate);
        return out->isValid() || fail(path, key, QStringLiteral("not a date"));
    }
    bool insurance(const QJsonObject &o, const Where &path, Insurance *out)
    {
        QString code;
        if (!text(o, "insuranceCode", path, &code))
            return false;
        const auto known = SocialSecurityTerms::insuranceFromCode(code);
        if (!known)
            return fail(path, "insuranceCode", QStringLiteral("unknown"));
        *out = *known;
        return true;
    }
    bool place(const QJsonValue &v, const Where &path, InsuredPlace *out)
    {
        QJsonObject o;
        return object(v, path, &o) && text(o, "code", path, &out->code)
            && text(o, "name", path, &out->name);
    }
};

bool readEnrollments(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    QJsonArray list;
    if (!r.array(root, "enrollments", Where {}, &list))
        return false;
    QSet<Insurance> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Where path { "enrollments", i };
        QJsonObject o;
        Enrollment e;
        QString status;
        if (!r.object(list.at(i), path, &o) || !r.insurance(o, path, &e.insurance)
            || !r.text(o, "statusCode", path, &status)
            || !r.place(o.value(u"insuredPlace"), path.child("insuredPlace"), &e.place)
            || !r.date(o, "since", path, &e.since))
            return false;
        const auto known = SocialSecurityTerms::statusFromCode(status);
        if (!known)
            return r.fail(path, "statusCode", QStringLiteral("unknown"));
        e.status = *known;
        if (seen.contains(e.insurance))
            return r.fail(path, nullptr, QStringLiteral("insurance listed twice"));
        seen.insert(e.insurance);
        record.enrollments.append(e);
    }
    return true;
}

bool readContributions(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    QJsonArray list;
    if (!r.array(root, "contributions", Where {}, &list))
        return false;
    // A month may be paid in two places (the month of a transfer), never twice in one.
    QSet<QPair<qint64, QString>> seen;
    record.contributions.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Where path { "contributions", i };
        QJsonObject o;
        Contribution c;
        if (!r.object(list.at(i), path, &o) || !r.month(o, "month", path, &c.month)
            || !r.insurance(o, path, &c.insurance) || !r.cents(o, "base", path, &c.base)
            || !r.cents(o, "employerPart", path, &c.employerPart)
            || !r.cents(o, "personalPart", path, &c.personalPart)
            || !r.boolean(o, "paid", path, &c.paid) || !r.text(o, "placeCode", path, &c.placeCode))
            return false;
        const QPair<qint64, QString> key { c.month.toJulianDay() * 16 + int(c.insurance),
            c.placeCode };
        if (seen.contains(key))
            return r.fail(path, nullptr, QStringLiteral("month listed twice"));
        seen.insert(key);
        record.contributions.append(c);
    }
    // Sorted here once, so every figure computed later may rely on the order.
    std::stable_sort(record.contributions.begin(), record.contributions.end(),
        [](const Contribution &a, const Contribution &b) { return a.month < b.month; });
    return true;
}

bool readAccounts(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    QJsonArray list;
    if (!r.array(root, "accounts", Where {}, &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Where path { "accounts", i };
        QJsonObject o;
        PersonalAccount a;
        if (!r.object(list.at(i), path, &o) || !r.text(o, "accountCode", path, &a.code)
            || !r.cents(o, "balance", path, &a.balance) || !r.date(o, "asOf", path, &a.asOf))
            return false;
        record.accounts.append(a);
    }
    return true;
}

bool readTransfers(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    QJsonArray list;
    if (!r.array(root, "transfers", Where {}, &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Where path { "transfers", i };
        QJsonObject o;
        Transfer t;
        if (!r.object(list.at(i), path, &o) || !r.month(o, "month", path, &t.month)
            || !r.place(o.value(u"from"), path.child("from"), &t.from)
            || !r.place(o.value(u"to"), path.child("to"), &t.to))
            return false;
        record.transfers.append(t);
    }
    return true;
}

bool readCertification(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    const Where path { "lastPensionCertification" };
    if (!root.contains(u"lastPensionCertification"))
        return r.fail(path, nullptr, QStringLiteral("missing"));
    const QJsonValue v = root.value(u"lastPensionCertification");
    if (v.isNull())
        return true;
    QJsonObject o;
    PensionCertification c;
    QString at;
    if (!r.object(v, path, &o) || !r.text(o, "certifiedAt", path, &at)
        || !r.date(o, "nextDueDate", path, &c.nextDueDate))
        return false;
    c.certifiedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!c.certifiedAt.isValid())
        return r.fail(path, "certifiedAt", QStringLiteral("not a time"));
    c.terminalId = o.value(u"terminalId").toString();
    c.method = o.value(u"method").toString();
    record.lastPensionCertification = c;
    return true;
}

// Dues are an extension of the contract: a hall that does not send them has none to offer.
bool readDues(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    if (!root.contains(u"dues"))
        return true;
    QJsonArray list;
    if (!r.array(root, "dues", Where {}, &list))
        return false;
    static const QRegularExpression period(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2]))?$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Where path { "dues", i };
        QJsonObject o;
        ContributionDue d;
        if (!r.object(list.at(i), path, &o) || !r.insurance(o, path, &d.insurance)
            || !r.text(o, "period", path, &d.period)
            || !r.cents(o, "amountCents", path, &d.amountCents)
            || !r.date(o, "dueBy", path, &d.dueBy))
            return false;
        if (!period.match(d.period).hasMatch())
            return r.fail(path, "period", QStringLiteral("not a period"));
        if (d.amountCents <= 0)
            return r.fail(path, "amountCents", QStringLiteral("not positive"));
        record.dues.append(d);
    }
    return true;
}

// The household is an extension too: without it the citizen pays for themselves or types the
// other person's ID number.
bool readHousehold(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    if (!root.contains(u"household"))
        return true;
    QJsonArray list;
    if (!r.array(root, "household", Where {}, &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Where path { "household", i };
        QJsonObject o;
        HouseholdMember m;
        if (!r.object(list.at(i), path, &o) || !r.text(o, "idNumber", path, &m.idNumber)
            || !r.text(o, "name", path, &m.name))
            return false;
        m.relation = o.value(u"relation").toString(QStringLiteral("member"));
        record.household.append(m);
    }
    return true;
}

} // namespace

Result<QList<ContributionDue>> SocialSecurityParser::parseDues(const QJsonDocument &answer)
{
    Reader r;
    SocialSecurityRecord record;
    const QJsonObject root = answer.object();
    if (!answer.isObject())
        r.fail(Where {}, nullptr, QStringLiteral("not an object"));
    else if (root.value(u"amountUnit").toString() != u"cent")
        r.fail(Where {}, "amountUnit", QStringLiteral("not cent"));
    else
        (void)readDues(r, root, record);
    if (!r.problem.isEmpty())
        return Error { QStringLiteral("socialsecurity.malformed"),
            tr("The hall's answer about the contributions due is incomplete or damaged (%1). "
               "Please try again later, or ask at the service window.")
                .arg(r.problem) };
    return record.dues;
}

QDate SocialSecurityParser::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

Result<SocialSecurityRecord> SocialSecurityParser::parse(const QJsonDocument &answer)
{
    Reader r;
    SocialSecurityRecord record;
    const QJsonObject root = answer.object();
    if (!answer.isObject())
        r.fail(Where {}, nullptr, QStringLiteral("not an object"));
    else if (root.value(u"amountUnit").toString() != u"cent")
        r.fail(Where {}, "amountUnit", QStringLiteral("not cent"));
    else
        (void)(readEnrollments(r, root, record) && readContributions(r, root, record)
            && readAccounts(r, root, record) && readTransfers(r, root, record)
            && readCertification(r, root, record) && readDues(r, root, record)
            && readHousehold(r, root, record));
    if (!r.problem.isEmpty())
        return Error { QStringLiteral("socialsecurity.malformed"),
            tr("The hall's social security answer is incomplete or damaged (%1), so nothing of "
               "it is shown. Please try again later, or ask at the service window.")
                .arg(r.problem) };
    return record;
}

} // namespace onewindow
